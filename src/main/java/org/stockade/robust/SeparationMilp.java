package org.stockade.robust;

import java.util.BitSet;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpOptions;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpStatus;
import org.stockade.lp.LpSolver;
import org.stockade.model.Network;
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
    LinearExpr[] d = u.demand().describeIn(lp);
    LinearExpr[] c = u.capacity().describeIn(lp);
    double[] dl = u.demand().lowerBounds();
    double[] du = u.demand().upperBounds();
    double[] cl = u.capacity().lowerBounds();
    double[] cu = u.capacity().upperBounds();
    int[] x = new int[p];
    LinearExpr obj = LinearExpr.constant(0);
    for (int j = 0; j < p; j++) {
      x[j] = lp.addBinary("x" + j);
      int uj = lp.addVariable(Math.min(0, dl[j]), Math.max(0, du[j]), "u" + j);
      lp.addLessEq(LinearExpr.of(uj).plusTerm(-du[j], x[j]), 0, "u<=dU.x");
      lp.addLessEq(LinearExpr.of(uj).plus(d[j].times(-1)).plusTerm(-dl[j], x[j]), -dl[j],
          "u<=d-dL(1-x)");
      obj = obj.plusTerm(1, uj).plusTerm(-r[j], x[j]);
    }
    for (int i = 0; i < m; i++) {
      int yi = lp.addVariable(0, 1, "y" + i);
      int vi = lp.addVariable(0, Math.max(0, cu[i]), "v" + i);
      lp.addGreaterEq(LinearExpr.of(vi).plusTerm(-cl[i], yi), 0, "v>=cL.y");
      lp.addGreaterEq(LinearExpr.of(vi).plus(c[i].times(-1)).plusTerm(-cu[i], yi), -cu[i],
          "v>=c-cU(1-y)");
      for (int j : n.productsOf(i)) {
        lp.addGreaterEq(LinearExpr.of(yi).plusTerm(-1, x[j]), 0, "y>=x");
      }
      obj = obj.plusTerm(-1, vi);
    }
    lp.maximize(obj);
    LpResult res = LpSolver.orTools().solve(lp, options);
    if (!res.status().hasSolution()) {
      return new Outcome(res.status(), Double.NaN, Double.POSITIVE_INFINITY, new BitSet(), null,
          null);
    }
    double[] val = res.values();
    BitSet s = new BitSet(p);
    double[] dd = new double[p];
    double[] cc = new double[m];
    for (int j = 0; j < p; j++) {
      if (val[x[j]] > 0.5) {
        s.set(j);
      }
      dd[j] = d[j].evaluate(val);
    }
    for (int i = 0; i < m; i++) {
      cc[i] = c[i].evaluate(val);
    }
    return new Outcome(res.status(), res.objective(), res.bestBound(), s, dd, cc);
  }
}
