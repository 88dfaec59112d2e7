package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.multistage.MsgExamples;
import org.stockade.multistage.MsgProblem;
import org.stockade.multistage.MsgSolver;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySpec;

class MultiStageSolveTest {
  @TempDir
  Path dir;

  private static SolveCommandTest.Run run(String... args) {
    return SolveCommandTest.run(args);
  }

  @Test
  void solve_gmTwoTierFile_runsMsgAndMatchesTheLibraryAndTheBuiltInExample() throws Exception {
    SolveCommandTest.Run r = run("solve", "examples/gm-two-tier.yaml", "--capacity-loss",
        "plants:1", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("model").asText()).isEqualTo("m-SG");
    assertThat(root.get("status").asText()).isEqualTo("OPTIMAL");
    UncertaintySpec oneDown = new UncertaintySpec(null, null, null, null, null, null,
        CapacityLossKind.PLANTS, 1.0, null, null);
    double expected = new MsgSolver().solve(MsgProblem.of(MsgExamples.gmTwoTier(), oneDown, 0))
        .cost();
    assertThat(root.get("cost").asDouble()).isCloseTo(expected, offset(1e-6));
    assertThat(root.get("inventory")).hasSize(29);
    double sum = 0;
    for (JsonNode e : root.get("inventory")) {
      sum += e.get("inventory").asDouble() * e.get("holding_cost").asDouble();
    }
    assertThat(sum).isCloseTo(expected, offset(1e-6));
    assertThat(root.get("inventory_by_stage").has("suppliers")).isTrue();
    assertThat(root.get("certificate").size()).isPositive();
    for (JsonNode c : root.get("certificate")) {
      assertThat(c.get("lost_sales_maxflow").asDouble()).isLessThanOrEqualTo(1e-6);
    }
    assertThat(root.get("verification").get("ok").asBoolean()).isTrue();
    SolveCommandTest.Run builtIn = run("solve", "--example", "gm-two-tier", "--capacity-loss",
        "plants:1", "--format", "json");
    assertThat(new ObjectMapper().readTree(builtIn.out()).get("cost").asDouble())
        .isCloseTo(expected, offset(1e-6));
  }

  @Test
  void solve_tableAndCsv_showInventoryPerStageAndNode() {
    SolveCommandTest.Run r = run("solve", "--example", "gm-two-tier", "--capacity-loss",
        "none", "--delta", "50");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("m-SG", "OPTIMAL", "inventory by stage", "suppliers",
        "inventory per node", "binding worst cases", "bottleneck nodes", "verify    OK",
        "solve time", "delta = 50");
    SolveCommandTest.Run csv = run("solve", "--example", "gm-two-tier", "--capacity-loss",
        "none", "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    assertThat(csv.out().lines()).hasSize(30).first()
        .isEqualTo("node,stage,capacity,holding_cost,inventory_allowed,inventory");
  }

  private static void assertBadInput(SolveCommandTest.Run r, String... fragments) {
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err()).contains(fragments).doesNotContain("Exception", "\tat ");
  }

  @Test
  void solve_badMultiStageInputs_exitTwoWithClearMessages() throws IOException {
    String text = Files.readString(Path.of("examples/gm-two-tier.yaml"));
    Path skip = dir.resolve("skip.yaml");
    Files.writeString(skip, text.replace("S1: [P1, P2]", "S1: [P1, V2]"));
    assertBadInput(run("solve", skip.toString()), "skip.yaml", "flexibility.S1[1]",
        "skips a stage");
    Path neg = dir.resolve("neg.yaml");
    Files.writeString(neg, text.replace("{id: S1, capacity: 450", "{id: S1, capacity: -450"));
    assertBadInput(run("solve", neg.toString()), "neg.yaml", "stages[0].nodes[0].capacity",
        "-450");
    assertBadInput(run("solve", "--example", "gm-two-tier", "--design", "full"), "--design",
        "multi-stage");
    assertBadInput(run("solve", "--example", "gm-two-tier", "--solver", "enumeration"),
        "--solver", "multi-stage");
    assertBadInput(run("solve", "--example", "gm-two-tier", "--format", "xml"), "--format");
    assertBadInput(run("solve", "--example", "gm-two-tier", "--alpha", "x"), "--alpha", "'x'");
    assertBadInput(run("solve", "--example", "gm-three"), "--example", "gm-three");
    assertBadInput(run("solve", "--example", "gm-two-tier", "--model", "cm"), "--model cm",
        "multi-stage");
  }
}
