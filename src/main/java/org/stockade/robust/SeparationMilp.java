package org.stockade.robust;

import java.util.BitSet;
import java.util.List;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpOptions;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpStatus;
import org.stockade.lp.LpSolver;
import org.stockade.model.Network;
import org.stockade.uncertainty.AffinePiece;
import org.stockade.uncertainty.CapacitySet;
import org.stockade.uncertainty.DemandSet;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Exact separation for the SG model (spec section 2):
 *
 * <pre>
 *   max_{S, (d,c) in U}  sum_{j in S} (d_j - r_j) - sum_{i in A(S)} c_i
 * </pre>
 *
 * as a MILP: binaries {@code x_j} (j in S), {@code y_i in [0,1]} with {@code y_i >= x_j} for each
 * arc (i, j); the products {@code u_j = x_j d_j} and {@code v_i = y_i c_i} are linearised exactly
 * with McCormick envelopes from the component bounds of D and C ({@code u <= dU x},
 * {@code u <= d - dL (1-x)}, {@code v >= cL y}, {@code v >= c - cU (1-y)}); {@code y} is integral
 * at an optimum because {@code c >= 0}. D and C enter through their own linear descriptions.
 *
 * <p>When a set has a closed form ({@link DemandSet#maxPieces()},
 * {@link CapacitySet#negatedMinPieces()}) its half is instead written exactly and compactly as
 * {@code t <= piece_v(x)} for all pieces — {@code Dmax(S)} is the minimum of the pieces — which
 * gives a much tighter relaxation than McCormick. The worst-case point is then recovered per
 * subset by the caller. "Up to K plants down" is written without its pieces (one dense row per
 * distinct capacity; {@link SeparationTerms#negatedMinCapacity}).
 */
final class SeparationMilp {
  private SeparationMilp() {}

  /** Outcome: status, incumbent value, proven upper bound, and the incumbent S with (d, c). */
  record Outcome(LpStatus status, double value, double bound, BitSet products, double[] demand,
      double[] capacity) {}

  static Outcome solve(Network n, UncertaintySet u, double[] r, LpOptions options) {
    return solve(n, u, r, options, null);
  }

  /**
   * As {@link #solve(Network, UncertaintySet, double[], LpOptions)} over the subsets of
   * {@code allowed} only (the other products' {@code x_j} are fixed at 0, which keeps the
   * closed forms of the whole set exact); {@code null} allows every product.
   */
  static Outcome solve(Network n, UncertaintySet u, double[] r, LpOptions options,
      BitSet allowed) {
    return solve(n, u, r, options, allowed, Double.NaN);
  }

  /**
   * As {@link #solve(Network, UncertaintySet, double[], LpOptions, BitSet)}; a finite
   * {@code threshold} makes it the decision "is some subset above the threshold?"
   * ({@link LpOptions#decisionTarget()}): the solve stops as soon as its incumbent reaches the
   * threshold (yes: that subset, which the caller re-evaluates) or its bound falls to it (no: the
   * bound is the proof). Maximizing instead would go on to the exact maximum; here nodes whose
   * bound is below the threshold never need an incumbent to be pruned.
   */
  static Outcome solve(Network n, UncertaintySet u, double[] r, LpOptions options,
      BitSet allowed, double threshold) {
    int p = n.productCount();
    int m = n.plantCount();
    LinearProgram lp = new LinearProgram();
    int[] x = new int[p];
    int[] y = new int[m];
    for (int j = 0; j < p; j++) {
      x[j] = allowed == null || allowed.get(j) ? lp.addBinary("x" + j)
          : lp.addVariable(0, 0, "x" + j);
    }
    for (int i = 0; i < m; i++) {
      y[i] = lp.addVariable(0, 1, "y" + i);
      for (int j : n.productsOf(i)) {
        lp.addGreaterEq(LinearExpr.of(y[i]).plusTerm(-1, x[j]), 0, "y>=x");
      }
    }
    LinearExpr obj = LinearExpr.constant(0);
    for (int j = 0; j < p; j++) {
      obj = obj.plusTerm(-r[j], x[j]);
    }
    LinearExpr[] d = null;
    LinearExpr[] c = null;
    LinearExpr[] xs = SeparationTerms.indicators(x);
    LinearExpr[] ys = SeparationTerms.indicators(y);
    List<AffinePiece> dp = u.demand().maxPieces();
    if (dp != null) {
      obj = obj.plus(SeparationTerms.minOfPieces(lp, dp, xs, "Dmax"));
    } else {
      d = u.demand().describeIn(lp);
      obj = obj.plus(SeparationTerms.demandMcCormick(lp, u.demand(), d, xs));
    }
    LinearExpr negatedMin = SeparationTerms.negatedMinCapacity(lp, u.capacity(), ys);
    if (negatedMin != null) {
      obj = obj.plus(negatedMin);
    } else {
      c = u.capacity().describeIn(lp);
      obj = obj.plus(SeparationTerms.capacityMcCormick(lp, u.capacity(), c, ys));
    }
    lp.maximize(obj);
    if (!Double.isNaN(threshold)) {
      options = options.withDecisionTarget(threshold);
    }
    LpResult res = LpSolver.orTools().solve(lp, options);
    if (!res.status().hasSolution()) {
      return new Outcome(res.status(), Double.NaN, Double.POSITIVE_INFINITY, new BitSet(), null,
          null);
    }
    double[] val = res.values();
    BitSet s = new BitSet(p);
    for (int j = 0; j < p; j++) {
      if (val[x[j]] > 0.5) {
        s.set(j);
      }
    }
    double[] dd = d == null ? null : evaluate(d, val);
    double[] cc = c == null ? null : evaluate(c, val);
    return new Outcome(res.status(), res.objective(), res.bestBound(), s, dd, cc);
  }

  private static double[] evaluate(LinearExpr[] e, double[] val) {
    double[] out = new double[e.length];
    for (int k = 0; k < e.length; k++) {
      out[k] = e[k].evaluate(val);
    }
    return out;
  }
}
