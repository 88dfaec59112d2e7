package org.stockade.stochastic;

import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpOptions;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.model.Network;
import org.stockade.sim.MonteCarlo;
import org.stockade.sim.ScenarioSet;

/**
 * SAA as one extensive-form LP (paper Appendix S2), solved by GLOP through the lp adapter:
 *
 * <pre>
 *   min h.r
 *   s.t. s_j^n <= r_j + sum_{i : (i,j) in A} f_ij^n        (sales from inventory + production)
 *        sum_{j : (i,j) in A} f_ij^n <= c_i^n               (plant capacity)
 *        0 <= s_j^n <= (d_j^n)^+,  f^n >= 0,  r >= 0
 *        sum_n sum_j s_j^n >= sum_n sum_j (d_j^n)^+ - A       (service target)
 * </pre>
 *
 * with {@code p + n (|A| + p)} variables and {@code n (p + m) + 1} rows. The achieved fill rate
 * is recomputed independently by max-flow at the LP's {@code r}.
 */
public final class ExtensiveFormSolver implements SaaSolver {
  @Override
  public SaaResult solve(SaaProblem problem, SaaOptions options) {
    long t0 = System.nanoTime();
    Network n = problem.network();
    ScenarioSet s = problem.samples();
    int p = n.productCount();
    int m = n.plantCount();
    int size = s.size();
    LinearProgram lp = new LinearProgram();
    int[] r = new int[p];
    for (int j = 0; j < p; j++) {
      r[j] = lp.addVariable(0, Double.POSITIVE_INFINITY, "r" + j);
    }
    lp.minimize(LinearExpr.of(r, n.holdingCosts(), 0));
    int[] allSales = new int[size * p];
    double[] ones = new double[size * p];
    for (int k = 0; k < size; k++) {
      int[][] flowVar = new int[p][];
      int[] plantDegree = new int[m];
      for (int j = 0; j < p; j++) {
        int[] plants = n.plantsOf(j);
        flowVar[j] = new int[plants.length];
        for (int q = 0; q < plants.length; q++) {
          flowVar[j][q] = lp.addVariable(0, Double.POSITIVE_INFINITY, "f" + k);
          plantDegree[plants[q]]++;
        }
      }
      int[][] plantVars = new int[m][];
      int[] fillAt = new int[m];
      for (int i = 0; i < m; i++) {
        plantVars[i] = new int[plantDegree[i]];
      }
      for (int j = 0; j < p; j++) {
        int[] plants = n.plantsOf(j);
        double dj = Math.max(0, s.demand(k, j));
        int sales = lp.addVariable(0, dj, "s" + k);
        allSales[k * p + j] = sales;
        ones[k * p + j] = 1;
        int[] vars = new int[plants.length + 2];
        double[] coef = new double[plants.length + 2];
        vars[0] = sales;
        coef[0] = 1;
        vars[1] = r[j];
        coef[1] = -1;
        for (int q = 0; q < plants.length; q++) {
          vars[q + 2] = flowVar[j][q];
          coef[q + 2] = -1;
          plantVars[plants[q]][fillAt[plants[q]]++] = flowVar[j][q];
        }
        lp.addLessEq(LinearExpr.of(vars, coef, 0), 0, "supply" + k);
      }
      for (int i = 0; i < m; i++) {
        double[] coef = new double[plantVars[i].length];
        java.util.Arrays.fill(coef, 1);
        lp.addLessEq(LinearExpr.of(plantVars[i], coef, 0), s.capacity(k, i), "cap" + k);
      }
    }
    lp.addGreaterEq(LinearExpr.of(allSales, ones, 0), s.totalDemand() - problem.allowance(),
        "target");
    LpOptions lpo = LpOptions.defaults();
    if (options.timeLimit() != null) {
      lpo = lpo.withTimeLimit(options.timeLimit());
    }
    LpResult res = LpSolver.orTools().solve(lp, lpo);
    double millis = (System.nanoTime() - t0) / 1e6;
    String method = "extensive form (GLOP)";
    String size1 = lp.variableCount() + " variables, " + lp.rowCount() + " rows";
    if (res.status() != LpStatus.OPTIMAL) {
      // GLOP interrupted by its time limit may report ABNORMAL (an ERROR here): count it as
      // the time limit when the limit was reached
      boolean atLimit = options.timeLimit() != null
          && millis >= 0.98 * options.timeLimit().toMillis();
      SaaStatus st = res.status() == LpStatus.TIME_LIMIT || res.status() == LpStatus.FEASIBLE
          || atLimit ? SaaStatus.TIME_LIMIT : SaaStatus.ERROR;
      return new SaaResult(st, "LP " + res.status() + " (" + size1 + "): " + res.message(),
          method, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1, 0, millis, s.seed(),
          size);
    }
    double[] inv = new double[p];
    for (int j = 0; j < p; j++) {
      inv[j] = Math.max(0, res.value(r[j]));
    }
    double[] lost = MonteCarlo.lostSales(n, inv, s, options.threads(), null);
    double total = 0;
    for (double l : lost) {
      total += l;
    }
    return new SaaResult(SaaStatus.OPTIMAL, "LP optimal (" + size1 + ")", method, inv,
        res.objective(), res.objective(), 1 - total / Math.max(1e-300, s.totalDemand()),
        total / size, 1, 0, millis, s.seed(), size);
  }
}
