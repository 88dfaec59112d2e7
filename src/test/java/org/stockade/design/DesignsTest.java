package org.stockade.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stockade.model.Arc;
import org.stockade.model.Examples;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/** K-chains, full flexibility and the generalized K-chain over the GM base design. */
class DesignsTest {

  // GM base design (spec section 5), 0-based: the six connected groups computed by hand from
  // P1->{1,2}, P2->{3}, P3->{4,5}, P4->{5,6}, P5->{7,8,9}, P6->{9,10}, P7->{11,12,13},
  // P8->{14,15,16}: P3 and P4 share product 5, P5 and P6 share product 9.
  private static final int[][] GM_GROUP_PLANTS = {{0}, {1}, {2, 3}, {4, 5}, {6}, {7}};
  private static final int[][] GM_GROUP_PRODUCTS = {{0, 1}, {2}, {3, 4, 5}, {6, 7, 8, 9},
      {10, 11, 12}, {13, 14, 15}};

  private static Set<Arc> set(List<Arc> arcs) {
    return new HashSet<>(arcs);
  }

  @Test
  void kChain_arcCountAndMembership_followPlantIMakesIToIPlusKMinusOne() {
    for (int n = 1; n <= 9; n++) {
      Network net = Examples.symmetric(n, 100, 100, 30);
      for (int k = 1; k <= n; k++) {
        List<Arc> arcs = Designs.kChain(net, k);
        Set<Arc> distinct = set(arcs);
        assertThat(arcs).as("N=%d K=%d", n, k).hasSize(n * k);
        assertThat(distinct).as("no duplicates, N=%d K=%d", n, k).hasSize(n * k);
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            boolean expected = Math.floorMod(j - i, n) < k; // j in {i, ..., i+K-1} mod N
            Arc a = new Arc("P" + (i + 1), "V" + (j + 1));
            assertThat(distinct.contains(a)).as("N=%d K=%d arc %s", n, k, a)
                .isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void kChain_kOneIsDedicated_kNIsFull() {
    for (int n = 1; n <= 8; n++) {
      Network net = Examples.symmetric(n, 100, 100, 30);
      assertThat(set(Designs.kChain(net, 1))).as("N=%d", n)
          .isEqualTo(set(Designs.dedicated(net)))
          .isEqualTo(set(net.arcs())); // symmetric() is built dedicated
      assertThat(set(Designs.kChain(net, n))).as("N=%d", n).isEqualTo(set(Designs.full(net)));
      assertThat(Designs.full(net)).hasSize(n * n);
    }
  }

  @Test
  void kChain_outOfRangeKOrNonSquareNetwork_throws() {
    Network net = Examples.symmetric(4, 100, 100, 30);
    for (int k : new int[] {0, -1, 5}) {
      assertThatThrownBy(() -> Designs.kChain(net, k)).as("K=%d", k)
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("1..4");
    }
    assertThatThrownBy(() -> Designs.kChain(Examples.gm(), 2))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("8 plants and 16 products");
  }

  @Test
  void full_gm_has128Arcs() {
    assertThat(set(Designs.full(Examples.gm()))).hasSize(128);
  }

  @Test
  void gmBase_has18ArcsAndSixConnectedGroups() {
    Network gm = Examples.gm();
    assertThat(gm.arcs()).hasSize(18);
    assertThat(gm.plantCount()).isEqualTo(8);
    assertThat(gm.productCount()).isEqualTo(16);
    List<Group> groups = Groups.of(gm);
    assertThat(groups).hasSize(6);
    for (int g = 0; g < 6; g++) {
      assertThat(groups.get(g).plants()).as("group %d plants", g)
          .containsExactly(GM_GROUP_PLANTS[g]);
      assertThat(groups.get(g).products()).as("group %d products", g)
          .containsExactly(GM_GROUP_PRODUCTS[g]);
    }
    // no base arc leaves its group
    for (Arc a : gm.arcs()) {
      assertThat(groupOfPlant(gm.plantIndex(a.plant())))
          .isEqualTo(groupOfProduct(gm.productIndex(a.product())));
    }
  }

  @Test
  void groups_fullFlexibilityIsOneGroup_andPlantWithoutArcsIsRejected() {
    Network gm = Examples.gm();
    assertThat(Groups.of(gm.withArcs("full", Designs.full(gm)))).hasSize(1);
    List<Arc> missing = new ArrayList<>(gm.arcs());
    missing.removeIf(a -> a.plant().equals("P2")); // P2 -> V3 was its only arc
    assertThatThrownBy(() -> Groups.of(gm.withArcs("broken", missing)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'P2'");
  }

  private static int groupOfPlant(int i) {
    for (int g = 0; g < GM_GROUP_PLANTS.length; g++) {
      for (int x : GM_GROUP_PLANTS[g]) {
        if (x == i) {
          return g;
        }
      }
    }
    throw new AssertionError("plant " + i);
  }

  private static int groupOfProduct(int j) {
    for (int g = 0; g < GM_GROUP_PRODUCTS.length; g++) {
      for (int x : GM_GROUP_PRODUCTS[g]) {
        if (x == j) {
          return g;
        }
      }
    }
    throw new AssertionError("product " + j);
  }

  @Test
  void generalizedChain_keepsBaseArcsAndAddsKMinusOneArcsPerGroupInACyclicOrder() {
    Network gm = Examples.gm();
    Set<Arc> base = set(gm.arcs());
    List<int[]> permutations = permutations(6);
    for (int k = 1; k <= 6; k++) {
      for (long seed = 0; seed < 25; seed++) {
        String ctx = "K=" + k + " seed=" + seed;
        List<Arc> arcs = Designs.generalizedChain(gm, k, seed);
        Set<Arc> distinct = new LinkedHashSet<>(arcs);
        assertThat(distinct).as(ctx).containsAll(base);
        Set<Arc> added = new LinkedHashSet<>(distinct);
        added.removeAll(base);
        // Each of the 6 groups gets one arc to each of the next K-1 groups; these (from, to)
        // group pairs are all different and cross groups, so the 6(K-1) arcs are distinct
        // and new: 18, 24, 30, 36, 42, 48 arcs for K = 1..6.
        assertThat(added).as(ctx).hasSize(6 * (k - 1));
        assertThat(distinct).as(ctx).hasSize(18 + 6 * (k - 1));
        assertThat(gm.withArcs("g", arcs).arcs()).as(ctx).hasSize(18 + 6 * (k - 1));

        boolean[][] link = new boolean[6][6];
        int[] outDegree = new int[6];
        for (Arc a : added) {
          int from = groupOfPlant(gm.plantIndex(a.plant()));
          int to = groupOfProduct(gm.productIndex(a.product()));
          assertThat(from).as("new arc %s crosses groups; %s", a, ctx).isNotEqualTo(to);
          assertThat(link[from][to]).as("one arc per group pair; %s", ctx).isFalse();
          link[from][to] = true;
          outDegree[from]++;
        }
        for (int g = 0; g < 6; g++) {
          assertThat(outDegree[g]).as("group %d out-degree; %s", g, ctx).isEqualTo(k - 1);
        }
        // some cyclic order sigma makes group sigma[a] link exactly to sigma[a+1..a+K-1]
        boolean found = false;
        for (int[] sigma : permutations) {
          boolean ok = true;
          for (int a = 0; a < 6 && ok; a++) {
            for (int b = 0; b < 6 && ok; b++) {
              int dist = Math.floorMod(b - a, 6);
              ok = link[sigma[a]][sigma[b]] == (dist >= 1 && dist <= k - 1);
            }
          }
          if (ok) {
            found = true;
            break;
          }
        }
        assertThat(found).as("links form a generalized K-chain over a group order; %s", ctx)
            .isTrue();
        if (k >= 2) {
          assertThat(Groups.of(gm.withArcs("g", arcs))).as("connected; %s", ctx).hasSize(1);
        }
      }
    }
  }

  @Test
  void generalizedChain_kOneReturnsBaseArcs() {
    Network gm = Examples.gm();
    assertThat(Designs.generalizedChain(gm, 1, 123)).containsExactlyElementsOf(gm.arcs());
  }

  @Test
  void generalizedChain_isReproducibleForASeedAndVariesAcrossSeeds() {
    Network gm = Examples.gm();
    for (int k = 2; k <= 6; k++) {
      List<Arc> a = Designs.generalizedChain(gm, k, 7);
      assertThat(Designs.generalizedChain(gm, k, 7)).as("K=%d seed 7", k)
          .containsExactlyElementsOf(a);
      boolean differs = false;
      for (long other = 8; other < 40 && !differs; other++) {
        differs = !set(Designs.generalizedChain(gm, k, other)).equals(set(a));
      }
      assertThat(differs).as("K=%d: some seed in 8..39 gives another design than seed 7", k)
          .isTrue();
    }
  }

  @Test
  void generalizedChain_outOfRangeK_throws() {
    Network gm = Examples.gm();
    for (int k : new int[] {0, -3, 7}) {
      assertThatThrownBy(() -> Designs.generalizedChain(gm, k, 1)).as("K=%d", k)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("1..6")
          .hasMessageContaining("6 connected groups");
    }
  }

  private static List<int[]> permutations(int n) {
    List<int[]> out = new ArrayList<>();
    permute(new int[n], new boolean[n], 0, out);
    return out;
  }

  private static void permute(int[] cur, boolean[] used, int pos, List<int[]> out) {
    if (pos == cur.length) {
      out.add(cur.clone());
      return;
    }
    for (int v = 0; v < cur.length; v++) {
      if (!used[v]) {
        used[v] = true;
        cur[pos] = v;
        permute(cur, used, pos + 1, out);
        used[v] = false;
      }
    }
  }
}
