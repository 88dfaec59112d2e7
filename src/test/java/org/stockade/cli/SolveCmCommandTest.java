package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.cli.SolveCommandTest.Run;
import org.stockade.costmin.CmProblem;
import org.stockade.costmin.CmVerifier;
import org.stockade.io.ProblemDefinition;
import org.stockade.io.ProblemLoader;

class SolveCmCommandTest {
  private static final String SMALL = "examples/small-cm.yaml";

  private static JsonNode json(Run r) throws Exception {
    return new ObjectMapper().readTree(r.out());
  }

  private static void assertBadInput(Run r, String... fragments) {
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err()).contains(fragments).doesNotContain("Exception", "\tat ");
  }

  /** The all-vertex LP of the file's problem, with the flags' costs layered on. */
  private static double bruteForce(String file, Double underage, Double lossCap) {
    ProblemDefinition def = ProblemLoader.load(Path.of(file));
    var costs = def.costs().overriddenBy(new org.stockade.costmin.CostSpec(underage, null, null,
        null, null, null, lossCap));
    CmProblem p = new CmProblem(def.network(), def.uncertainty().build(def.network()),
        costs.model(), costs.lossCapOrNone());
    return CmVerifier.bruteForceOptimum(p,
        CmVerifier.vertexScenarios(p.uncertainty(), 5000));
  }

  @Test
  void cm_gmExampleAsJson_isOptimalAndVerified() throws Exception {
    Run r = SolveCommandTest.run("solve", "--example", "gm", "--model", "cm", "--underage", "10",
        "--overage", "1", "--production-cost", "0", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = json(r);
    assertThat(root.get("model").asText()).isEqualTo("cm");
    assertThat(root.get("status").asText()).isEqualTo("OPTIMAL");
    double holding = 0;
    for (JsonNode e : root.get("inventory")) {
      holding += e.get("inventory").asDouble(); // h = 1 on GM
    }
    assertThat(root.get("holding_cost").asDouble()).isCloseTo(holding, Offset.offset(1e-6));
    assertThat(root.get("total_cost").asDouble()).isCloseTo(holding
        + root.get("worst_case_cost").asDouble(), Offset.offset(1e-6));
    assertThat(root.get("binding").size()).isPositive();
    assertThat(root.get("verification").get("ok").asBoolean()).isTrue();
  }

  @Test
  void cm_fileWithCostsSection_matchesTheAllVertexLp() throws Exception {
    Run r = SolveCommandTest.run("solve", SMALL, "--model", "cm", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(json(r).get("total_cost").asDouble())
        .isCloseTo(bruteForce(SMALL, null, null), Offset.offset(1e-6));
    Run capped = SolveCommandTest.run("solve", SMALL, "--model", "cm", "--underage", "3",
        "--loss-cap", "15", "--format", "json");
    assertThat(capped.exit()).as(capped.err()).isZero();
    assertThat(json(capped).get("total_cost").asDouble())
        .isCloseTo(bruteForce(SMALL, 3.0, 15.0), Offset.offset(1e-6));
    assertThat(json(capped).get("costs").get("loss_cap").asDouble()).isEqualTo(15.0);
  }

  @Test
  void cm_tableAndCsv_showInventoryCostsScenariosAndVerification() {
    Run t = SolveCommandTest.run("solve", SMALL, "--model", "cm");
    assertThat(t.exit()).as(t.err()).isZero();
    assertThat(t.out()).contains("OPTIMAL", "holding", "worst-case recourse", "bounds",
        "binding worst cases", "V3", "verify    OK", "brute force over");
    Run c = SolveCommandTest.run("solve", SMALL, "--model", "cm", "--format", "csv");
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out().lines()).hasSize(4).first()
        .isEqualTo("product,group,mu,sigma,holding_cost,underage,overage,inventory");
  }

  @Test
  void cm_timeLimitHit_exitsThree() {
    Run r = SolveCommandTest.run("solve", "--example", "gm", "--model", "cm", "--time-limit",
        "0.001");
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(3);
    assertThat(r.out()).contains("TIME_LIMIT");
  }

  @Test
  void cm_badInputs_exitTwoWithClearMessages(@TempDir Path dir) throws Exception {
    assertBadInput(SolveCommandTest.run("solve", SMALL, "--model", "xyz"), "--model", "xyz");
    assertBadInput(SolveCommandTest.run("solve", SMALL, "--model", "cm", "--underage", "-1"),
        "--underage", "-1");
    assertBadInput(SolveCommandTest.run("solve", SMALL, "--model", "cm", "--overage", "NaN"),
        "--overage", "NaN");
    assertBadInput(SolveCommandTest.run("solve", SMALL, "--model", "cm", "--loss-cap", "lots"),
        "--loss-cap", "lots");
    assertBadInput(SolveCommandTest.run("solve", SMALL, "--underage", "5"), "--underage",
        "--model cm");
    assertBadInput(SolveCommandTest.run("solve", SMALL, "--model", "cm", "--delta", "3"),
        "--delta", "--loss-cap 3");
    String base = Files.readString(Path.of(SMALL));
    String[][] cases = {
        {"underage: 10 ", "underage: -3 ", "costs.underage", "-3"},
        {"V3: {underage: 25}", "V9: {underage: 25}", "costs.products.V9", "not declared"},
        {"{plant: P2, product: V2, production: 2}", "{plant: P2, product: V1, production: 2}",
            "costs.arcs[0]", "not in the flexibility design"},
        {"overage: 1 ", "overrage: 1 ", "overrage", "costs"},
        {"production: 0.5 ", "production: .nan ", "production: .nan", "not a finite number"}};
    for (String[] c : cases) {
      assertThat(base).contains(c[0]);
      Path f = dir.resolve("bad.yaml");
      Files.writeString(f, base.replace(c[0], c[1]));
      assertBadInput(SolveCommandTest.run("solve", f.toString(), "--model", "cm"), c[2], c[3]);
    }
  }

  @Test
  void sgRemainsTheDefaultAndIgnoresACostsSection() throws Exception {
    Run r = SolveCommandTest.run("solve", SMALL, "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(json(r).has("cost")).isTrue();
    assertThat(json(r).has("model")).isFalse();
  }
}
