package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.sourcing.DualSourcingDp;
import org.stockade.sourcing.DualSourcingProblem;
import org.stockade.sourcing.MarkovEvaluator;
import org.stockade.sourcing.IndexPolicy;
import org.stockade.sourcing.PolicyFamily;

class SourcingCommandTest {
  private static JsonNode json(String... args) throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void sourcing_fromFlagsAndFromFile_reportsFamiliesGapsAndTheDpOptimum(@TempDir Path dir)
      throws Exception {
    JsonNode a = json("sourcing", "--demand", "uniform:0:4", "--lr", "2", "--cr", "100", "--ce",
        "110", "--h", "5", "--b", "495", "--format", "json", "--chart", dir.toString());
    double opt = new DualSourcingDp().solve(DualSourcingProblem.gijsbrechts(2, 110)).gain();
    assertThat(a.get("dp").get("optimal_cost").asDouble()).isCloseTo(opt, Offset.offset(1e-9));
    assertThat(a.get("dp").get("truncation_binds").asBoolean()).isFalse();
    assertThat(a.get("families")).hasSize(4);
    for (JsonNode f : a.get("families")) {
      assertThat(f.get("method").asText()).isEqualTo("markov-chain");
      assertThat(f.get("gap_percent").asDouble()).isGreaterThanOrEqualTo(-1e-9);
    }
    JsonNode di = a.get("families").get(1);
    double direct = new MarkovEvaluator().evaluate(DualSourcingProblem.gijsbrechts(2, 110),
        new IndexPolicy(PolicyFamily.DUAL_INDEX, di.get("parameters").get("z_e").asInt(),
            di.get("parameters").get("z_r").asInt() - di.get("parameters").get("z_e").asInt(),
            0), di.get("parameters").get("z_e").asInt()).cost();
    assertThat(di.get("cost").asDouble()).isCloseTo(direct, Offset.offset(1e-8));
    assertThat(dir.resolve("sourcing-cost.png")).exists();
    assertThat(dir.resolve("sourcing-cost.svg")).exists();

    Path file = dir.resolve("inst.yaml");
    Files.writeString(file, "demand: uniform:0:4\nlr: 3\ncr: 100\nce: 110\nh: 5\nb: 495\n");
    JsonNode b = json("sourcing", file.toString(), "--lr", "2", "--format", "json");
    assertThat(b.get("dp").get("optimal_cost").asDouble()).isCloseTo(opt, Offset.offset(1e-9));
  }

  @Test
  void sourcing_lostSalesWithExpeditedLeadTime_simulatesAndSaysThereIsNoDp() throws Exception {
    JsonNode a = json("sourcing", "--demand", "uniform:0:2", "--lr", "2", "--le", "1", "--cr",
        "10", "--ce", "11", "--h", "1", "--b", "40", "--lost-sales", "--periods", "50000",
        "--format", "json");
    assertThat(a.get("dp").isNull()).isTrue();
    assertThat(a.get("dp_note").asText()).contains("lost sales");
    for (JsonNode f : a.get("families")) {
      assertThat(f.get("method").asText()).isEqualTo("simulation");
      assertThat(f.get("half_width_95").asDouble()).isPositive();
    }
  }

  @Test
  void sourcing_badInputs_exitTwoWithTheField(@TempDir Path dir) throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("sourcing", "--demand", "uniform:0:4",
        "--lr", "2", "--cr", "100", "--ce", "110", "--h", "5");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--b").doesNotContain("Exception");
    r = SolveCommandTest.run("sourcing", "--demand", "gauss:3", "--lr", "2", "--cr", "100",
        "--ce", "110", "--h", "5", "--b", "9");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("gauss:3");
    r = SolveCommandTest.run("sourcing", "--demand", "uniform:0:4", "--lr", "0", "--cr", "100",
        "--ce", "110", "--h", "5", "--b", "9");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("lr");
    r = SolveCommandTest.run("sourcing", "--demand", "uniform:0:4", "--lr", "two", "--cr", "100",
        "--ce", "110", "--h", "5", "--b", "9");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--lr", "two");
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "demand: uniform:0:4\nlead: 3\n");
    r = SolveCommandTest.run("sourcing", file.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("lead", "unknown field");
    r = SolveCommandTest.run("sourcing", "reserves", "volcano");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("volcano");
    r = SolveCommandTest.run("sourcing", "reserves", "base-stock", "--fail", "2",
        "--recover", "0.5");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("fail");
  }

  @Test
  void reserves_models_printTheirOptima(@TempDir Path dir) throws Exception {
    JsonNode bs = json("sourcing", "reserves", "base-stock", "--fail", "0.05", "--recover",
        "0.25", "--h", "1", "--p", "19", "--format", "json");
    assertThat(bs.get("reserve").asDouble()).isPositive();
    assertThat(bs.get("cost").asDouble()).isLessThan(bs.get("cost_without_reserve").asDouble());
    JsonNode eoq = json("sourcing", "reserves", "eoq", "--rate", "100", "--order-cost", "50",
        "--h", "2", "--pi", "10", "--fail", "0.5", "--recover", "2", "--format", "json");
    assertThat(eoq.get("optimal_q").asDouble()).isGreaterThan(eoq.get("classical_eoq")
        .asDouble());
    assertThat(eoq.get("optimal_cost").asDouble()).isLessThanOrEqualTo(
        eoq.get("cost_at_classical_eoq").asDouble());
    SolveCommandTest.Run r = SolveCommandTest.run("sourcing", "reserves", "tomlin", "--cu", "1",
        "--cr", "1.3", "--h", "0.05", "--p", "2", "--chart", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("P", "I", "S");
    assertThat(dir.resolve("reserves-tomlin.png")).exists();
  }

  @Test
  void reproduceDualSourcing_writesTheCsv(@TempDir Path dir) throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("reproduce", "dual-sourcing", "--out",
        dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("largest |ours - published|", "216.7698");
    assertThat(Files.readAllLines(dir.resolve("dual-sourcing/dual-sourcing.csv"))).hasSize(1 + 6 * 4);
  }
}
