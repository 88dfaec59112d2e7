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
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLoss;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.ParametricDemandSet;
import org.stockade.uncertainty.UncertaintySet;

/**
 * The separation heuristics of the scalable loop ({@link NeighborhoodSearch},
 * {@link ParametricClosures}), checked against from-scratch evaluation and enumeration.
 */
class NeighborhoodSearchTest {
  private static final int KINDS = CapacityLossKind.values().length;

  private static double violation(Network n, UncertaintySet u, BitSet s, double[] r) {
    return u.g(s, n.plantsOf(s)) - s.stream().mapToDouble(j -> r[j]).sum();
  }

  /** Integer inventory levels in [0, bound), one per product. */
  private static double[] inventory(Random rnd, Network n, int bound) {
    double[] r = new double[n.productCount()];
    for (int j = 0; j < r.length; j++) {
      r[j] = rnd.nextInt(bound);
    }
    return r;
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
      double[] r = inventory(rnd, n, 120);
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
      double[] r = inventory(rnd, n, 150);
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

  /** {@code max g(S) - r(S)} over the non-empty subsets, by enumeration. */
  private static double bruteMax(Network n, UncertaintySet u, double[] r) {
    double best = Double.NEGATIVE_INFINITY;
    for (int mask = 1; mask < (1 << n.productCount()); mask++) {
      BitSet s = BitSet.valueOf(new long[] {mask});
      best = Math.max(best, violation(n, u, s, r));
    }
    return best;
  }

  @Test
  void closures_boxDemandAndAtMostOnePlantDown_bestIsTheEnumeratedMaximum() {
    // one demand piece and K <= 1 plants down: the anchored closures are exact (class Javadoc)
    int checked = 0;
    for (int seed = 1; seed <= 60; seed++) {
      Random rnd = new Random(seed);
      Network n = RandomInstances.network(rnd, 2 + rnd.nextInt(6), 3 + rnd.nextInt(8),
          0.2 + 0.4 * rnd.nextDouble());
      double[] tau = new double[n.productCount()];
      java.util.Arrays.fill(tau, 1);
      ParametricDemandSet box = new ParametricDemandSet(n.means(), n.sigmas(), tau,
          0.5 + 2 * rnd.nextDouble(), Double.POSITIVE_INFINITY, AggregateForm.STANDARDIZED,
          Double.POSITIVE_INFINITY);
      CapacityLossKind kind = List.of(CapacityLossKind.NONE, CapacityLossKind.DETERMINISTIC,
          CapacityLossKind.PLANTS).get(seed % 3);
      double zeta = kind == CapacityLossKind.NONE ? 0
          : kind == CapacityLossKind.DETERMINISTIC ? 0.3 * rnd.nextDouble()
          : (seed % 2 == 0 ? 1 : rnd.nextDouble());
      UncertaintySet u = new UncertaintySet(box, new CapacityLoss(n.capacities(), kind, zeta));
      assertThat(box.maxPieces()).hasSize(1);
      double[] r = inventory(rnd, n, 200);
      ParametricClosures pc = ParametricClosures.of(n, u);
      assertThat(pc).isNotNull();
      List<NeighborhoodSearch.Found> c = pc.candidates(r, 3, () -> false);
      double expected = bruteMax(n, u, r);
      String ctx = "seed " + seed + " " + kind + " " + zeta + " " + n;
      assertThat(c).as(ctx).isNotEmpty();
      assertThat(c.get(0).violation()).as(ctx).isCloseTo(expected,
          Offset.offset(1e-7 * Math.max(1, Math.abs(expected))));
      checked++;
    }
    assertThat(checked).isEqualTo(60);
  }

  @Test
  void closures_twoPieceDemand_reportTrueViolationsOfDistinctSubsets() {
    for (int seed = 1; seed <= 40; seed++) {
      Random rnd = new Random(seed);
      Network n = RandomInstances.network(rnd, 2 + rnd.nextInt(6), 3 + rnd.nextInt(10),
          0.2 + 0.4 * rnd.nextDouble());
      UncertaintySet u = new UncertaintySet(RandomInstances.parametricDemand(rnd, n),
          new CapacityLoss(n.capacities(), CapacityLossKind.PLANTS, 1));
      ParametricClosures pc = ParametricClosures.of(n, u);
      if (pc == null) {
        assertThat(u.demand().maxPieces().size()).as("seed " + seed).isGreaterThan(2);
        continue;
      }
      double[] r = inventory(rnd, n, 200);
      List<NeighborhoodSearch.Found> c = pc.candidates(r, 100, () -> false);
      Set<BitSet> distinct = new HashSet<>();
      double max = bruteMax(n, u, r);
      for (NeighborhoodSearch.Found f : c) {
        BitSet s = bits(f.products());
        double exact = violation(n, u, s, r);
        String ctx = "seed " + seed + " S=" + s + " " + u.summary();
        assertThat(f.violation()).as(ctx).isCloseTo(exact,
            Offset.offset(1e-7 * Math.max(1, Math.abs(exact))));
        assertThat(exact).as(ctx).isLessThanOrEqualTo(max + 1e-7 * Math.max(1, Math.abs(max)));
        assertThat(distinct.add(s)).as(ctx + " reported twice").isTrue();
      }
      assertThat(c).as("seed " + seed).isNotEmpty();
    }
  }
}
