package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.flexdesign.DesignProblem;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgProblem;
import org.stockade.uncertainty.UncertaintySpec;

class DesignCommandTest {
  @TempDir
  Path tmp;

  private Path candidates(String body) throws Exception {
    Path f = tmp.resolve("cand.csv");
    Files.writeString(f, body);
    return f;
  }

  /** Best total over every subset of the candidate rows P2->V1, P1->V3, P8->V10 at cost 40. */
  private static double bruteForceGm() {
    Network n = Examples.gm();
    SgProblem base = new SgProblem(n, UncertaintySpec.empty().build(n), 0);
    DesignProblem p = new DesignProblem(base, java.util.List.of(
        new org.stockade.flexdesign.CandidateArc(1, 0, 40),
        new org.stockade.flexdesign.CandidateArc(0, 2, 40),
        new org.stockade.flexdesign.CandidateArc(7, 9, 40)), null, null, null);
    double best = Double.POSITIVE_INFINITY;
    for (int mask = 0; mask < 8; mask++) {
      boolean[] x = {(mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0};
      best = Math.min(best, p.arcCost(x)
          + new ConstraintGenerationSolver().solve(p.sgAt(x)).cost());
    }
    return best;
  }

  @Test
  void design_gmWithThreeCandidates_matchesEveryDesignEvaluatedAsJson() throws Exception {
    Path c = candidates("plant,product\nP2,V1\nP1,V3\nP8,V10\n");
    var r = SolveCommandTest.run("design", "--example", "gm", "--candidates", c.toString(),
        "--arc-cost", "40", "--format", "json", "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("status").asText()).isEqualTo("OPTIMAL");
    assertThat(root.get("total_cost").asDouble()).isCloseTo(bruteForceGm(), within(1e-4));
    assertThat(root.get("verification").get("ok").asBoolean()).isTrue();
    assertThat(root.get("inventory")).hasSize(16);
  }

  @Test
  void design_tableAndCsv_showArcsCostsAndBound() throws Exception {
    Path c = candidates("plant,product,cost,forced\nP2,V1,40,yes\nP1,V3,,no\n");
    var t = SolveCommandTest.run("design", "--example", "gm", "--candidates", c.toString(),
        "--arc-cost", "40", "--no-progress");
    assertThat(t.exit()).as(t.err()).isZero();
    assertThat(t.out()).contains("OPTIMAL", "arcs added", "P2->V1", "bound", "verify    OK");
    var csv = SolveCommandTest.run("design", "--example", "gm", "--candidates", c.toString(),
        "--arc-cost", "40", "--format", "csv", "--no-progress");
    assertThat(csv.out()).startsWith("kind,plant,product,value").contains("arc,P2,V1,40");
  }

  @Test
  void design_frontierWithOut_writesCsvAndChartAndNeverRises() throws Exception {
    Path c = candidates("plant,product\nP2,V1\nP1,V3\nP8,V10\nP5,V14\n");
    Path out = tmp.resolve("out");
    var r = SolveCommandTest.run("design", "--example", "gm", "--candidates", c.toString(),
        "--arc-cost", "20", "--frontier", "--max-arcs", "3", "--out", out.toString(),
        "--format", "csv", "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(out.resolve("frontier.csv")).exists();
    assertThat(out.resolve("frontier.png")).exists();
    String[] lines = Files.readString(out.resolve("frontier.csv")).strip().split("\n");
    assertThat(lines).hasSize(5);
    double prev = Double.POSITIVE_INFINITY;
    for (int k = 1; k < lines.length; k++) {
      double total = Double.parseDouble(lines[k].split(",")[3]);
      assertThat(total).isLessThanOrEqualTo(prev + 1e-6);
      prev = total;
    }
  }

  @Test
  void design_badInput_exits2WithTheFieldAndAFix() throws Exception {
    Path inBase = candidates("plant,product\nP1,V1\n");
    Path unknown = tmp.resolve("u.csv");
    Files.writeString(unknown, "plant,product\nP9,V1\n");
    String[][] cases = {
        {"--arc-cost", "design --example gm"},
        {"already in the network's design", "design --example gm --arc-cost 5 --candidates "
            + inBase},
        {"plant 'P9' is not declared", "design --example gm --arc-cost 5 --candidates "
            + unknown},
        {"--method", "design --example gm --arc-cost 5 --method fast"},
        {"--tts-budget", "design --example gm --arc-cost 5 --tts-budget 1"},
        {"--arc-cost must be", "design --example gm --arc-cost -3"},
        {"--max-arcs", "design --example gm --arc-cost 5 --max-arcs -1"},
        {"--max-arc-cost", "design --example gm --arc-cost 5 --max-arc-cost -2"},
        {"--out writes the frontier", "design --example gm --arc-cost 5 --out " + tmp},
        {"no such file", "design --example gm --arc-cost 5 --candidates " + tmp.resolve("x")}};
    for (String[] c : cases) {
      var r = SolveCommandTest.run(c[1].split(" "));
      assertThat(r.exit()).as(c[1] + "\n" + r.err()).isEqualTo(2);
      assertThat(r.err()).as(c[1]).contains(c[0]).doesNotContain("Exception");
    }
  }

  @Test
  void design_ttsFrontier_atBudgetZeroMatchesTheTtsCommand() throws Exception {
    var f = SolveCommandTest.run("design", "--example", "gm", "--candidates",
        "examples/gm-candidates.csv", "--arc-cost", "0", "--frontier", "--max-arcs", "2",
        "--tts-budget", "1", "--alpha", "0", "--capacity-loss", "plants:1", "--format", "json",
        "--no-progress");
    assertThat(f.exit()).as(f.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(f.out()).get("frontier");
    var t = SolveCommandTest.run("tts", "--example", "gm", "--budget", "1", "--format", "json");
    double tts = new ObjectMapper().readTree(t.out()).get("tts").asDouble();
    assertThat(rows.get(0).get("tts_periods").asDouble()).isCloseTo(tts, within(1e-6));
    for (int k = 1; k < rows.size(); k++) {
      assertThat(rows.get(k).get("tts_periods").asDouble())
          .isGreaterThanOrEqualTo(rows.get(k - 1).get("tts_periods").asDouble() - 1e-9);
    }
  }
}
