package org.stockade.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Input validation and the index maps of {@link Network}. */
class NetworkTest {

  private static List<Plant> plants(int m) {
    List<Plant> out = new ArrayList<>();
    for (int i = 1; i <= m; i++) {
      out.add(new Plant("P" + i, 100));
    }
    return out;
  }

  private static List<Product> products(int n) {
    List<Product> out = new ArrayList<>();
    for (int j = 1; j <= n; j++) {
      out.add(new Product("V" + j, 50, 10));
    }
    return out;
  }

  @Test
  void undeclaredPlantOnArc_messageNamesPlantArcNumberAndDeclaredPlants() {
    List<Arc> arcs = List.of(new Arc("P1", "V1"), new Arc("P2", "V2"), new Arc("P9", "V1"));
    assertThatThrownBy(() -> new Network("n", plants(3), products(2), arcs))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("plant 'P9' on arc 3 is not declared; declared plants: P1, P2, P3");
  }

  @Test
  void undeclaredProductOnArc_messageNamesProductArcNumberAndDeclaredProducts() {
    List<Arc> arcs = List.of(new Arc("P1", "V7"));
    assertThatThrownBy(() -> new Network("n", plants(1), products(2), arcs))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("product 'V7' on arc 1 is not declared; declared products: V1, V2");
  }

  @Test
  void undeclaredPlant_manyDeclared_listIsAbbreviatedInNaturalOrder() {
    // 10 plants: natural order puts P2 before P10, and more than 6 ids are shown as a range
    List<Arc> arcs = List.of(new Arc("P1", "V1"), new Arc("Q", "V1"));
    assertThatThrownBy(() -> new Network("n", plants(10), products(1), arcs))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("plant 'Q' on arc 2 is not declared; declared plants: P1..P10 (10 ids)");
    assertThat(Network.describeIds(List.of("P10", "P2", "P1"))).isEqualTo("P1, P2, P10");
  }

  @Test
  void duplicateIds_areRejectedWithPositions() {
    List<Plant> dupPlants = List.of(new Plant("P1", 1), new Plant("P2", 1), new Plant("P1", 2));
    assertThatThrownBy(() -> new Network("n", dupPlants, products(1), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("duplicate plant id 'P1'")
        .hasMessageContaining("plants 1 and 3");
    List<Product> dupProducts = List.of(new Product("V1", 1, 0), new Product("V1", 2, 0));
    assertThatThrownBy(() -> new Network("n", plants(1), dupProducts, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("duplicate product id 'V1'")
        .hasMessageContaining("products 1 and 2");
  }

  @Test
  void invalidCapacity_isRejected() {
    for (double c : new double[] {-1, 0, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new Plant("P1", c)).as("capacity %s", c)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("capacity of plant 'P1'")
          .hasMessageContaining("> 0");
    }
  }

  @Test
  void invalidMuSigmaOrHoldingCost_isRejected() {
    for (double bad : new double[] {-0.5, Double.NaN, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> new Product("V3", bad, 1)).as("mu %s", bad)
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("mu of product 'V3'");
      assertThatThrownBy(() -> new Product("V3", 10, bad)).as("sigma %s", bad)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("sigma of product 'V3'");
    }
    assertThatThrownBy(() -> new Product("V3", 10, 1, 0, null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("holding cost");
    // zero mean and zero spread are allowed
    assertThat(new Product("V3", 0, 0).cv()).isZero();
    assertThat(new Product("V3", 10, 5).cv()).isEqualTo(0.5);
  }

  @Test
  void missingIds_areRejected() {
    assertThatThrownBy(() -> new Plant(" ", 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("plant id");
    assertThatThrownBy(() -> new Product(null, 1, 1)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("product id");
    assertThatThrownBy(() -> new Arc("P1", "")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("arc product");
  }

  @Test
  void emptyPlantsOrProducts_areRejected() {
    assertThatThrownBy(() -> new Network("n", List.of(), products(1), List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no plants");
    assertThatThrownBy(() -> new Network("n", null, products(1), List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no plants");
    assertThatThrownBy(() -> new Network("n", plants(1), List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no products");
  }

  @Test
  void productsWithoutArcs_listsExactlyTheUnreachableProductsInOrder() {
    Network n = new Network("n", plants(2), products(5),
        List.of(new Arc("P1", "V2"), new Arc("P2", "V4"), new Arc("P1", "V4")));
    assertThat(n.productsWithoutArcs()).containsExactly("V1", "V3", "V5");
    Network none = new Network("n", plants(1), products(2), null);
    assertThat(none.arcs()).isEmpty();
    assertThat(none.productsWithoutArcs()).containsExactly("V1", "V2");
    assertThat(Examples.gm().productsWithoutArcs()).isEmpty();
  }

  @Test
  void duplicateArcs_areMergedAndIndicesFollowDeclarationOrder() {
    Network n = new Network("n", plants(2), products(2), List.of(new Arc("P2", "V1"),
        new Arc("P2", "V1"), new Arc("P1", "V2")));
    assertThat(n.arcs()).containsExactly(new Arc("P2", "V1"), new Arc("P1", "V2"));
    assertThat(n.plantsOf(0)).containsExactly(1);
    assertThat(n.productsOf(1)).containsExactly(0);
    assertThat(n.hasArc(1, 0)).isTrue();
    assertThat(n.hasArc(0, 0)).isFalse();
    assertThatThrownBy(() -> n.plantIndex("P3")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'P3'");
  }

  @Test
  void plantsOfSubset_equalsUnionOfArcTargets_onRandomDesigns() {
    for (long seed = 1; seed <= 60; seed++) {
      Random rnd = new Random(seed);
      int m = 1 + rnd.nextInt(6);
      int p = 1 + rnd.nextInt(7);
      boolean[][] has = new boolean[m][p];
      List<Arc> arcs = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < p; j++) {
          if (rnd.nextInt(3) == 0) {
            has[i][j] = true;
            arcs.add(new Arc("P" + (i + 1), "V" + (j + 1)));
          }
        }
      }
      Network n = new Network("r", plants(m), products(p), arcs);
      for (int mask = 0; mask < (1 << p); mask++) {
        BitSet s = BitSet.valueOf(new long[] {mask});
        BitSet expected = new BitSet();
        for (int i = 0; i < m; i++) {
          for (int j = 0; j < p; j++) {
            if (has[i][j] && s.get(j)) {
              expected.set(i);
            }
          }
        }
        assertThat(n.plantsOf(s)).as("seed %d S=%s", seed, s).isEqualTo(expected);
      }
    }
  }

  @Test
  void accessors_returnDeclaredData() {
    Network gm = Examples.gm();
    assertThat(gm.capacities()).containsExactly(Examples.GM_CAPACITY);
    assertThat(gm.means()).containsExactly(Examples.GM_MEAN);
    double total = 0;
    for (double c : gm.capacities()) {
      total += c;
    }
    assertThat(total).isEqualTo(2030); // spec section 5
    double demand = 0;
    for (double mu : gm.means()) {
      demand += mu;
    }
    assertThat(demand).isEqualTo(2060);
    assertThat(gm.sigmas()[0]).isEqualTo(0.5 * 320); // product 1 is high variability
    assertThat(gm.sigmas()[1]).isEqualTo(0.25 * 150);
  }
}
