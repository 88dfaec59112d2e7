package org.stockade.multistage;

import java.util.BitSet;
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
 * Exact separation over the cuts of the layered network (spec section 6):
 *
 * <pre>
 *   max_{cuts (B, A), (d, c) in U}  sum_{j in B ∩ P} d_j - sum_{v in B \ A} c_v - sum_{v in B} r_v
 * </pre>
 *
 * as a MILP with binaries {@code b_v} (v_out on the sink side) and {@code a_v} (v_in on the sink
 * side) per node of the node split. Infinite edges become implications: {@code a_v = 0} for
 * stage-0 nodes (source → v_in), {@code a_w <= b_u} for every arc (u, w) (u_out → w_in),
 * {@code a_v = b_v} for uncapacitated nodes (v_in → v_out); and {@code a_v <= b_v} without loss
 * of generality. The capacity indicator of node v is {@code w_v = b_v - a_v}. The products
 * {@code b_j d_j} and {@code w_v c_v} are written, as in the SG separation, either through the
 * closed-form pieces of the set ({@code t <= piece(x)}) or by McCormick envelopes from the set's
 * component bounds; both are exact at binary points.
 */
final class MsgSeparationMilp {
  private MsgSeparationMilp() {}

  /** Status, incumbent value, proven upper bound and the incumbent's short set B. */
  record Outcome(LpStatus status, double value, double bound, BitSet shortNodes) {}

  static Outcome solve(MsgProblem problem, double[] r, LpOptions options) {
    return solve(problem, r, options, true);
  }

  /**
   * @param closedForms use the sets' closed-form pieces where they exist; {@code false} forces
   *     the McCormick formulation over the sets' linear descriptions (an independent
   *     formulation, used by {@link MsgVerifier})
   */
  static Outcome solve(MsgProblem problem, double[] r, LpOptions options, boolean closedForms) {
    LayeredNetwork net = problem.network();
    UncertaintySet u = problem.uncertainty();
    int n = net.nodeCount();
    LinearProgram lp = new LinearProgram();
    int[] b = new int[n];
    int[] a = new int[n];
    for (int v = 0; v < n; v++) {
      b[v] = lp.addBinary("b" + v);
      a[v] = net.stageOf(v) == 0 ? -1 : lp.addBinary("a" + v);
    }
    LinearExpr obj = LinearExpr.constant(0);
    for (int v = 0; v < n; v++) {
      LinearExpr av = a[v] < 0 ? LinearExpr.constant(0) : LinearExpr.of(a[v]);
      if (a[v] >= 0) {
        lp.addLessEq(av.plusTerm(-1, b[v]), 0, "a<=b");
        for (int up : net.preds(v)) {
          lp.addLessEq(av.plusTerm(-1, b[up]), 0, "a<=b(pred)");
        }
      }
      if (!net.node(v).capacitated()) {
        lp.addGreaterEq(av.plusTerm(-1, b[v]), 0, "a>=b(uncapacitated)");
      }
      if (r[v] != 0) {
        obj = obj.plusTerm(-r[v], b[v]);
      }
    }
    LinearExpr[] x = new LinearExpr[net.productCount()];
    for (int j = 0; j < x.length; j++) {
      x[j] = LinearExpr.of(b[net.productNode(j)]);
    }
    LinearExpr[] w = new LinearExpr[net.capacitatedCount()];
    for (int k = 0; k < w.length; k++) {
      int v = net.capacitatedNode(k);
      w[k] = a[v] < 0 ? LinearExpr.of(b[v]) : LinearExpr.of(b[v]).plusTerm(-1, a[v]);
    }
    List<AffinePiece> dp = closedForms ? u.demand().maxPieces() : null;
    obj = obj.plus(dp != null ? SeparationTerms.minOfPieces(lp, dp, x, "Dmax")
        : SeparationTerms.demandMcCormick(lp, u.demand(), u.demand().describeIn(lp), x));
    if (w.length > 0) {
      LinearExpr cmin = closedForms ? SeparationTerms.negatedMinCapacity(lp, u.capacity(), w)
          : null;
      obj = obj.plus(cmin != null ? cmin
          : SeparationTerms.capacityMcCormick(lp, u.capacity(), u.capacity().describeIn(lp), w));
    }
    lp.maximize(obj);
    LpResult res = LpSolver.orTools().solve(lp, options);
    if (!res.status().hasSolution()) {
      return new Outcome(res.status(), Double.NaN, Double.POSITIVE_INFINITY, new BitSet());
    }
    double[] val = res.values();
    BitSet s = new BitSet(n);
    for (int v = 0; v < n; v++) {
      if (val[b[v]] > 0.5) {
        s.set(v);
      }
    }
    return new Outcome(res.status(), res.objective(), res.bestBound(), s);
  }
}
