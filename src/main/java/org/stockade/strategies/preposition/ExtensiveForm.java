package org.stockade.strategies.preposition;

import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpOptions;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.model.CancelToken;

/**
 * The deterministic equivalent (extensive form) of the two-stage program, Rawls &amp; Turnquist
 * (2010) (1)-(9) with their surplus and shortage variables, one recourse block per scenario:
 * <pre>
 *   min  sum_il F_il y_il + sum_ik c_k q_ik
 *        + sum_s P_s [ sum_ak cf_as c_ak x_aks + sum_ik (p_k z_iks + h_k w_iks) ]
 *   s.t. sum_l y_il <= 1,  sum_k v_k q_ik <= sum_l M_il y_il                  (each i)
 *        sum_{a in i} x_aks - sum_{a out i} x_aks + z_iks - w_iks + (1 - rho_iks) q_ik = d_iks
 *        sum_k v_k x_aks <= U_a f_as                                          (each a, s)
 *        y binary; q, x, z, w >= 0
 * </pre>
 * solved by SCIP through {@code org.stockade.lp} to the requested relative gap.
 */
final class ExtensiveForm {
  private ExtensiveForm() {}

  /** Variables of the extensive form of {@code p} (without building it). */
  static long variables(PrepositionProblem p) {
    long first = 0;
    for (int i = 0; i < p.locationCount(); i++) {
      first += p.sizesOf(i).size() + p.commodityCount();
    }
    long perScenario = (long) p.commodityCount() * (p.arcs().size() + 2L * p.locationCount());
    return first + perScenario * p.scenarioCount();
  }

  static PrepositionResult.Run solve(PrepositionProblem p, PrepositionOptions o) {
    return solve(p, o, CancelToken.never());
  }

  /**
   * As {@link #solve(PrepositionProblem, PrepositionOptions)}; polls {@code cancel} before each
   * scenario block it builds, passes SCIP the time left of the limit and lets it stop the MILP
   * once {@code cancel} is set.
   *
   * @throws java.util.concurrent.CancellationException once {@code cancel} is set
   */
  static PrepositionResult.Run solve(PrepositionProblem p, PrepositionOptions o,
      CancelToken cancel) {
    long t0 = System.nanoTime();
    LinearProgram lp = new LinearProgram();
    Terms obj = new Terms();
    FirstStage.Vars v = FirstStage.add(lp, p, false, null, obj);
    for (int s = 0; s < p.scenarioCount(); s++) {
      PrepositionSolver.stopIfCancelled(cancel);
      RecourseLp.add(lp, p, s, v.q(), null, p.scenario(s).probability(), obj);
    }
    lp.minimize(obj.expr());
    java.time.Duration limit = o.timeLimit() == null ? null : java.time.Duration.ofNanos(
        Math.max(1_000_000, o.timeLimit().toNanos() - (System.nanoTime() - t0)));
    LpResult r = LpSolver.orTools().solve(lp, new LpOptions(limit, o.gap(), 1e-9),
        cancel::isCancelled);
    PrepositionSolver.stopIfCancelled(cancel);
    double secs = (System.nanoTime() - t0) / 1e9;
    if (!r.status().hasSolution()) {
      LpStatus st = r.status() == LpStatus.ERROR ? LpStatus.ERROR : LpStatus.TIME_LIMIT;
      return new PrepositionResult.Run(PrepositionResult.Method.EXTENSIVE, st, Double.NaN,
          Double.NaN, secs, 1, 0, lp.variableCount(), null);
    }
    double[] x = r.values();
    PrepositionResult.Plan plan = new PrepositionResult.Plan(FirstStage.sizes(x, v),
        FirstStage.stock(x, v));
    double bound = Math.min(r.bestBound(), r.objective());
    LpStatus st = r.status() == LpStatus.OPTIMAL
        || PrepositionResult.relativeGap(r.objective(), bound) <= o.gap()
        ? LpStatus.OPTIMAL : LpStatus.FEASIBLE;
    return new PrepositionResult.Run(PrepositionResult.Method.EXTENSIVE, st, r.objective(),
        bound, secs, 1, 0, lp.variableCount(), plan);
  }

  /**
   * The optimal cost with the facility sizes fixed ({@code size[i]}, -1 closed): the extensive
   * form without binaries, a continuous LP over stock and recourse solved by GLOP. Enumerating
   * every {@code size} vector and taking the least of these is a brute-force check of
   * {@link #solve}.
   */
  static double solveWithSizes(PrepositionProblem p, int[] size) {
    LinearProgram lp = new LinearProgram();
    Terms obj = new Terms();
    FirstStage.Vars v = FirstStage.add(lp, p, false, size, obj);
    for (int s = 0; s < p.scenarioCount(); s++) {
      RecourseLp.add(lp, p, s, v.q(), null, p.scenario(s).probability(), obj);
    }
    lp.minimize(obj.expr());
    LpResult r = LpSolver.orTools().solve(lp);
    if (r.status() != LpStatus.OPTIMAL) {
      throw new IllegalStateException("fixed-size LP ended " + r.status() + " " + r.message());
    }
    return r.objective() + FirstStage.fixedCost(p, size);
  }
}
