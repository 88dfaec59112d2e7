package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.sim.MonteCarlo;
import org.stockade.sim.ScenarioGenerator;
import org.stockade.sim.ScenarioModel;
import org.stockade.sim.ScenarioSet;
import org.stockade.stochastic.CuttingPlaneSolver;
import org.stockade.stochastic.SaaProblem;
import org.stockade.stochastic.ServiceTarget;

class CompareCommandTest {
  @TempDir
  Path dir;

  private static JsonNode json(String... args) throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void compare_gm_evaluatesEveryStrategyOnTheSameIndependentScenarios() throws Exception {
    JsonNode o = json("compare", "--example", "gm", "--samples", "300", "--test-samples", "4000",
        "--seed", "5", "--no-progress", "--format", "json", "--chart", dir.toString());
    assertThat(o.get("saa").get("status").asText()).isEqualTo("OPTIMAL");
    assertThat(o.get("test").get("seed").asLong()).isEqualTo(6);
    JsonNode rows = o.get("strategies");
    assertThat(rows).hasSize(5);
    double saaTotal = rows.get(0).get("total_inventory").asDouble();
    // re-evaluate the SAA inventory on the same test scenarios, independently of the command
    Network gm = Examples.gm();
    ScenarioSet test = ScenarioGenerator.generate(ScenarioModel.paper(gm, 0.1), 4000, 6, 1);
    double[] r = new double[16];
    for (int j = 0; j < 16; j++) {
      r[j] = rows.get(0).get("inventory").get("V" + (j + 1)).asDouble();
    }
    MonteCarlo.Summary s = MonteCarlo.evaluate(gm, r, test, 1, null);
    assertThat(rows.get(0).get("fill_rate").asDouble()).isCloseTo(s.fillRate(),
        Offset.offset(1e-12));
    // heuristics and the scaled robust allocation hold the SAA total
    for (int k = 2; k < 5; k++) {
      assertThat(rows.get(k).get("total_inventory").asDouble())
          .isCloseTo(saaTotal, Offset.offset(1e-6 * saaTotal));
    }
    // out of sample the SAA solution lands near its 95% target
    assertThat(s.fillRate()).isBetween(0.93, 0.97);
    assertThat(Files.exists(dir.resolve("compare-fill-rate.png"))).isTrue();
    assertThat(Files.exists(dir.resolve("compare-lost-sales.svg"))).isTrue();
  }

  @Test
  void compare_trainScenariosFromCsv_giveTheSameSaaAsInMemory() throws Exception {
    Network gm = Examples.gm();
    ScenarioSet train = ScenarioGenerator.generate(ScenarioModel.paper(gm, 0.2), 80, 9, 1);
    StringBuilder csv = new StringBuilder();
    for (int j = 0; j < 16; j++) {
      csv.append("V").append(j + 1).append(',');
    }
    csv.append("P1,P2,P3,P4,P5,P6,P7,P8\n");
    for (int k = 0; k < train.size(); k++) {
      for (double d : train.demand(k)) {
        csv.append(d).append(',');
      }
      double[] c = train.capacity(k);
      for (int i = 0; i < 8; i++) {
        csv.append(c[i]).append(i < 7 ? "," : "\n");
      }
    }
    Path f = dir.resolve("train.csv");
    Files.writeString(f, csv);
    JsonNode o = json("compare", "--example", "gm", "--train-scenarios", f.toString(),
        "--test-samples", "500", "--fill-rate", "0.9", "--no-progress", "--format", "json");
    double expected = new CuttingPlaneSolver().solve(new SaaProblem(gm, train,
        ServiceTarget.fillRate(0.9))).totalInventory();
    assertThat(o.get("strategies").get(0).get("total_inventory").asDouble())
        .isCloseTo(expected, Offset.offset(1e-9 * expected));
  }

  @Test
  void compare_givenInventoryCoveringEveryDemand_losesNothing() throws Exception {
    // demand never exceeds mu + 2 sigma <= 2 mu, so r = 2 mu loses nothing in any scenario
    StringBuilder inv = new StringBuilder();
    double[] mu = Examples.gm().means();
    for (int j = 0; j < 16; j++) {
      inv.append(j > 0 ? "," : "").append("V").append(j + 1).append('=').append(2 * mu[j]);
    }
    JsonNode o = json("compare", "--example", "gm", "--samples", "50", "--test-samples", "3000",
        "--inventory", inv.toString(), "--no-progress", "--format", "json");
    JsonNode given = o.get("strategies").get(5);
    assertThat(given.get("strategy").asText()).isEqualTo("given inventory");
    assertThat(given.get("fill_rate").asDouble()).isEqualTo(1.0);
    assertThat(given.get("prob_loss").asDouble()).isZero();
    assertThat(given.get("total_inventory").asDouble()).isCloseTo(2 * 2060, Offset.offset(1e-9));
  }

  @Test
  void compare_badInputs_exitTwoWithTheField() throws Exception {
    SolveCommandTest.Run unknown = SolveCommandTest.run("compare", "--example", "gm", "--inventory",
        "V99=3", "--no-progress");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("V99", "declared products");
    SolveCommandTest.Run r = SolveCommandTest.run("compare", "--example", "gm", "--fill-rate",
        "1.5", "--no-progress");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("fill-rate", "1.5");
    r = SolveCommandTest.run("compare", "--example", "gm", "--fill-rate", "0.9", "--lost-sales",
        "3");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("either --fill-rate or --lost-sales");
    r = SolveCommandTest.run("compare", "--example", "gm", "--failure-groups", "P1,P1",
        "--no-progress");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("P1", "twice");
    r = SolveCommandTest.run("compare", "--example", "gm", "--p", "-0.1", "--no-progress");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--p");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "V1,V2\n1,2\n");
    r = SolveCommandTest.run("compare", "--example", "gm", "--test-scenarios", bad.toString(),
        "--samples", "20", "--no-progress");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad.csv", "line 1", "lacks column");
    r = SolveCommandTest.run("compare", "--example", "gm", "--samples", "0");
    assertThat(r.exit()).isEqualTo(2);
  }

  @Test
  void reproduceSaa_writesTable5FilesWithOneRowPerDesign() throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("reproduce", "saa", "--instances", "2",
        "--out", dir.toString(), "--no-progress", "--threads", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("base", "2-chain", "full");
    Path saa = dir.resolve("saa-instances-2");
    java.util.List<String> lines = Files.readAllLines(saa.resolve("saa-table5.csv"));
    assertThat(lines).hasSize(6);
    assertThat(Files.readAllLines(saa.resolve("saa-table5-instances.csv"))).hasSize(11);
    assertThat(Files.exists(saa.resolve("saa-report.md"))).isTrue();
    assertThat(Files.exists(saa.resolve("saa-table5-share.png"))).isTrue();
    // more flexibility never needs more inventory on the same samples (the feasible set grows)
    double[] totals = lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[2]))
        .toArray();
    assertThat(totals[0]).isGreaterThanOrEqualTo(totals[1]);
    assertThat(totals[1]).isGreaterThanOrEqualTo(totals[4] - 1e-6);
  }

  @Test
  void benchSaa_rejectsBadSampleSizes() {
    SolveCommandTest.Run r = SolveCommandTest.run("bench", "saa", "--samples", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--samples");
  }
}
