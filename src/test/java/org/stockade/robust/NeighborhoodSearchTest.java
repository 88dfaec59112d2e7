package org.stockade.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.model.Network;
import org.stockade.testing.RandomInstances;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySet;

/** The separation heuristic of the scalable loop, checked against from-scratch evaluation. */
class NeighborhoodSearchTest {
  private static final int KINDS = CapacityLossKind.values().length;

  private static double violation(Network n, UncertaintySet u, BitSet s, double[] r) {
    return u.g(s, n.plantsOf(s)) - s.stream().mapToDouble(j -> r[j]).sum();
  }

  private static BitSet bits(int[] products) {
    BitSet s = new BitSet();
    for (int j : products) {
      s.set(j);
    }
    return s;
  }

  @Test
  void violated_withRememberedSubsetsAndBothPathRules_reportsOnlyTrulyViolatedDistinctSubsets() {
    for (int seed = 1; seed <= 40; seed++) {
      Random rnd = new Random(seed);
      Network n = RandomInstances.network(rnd, 2 + rnd.nextInt(8), 4 + rnd.nextInt(12),
          0.2 + 0.4 * rnd.nextDouble());
      UncertaintySet u = RandomInstances.set(rnd, n, seed % KINDS);
      NeighborhoodSearch search = new NeighborhoodSearch(n, u);
      double[] r = new double[n.productCount()];
      for (int j = 0; j < r.length; j++) {
        r[j] = rnd.nextInt(120);
      }
      for (int k = 0; k < 3; k++) {
        search.remember(rnd.ints(1 + rnd.nextInt(n.productCount()), 0, n.productCount())
            .distinct().sorted().toArray());
      }
      for (int depth : new int[] {0, 8}) {
        List<NeighborhoodSearch.Found> found = search.violated(r, 1e-6, 0, 50, () -> false,
            depth);
        Set<BitSet> distinct = new HashSet<>();
        for (NeighborhoodSearch.Found f : found) {
          BitSet s = bits(f.products());
          double exact = violation(n, u, s, r);
          String ctx = "seed " + seed + " depth " + depth + " S=" + s + " " + u.summary();
          assertThat(f.violation()).as(ctx).isCloseTo(exact,
              Offset.offset(1e-7 * Math.max(1, Math.abs(exact))));
          assertThat(exact).as(ctx).isGreaterThan(1e-6);
          assertThat(distinct.add(s)).as(ctx + " reported twice").isTrue();
        }
      }
    }
  }

  @Test
  void violated_afterRememberingTheMostViolatedSubset_findsAtLeastItsViolation() {
    // the most violated subset by enumeration, remembered, is a start: climbing (adds, removals,
    // swaps) never lowers the violation, so the search reports at least that much
    int checked = 0;
    for (int seed = 1; seed <= 60; seed++) {
      Random rnd = new Random(seed);
      Network n = RandomInstances.network(rnd, 2 + rnd.nextInt(6), 4 + rnd.nextInt(8),
          0.2 + 0.4 * rnd.nextDouble());
      UncertaintySet u = RandomInstances.set(rnd, n, seed % KINDS);
      double[] r = new double[n.productCount()];
      for (int j = 0; j < r.length; j++) {
        r[j] = rnd.nextInt(150);
      }
      EnumerationSeparation.Outcome best = EnumerationSeparation.solve(n, u, r);
      if (best.maxViolation() <= 1e-6 || best.products().isEmpty()) {
        continue;
      }
      checked++;
      NeighborhoodSearch search = new NeighborhoodSearch(n, u);
      search.remember(best.products().stream().toArray());
      List<NeighborhoodSearch.Found> found = search.violated(r, 1e-6, 0, 5, () -> false);
      String ctx = "seed " + seed + " best " + best.products() + " " + u.summary();
      assertThat(found).as(ctx).isNotEmpty();
      assertThat(found.get(0).violation()).as(ctx).isCloseTo(best.maxViolation(),
          Offset.offset(1e-7 * Math.max(1, best.maxViolation())));
    }
    assertThat(checked).as("instances with a violated subset").isGreaterThan(20);
  }
}
