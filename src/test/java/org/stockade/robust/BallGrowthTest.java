package org.stockade.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.design.ScaleNetworks;
import org.stockade.model.Network;
import org.stockade.testing.RandomInstances;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySet;
import org.stockade.uncertainty.UncertaintySpec;

/** The breadth-first ball candidates of the separation ({@link BallGrowth}). */
class BallGrowthTest {
  private final ConstraintGenerationSolver cg = new ConstraintGenerationSolver();

  @Test
  void candidates_randomInstances_areDistinctConnectedAndReportTheirFromScratchViolation() {
    int checked = 0;
    for (int seed = 1; seed <= 40; seed++) {
      Random rnd = new Random(900 + seed);
      Network n = RandomInstances.network(rnd, 2 + rnd.nextInt(8), 2 + rnd.nextInt(14),
          0.15 + 0.4 * rnd.nextDouble());
      UncertaintySet u = RandomInstances.set(rnd, n, seed % RandomInstances.SET_KINDS);
      BallGrowth balls = BallGrowth.of(n, u);
      if (balls == null) {
        continue;
      }
      checked++;
      double[] r = new double[n.productCount()];
      for (int j = 0; j < r.length; j++) {
        r[j] = rnd.nextDouble() * 30;
      }
      int limit = 1 + rnd.nextInt(6);
      List<NeighborhoodSearch.Found> found = balls.candidates(r, limit, () -> false);
      String ctx = "seed " + seed;
      assertThat(found).as(ctx).isNotEmpty().hasSizeLessThanOrEqualTo(limit);
      Set<BitSet> distinct = new HashSet<>();
      double previous = Double.POSITIVE_INFINITY;
      for (NeighborhoodSearch.Found f : found) {
        BitSet s = new BitSet();
        for (int j : f.products()) {
          s.set(j);
        }
        assertThat(distinct.add(s)).as(ctx + ": duplicate " + s).isTrue();
        double truth = ExactSeparation.violation(n, u, s, r);
        assertThat(f.violation()).as(ctx + " " + s)
            .isCloseTo(truth, Offset.offset(1e-7 * (1 + Math.abs(truth))));
        assertThat(f.violation()).as(ctx + ": most violated first").isLessThanOrEqualTo(previous);
        previous = f.violation();
        assertThat(connected(n, s)).as(ctx + ": connected " + s).isTrue();
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void solve_symmetricThreeChainOnePlantDown_ballsFindTheArcsSoOnlyTheFinalProofIsExact() {
    // one plant down on the ring: the violated subsets are arcs of about half the ring (where
    // the demand pieces cross), which no climb reaches; without the balls this solve needs six
    // exact MILPs, with them only the final proof
    UncertaintySpec oneDown = new UncertaintySpec(null, null, null, null, null, null,
        CapacityLossKind.PLANTS, 1.0, null, null);
    Network n = ScaleNetworks.parse("chain:3,n=60", 1);
    SgProblem p = new SgProblem(n, oneDown.build(n), 0);
    SgResult res = cg.solve(p);
    assertThat(res.status()).as(res.message()).isEqualTo(SgStatus.OPTIMAL);
    assertThat(res.exactSeparations()).as(res.message()).isEqualTo(1);
    assertThat(SgVerifier.verify(p, res).problems()).isEmpty();
  }

  /** Whether the products of {@code s} are connected through shared plants. */
  private static boolean connected(Network n, BitSet s) {
    BitSet reached = new BitSet();
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    int first = s.nextSetBit(0);
    reached.set(first);
    queue.add(first);
    while (!queue.isEmpty()) {
      int j = queue.poll();
      for (int i : n.plantsOf(j)) {
        for (int k : n.productsOf(i)) {
          if (s.get(k) && !reached.get(k)) {
            reached.set(k);
            queue.add(k);
          }
        }
      }
    }
    return reached.equals(s);
  }
}
