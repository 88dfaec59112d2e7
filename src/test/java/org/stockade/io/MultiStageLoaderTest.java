package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.model.InvalidInputException;
import org.stockade.multistage.LayeredNetwork;
import org.stockade.multistage.MsgExamples;
import org.stockade.uncertainty.CapacityLossKind;

class MultiStageLoaderTest {
  @TempDir
  Path dir;

  static final String BASE = """
      name: tiny
      stages:
        - name: suppliers
          nodes:
            - {id: S1, capacity: 300, holding_cost: 0.5, inventory: true}
        - name: plants
          nodes:
            - {id: P1, capacity: 100}
            - {id: P2, capacity: 100}
        - name: products
          nodes:
            - {id: V1, mu: 50, sigma: 10}
            - {id: V2, mu: 60, sigma: 20, inventory: false, capacity: 90}
      arcs:
        - [S1, P1]
        - {from: S1, to: P2}
      flexibility:
        P1: [V1, V2]
        P2: V2
      uncertainty:
        capacity: {loss: plants, zeta: 1}
      delta: 5
      """;

  private String failure(String text) {
    Path p = TestFiles.write(dir, "bad.yaml", text);
    assertThat(MultiStageLoader.isMultiStage(p)).isTrue();
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> MultiStageLoader.load(p));
    assertThat(e).as("loading must fail").isNotNull();
    assertThat(e.getMessage()).startsWith(p.toString() + ": ");
    return e.getMessage();
  }

  @Test
  void load_readsStagesNodesArcsAndSettings() {
    Path p = TestFiles.write(dir, "ok.yaml", BASE);
    assertThat(MultiStageLoader.isMultiStage(p)).isTrue();
    MultiStageDefinition def = MultiStageLoader.load(p);
    LayeredNetwork n = def.network();
    assertThat(n.name()).isEqualTo("tiny");
    assertThat(n.stageCount()).isEqualTo(3);
    assertThat(n.links()).hasSize(5);
    assertThat(n.node(n.indexOf("S1")).inventoryAllowed()).isTrue();
    assertThat(n.node(n.indexOf("P1")).inventoryAllowed()).isFalse();
    assertThat(n.node(n.indexOf("V1")).inventoryAllowed()).isTrue();
    assertThat(n.node(n.indexOf("V2")).inventoryAllowed()).isFalse();
    assertThat(n.node(n.indexOf("V1")).capacitated()).isFalse();
    assertThat(n.capacities()).containsExactly(300, 100, 100, 90);
    assertThat(def.uncertainty().capacityLoss()).isEqualTo(CapacityLossKind.PLANTS);
    assertThat(def.delta()).isEqualTo(5.0);
    assertThat(def.warnings()).isEmpty();
  }

  @Test
  void exampleFile_isTheBuiltInGmTwoTierNetwork() {
    MultiStageDefinition def = MultiStageLoader.load(Path.of("examples/gm-two-tier.yaml"));
    LayeredNetwork file = def.network();
    LayeredNetwork builtIn = MsgExamples.gmTwoTier();
    assertThat(def.warnings()).isEmpty();
    assertThat(file.nodeCount()).isEqualTo(builtIn.nodeCount());
    assertThat(file.links()).containsExactlyInAnyOrderElementsOf(builtIn.links());
    for (int v = 0; v < file.nodeCount(); v++) {
      assertThat(file.node(v)).isEqualTo(builtIn.node(v));
    }
  }

  @Test
  void jsonFile_loadsTheSameNetworkAsYaml() {
    Path p = TestFiles.write(dir, "ok.json", """
        {"name": "tiny", "stages": [
          {"name": "plants", "nodes": [{"id": "P1", "capacity": 100}]},
          {"name": "products", "nodes": [{"id": "V1", "mu": 50, "sigma": 10}]}],
         "arcs": [{"from": "P1", "to": "V1"}], "delta": 2}
        """);
    assertThat(MultiStageLoader.isMultiStage(p)).isTrue();
    MultiStageDefinition def = MultiStageLoader.load(p);
    assertThat(def.network().links()).hasSize(1);
    assertThat(def.delta()).isEqualTo(2.0);
  }

  @Test
  void plainSingleStageFiles_areNotMultiStage() {
    assertThat(MultiStageLoader.isMultiStage(Path.of("examples/gm.yaml"))).isFalse();
    assertThat(MultiStageLoader.isMultiStage(Path.of("examples/missing.yaml"))).isFalse();
    assertThat(MultiStageLoader.isMultiStage(TestFiles.write(dir, "x.yaml", "stages: [\n")))
        .isFalse(); // broken syntax: left to the ordinary loader's message
  }

  @Test
  void badFiles_nameTheFieldTheValueAndAFix() {
    assertThat(failure(BASE.replace("[S1, P1]", "[S9, P1]")))
        .contains("arcs[0][0]", "node 'S9' is not declared", "declared nodes: P1, P2, S1");
    assertThat(failure(BASE.replace("[S1, P1]", "[S1, V1]")))
        .contains("arcs[0][1]", "S1 -> V1 skips a stage", "'suppliers'", "'products'",
            "next stage");
    assertThat(failure(BASE.replace("P2: V2", "V2: P2"))).contains("flexibility.V2",
        "does not go downstream");
    assertThat(failure(BASE.replace("capacity: 300", "capacity: -300")))
        .contains("stages[0].nodes[0].capacity", "node 'S1' in stage 'suppliers'",
            "expected a finite number > 0, got -300", "capacity: none");
    assertThat(failure(BASE.replace("{id: P2, capacity: 100}", "{id: P1, capacity: 100}")))
        .contains("stages[1].nodes[1].id", "duplicate node id 'P1'", "stages[1].nodes[0]");
    assertThat(failure(BASE.replace("{id: P1, capacity: 100}",
        "{id: P1, capacity: 100, mu: 5}"))).contains("stages[1].nodes[0].mu",
        "only products");
    assertThat(failure(BASE.replace("{id: V1, mu: 50, sigma: 10}", "{id: V1, mu: 50}")))
        .contains("stages[2].nodes[0].sigma", "required field is missing");
    assertThat(failure(BASE.replace("inventory: true", "inventory: maybe")))
        .contains("stages[0].nodes[0].inventory", "expected true or false", "'maybe'");
    assertThat(failure(BASE.replace("name: tiny", "name: tiny\nstagez: 3")))
        .contains("unknown key 'stagez'", "did you mean 'stages'");
    assertThat(failure(BASE.replace("holding_cost: 0.5", "holdingcost: 0.5")))
        .contains("stages[0].nodes[0]", "unknown key 'holdingcost'", "holding_cost");
    assertThat(failure(BASE.replace("loss: plants", "loss: meteors")))
        .contains("uncertainty.capacity.loss", "meteors");
    assertThat(failure("stages: []\n")).contains("stages", "no stages");
    assertThat(failure(BASE.replace("capacity: 300", "capacity: none")
        .replace("{id: P1, capacity: 100}", "{id: P1}").replace("{id: P2, capacity: 100}",
            "{id: P2}").replace(", capacity: 90", ""))).contains("no node has a capacity");
  }

  @Test
  void warnings_flagNodesWithoutArcs() {
    Path p = TestFiles.write(dir, "w.yaml", BASE.replace("P2: V2", "P2: []"));
    MultiStageDefinition def = MultiStageLoader.load(p);
    assertThat(def.warnings()).anyMatch(w -> w.contains("'P2' has no downstream arc"));
  }
}
