package org.stockade.multistage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.model.InvalidInputException;

class LayeredLostSalesTest {
  @Test
  void maxFlowLostSales_equalDemandMinusTheMinCutOverAllSplitAssignments() {
    for (int seed = 0; seed < 60; seed++) {
      Random rnd = new Random(seed);
      int stages = 2 + rnd.nextInt(2);
      int[] sizes = new int[stages];
      for (int k = 0; k < stages; k++) {
        sizes[k] = 1 + rnd.nextInt(3);
      }
      LayeredNetwork net = MsgInstances.network(rnd, sizes, 0.6);
      double[] r = new double[net.nodeCount()];
      for (int v : net.inventoryNodes()) {
        r[v] = rnd.nextBoolean() ? 0 : rnd.nextDouble() * 60; // fractional on purpose
      }
      double[] d = new double[net.productCount()];
      for (int j = 0; j < d.length; j++) {
        d[j] = rnd.nextDouble() * 150;
      }
      double[] c = net.capacities();
      for (int k = 0; k < c.length; k++) {
        c[k] *= rnd.nextDouble();
      }
      LayeredLostSales.Evaluation e = LayeredLostSales.evaluate(net, r, d, c);
      double brute = AllCutsOracle.lostSales(net, r, d, c);
      assertThat(e.lostSales()).as("seed " + seed).isCloseTo(brute, offset(1e-7));
      // the returned minimum cut is a finite cut whose value is the lost sales
      Cut cut = e.cut();
      assertThat(cut.finite()).isTrue();
      assertThat(MsgVerifier.invalidCut(net, cut.shortNodes(), cut.starvedNodes())).isNull();
      assertThat(cutValue(net, cut, r, d, c)).isCloseTo(e.lostSales(), offset(1e-7));
      double served = 0;
      double total = 0;
      for (int j = 0; j < d.length; j++) {
        assertThat(e.served()[j]).isBetween(-1e-9, d[j] + 1e-9);
        served += e.served()[j];
        total += d[j];
      }
      assertThat(total - served).isCloseTo(e.lostSales(), offset(1e-7));
    }
  }

  /** {@code max(0, sum_{B∩P} d - sum_{B\A} c - r(B))} for a cut. */
  static double cutValue(LayeredNetwork net, Cut cut, double[] r, double[] d, double[] c) {
    double v = 0;
    BitSet p = cut.products();
    for (int j = p.nextSetBit(0); j >= 0; j = p.nextSetBit(j + 1)) {
      v += d[j];
    }
    BitSet k = cut.capacityNodes();
    for (int i = k.nextSetBit(0); i >= 0; i = k.nextSetBit(i + 1)) {
      v -= c[i];
    }
    BitSet b = cut.shortNodes();
    for (int x = b.nextSetBit(0); x >= 0; x = b.nextSetBit(x + 1)) {
      v -= r[x];
    }
    return Math.max(0, v);
  }

  @Test
  void twoTierChain_lostSalesFollowTheBottleneck() {
    LayeredNetwork net = new LayeredNetwork("chain", List.of(
        new Stage("suppliers", List.of(new StageNode("S", 50, 1, true, null))),
        new Stage("plants", List.of(StageNode.facility("P", 80))),
        new Stage("products", List.of(StageNode.product("V", 100, 0, 1)))),
        List.of(new Link("S", "P"), new Link("P", "V")));
    // supplier limits to 50; 20 units of supplier inventory pass through the plant
    double[] r = {20, 0, 5};
    LayeredLostSales.Evaluation e = LayeredLostSales.evaluate(net, r, new double[] {100},
        new double[] {50, 80});
    assertThat(e.lostSales()).isCloseTo(100 - 70 - 5, offset(1e-9));
    assertThat(net.ids(e.cut().shortNodes())).containsExactly("S", "P", "V");
    assertThat(net.ids(bottleneck(net, e.cut()))).containsExactly("S"); // P, V are starved
    // plant bottleneck: supplier inventory cannot pass 80
    e = LayeredLostSales.evaluate(net, new double[] {60, 0, 0}, new double[] {100},
        new double[] {50, 80});
    assertThat(e.lostSales()).isCloseTo(20, offset(1e-9));
    assertThat(net.ids(bottleneck(net, e.cut()))).containsExactly("P");
  }

  private static BitSet bottleneck(LayeredNetwork net, Cut cut) {
    BitSet out = new BitSet();
    BitSet k = cut.capacityNodes();
    for (int i = k.nextSetBit(0); i >= 0; i = k.nextSetBit(i + 1)) {
      out.set(net.capacitatedNode(i));
    }
    return out;
  }

  @Test
  void badVectors_areRejectedWithTheirName() {
    LayeredNetwork net = MsgInstances.network(new Random(1), new int[] {2, 2}, 1.0);
    assertThatThrownBy(() -> LayeredLostSales.evaluate(net, new double[3], new double[2],
        net.capacities())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("inventory r").hasMessageContaining("expected 4");
    assertThatThrownBy(() -> LayeredLostSales.evaluate(net, new double[4],
        new double[] {1, Double.NaN}, net.capacities()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("demand d[2]");
  }
}
