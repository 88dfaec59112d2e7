package org.stockade.strategies.pooling;

import java.util.Random;
import java.util.concurrent.CancellationException;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.model.CancelToken;

/**
 * Value of pooling by the two-stage stochastic LP (extensive form) over the scenarios, solved
 * through {@code org.stockade.lp}; exact for discrete scenarios, a sample-average
 * approximation for sampled ones:
 * <pre>
 *   min  c sum_i S_i + sum_s pi_s [ t sum_{i != j} x_ijs + p sum_i u_is + h sum_i v_is ]
 *   s.t. y_is + sum_{j != i} x_jis + u_is = d_is        (demand at i: own stock, inflow, short)
 *        y_is + sum_{j != i} x_ijs + v_is = S_i         (stock at i: used, sent out, left over)
 *        S, x, y, u, v >= 0
 * </pre>
 * The separate plan fixes {@code x = 0}, so it decomposes into one newsvendor per location.
 * With {@code t = 0} the pooled plan is one newsvendor on the total demand (Eppen 1979: for
 * {@code n} i.i.d. normal locations the safety-stock cost scales with {@code sqrt(n)} instead of
 * {@code n}).
 */
public final class PoolingSolver {
  public PoolingResult solve(PoolingProblem pr, Long seed) {
    return solve(pr, seed, CancelToken.never());
  }

  /**
   * As {@link #solve(PoolingProblem, Long)}, polling {@code cancel} before each of the two LPs
   * and once per scenario while building them (the LP solve itself is not interrupted).
   *
   * @throws CancellationException once {@code cancel} is set
   */
  public PoolingResult solve(PoolingProblem pr, Long seed, CancelToken cancel) {
    stopIfCancelled(cancel);
    Plan pooled = plan(pr, true, cancel);
    stopIfCancelled(cancel);
    Plan separate = plan(pr, false, cancel);
    return new PoolingResult(pr, pooled.stock, pooled.cost, pooled.moved, separate.stock,
        separate.cost, seed);
  }

  /**
   * {@code samples} scenarios of independent demands, each drawn by inverse transform from
   * {@code quantiles[i]} with a {@link Random} seeded by {@code seed}; negative draws (possible
   * for a normal) are demand 0.
   */
  public static double[][] sample(java.util.List<java.util.function.DoubleUnaryOperator>
      quantiles, int samples, long seed) {
    return sample(quantiles, samples, seed, CancelToken.never());
  }

  /**
   * As {@link #sample(java.util.List, int, long)}, polling {@code cancel} every 1024 scenarios.
   *
   * @throws CancellationException once {@code cancel} is set
   */
  public static double[][] sample(java.util.List<java.util.function.DoubleUnaryOperator>
      quantiles, int samples, long seed, CancelToken cancel) {
    Random rnd = new Random(seed);
    double[][] d = new double[samples][quantiles.size()];
    for (int s = 0; s < samples; s++) {
      if ((s & 1023) == 0) {
        stopIfCancelled(cancel);
      }
      for (int i = 0; i < quantiles.size(); i++) {
        double u = rnd.nextDouble();
        while (u == 0) {
          u = rnd.nextDouble();
        }
        d[s][i] = Math.max(0, quantiles.get(i).applyAsDouble(u));
      }
    }
    return d;
  }

  private record Plan(double[] stock, double cost, double moved) {}

  private static void stopIfCancelled(CancelToken cancel) {
    if (cancel.isCancelled()) {
      throw new CancellationException("pooling cancelled");
    }
  }

  private static Plan plan(PoolingProblem pr, boolean pooling, CancelToken cancel) {
    int n = pr.size();
    int m = pr.scenarios();
    LinearProgram lp = new LinearProgram();
    java.util.List<Integer> objVars = new java.util.ArrayList<>();
    java.util.List<Double> objCoefs = new java.util.ArrayList<>();
    int[] stock = new int[n];
    for (int i = 0; i < n; i++) {
      stock[i] = lp.addVariable(0, Double.POSITIVE_INFINITY, "S" + i);
      objVars.add(stock[i]);
      objCoefs.add(pr.unitCost());
    }
    java.util.List<int[]> moves = new java.util.ArrayList<>();
    for (int s = 0; s < m; s++) {
      stopIfCancelled(cancel);
      double pi = pr.probability(s);
      int[][] x = new int[n][n];
      if (pooling && n > 1) {
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            if (i != j) {
              x[i][j] = lp.addVariable(0, Double.POSITIVE_INFINITY, "x" + i + "_" + j + "_" + s);
              objVars.add(x[i][j]);
              objCoefs.add(pi * pr.transshipmentCost());
              moves.add(new int[] {x[i][j], s});
            }
          }
        }
      }
      for (int i = 0; i < n; i++) {
        int y = lp.addVariable(0, Double.POSITIVE_INFINITY, "y" + i + "_" + s);
        int u = lp.addVariable(0, Double.POSITIVE_INFINITY, "u" + i + "_" + s);
        int v = lp.addVariable(0, Double.POSITIVE_INFINITY, "v" + i + "_" + s);
        objVars.add(u);
        objCoefs.add(pi * pr.shortageCost());
        objVars.add(v);
        objCoefs.add(pi * pr.holdingCost());
        int k = pooling ? n - 1 : 0;
        int[] dv = new int[2 + k];
        int[] sv = new int[3 + k];
        double[] dc = new double[2 + k];
        double[] sc = new double[3 + k];
        dv[0] = y;
        dv[1] = u;
        sv[0] = y;
        sv[1] = v;
        sv[2] = stock[i];
        dc[0] = dc[1] = sc[0] = sc[1] = 1;
        sc[2] = -1;
        int q = 0;
        for (int j = 0; j < n && pooling; j++) {
          if (j != i) {
            dv[2 + q] = x[j][i];
            dc[2 + q] = 1;
            sv[3 + q] = x[i][j];
            sc[3 + q] = 1;
            q++;
          }
        }
        lp.addEquals(LinearExpr.of(dv, dc, 0), pr.demand(s, i), "demand" + i + "_" + s);
        lp.addEquals(LinearExpr.of(sv, sc, 0), 0, "stock" + i + "_" + s);
      }
    }
    int[] vars = objVars.stream().mapToInt(Integer::intValue).toArray();
    double[] coefs = objCoefs.stream().mapToDouble(Double::doubleValue).toArray();
    lp.minimize(LinearExpr.of(vars, coefs, 0));
    LpResult r = LpSolver.orTools().solve(lp);
    if (r.status() != LpStatus.OPTIMAL) {
      throw new IllegalStateException("pooling LP ended " + r.status() + " " + r.message());
    }
    double[] st = new double[n];
    for (int i = 0; i < n; i++) {
      st[i] = Math.max(0, r.value(stock[i]));
    }
    double moved = 0;
    for (int[] mv : moves) {
      moved += pr.probability(mv[1]) * r.value(mv[0]);
    }
    return new Plan(st, r.objective(), moved);
  }
}
