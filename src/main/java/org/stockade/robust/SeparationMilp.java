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
 * subset by the caller.
 */
final class SeparationMilp {
  private SeparationMilp() {}

  /** Outcome: status, incumbent value, proven upper bound, and the incumbent S with (d, c). */
  record Outcome(LpStatus status, double value, double bound, BitSet products, double[] demand,
      double[] capacity) {}

  static Outcome solve(Network n, UncertaintySet u, double[] r, LpOptions options) {
    int p = n.productCount();
    int m = n.plantCount();
    LinearProgram lp = new LinearProgram();
    int[] x = new int[p];
    int[] y = new int[m];
    for (int j = 0; j < p; j++) {
      x[j] = lp.addBinary("x" + j);
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
    List<AffinePiece> dp = u.demand().maxPieces();
    if (dp != null) {
      obj = obj.plus(minOfPieces(lp, dp, x, "Dmax"));
    } else {
      d = u.demand().describeIn(lp);
      obj = obj.plus(demandMcCormick(lp, u.demand(), d, x));
    }
    List<AffinePiece> cp = u.capacity().negatedMinPieces();
    if (cp != null) {
      obj = obj.plus(minOfPieces(lp, cp, y, "-Cmin"));
    } else {
      c = u.capacity().describeIn(lp);
      obj = obj.plus(capacityMcCormick(lp, u.capacity(), c, y));
    }
    lp.maximize(obj);
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

  /** A variable {@code t <= piece_v(ind)} for every piece: t = min of pieces at an optimum. */
  private static LinearExpr minOfPieces(LinearProgram lp, List<AffinePiece> pieces, int[] ind,
      String name) {
    int t = lp.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, name);
    for (AffinePiece pc : pieces) {
      LinearExpr row = LinearExpr.of(t);
      double[] e = pc.coef();
      for (int k = 0; k < ind.length; k++) {
        if (e[k] != 0) {
          row = row.plusTerm(-e[k], ind[k]);
        }
      }
      lp.addLessEq(row, pc.constant(), name);
    }
    return LinearExpr.of(t);
  }

  /** {@code sum_j u_j} with {@code u_j = x_j d_j} by McCormick (maximised, upper envelope). */
  private static LinearExpr demandMcCormick(LinearProgram lp, DemandSet set, LinearExpr[] d,
      int[] x) {
    double[] dl = set.lowerBounds();
    double[] du = set.upperBounds();
    LinearExpr sum = LinearExpr.constant(0);
    for (int j = 0; j < x.length; j++) {
      int uj = lp.addVariable(Math.min(0, dl[j]), Math.max(0, du[j]), "u" + j);
      lp.addLessEq(LinearExpr.of(uj).plusTerm(-du[j], x[j]), 0, "u<=dU.x");
      lp.addLessEq(LinearExpr.of(uj).plus(d[j].times(-1)).plusTerm(-dl[j], x[j]), -dl[j],
          "u<=d-dL(1-x)");
      sum = sum.plusTerm(1, uj);
    }
    return sum;
  }

  /** {@code -sum_i v_i} with {@code v_i = y_i c_i} by McCormick (minimised, lower envelope). */
  private static LinearExpr capacityMcCormick(LinearProgram lp, CapacitySet set, LinearExpr[] c,
      int[] y) {
    double[] cl = set.lowerBounds();
    double[] cu = set.upperBounds();
    LinearExpr sum = LinearExpr.constant(0);
    for (int i = 0; i < y.length; i++) {
      int vi = lp.addVariable(0, Math.max(0, cu[i]), "v" + i);
      lp.addGreaterEq(LinearExpr.of(vi).plusTerm(-cl[i], y[i]), 0, "v>=cL.y");
      lp.addGreaterEq(LinearExpr.of(vi).plus(c[i].times(-1)).plusTerm(-cu[i], y[i]), -cu[i],
          "v>=c-cU(1-y)");
      sum = sum.plusTerm(-1, vi);
    }
    return sum;
  }
}
