package org.stockade.strategies.preposition;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.stockade.lp.LpStatus;
import org.stockade.model.CancelToken;

/**
 * Solves a {@link PrepositionProblem} by the extensive-form MILP ({@link ExtensiveForm}), the
 * L-shaped method ({@link BendersSolver}), or both, then re-evaluates the best plan scenario by
 * scenario for the expected cost split and the shortage of each scenario.
 */
public final class PrepositionSolver {
  private final PrepositionOptions options;

  public PrepositionSolver(PrepositionOptions options) {
    this.options = options;
  }

  /** Runs {@code methods} in order; {@code seed} is recorded for generated instances. */
  public PrepositionResult solve(PrepositionProblem p, List<PrepositionResult.Method> methods,
      Long seed) {
    return solve(p, methods, seed, CancelToken.never());
  }

  /**
   * As {@link #solve(PrepositionProblem, List, Long)}, stopping once {@code cancel} is set: the
   * L-shaped loop polls it before each master and before each scenario's recourse LP, the
   * extensive form while it builds the scenario blocks, and both ask SCIP to stop a MILP under
   * way ({@link org.stockade.lp.LpSolver#solve(org.stockade.lp.LinearProgram,
   * org.stockade.lp.LpOptions, java.util.function.BooleanSupplier)}). No partial result is
   * returned.
   *
   * @throws CancellationException once {@code cancel} is set
   */
  public PrepositionResult solve(PrepositionProblem p, List<PrepositionResult.Method> methods,
      Long seed, CancelToken cancel) {
    stopIfCancelled(cancel);
    ExecutorService pool = pool(options.threads());
    try {
      List<PrepositionResult.Run> runs = new ArrayList<>();
      for (PrepositionResult.Method m : methods) {
        runs.add(switch (m) {
          case EXTENSIVE -> ExtensiveForm.solve(p, options, cancel);
          case BENDERS -> BendersSolver.solve(p, options, pool, cancel);
        });
        stopIfCancelled(cancel);
      }
      PrepositionResult.Run best = null;
      for (PrepositionResult.Run r : runs) {
        if (r.plan() != null && (best == null || r.objective() < best.objective())) {
          best = r;
        }
      }
      PrepositionResult.CostSplit split = best == null ? null
          : evaluate(p, best.plan(), pool, cancel);
      return new PrepositionResult(p, runs, best == null ? null : best.plan(), split, seed);
    } finally {
      // no interrupts: after a cancel the queued recourse tasks return at once, and a worker
      // thread is never interrupted inside the native solver (docs/service.md)
      pool.shutdown();
    }
  }

  /** The expected cost of {@code plan}, term by term, from each scenario's recourse LP. */
  public PrepositionResult.CostSplit evaluate(PrepositionProblem p, PrepositionResult.Plan plan) {
    ExecutorService pool = pool(options.threads());
    try {
      return evaluate(p, plan, pool, CancelToken.never());
    } finally {
      pool.shutdownNow();
    }
  }

  private static PrepositionResult.CostSplit evaluate(PrepositionProblem p,
      PrepositionResult.Plan plan, ExecutorService pool, CancelToken cancel) {
    double[][] q = plan.stock();
    List<RecourseLp.Outcome> out = BendersSolver.evaluate(p, q, pool, cancel);
    double ship = 0;
    double shortage = 0;
    double surplus = 0;
    double[][] units = new double[p.scenarioCount()][];
    double[] rec = new double[p.scenarioCount()];
    for (int s = 0; s < p.scenarioCount(); s++) {
      double pr = p.scenario(s).probability();
      RecourseLp.Outcome o = out.get(s);
      ship += pr * o.shipping();
      shortage += pr * o.shortage();
      surplus += pr * o.surplus();
      units[s] = o.shortageUnits();
      rec[s] = o.value();
    }
    return new PrepositionResult.CostSplit(FirstStage.fixedCost(p, plan.size()),
        FirstStage.acquisition(p, q), ship, shortage, surplus, units, rec);
  }

  /** Variables of the extensive form of {@code p}, without building it. */
  public static long extensiveVariables(PrepositionProblem p) {
    return ExtensiveForm.variables(p);
  }

  /** Whether every run reached its gap. */
  public static boolean allOptimal(PrepositionResult r) {
    return r.runs().stream().allMatch(x -> x.status() == LpStatus.OPTIMAL);
  }

  /** Throws {@link CancellationException} if {@code cancel} is set. */
  static void stopIfCancelled(CancelToken cancel) {
    if (cancel.isCancelled()) {
      throw new CancellationException("preposition cancelled");
    }
  }

  private static ExecutorService pool(int threads) {
    AtomicInteger k = new AtomicInteger();
    return Executors.newFixedThreadPool(threads, task -> {
      Thread t = new Thread(task, "preposition-recourse-" + k.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }
}
