package org.stockade.multistage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockade.model.Examples;
import org.stockade.model.InvalidInputException;

class LayeredNetworkTest {
  private static final List<Stage> STAGES = List.of(
      new Stage("suppliers", List.of(StageNode.facility("S1", 100),
          StageNode.facility("S2", 100))),
      new Stage("plants", List.of(StageNode.facility("P1", 80))),
      new Stage("products", List.of(StageNode.product("V1", 50, 10, 1),
          StageNode.product("V2", 50, 10, 1))));

  private static void bad(Runnable r, String... fragments) {
    assertThatThrownBy(r::run).isInstanceOf(InvalidInputException.class)
        .message().contains(fragments);
  }

  @Test
  void indices_followStagesInDeclarationOrder() {
    LayeredNetwork n = new LayeredNetwork("t", STAGES, List.of(new Link("S1", "P1"),
        new Link("S2", "P1"), new Link("P1", "V1"), new Link("P1", "V2"),
        new Link("P1", "V2")));
    assertThat(n.nodeCount()).isEqualTo(5);
    assertThat(n.links()).hasSize(4); // duplicate arc dropped
    assertThat(n.productCount()).isEqualTo(2);
    assertThat(n.productNode(1)).isEqualTo(4);
    assertThat(n.capacitatedCount()).isEqualTo(3);
    assertThat(n.preds(n.indexOf("P1"))).containsExactly(0, 1);
    assertThat(n.inventoryNodes()).containsExactly(3, 4);
    assertThat(n.stageOf(2)).isEqualTo(1);
  }

  @Test
  void fromNetwork_keepsPlantsAsCapacitatedNodesInOrder() {
    LayeredNetwork n = LayeredNetwork.fromNetwork(Examples.gm());
    assertThat(n.stageCount()).isEqualTo(2);
    assertThat(n.capacities()).containsExactly(Examples.GM_CAPACITY);
    assertThat(n.means()).containsExactly(Examples.GM_MEAN);
    assertThat(n.links()).hasSize(18);
  }

  @Test
  void badInput_namesTheNodeTheArcAndAFix() {
    bad(() -> new LayeredNetwork("t", STAGES, List.of(new Link("S9", "P1"))),
        "arc 1", "node 'S9' is not declared", "S1");
    bad(() -> new LayeredNetwork("t", STAGES, List.of(new Link("S1", "V1"))),
        "S1 -> V1", "skips a stage", "'suppliers'", "'products'", "consecutive");
    bad(() -> new LayeredNetwork("t", STAGES, List.of(new Link("P1", "S1"))),
        "does not go downstream");
    bad(() -> new LayeredNetwork("t", STAGES, List.of(new Link("S1", "S2"))),
        "does not go downstream");
    bad(() -> StageNode.facility("P1", -5), "capacity of node 'P1'", "-5", "> 0");
    bad(() -> new StageNode("P1", 10, 0, true, null), "holding cost of node 'P1'");
    bad(() -> new Demand(-1, 0, null), "mu", "-1");
    bad(() -> new LayeredNetwork("t", List.of(STAGES.get(0),
        new Stage("plants", List.of(StageNode.facility("S1", 5))), STAGES.get(2)), List.of()),
        "duplicate node id 'S1'", "'suppliers'", "'plants'");
    bad(() -> new LayeredNetwork("t", List.of(STAGES.get(0), STAGES.get(0), STAGES.get(2)),
        List.of()), "duplicate stage name 'suppliers'");
    bad(() -> new LayeredNetwork("t", List.of(STAGES.get(0), STAGES.get(1)), List.of()),
        "node 'P1' is in the last stage 'plants'", "needs demand");
    bad(() -> new LayeredNetwork("t", List.of(STAGES.get(2), STAGES.get(2 - 1)), List.of()),
        "node 'V1' in stage 'products' has demand");
    bad(() -> new LayeredNetwork("t", List.of(), List.of()), "no stages");
    bad(() -> new Stage("plants", List.of()), "stage 'plants' has no nodes");
  }
}
