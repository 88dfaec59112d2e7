package org.stockade.robust;

import java.util.List;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.uncertainty.AffinePiece;
import org.stockade.uncertainty.CapacityLoss;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.CapacitySet;
import org.stockade.uncertainty.DemandSet;

/**
 * The uncertainty half of the exact separation MILPs ({@link SeparationMilp} for the SG model,
 * {@code multistage.MsgSeparationMilp} for m-SG): the worst case of {@code sum_j x_j d_j} over
 * D and of {@code -sum_i y_i c_i} over C for 0/1 indicators {@code x}, {@code y} given as
 * linear expressions in the MILP's binaries. Each half is written either through the set's
 * closed-form pieces ({@link #minOfPieces}) or by McCormick envelopes from its component bounds;
 * both are exact at binary points.
 */
public final class SeparationTerms {
  private SeparationTerms() {}

  /**
   * A free variable {@code t} with {@code t <= piece(ind)} for every piece; maximising gives
   * {@code t = min} of the pieces at the indicator point.
   */
  public static LinearExpr minOfPieces(LinearProgram lp, List<AffinePiece> pieces,
      LinearExpr[] ind, String name) {
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    if (withinUnitBox(lp, ind)) {
      // with every indicator in [0, 1] each piece lies in [constant + its negative coefs,
      // constant + its positive coefs], so their minimum does too: finite bounds that cut off
      // no point (and keep the MILP bounded, so an INFEASIBLE status needs no second solve)
      lo = Double.POSITIVE_INFINITY;
      for (AffinePiece pc : pieces) {
        double neg = pc.constant();
        double pos = pc.constant();
        for (double e : pc.coef()) {
          neg += Math.min(0, e);
          pos += Math.max(0, e);
        }
        lo = Math.min(lo, neg);
        hi = Math.min(hi, pos);
      }
      lo -= 1 + Math.abs(lo) * 1e-9;
      hi += 1 + Math.abs(hi) * 1e-9;
    }
    int t = lp.addVariable(lo, hi, name);
    for (AffinePiece pc : pieces) {
      LinearExpr row = LinearExpr.of(t);
      double[] e = pc.coef();
      for (int k = 0; k < ind.length; k++) {
        if (e[k] != 0) {
          row = row.plus(ind[k].times(-e[k]));
        }
      }
      lp.addLessEq(row, pc.constant(), name);
    }
    return LinearExpr.of(t);
  }

  /**
   * {@code -Cmin(P)} written exactly from the set's closed form, or {@code null} when it has
   * none: "up to K plants down" compactly ({@link #plantsDown}), any other closed form as the
   * minimum of its pieces ({@link #minOfPieces}). Both are exact at 0/1 indicators.
   */
  public static LinearExpr negatedMinCapacity(LinearProgram lp, CapacitySet set,
      LinearExpr[] ind) {
    LinearExpr down = plantsDown(lp, set, ind);
    if (down != null) {
      return down;
    }
    List<AffinePiece> pieces = set.negatedMinPieces();
    return pieces == null ? null : minOfPieces(lp, pieces, ind, "-Cmin");
  }

  /**
   * {@code -Cmin(P)} for "up to K plants down" ({@link CapacityLoss} of kind
   * {@link CapacityLossKind#PLANTS}) without its pieces: {@code -Cmin(P) = -sum_{i in P} c_i +
   * max{sum_i c_i z_i : 0 <= z_i <= y_i, sum_i z_i <= K}}, the capacities of the K largest
   * plants of P lost (fractionally for a fractional K). The inner maximum is an LP whose value
   * at 0/1 {@code y} is exactly the fractional knapsack behind the pieces
   * {@code min_theta K theta + sum_i (c_i - theta)^+} (Bertsimas & Sim 2004's duality), so inside
   * the maximizing MILP it is written with the free variables {@code z}: M extra variables and
   * M + 1 rows, where the pieces are one dense row per distinct capacity value (O(M^2)
   * nonzeros and a weak relaxation). {@code null} for any other capacity set.
   */
  static LinearExpr plantsDown(LinearProgram lp, CapacitySet set, LinearExpr[] y) {
    if (!(set instanceof CapacityLoss loss) || loss.kind() != CapacityLossKind.PLANTS) {
      return null;
    }
    double[] c = set.upperBounds();
    LinearExpr out = LinearExpr.constant(0);
    LinearExpr budget = LinearExpr.constant(0);
    for (int i = 0; i < y.length; i++) {
      out = out.plus(y[i].times(-c[i]));
      if (c[i] > 0) {
        int z = lp.addVariable(0, 1, "down" + i);
        lp.addLessEq(LinearExpr.of(z).plus(y[i].times(-1)), 0, "down<=y");
        out = out.plusTerm(c[i], z);
        budget = budget.plusTerm(1, z);
      }
    }
    lp.addLessEq(budget, loss.zeta(), "plants down");
    return out;
  }

  /**
   * {@code sum_j u_j} with {@code u_j = x_j d_j} by McCormick (maximised: upper envelope
   * {@code u <= dU x}, {@code u <= d - dL (1 - x)}).
   *
   * @param d the demand variables of the set's description in {@code lp}
   */
  public static LinearExpr demandMcCormick(LinearProgram lp, DemandSet set, LinearExpr[] d,
      LinearExpr[] x) {
    double[] dl = set.lowerBounds();
    double[] du = set.upperBounds();
    LinearExpr sum = LinearExpr.constant(0);
    for (int j = 0; j < x.length; j++) {
      int uj = lp.addVariable(Math.min(0, dl[j]), Math.max(0, du[j]), "u" + j);
      lp.addLessEq(LinearExpr.of(uj).plus(x[j].times(-du[j])), 0, "u<=dU.x");
      lp.addLessEq(LinearExpr.of(uj).plus(d[j].times(-1)).plus(x[j].times(-dl[j])), -dl[j],
          "u<=d-dL(1-x)");
      sum = sum.plusTerm(1, uj);
    }
    return sum;
  }

  /**
   * {@code -sum_k v_k} with {@code v_k = y_k c_k} by McCormick (minimised: lower envelope
   * {@code v >= cL y}, {@code v >= c - cU (1 - y)}).
   *
   * @param c the capacity variables of the set's description in {@code lp}
   */
  public static LinearExpr capacityMcCormick(LinearProgram lp, CapacitySet set, LinearExpr[] c,
      LinearExpr[] y) {
    double[] cl = set.lowerBounds();
    double[] cu = set.upperBounds();
    LinearExpr sum = LinearExpr.constant(0);
    for (int k = 0; k < y.length; k++) {
      int vk = lp.addVariable(0, Math.max(0, cu[k]), "v" + k);
      lp.addGreaterEq(LinearExpr.of(vk).plus(y[k].times(-cl[k])), 0, "v>=cL.y");
      lp.addGreaterEq(LinearExpr.of(vk).plus(c[k].times(-1)).plus(y[k].times(-cu[k])), -cu[k],
          "v>=c-cU(1-y)");
      sum = sum.plusTerm(-1, vk);
    }
    return sum;
  }

  /** Whether every indicator is one variable (coefficient 1) bounded within [0, 1]. */
  private static boolean withinUnitBox(LinearProgram lp, LinearExpr[] ind) {
    for (LinearExpr e : ind) {
      if (e.size() != 1 || e.coef(0) != 1 || e.constant() != 0) {
        return false;
      }
      LinearProgram.Variable v = lp.variables().get(e.var(0));
      if (v.lb() < 0 || v.ub() > 1) {
        return false;
      }
    }
    return true;
  }

  /** Each variable as a one-term expression. */
  public static LinearExpr[] indicators(int[] vars) {
    LinearExpr[] e = new LinearExpr[vars.length];
    for (int k = 0; k < vars.length; k++) {
      e[k] = LinearExpr.of(vars[k]);
    }
    return e;
  }
}
