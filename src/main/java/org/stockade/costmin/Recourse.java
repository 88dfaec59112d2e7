package org.stockade.costmin;

import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;

/**
 * The second-stage (recourse) LP of the CM model for one scenario {@code (d, c)}: production
 * {@code f} on arcs, shortfall {@code s} and excess {@code e} with
 * {@code r_j + sum_i f_ij + s_j - e_j = d_j}, {@code sum_j f_ij <= c_i} and optionally
 * {@code sum_j s_j <= cap}. Used both as a "copy" inside the CCG master LP (with {@code r} as
 * variables) and on its own to evaluate {@code Q(r, d, c)} for a fixed {@code r}.
 */
final class Recourse {
  private Recourse() {}

  /** Variables of one copy and its cost expression. */
  record Copy(int[] flow, int[] shortfall, int[] excess, LinearExpr cost, int[] balanceRows,
      int[] capacityRows, int capRow) {}

  /** Adds one recourse copy to {@code lp}; {@code r[j]} is an expression (variable or constant). */
  static Copy add(LinearProgram lp, CostData data, LinearExpr[] r, double[] d, double[] c,
      double cap) {
    int k = data.arcs();
    int[] f = new int[k];
    int[] s = new int[data.products()];
    int[] e = new int[data.products()];
    LinearExpr cost = LinearExpr.constant(0);
    LinearExpr[] balance = new LinearExpr[data.products()];
    LinearExpr[] used = new LinearExpr[data.plants()];
    for (int j = 0; j < data.products(); j++) {
      s[j] = lp.addVariable(0, Double.POSITIVE_INFINITY, "s" + j);
      e[j] = lp.addVariable(0, Double.POSITIVE_INFINITY, "e" + j);
      balance[j] = r[j].plusTerm(1, s[j]).plusTerm(-1, e[j]);
      cost = cost.plusTerm(data.u()[j], s[j]).plusTerm(data.o()[j], e[j]);
    }
    for (int i = 0; i < data.plants(); i++) {
      used[i] = LinearExpr.constant(0);
    }
    for (int a = 0; a < k; a++) {
      f[a] = lp.addVariable(0, Double.POSITIVE_INFINITY, "f" + a);
      balance[data.arcProduct()[a]] = balance[data.arcProduct()[a]].plusTerm(1, f[a]);
      used[data.arcPlant()[a]] = used[data.arcPlant()[a]].plusTerm(1, f[a]);
      if (data.arcCost()[a] != 0) {
        cost = cost.plusTerm(data.arcCost()[a], f[a]);
      }
    }
    int[] balanceRows = new int[data.products()];
    for (int j = 0; j < data.products(); j++) {
      balanceRows[j] = lp.addEquals(balance[j], d[j], "balance" + j);
    }
    int[] capacityRows = new int[data.plants()];
    for (int i = 0; i < data.plants(); i++) {
      capacityRows[i] = used[i].size() > 0 ? lp.addLessEq(used[i], c[i], "capacity" + i) : -1;
    }
    int capRow = -1;
    if (cap < Double.POSITIVE_INFINITY) {
      LinearExpr lost = LinearExpr.constant(0);
      for (int j = 0; j < data.products(); j++) {
        lost = lost.plusTerm(1, s[j]);
      }
      capRow = lp.addLessEq(lost, cap, "loss cap");
    }
    return new Copy(f, s, e, cost, balanceRows, capacityRows, capRow);
  }

  /** Evaluation of one scenario at a fixed {@code r}. */
  record Value(boolean feasible, double cost, double lostSales, double excess,
      double productionCost, double[] pi, double[] lambda, double kappa) {}

  /** {@code Q(r, d, c)} by the recourse LP; infeasible (cost +infinity) when the cap binds. */
  static Value evaluate(CostData data, double[] r, double[] d, double[] c, double cap) {
    LinearProgram lp = new LinearProgram();
    LinearExpr[] re = new LinearExpr[r.length];
    for (int j = 0; j < r.length; j++) {
      re[j] = LinearExpr.constant(r[j]);
    }
    Copy copy = add(lp, data, re, d, c, cap);
    lp.minimize(copy.cost());
    LpResult res = LpSolver.orTools().solve(lp);
    if (res.status() == LpStatus.INFEASIBLE) {
      return new Value(false, Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, Double.NaN, null,
          null, Double.NaN);
    }
    if (!res.status().hasSolution()) {
      throw new IllegalStateException("recourse LP failed: " + res.status() + " "
          + res.message());
    }
    double lost = 0;
    double excess = 0;
    for (int j = 0; j < r.length; j++) {
      lost += res.value(copy.shortfall()[j]);
      excess += res.value(copy.excess()[j]);
    }
    double prod = 0;
    for (int a = 0; a < data.arcs(); a++) {
      prod += data.arcCost()[a] * res.value(copy.flow()[a]);
    }
    double[] pi = null;
    double[] lambda = null;
    double kappa = 0;
    if (res.hasDuals()) {
      // d Q / d d_j = pi_j ; d Q / d c_i = -lambda_i ; d Q / d cap = -kappa
      pi = new double[r.length];
      for (int j = 0; j < r.length; j++) {
        pi[j] = res.dual(copy.balanceRows()[j]);
      }
      lambda = new double[c.length];
      for (int i = 0; i < c.length; i++) {
        lambda[i] = copy.capacityRows()[i] < 0 ? 0 : Math.max(0, -res.dual(copy.capacityRows()[i]));
      }
      kappa = copy.capRow() < 0 ? 0 : Math.max(0, -res.dual(copy.capRow()));
    }
    return new Value(true, res.objective(), lost, excess, prod, pi, lambda, kappa);
  }
}
