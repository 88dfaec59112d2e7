package org.stockade.strategies.preposition;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpOptions;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.model.CancelToken;

/**
 * The multi-cut L-shaped method (Van Slyke &amp; Wets 1969; Birge &amp; Louveaux 1988 multi-cut)
 * for the pre-positioning program. The recourse depends on the stock {@code q} only, so the master
 * keeps the facility and stock variables and one {@code theta_s >= 0} per scenario:
 * <pre>
 *   min  sum_il F_il y_il + sum_ik c_k q_ik + sum_s P_s theta_s
 *   s.t. first-stage rows ({@link FirstStage}),
 *        theta_s >= Q_s(q^t) + g_s^t . (q - q^t)      (optimality cuts, every earlier q^t)
 * </pre>
 * where {@code g_s^t} is the recourse LP's dual subgradient ({@link RecourseLp}). Each iteration
 * solves the master, then every scenario's recourse LP at the master's stock on a fixed thread
 * pool; the results are collected in scenario order, so the cuts, and thus the run, do not depend
 * on thread timing. A cut is added for each scenario whose {@code theta_s} underestimates
 * {@code Q_s}. The recourse has complete recourse (shortage and surplus variables), so there are
 * no feasibility cuts. Since every cost is {@code >= 0}, {@code Q_s >= 0} and {@code theta_s >= 0}
 * is valid.
 *
 * <p>Multi-cut was chosen over the single aggregated cut: it needs fewer iterations when each
 * scenario hits different locations (a hurricane track), at the price of a larger master.
 * Phase 1 solves the LP relaxation of the master (y in [0, 1]) until its own gap closes, which
 * yields most cuts cheaply; phase 2 solves the MILP master with SCIP. Bounds: LB is the master's
 * proven bound (valid in both phases: the master is a relaxation); UB is the true cost
 * {@code F y + c q + sum_s P_s Q_s(q)} of the master's stock held in the cheapest size that fits
 * it at each location. It stops when {@code (UB - LB) / UB <= gap}.
 */
final class BendersSolver {
  private static final int MAX_ITERATIONS = 100_000;
  /** A cut is added when {@code Q_s > theta_s + VIOLATION (1 + |Q_s|)}. */
  private static final double VIOLATION = 1e-9;
  /**
   * The MILP master is solved to a quarter of the current gap, at most this and at least a
   * quarter of the target: early masters need not be solved exactly, and LB is the master's
   * proven bound whatever its gap.
   */
  private static final double MAX_MASTER_GAP = 0.01;

  private BendersSolver() {}

  private record Cut(int scenario, double[][] gradient, double rhs) {}

  static PrepositionResult.Run solve(PrepositionProblem p, PrepositionOptions o,
      ExecutorService pool) {
    return solve(p, o, pool, CancelToken.never());
  }

  /**
   * The L-shaped loop; polls {@code cancel} before each master, lets SCIP stop a master under
   * way, and polls it before each scenario's recourse LP.
   *
   * @throws java.util.concurrent.CancellationException once {@code cancel} is set
   */
  static PrepositionResult.Run solve(PrepositionProblem p, PrepositionOptions o,
      ExecutorService pool, CancelToken cancel) {
    long t0 = System.nanoTime();
    long deadline = o.timeLimit() == null ? Long.MAX_VALUE : t0 + o.timeLimit().toNanos();
    int n = p.locationCount();
    int m = p.commodityCount();
    int ns = p.scenarioCount();
    List<Cut> cuts = new ArrayList<>();
    double lb = 0;
    double ub = Double.POSITIVE_INFINITY;
    PrepositionResult.Plan best = null;
    boolean relax = true;
    int iter = 0;
    int vars = 0;
    LpStatus status = LpStatus.TIME_LIMIT;
    while (iter < MAX_ITERATIONS) {
      PrepositionSolver.stopIfCancelled(cancel);
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        status = best == null ? LpStatus.TIME_LIMIT : LpStatus.FEASIBLE;
        break;
      }
      iter++;
      LinearProgram lp = new LinearProgram();
      Terms obj = new Terms();
      FirstStage.Vars v = FirstStage.add(lp, p, relax, null, obj);
      int[] theta = new int[ns];
      for (int s = 0; s < ns; s++) {
        theta[s] = lp.addVariable(0, Double.POSITIVE_INFINITY, "theta" + s);
        obj.add(p.scenario(s).probability(), theta[s]);
      }
      for (Cut c : cuts) {
        Terms t = new Terms().add(1, theta[c.scenario()]);
        for (int i = 0; i < n; i++) {
          for (int k = 0; k < m; k++) {
            t.add(-c.gradient()[i][k], v.q()[i][k]);
          }
        }
        lp.addGreaterEq(t.expr(), c.rhs(), "cut");
      }
      lp.minimize(obj.expr());
      vars = lp.variableCount();
      if (!relax && best != null) {
        hint(lp, v, best);
      }
      java.time.Duration limit = deadline == Long.MAX_VALUE ? null
          : java.time.Duration.ofNanos(Math.max(1_000_000, left));
      double masterGap = Math.max(o.gap() / 4,
          Math.min(MAX_MASTER_GAP, PrepositionResult.relativeGap(ub, lb) / 4));
      LpResult r = LpSolver.orTools().solve(lp, new LpOptions(limit, masterGap, 1e-9),
          cancel::isCancelled);
      PrepositionSolver.stopIfCancelled(cancel);
      if (!r.status().hasSolution()) {
        status = best == null ? (r.status() == LpStatus.ERROR ? LpStatus.ERROR
            : LpStatus.TIME_LIMIT) : LpStatus.FEASIBLE;
        break;
      }
      lb = Math.max(lb, relax ? r.objective() : Math.min(r.bestBound(), r.objective()));
      double[] x = r.values();
      double[][] q = FirstStage.stock(x, v);
      List<RecourseLp.Outcome> out = evaluate(p, q, pool, cancel);
      double expected = 0;
      for (int s = 0; s < ns; s++) {
        expected += p.scenario(s).probability() * out.get(s).value();
      }
      int[] size = FirstStage.cheapestSizes(p, q);
      if (java.util.Arrays.stream(size).noneMatch(l -> l == -2)) {
        double cost = FirstStage.fixedCost(p, size) + FirstStage.acquisition(p, q) + expected;
        if (cost < ub) {
          ub = cost;
          best = new PrepositionResult.Plan(size, q);
        }
      }
      int added = 0;
      double thetaPart = 0;
      for (int s = 0; s < ns; s++) {
        RecourseLp.Outcome oc = out.get(s);
        double th = x[theta[s]];
        thetaPart += p.scenario(s).probability() * th;
        if (oc.value() > th + VIOLATION * (1 + Math.abs(oc.value()))) {
          double rhs = oc.value();
          for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
              rhs -= oc.gradient()[i][k] * q[i][k];
            }
          }
          cuts.add(new Cut(s, oc.gradient(), rhs));
          added++;
        }
      }
      if (relax) {
        double lpUb = r.objective() - thetaPart + expected;
        if (added == 0 || PrepositionResult.relativeGap(lpUb, r.objective()) <= o.gap() / 4) {
          relax = false;
        }
        continue;
      }
      if (PrepositionResult.relativeGap(ub, lb) <= o.gap()) {
        status = LpStatus.OPTIMAL;
        break;
      }
      if (added == 0) {
        // no violated cut, yet the gap is open: only the master's own tolerance is left
        status = LpStatus.FEASIBLE;
        break;
      }
    }
    if (iter >= MAX_ITERATIONS && status == LpStatus.TIME_LIMIT && best != null) {
      status = LpStatus.FEASIBLE;
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    return new PrepositionResult.Run(PrepositionResult.Method.BENDERS, status,
        best == null ? Double.NaN : ub, lb, secs, iter, cuts.size(), vars, best);
  }

  /** The incumbent as a SCIP starting solution: its sizes and stock. */
  private static void hint(LinearProgram lp, FirstStage.Vars v, PrepositionResult.Plan best) {
    List<Integer> vars = new ArrayList<>();
    List<Double> vals = new ArrayList<>();
    for (int i = 0; i < v.y().length; i++) {
      for (int l = 0; l < v.y()[i].length; l++) {
        vars.add(v.y()[i][l]);
        vals.add(best.sizeAt(i) == l ? 1.0 : 0.0);
      }
      for (int k = 0; k < v.q()[i].length; k++) {
        vars.add(v.q()[i][k]);
        vals.add(best.stock(i, k));
      }
    }
    lp.setHint(vars.stream().mapToInt(Integer::intValue).toArray(),
        vals.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Every scenario's recourse at stock {@code q}, solved on {@code pool}, in scenario order. */
  static List<RecourseLp.Outcome> evaluate(PrepositionProblem p, double[][] q,
      ExecutorService pool) {
    return evaluate(p, q, pool, CancelToken.never());
  }

  /**
   * As {@link #evaluate(PrepositionProblem, double[][], ExecutorService)}; each scenario's task
   * polls {@code cancel} before building its LP (a set flag skips the rest quickly).
   *
   * @throws java.util.concurrent.CancellationException once {@code cancel} is set
   */
  static List<RecourseLp.Outcome> evaluate(PrepositionProblem p, double[][] q,
      ExecutorService pool, CancelToken cancel) {
    List<Future<RecourseLp.Outcome>> fs = new ArrayList<>();
    for (int s = 0; s < p.scenarioCount(); s++) {
      int sc = s;
      fs.add(pool.submit(() -> cancel.isCancelled() ? null : RecourseLp.solve(p, sc, q)));
    }
    List<RecourseLp.Outcome> out = new ArrayList<>();
    try {
      for (Future<RecourseLp.Outcome> f : fs) {
        RecourseLp.Outcome oc = f.get();
        if (oc == null) {
          fs.forEach(x -> x.cancel(false));
          PrepositionSolver.stopIfCancelled(cancel);
        }
        out.add(oc);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fs.forEach(f -> f.cancel(true));
      throw new IllegalStateException("interrupted while solving recourse LPs", e);
    } catch (ExecutionException e) {
      fs.forEach(f -> f.cancel(true));
      Throwable c = e.getCause();
      throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
    }
    return out;
  }
}
