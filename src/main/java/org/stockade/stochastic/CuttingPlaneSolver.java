package org.stockade.stochastic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpOptions;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.model.Network;
import org.stockade.sim.ScenarioSet;

/**
 * SAA by decomposition (Kelley's cutting planes). Each {@code L_n(r)} is convex piecewise linear
 * with finitely many pieces {@code d^n(S) - r(S) - c^n(A(S))}; one max-flow per sample gives its
 * value and the active piece (see {@link SampleCuts}). The master LP
 *
 * <pre>
 *   aggregated:  min h.r  s.t.  a_k.r >= b_k - A   (k = rounds so far),  r >= 0
 *   multi-cut:   min h.r  s.t.  sum_n theta_n <= A,  theta_n + r(S) >= d^n(S) - c^n(A(S))
 *                               (pieces found so far),  theta, r >= 0
 * </pre>
 *
 * is a relaxation, so its value is a lower bound. Its solution {@code r^k} is checked by
 * max-flow; when {@code sum_n L_n(r^k) <= A + tol * sum_n D^n} it is feasible (to the
 * tolerance) and optimal, with gap zero. Otherwise the active pieces at {@code r^k} are violated
 * there and are added; as there are finitely many pieces, this ends after finitely many rounds.
 */
public final class CuttingPlaneSolver implements SaaSolver {
  @Override
  public SaaResult solve(SaaProblem problem, SaaOptions options) {
    long t0 = System.nanoTime();
    long deadline = options.timeLimit() == null ? Long.MAX_VALUE
        : t0 + options.timeLimit().toNanos();
    Network n = problem.network();
    ScenarioSet s = problem.samples();
    int p = n.productCount();
    int size = s.size();
    double allowance = problem.allowance();
    double scale = problem.scale();
    double tol = options.tolerance() * scale;
    double[] h = n.holdingCosts();
    boolean multi = options.cuts() == SaaOptions.Cuts.MULTI;
    String method = "decomposition (" + (multi ? "multi-cut" : "aggregated") + " Kelley)";
    List<double[]> aggregated = new ArrayList<>(); // {a_1..a_p, rhs} normalized by n
    List<int[]> multiSets = new ArrayList<>();
    List<double[]> multiRhs = new ArrayList<>(); // {sample, rhs}
    double[] r = new double[p];
    double lowerBound = 0;
    int iterations = 0;
    int cuts = 0;
    double[] previous = null;
    double[] theta = new double[size];
    while (true) {
      SampleCuts eval = SampleCuts.evaluate(n, r, s, options.threads(), multi);
      double violation = eval.totalLost - allowance;
      if (violation <= tol) {
        return result(SaaStatus.OPTIMAL, "sampled lost sales within the allowance "
            + "(violation " + violation + " <= tolerance " + tol + "); master LP value is a "
            + "lower bound, so the gap is 0", method, problem, r, dot(h, r), eval, iterations,
            cuts, t0);
      }
      if (previous != null && Arrays.equals(previous, r)) {
        return result(SaaStatus.ERROR, "cutting planes stalled at violation " + violation
            + " > tolerance " + tol + " (master LP returned the same point)", method, problem,
            null, Double.NaN, eval, iterations, cuts, t0, lowerBound);
      }
      if (iterations >= options.maxIterations() || System.nanoTime() > deadline) {
        SaaStatus st = iterations >= options.maxIterations() ? SaaStatus.ITERATION_LIMIT
            : SaaStatus.TIME_LIMIT;
        return result(st, "stopped with sampled lost sales " + eval.totalLost + " above the "
            + "allowance " + allowance + "; lower bound " + lowerBound, method, problem, null,
            Double.NaN, eval, iterations, cuts, t0, lowerBound);
      }
      if (multi) {
        for (int k = 0; k < size; k++) {
          if (eval.lost[k] > theta[k] + tol / size) {
            int[] set = indices(eval.sets[k]);
            multiSets.add(set);
            multiRhs.add(new double[] {k, eval.pieceConstant[k]});
            cuts++;
          }
        }
      } else {
        double[] row = new double[p + 1];
        for (int j = 0; j < p; j++) {
          row[j] = eval.count[j] / size;
        }
        row[p] = (eval.constant - allowance) / size;
        aggregated.add(row);
        cuts++;
      }
      previous = r.clone();
      LinearProgram lp = multi ? multiMaster(h, size, allowance, multiSets, multiRhs)
          : aggregatedMaster(h, aggregated);
      LpOptions lpo = LpOptions.defaults();
      if (deadline != Long.MAX_VALUE) {
        long left = Math.max(1_000_000L, deadline - System.nanoTime());
        lpo = lpo.withTimeLimit(java.time.Duration.ofNanos(left));
      }
      LpResult res = LpSolver.orTools().solve(lp, lpo);
      iterations++;
      if (res.status() != LpStatus.OPTIMAL) {
        SaaStatus st = res.status() == LpStatus.TIME_LIMIT || res.status() == LpStatus.FEASIBLE
            ? SaaStatus.TIME_LIMIT : SaaStatus.ERROR;
        return result(st, "master LP: " + res.status() + " " + res.message(), method, problem,
            null, Double.NaN, eval, iterations, cuts, t0, lowerBound);
      }
      lowerBound = res.objective();
      for (int j = 0; j < p; j++) {
        r[j] = Math.max(0, res.value(j));
      }
      if (multi) {
        for (int k = 0; k < size; k++) {
          theta[k] = res.value(p + k);
        }
      }
    }
  }

  private static LinearProgram aggregatedMaster(double[] h, List<double[]> rows) {
    int p = h.length;
    LinearProgram lp = new LinearProgram();
    int[] vars = new int[p];
    for (int j = 0; j < p; j++) {
      vars[j] = lp.addVariable(0, Double.POSITIVE_INFINITY, "r" + j);
    }
    lp.minimize(LinearExpr.of(vars, h, 0));
    for (int k = 0; k < rows.size(); k++) {
      double[] row = rows.get(k);
      lp.addGreaterEq(LinearExpr.of(vars, Arrays.copyOf(row, p), 0), row[p], "cut" + k);
    }
    return lp;
  }

  private static LinearProgram multiMaster(double[] h, int size, double allowance,
      List<int[]> sets, List<double[]> rhs) {
    int p = h.length;
    LinearProgram lp = new LinearProgram();
    int[] vars = new int[p];
    for (int j = 0; j < p; j++) {
      vars[j] = lp.addVariable(0, Double.POSITIVE_INFINITY, "r" + j);
    }
    int[] theta = new int[size];
    double[] ones = new double[size];
    for (int k = 0; k < size; k++) {
      theta[k] = lp.addVariable(0, Double.POSITIVE_INFINITY, "theta" + k);
      ones[k] = 1;
    }
    lp.minimize(LinearExpr.of(vars, h, 0));
    lp.addLessEq(LinearExpr.of(theta, ones, 0), allowance, "allowance");
    for (int c = 0; c < sets.size(); c++) {
      int[] set = sets.get(c);
      int[] v = new int[set.length + 1];
      double[] coef = new double[set.length + 1];
      v[0] = theta[(int) rhs.get(c)[0]];
      coef[0] = 1;
      for (int q = 0; q < set.length; q++) {
        v[q + 1] = vars[set[q]];
        coef[q + 1] = 1;
      }
      lp.addGreaterEq(LinearExpr.of(v, coef, 0), rhs.get(c)[1], "cut" + c);
    }
    return lp;
  }

  private static int[] indices(boolean[] set) {
    int count = 0;
    for (boolean b : set) {
      count += b ? 1 : 0;
    }
    int[] out = new int[count];
    int q = 0;
    for (int j = 0; j < set.length; j++) {
      if (set[j]) {
        out[q++] = j;
      }
    }
    return out;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += a[j] * b[j];
    }
    return s;
  }

  private static SaaResult result(SaaStatus st, String msg, String method, SaaProblem problem,
      double[] r, double cost, SampleCuts eval, int iterations, int cuts, long t0) {
    return result(st, msg, method, problem, r, cost, eval, iterations, cuts, t0, cost);
  }

  private static SaaResult result(SaaStatus st, String msg, String method, SaaProblem problem,
      double[] r, double cost, SampleCuts eval, int iterations, int cuts, long t0,
      double lowerBound) {
    ScenarioSet s = problem.samples();
    double fill = 1 - eval.totalLost / Math.max(1e-300, s.totalDemand());
    return new SaaResult(st, msg, method, r, cost, lowerBound, fill, eval.totalLost / s.size(),
        iterations, cuts, (System.nanoTime() - t0) / 1e6, s.seed(), s.size());
  }
}
