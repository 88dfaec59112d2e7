package org.stockade.costmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.model.Network;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.uncertainty.UncertaintySet;

/**
 * CM with lost-sales costs ({@code u = 1, p = o = 0}) against the SG model. Then
 * {@code Q = L} and {@code max_U L(r) = max_S (g(S) - r(S))^+}, so with loss cap delta
 *
 * <pre>
 *   CM(delta) = min_r h.r + W(r)  s.t. W(r) <= delta,   W(r) = max_U L(r, d, c)
 *             = min h.r + t  s.t.  r(S) + t >= g(S) for all S,  0 <= t <= delta
 *             = min_{0 <= delta' <= delta} SG(delta') + delta'.
 * </pre>
 *
 * Hence: (a) with delta = 0 the CM optimum equals the SG optimum exactly; (b) for any delta it
 * equals the subset LP above (built here from the closed-form g(S), independently of both
 * solvers); (c) with lost sales priced at u (not 1) the CM holding cost lies in
 * {@code [SG(delta), SG(delta) + u delta]}, so CM reproduces SG's cost as u -> 0.
 */
class CmSgCorrespondenceTest {
  private static double tol(double v) {
    return 1e-6 * Math.max(1, Math.abs(v));
  }

  private static double sg(Network n, UncertaintySet u, double delta) {
    SgResult r = new ConstraintGenerationSolver().solve(new SgProblem(n, u, delta));
    assertThat(r.status().isOptimal()).as(r.message()).isTrue();
    return r.cost();
  }

  @Test
  void zeroLossCap_cmOptimumEqualsSgOptimum() {
    for (long seed = 1; seed <= 10; seed++) {
      Random rnd = new Random(100 + seed);
      Network n = CmInstances.network(rnd, 2 + rnd.nextInt(3), 2 + rnd.nextInt(4));
      UncertaintySet u = new UncertaintySet(CmInstances.demand(rnd, n),
          CmInstances.capacity(rnd, n));
      CmResult r = new CmSolver().solve(new CmProblem(n, u, CostModel.lostSales(), 0));
      assertThat(r.status()).as(r.message()).isEqualTo(CmStatus.OPTIMAL);
      double sg = sg(n, u, 0);
      assertThat(r.totalCost()).as("seed %d", seed).isCloseTo(sg, within(tol(sg)));
      assertThat(r.worstCaseCost()).isCloseTo(0, within(tol(sg)));
    }
  }

  @Test
  void anyLossCap_cmOptimumEqualsTheSubsetLp() {
    for (long seed = 1; seed <= 10; seed++) {
      Random rnd = new Random(200 + seed);
      Network n = CmInstances.network(rnd, 2 + rnd.nextInt(3), 2 + rnd.nextInt(4));
      UncertaintySet u = new UncertaintySet(CmInstances.demand(rnd, n),
          CmInstances.capacity(rnd, n));
      double delta = seed % 3 == 0 ? Double.POSITIVE_INFINITY : rnd.nextDouble() * 40;
      CmResult r = new CmSolver().solve(new CmProblem(n, u, CostModel.lostSales(), delta));
      assertThat(r.status()).as(r.message()).isEqualTo(CmStatus.OPTIMAL);
      double lp = subsetLp(n, u, delta);
      assertThat(r.totalCost()).as("seed %d delta %f", seed, delta).isCloseTo(lp, within(tol(lp)));
      if (delta < Double.POSITIVE_INFINITY) {
        double sg = sg(n, u, delta);
        assertThat(r.holdingCost()).isGreaterThanOrEqualTo(sg - tol(sg));
        assertThat(r.totalCost()).isLessThanOrEqualTo(sg + delta + tol(sg));
      }
    }
  }

  @Test
  void cheapLostSales_holdingCostIsWithinUDeltaOfSg() {
    for (long seed = 1; seed <= 8; seed++) {
      Random rnd = new Random(300 + seed);
      Network n = CmInstances.network(rnd, 2 + rnd.nextInt(3), 2 + rnd.nextInt(4));
      UncertaintySet u = new UncertaintySet(CmInstances.demand(rnd, n),
          CmInstances.capacity(rnd, n));
      double delta = 5 + rnd.nextDouble() * 30;
      double price = 0.01;
      CmResult r = new CmSolver().solve(new CmProblem(n, u, CostModel.uniform(price, 0, 0),
          delta));
      assertThat(r.status()).as(r.message()).isEqualTo(CmStatus.OPTIMAL);
      double sg = sg(n, u, delta);
      assertThat(r.holdingCost()).as("seed %d", seed)
          .isBetween(sg - tol(sg), sg + price * delta + tol(sg));
    }
  }

  /** {@code min h.r + t s.t. r(S) + t >= g(S) for all nonempty S, 0 <= t <= delta, r >= 0}. */
  private static double subsetLp(Network n, UncertaintySet u, double delta) {
    LinearProgram lp = new LinearProgram();
    int np = n.productCount();
    int[] r = new int[np];
    LinearExpr obj = LinearExpr.constant(0);
    for (int j = 0; j < np; j++) {
      r[j] = lp.addVariable(0, Double.POSITIVE_INFINITY, "r" + j);
      obj = obj.plusTerm(n.product(j).holdingCost(), r[j]);
    }
    int t = lp.addVariable(0, delta, "t");
    obj = obj.plusTerm(1, t);
    for (long mask = 1; mask < (1L << np); mask++) {
      BitSet s = BitSet.valueOf(new long[] {mask});
      LinearExpr row = LinearExpr.of(t);
      for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
        row = row.plusTerm(1, r[j]);
      }
      lp.addGreaterEq(row, u.g(s, n.plantsOf(s)), "S");
    }
    lp.minimize(obj);
    LpResult res = LpSolver.orTools().solve(lp);
    assertThat(res.status().hasSolution()).isTrue();
    return res.objective();
  }
}
