package org.stockade.robust;

import java.util.List;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.uncertainty.AffinePiece;
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
    int t = lp.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, name);
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

  /** Each variable as a one-term expression. */
  public static LinearExpr[] indicators(int[] vars) {
    LinearExpr[] e = new LinearExpr[vars.length];
    for (int k = 0; k < vars.length; k++) {
      e[k] = LinearExpr.of(vars[k]);
    }
    return e;
  }
}
