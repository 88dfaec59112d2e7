package org.stockade.stochastic;

import java.util.Arrays;
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
 * is a relaxation, so its value is a lower bound LB at its solution {@code r_out}. In-out
 * stabilization (Ben-Ameur & Neto 2007): the max-flows run at {@code alpha r_out + (1 - alpha)
 * r_in}, where {@code r_in} is the cheapest point known to be feasible (its cost is the upper
 * bound UB; initially {@code r_j = max_n d_j^n}, which loses nothing). A feasible point becomes
 * the new {@code r_in}; an infeasible one yields cuts (exact pieces, valid everywhere); when
 * they do not cut off {@code r_out}, the next round evaluates {@code r_out} itself, which is a
 * plain Kelley step and always cuts it off. Feasible means {@code sum_n L_n <= A + tolerance *
 * sum_n D^n}. The solve stops when {@code UB - LB <= tolerance * UB}; with {@code alpha = 1} this
 * is plain Kelley, which ends when {@code r_out} is feasible. There are finitely many pieces,
 * so the Kelley steps end finitely, and in-out steps halve the distance to {@code r_out}.
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
    double tol = options.tolerance() * problem.scale();
    double[] h = n.holdingCosts();
    boolean multi = options.cuts() == SaaOptions.Cuts.MULTI;
    double alpha = options.stabilization();
    String method = "decomposition (" + (multi ? "multi-cut" : "aggregated") + " Kelley"
        + (alpha < 1 ? ", in-out " + alpha : "") + ")";
    // the master LP grows by the new cuts each round instead of being rebuilt from all of them
    LinearProgram master = new LinearProgram();
    int[] rVar = new int[p];
    for (int j = 0; j < p; j++) {
      rVar[j] = master.addVariable(0, Double.POSITIVE_INFINITY, "r" + j);
    }
    master.minimize(LinearExpr.of(rVar, h, 0));
    int[] thetaVar = multi ? new int[size] : null;
    if (multi) {
      double[] ones = new double[size];
      for (int k = 0; k < size; k++) {
        thetaVar[k] = master.addVariable(0, Double.POSITIVE_INFINITY, "theta" + k);
        ones[k] = 1;
      }
      master.addLessEq(LinearExpr.of(thetaVar, ones, 0), allowance, "allowance");
    }
    // r_in: best point known feasible (upper bound); r_j = max_n d_j^n loses nothing.
    double[] rIn = new double[p];
    for (int k = 0; k < size; k++) {
      for (int j = 0; j < p; j++) {
        rIn[j] = Math.max(rIn[j], s.demand(k, j));
      }
    }
    double upper = dot(h, rIn);
    double inLost = 0;
    // r_out: master LP solution (lower bound); with no cuts, r = 0
    double[] rOut = new double[p];
    double lower = 0;
    double[] theta = new double[size];
    boolean atOut = true;
    int rounds = 0;
    int lpSolves = 0;
    int cuts = 0;
    int stalls = 0;
    while (true) {
      if (upper - lower <= options.tolerance() * Math.max(Math.abs(upper), 1e-12)) {
        return result(SaaStatus.OPTIMAL, "relative gap "
            + (upper - lower) / Math.max(Math.abs(upper), 1e-12) + " <= " + options.tolerance()
            + " after " + rounds + " max-flow rounds and " + lpSolves + " master LPs",
            method, s, rIn, upper, lower, inLost, rounds, cuts, t0);
      }
      if (rounds >= options.maxIterations() || System.nanoTime() > deadline
          || options.cancel().isCancelled()) {
        SaaStatus st = rounds >= options.maxIterations() ? SaaStatus.ITERATION_LIMIT
            : options.cancel().isCancelled() ? SaaStatus.CANCELLED : SaaStatus.TIME_LIMIT;
        return result(st, "stopped with gap " + (upper - lower) + "; the inventory is feasible"
            + " for the samples, cost within [" + lower + ", " + upper + "]", method, s, rIn,
            upper, lower, inLost, rounds, cuts, t0);
      }
      double[] point = new double[p];
      for (int j = 0; j < p; j++) {
        point[j] = atOut ? rOut[j] : alpha * rOut[j] + (1 - alpha) * rIn[j];
      }
      SampleCuts eval = SampleCuts.evaluate(n, point, s, options.threads(), multi);
      rounds++;
      if (eval.totalLost <= allowance + tol) {
        double cost = dot(h, point);
        if (cost <= upper) {
          rIn = point;
          upper = cost;
          inLost = eval.totalLost;
        }
        if (atOut) {
          lower = upper; // r_out solves the relaxation and is feasible: optimal
        }
        atOut = alpha >= 1;
        continue;
      }
      // the active pieces at the point are valid cuts; do they cut off r_out?
      double atROut;
      if (multi) {
        double sum = 0;
        double[] best = theta.clone();
        for (int k = 0; k < size; k++) {
          if (eval.lost[k] > theta[k] + tol / size || !atOut) {
            double piece = eval.pieceConstant[k];
            int[] set = indices(eval.sets[k]);
            for (int j : set) {
              piece -= rOut[j];
            }
            if (eval.lost[k] > 1e-12 * problem.scale() / size) {
              master.addGreaterEq(multiCut(thetaVar[k], rVar, set), eval.pieceConstant[k],
                  "cut" + cuts);
              cuts++;
            }
            best[k] = Math.max(best[k], piece);
          }
          sum += best[k];
        }
        atROut = sum;
      } else {
        double[] row = new double[p];
        double v = eval.constant;
        for (int j = 0; j < p; j++) {
          row[j] = eval.count[j] / size;
          v -= eval.count[j] * rOut[j];
        }
        master.addGreaterEq(LinearExpr.of(rVar, row, 0), (eval.constant - allowance) / size,
            "cut" + cuts);
        cuts++;
        atROut = v;
      }
      if (atROut <= allowance + tol) {
        atOut = true; // mis-priced separation point: next, evaluate r_out itself
        continue;
      }
      LpOptions lpo = LpOptions.defaults();
      if (deadline != Long.MAX_VALUE) {
        long left = Math.max(1_000_000L, deadline - System.nanoTime());
        lpo = lpo.withTimeLimit(java.time.Duration.ofNanos(left));
      }
      LpResult res = LpSolver.orTools().solve(master, lpo);
      lpSolves++;
      if (res.status() != LpStatus.OPTIMAL) {
        SaaStatus st = res.status() == LpStatus.TIME_LIMIT || res.status() == LpStatus.FEASIBLE
            ? SaaStatus.TIME_LIMIT : SaaStatus.ERROR;
        return result(st, "master LP: " + res.status() + " " + res.message(), method, s, rIn,
            upper, lower, inLost, rounds, cuts, t0);
      }
      double[] next = new double[p];
      for (int j = 0; j < p; j++) {
        next[j] = Math.max(0, res.value(j));
      }
      if (Arrays.equals(next, rOut) && atOut && ++stalls > 3) {
        return result(SaaStatus.ERROR, "cutting planes stalled numerically (master LP keeps "
            + "returning a point the cut should remove); gap " + (upper - lower), method, s, rIn,
            upper, lower, inLost, rounds, cuts, t0);
      }
      rOut = next;
      lower = Math.max(lower, res.objective());
      if (multi) {
        for (int k = 0; k < size; k++) {
          theta[k] = res.value(p + k);
        }
      }
      atOut = alpha >= 1;
    }
  }

  /** {@code theta_n + r(S) >= ...}: the left side of sample n's cut for set S. */
  private static LinearExpr multiCut(int theta, int[] rVar, int[] set) {
    int[] v = new int[set.length + 1];
    double[] coef = new double[set.length + 1];
    v[0] = theta;
    coef[0] = 1;
    for (int q = 0; q < set.length; q++) {
      v[q + 1] = rVar[set[q]];
      coef[q + 1] = 1;
    }
    return LinearExpr.of(v, coef, 0);
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

  private static SaaResult result(SaaStatus st, String msg, String method, ScenarioSet s,
      double[] r, double cost, double lowerBound, double totalLost, int rounds, int cuts,
      long t0) {
    double fill = 1 - totalLost / Math.max(1e-300, s.totalDemand());
    return new SaaResult(st, msg, method, r, cost, lowerBound, fill, totalLost / s.size(),
        rounds, cuts, (System.nanoTime() - t0) / 1e6, s.seed(), s.size());
  }
}
