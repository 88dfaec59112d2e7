package org.stockade.sourcing;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@code stockade sourcing} reports for one instance: the best policy of every family
 * and, when the DP is tractable, the optimal cost, the truncation check and each family's gap.
 *
 * @param problem the instance
 * @param families best policy per family
 * @param dp optimal DP result (null when not tractable)
 * @param dpEnlarged the DP in the enlarged box (null when not run)
 * @param dpNote why there is no DP, or empty
 * @param dpSeconds DP wall time (both boxes)
 * @param stopped the time limit or the cancel flag cut the searches or the DP short
 */
public record SourcingAnalysis(DualSourcingProblem problem, List<FamilyResult> families,
    DpResult dp, DpResult dpEnlarged, String dpNote, double dpSeconds, boolean stopped) {

  public SourcingAnalysis {
    families = List.copyOf(families);
  }

  /**
   * Work per Bellman sweep ({@link DualSourcingDp#sweepWork}) above which {@link #run} does not
   * attempt the DP (about a second per sweep), or skips the enlarged-box check.
   */
  public static final double DP_WORK_LIMIT = 5e8;

  /** Searches every family and solves the DP (with the enlarged-box check) when tractable. */
  public static SourcingAnalysis run(DualSourcingProblem p, SimulationOptions sim,
      boolean checkTruncation) {
    return run(p, sim, checkTruncation, null, org.stockade.model.CancelToken.never());
  }

  /**
   * {@link #run(DualSourcingProblem, SimulationOptions, boolean)} within {@code limit} ({@code
   * null}: none) and until {@code cancel} is set: the searches and the DP keep their best so far
   * and {@link #stopped()} says so.
   */
  public static SourcingAnalysis run(DualSourcingProblem p, SimulationOptions sim,
      boolean checkTruncation, java.time.Duration limit, org.stockade.model.CancelToken cancel) {
    long deadline = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
    boolean[] fired = new boolean[1];
    java.util.function.BooleanSupplier stop = () -> {
      if (cancel.isCancelled() || System.nanoTime() > deadline) {
        fired[0] = true;
      }
      return fired[0];
    };
    PolicySearch search = new PolicySearch(sim).stopWhen(stop);
    List<FamilyResult> fams = new ArrayList<>();
    for (PolicyFamily f : PolicyFamily.values()) {
      fams.add(search.best(p, f));
    }
    DpResult dp = null;
    DpResult big = null;
    String note = "";
    long t0 = System.nanoTime();
    if (!p.reducible()) {
      note = "no DP: lost sales with le > 0 has no reduced state";
    } else {
      DpBox box = DpBox.defaults(p);
      DpBox large = box.enlarged(p);
      double work = DualSourcingDp.sweepWork(p, box);
      if (work > DP_WORK_LIMIT) {
        note = String.format(java.util.Locale.ROOT, "no DP: %d states, %.1e operations per "
            + "sweep exceed the limit of %.0e", DualSourcingDp.stateCount(p, box), work,
            DP_WORK_LIMIT);
      } else if (stop.getAsBoolean()) {
        note = "no DP: " + (cancel.isCancelled() ? "cancelled" : "time limit reached")
            + " during the policy search";
      } else {
        DualSourcingDp solver = new DualSourcingDp().stopWhen(stop);
        dp = solver.solve(p, box);
        if (checkTruncation && !stop.getAsBoolean()
            && DualSourcingDp.sweepWork(p, large) <= DP_WORK_LIMIT) {
          big = solver.solve(p, large);
        }
        if (!dp.converged()) {
          note = "DP did not converge: cost bracket [" + dp.lower() + ", " + dp.upper() + "]";
        }
      }
    }
    if (fired[0] && !note.startsWith("no DP")) {
      note = (cancel.isCancelled() ? "cancelled" : "time limit reached")
          + ": results are the best found so far" + (note.isEmpty() ? "" : "; " + note);
    }
    return new SourcingAnalysis(p, fams, dp, big, note, (System.nanoTime() - t0) / 1e9,
        fired[0]);
  }

  /** Optimal cost (the lower of the two boxes), NaN without DP. */
  public double optimum() {
    if (dp == null) {
      return Double.NaN;
    }
    return dpEnlarged == null ? dp.gain() : Math.min(dp.gain(), dpEnlarged.gain());
  }

  /** Whether enlarging the DP box changed the optimum by more than 1e-6 (truncation binds). */
  public boolean truncationBinds() {
    return dpEnlarged != null && Math.abs(dpEnlarged.gain() - dp.gain()) > 1e-6;
  }

  /** Gap of a family's best policy vs the optimum, in percent (NaN without DP). */
  public double gapPercent(FamilyResult f) {
    return 100 * (f.cost() / optimum() - 1);
  }
}
