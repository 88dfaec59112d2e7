package org.stockade.costmin;

import java.util.List;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpOptions;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.robust.SeparationTerms;
import org.stockade.uncertainty.AffinePiece;
import org.stockade.uncertainty.UncertaintySet;

/**
 * The exact max-min subproblem of the CM model for a fixed inventory {@code r} and a fixed value
 * {@code kappa} of the loss-cap dual (0 without a cap):
 *
 * <pre>
 *   max_{(d,c) in U, (pi,lambda) dual-feasible}  sum_j pi_j (d_j - r_j) - sum_i lambda_i c_i
 * </pre>
 *
 * i.e. {@code max_U Q} by strong LP duality of the recourse (always feasible and bounded without
 * a cap). The bilinear terms are linearized exactly by restricting each dual to its finite set
 * of vertex values ({@link DualCandidates}): {@code pi_j = sum_v v b_jv} with binaries
 * {@code b_jv}, {@code sum_v b_jv = 1}, and {@code pi_j d_j = sum_v v y_jv} with
 * {@code y_jv = b_jv d_j} written as the convex hull of the disjunction:
 * {@code dL_j b_jv <= y_jv <= dU_j b_jv}, {@code sum_v y_jv = d_j} ({@code dL, dU} the valid
 * component bounds of D). Likewise {@code lambda_i c_i = sum_w w q_iw}, {@code q_iw = e_iw c_i}.
 * Dual feasibility {@code lambda_i >= pi_j - p_ij} is linear in the binaries. Because the
 * maximum of the bilinear objective over (polytope x polytope) is attained at a vertex of the
 * dual polyhedron, and every vertex is representable, the MILP is exact for any polyhedral U; no
 * big-M from unknown dual bounds is needed.
 */
final class WorstCaseMilp {
  private WorstCaseMilp() {}

  /**
   * Outcome: backend status, incumbent value and proven bound of {@code max_U [slice dual]}, and
   * the incumbent scenario.
   */
  record Outcome(LpStatus status, double value, double bound, double[] demand,
      double[] capacity, double[] pi) {}

  /**
   * The closed-form support pieces of D and C for the candidate dual values (each null when that
   * set has no closed form); they depend only on U and the candidates, so a solve computes them
   * once.
   */
  record Pieces(List<AffinePiece> demand, List<AffinePiece> capacity) {
    static Pieces of(UncertaintySet u, DualCandidates.Values cand) {
      return new Pieces(u.demand().weightedMaxPieces(cand.product()),
          u.capacity().weightedNegatedMinPieces(cand.plant()));
    }

    /** Whether both sets have closed forms. */
    boolean closed() {
      return demand != null && capacity != null;
    }
  }

  static Outcome solve(CostData data, DualCandidates.Values cand, Pieces pieces,
      UncertaintySet u, double[] r, LpOptions options) {
    LinearProgram lp = new LinearProgram();
    List<AffinePiece> dp = pieces.demand();
    List<AffinePiece> cp = pieces.capacity();
    LinearExpr[] d = dp == null ? u.demand().describeIn(lp) : null;
    LinearExpr[] c = cp == null ? u.capacity().describeIn(lp) : null;
    LinearExpr obj = LinearExpr.constant(0);
    LinearExpr[] pi = new LinearExpr[data.products()];
    if (dp == null) {
      double[] dl = u.demand().lowerBounds();
      double[] du = u.demand().upperBounds();
      for (int j = 0; j < pi.length; j++) {
        Term t = select(lp, cand.product()[j], d[j], dl[j], du[j], "pi" + j);
        pi[j] = t.dual();
        obj = obj.plus(t.product());
      }
    } else {
      obj = obj.plus(pieces(lp, cand.product(), dp, pi, "pi", "Dmax"));
    }
    for (int j = 0; j < pi.length; j++) {
      obj = obj.plus(pi[j].times(-r[j]));
    }
    LinearExpr[] lambda = new LinearExpr[data.plants()];
    if (cp == null) {
      double[] cl = u.capacity().lowerBounds();
      double[] cu = u.capacity().upperBounds();
      for (int i = 0; i < lambda.length; i++) {
        Term t = select(lp, cand.plant()[i], c[i], cl[i], cu[i], "lambda" + i);
        lambda[i] = t.dual();
        obj = obj.plus(t.product().times(-1));
      }
    } else {
      obj = obj.plus(pieces(lp, cand.plant(), cp, lambda, "lambda", "-Cmin"));
    }
    for (int a = 0; a < data.arcs(); a++) {
      LinearExpr row = lambda[data.arcPlant()[a]].plus(pi[data.arcProduct()[a]].times(-1));
      if (row.size() > 0) {
        lp.addGreaterEq(row, -data.arcCost()[a], "dual arc " + a);
      } else if (row.constant() < -data.arcCost()[a] - 1e-9) {
        return new Outcome(LpStatus.INFEASIBLE, Double.NaN, Double.NaN, null, null, null);
      }
    }
    lp.maximize(obj);
    LpResult res = LpSolver.orTools().solve(lp, options);
    if (!res.status().hasSolution()) {
      return new Outcome(res.status(), Double.NaN, Double.POSITIVE_INFINITY, null, null, null);
    }
    double[] x = res.values();
    double[] dd = d != null ? eval(d, x) : best(u, eval(pi, x), true);
    double[] cc = c != null ? eval(c, x) : best(u, eval(lambda, x), false);
    return new Outcome(res.status(), res.objective(), res.bestBound(), dd, cc, eval(pi, x));
  }

  /**
   * Selection binaries for every candidate value (one per variable is 1), the dual expressions
   * {@code out[k] = sum_q v_kq b_kq}, and {@code t <= piece(b)} for every piece; returns t.
   */
  private static LinearExpr pieces(LinearProgram lp, double[][] values, List<AffinePiece> pieces,
      LinearExpr[] out, String name, String tName) {
    int total = 0;
    for (double[] v : values) {
      total += v.length;
    }
    int[] b = new int[total];
    int k = 0;
    for (int j = 0; j < values.length; j++) {
      LinearExpr dual = LinearExpr.constant(0);
      LinearExpr pick = LinearExpr.constant(0);
      for (double v : values[j]) {
        b[k] = lp.addBinary(name + j + "=" + v);
        dual = dual.plusTerm(v, b[k]);
        pick = pick.plusTerm(1, b[k]);
        k++;
      }
      lp.addEquals(pick, 1, name + j + " one value");
      out[j] = dual;
    }
    return SeparationTerms.minOfPieces(lp, pieces, SeparationTerms.indicators(b), tName);
  }

  /** {@code argmax_D w.d} ({@code demand}) or {@code argmin_C w.c} by a small LP. */
  static double[] best(UncertaintySet u, double[] w, boolean demand) {
    LinearProgram lp = new LinearProgram();
    LinearExpr[] x = demand ? u.demand().describeIn(lp) : u.capacity().describeIn(lp);
    LinearExpr obj = LinearExpr.constant(0);
    for (int k = 0; k < x.length; k++) {
      if (w[k] != 0) {
        obj = obj.plus(x[k].times(w[k]));
      }
    }
    if (demand) {
      lp.maximize(obj);
    } else {
      lp.minimize(obj);
    }
    LpResult res = LpSolver.orTools().solve(lp);
    if (!res.status().hasSolution()) {
      throw new IllegalStateException("scenario LP failed: " + res.status() + " "
          + res.message());
    }
    double[] vals = res.values();
    return eval(x, vals);
  }

  /** A dual as a choice among values, and its product with the primal quantity. */
  private record Term(LinearExpr dual, LinearExpr product) {}

  private static Term select(LinearProgram lp, double[] values, LinearExpr q, double lo,
      double hi, String name) {
    if (values.length == 1) {
      return new Term(LinearExpr.constant(values[0]), q.times(values[0]));
    }
    LinearExpr dual = LinearExpr.constant(0);
    LinearExpr product = LinearExpr.constant(0);
    LinearExpr pick = LinearExpr.constant(0);
    LinearExpr sum = LinearExpr.constant(0);
    for (int k = 0; k < values.length; k++) {
      int b = lp.addBinary(name + "=" + values[k]);
      int y = lp.addVariable(Math.min(0, lo), Math.max(0, hi), name + "*q" + k);
      lp.addGreaterEq(LinearExpr.of(y).plusTerm(-lo, b), 0, "hull lo");
      lp.addLessEq(LinearExpr.of(y).plusTerm(-hi, b), 0, "hull hi");
      dual = dual.plusTerm(values[k], b);
      product = product.plusTerm(values[k], y);
      pick = pick.plusTerm(1, b);
      sum = sum.plusTerm(1, y);
    }
    lp.addEquals(pick, 1, name + " one value");
    lp.addEquals(sum.plus(q.times(-1)), 0, name + " hull sum");
    return new Term(dual, product);
  }

  private static double[] eval(LinearExpr[] e, double[] x) {
    double[] out = new double[e.length];
    for (int k = 0; k < e.length; k++) {
      out[k] = e[k].evaluate(x);
    }
    return out;
  }
}
