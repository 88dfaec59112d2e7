package org.stockade.stochastic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;
import org.stockade.model.CancelToken;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.sim.MonteCarlo;
import org.stockade.sim.ScenarioSet;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Robust vs stochastic vs rule-of-thumb inventory on one design, all judged on the same
 * out-of-sample Monte Carlo scenarios (independent of the SAA training samples):
 *
 * <ul>
 *   <li>robust SG: {@link ConstraintGenerationSolver} with the given uncertainty set (the
 *       paper defaults of spec section 3 unless the problem file says otherwise), at its own
 *       total, and rescaled to the SAA total;
 *   <li>SAA: {@link CuttingPlaneSolver} on the training samples for the service target;
 *   <li>heuristics at the SAA total: proportional to mu (which is the same as equal weeks of
 *       cover, {@code r_j / mu_j} constant) and proportional to sigma;
 *   <li>optionally an inventory vector given by the user, as is.
 * </ul>
 */
public final class StrategyComparison {
  /** One evaluated strategy. */
  public record Row(String strategy, double[] inventory, double total, double cost,
      MonteCarlo.Summary summary) {
    public Row {
      inventory = inventory.clone();
    }

    @Override
    public double[] inventory() {
      return inventory.clone();
    }
  }

  /** The comparison: rows plus the two solves that fed it. */
  public record Outcome(List<Row> rows, SaaResult saa, SgResult robust, int trainSamples,
      long trainSeed, int testScenarios, long testSeed) {
    public Outcome {
      rows = List.copyOf(rows);
    }
  }

  private StrategyComparison() {}

  /**
   * @param train SAA training samples
   * @param test evaluation scenarios (must be independent of {@code train})
   * @param progress receives scenario evaluations done so far, or null
   * @param cancel polled by the SAA and SG loops and before every Monte Carlo scenario
   * @throws CancellationException when {@code cancel} is set before the comparison is complete
   *     (a comparison with a strategy missing or half-evaluated is not reported)
   */
  public static Outcome run(Network n, ScenarioSet train, ScenarioSet test, ServiceTarget target,
      UncertaintySet robustSet, double delta, double[] given, int threads,
      LongConsumer progress, CancelToken cancel) {
    if (train == test || train.sameValues(test)) {
      throw new InvalidInputException("the evaluation scenarios must differ from the SAA training"
          + " samples; use another seed or file");
    }
    SaaResult saa = new CuttingPlaneSolver().solve(new SaaProblem(n, train, target),
        SaaOptions.defaults().withThreads(threads).withCancel(cancel));
    stopIfCancelled(cancel, "SAA solve");
    if (!saa.hasSolution()) {
      throw new IllegalStateException("SAA solve ended " + saa.status() + ": " + saa.message());
    }
    SgResult robust = new ConstraintGenerationSolver().solve(
        new SgProblem(n, robustSet, delta), SgOptions.defaults().withCancel(cancel));
    stopIfCancelled(cancel, "robust SG solve");
    double budget = saa.totalInventory();
    double[] h = n.holdingCosts();
    List<String> names = new ArrayList<>();
    List<double[]> inventories = new ArrayList<>();
    names.add("SAA (" + train.size() + " samples)");
    inventories.add(saa.inventory());
    if (robust.hasSolution()) {
      names.add("robust SG");
      inventories.add(robust.inventory());
      names.add("robust SG, scaled");
      inventories.add(scaleTo(robust.inventory(), budget));
    }
    names.add("prop. to mu (= weeks of cover)");
    inventories.add(scaleTo(n.means(), budget));
    names.add("prop. to sigma");
    inventories.add(scaleTo(n.sigmas(), budget));
    if (given != null) {
      names.add("given inventory");
      inventories.add(given.clone());
    }
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      double[] r = inventories.get(k);
      long base = (long) k * test.size();
      MonteCarlo.Summary s = MonteCarlo.evaluate(n, r, test, threads,
          progress == null ? null : done -> progress.accept(base + done), cancel);
      double total = 0;
      for (double x : r) {
        total += x;
      }
      rows.add(new Row(names.get(k), r, total, CuttingPlaneSolver.dot(h, r), s));
    }
    return new Outcome(rows, saa, robust, train.size(), train.seed(), test.size(), test.seed());
  }

  private static void stopIfCancelled(CancelToken cancel, String where) {
    if (cancel.isCancelled()) {
      throw new CancellationException("comparison cancelled during the " + where);
    }
  }

  /** Number of strategies {@link #run} evaluates (for progress totals). */
  public static int strategyCount(boolean given) {
    return given ? 6 : 5;
  }

  /** {@code w} scaled to sum to {@code total} (all equal if {@code w} sums to 0). */
  public static double[] scaleTo(double[] w, double total) {
    double sum = 0;
    for (double x : w) {
      sum += Math.max(0, x);
    }
    double[] out = new double[w.length];
    for (int j = 0; j < w.length; j++) {
      out[j] = sum > 0 ? total * Math.max(0, w[j]) / sum : total / w.length;
    }
    return out;
  }
}
