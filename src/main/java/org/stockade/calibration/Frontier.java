package org.stockade.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.sim.ScenarioSet;
import org.stockade.stochastic.CuttingPlaneSolver;
import org.stockade.stochastic.SaaOptions;
import org.stockade.stochastic.SaaProblem;
import org.stockade.stochastic.SaaResult;
import org.stockade.stochastic.ServiceTarget;
import org.stockade.stochastic.StrategyComparison;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * The price of robustness on a user's history. The periods are split in time order (the
 * {@link CalibrationOptions#trainShare()} earliest for fitting, the rest held out). For each
 * coverage target q of a grid, the sets are calibrated on the training periods with one common
 * shape (that of the main target, so the sets are nested and cost grows with q), the SG model
 * (delta = 0) is solved, and the allocation is held through the held-out periods
 * ({@link Backtest}). Beside it, on the same held-out periods: SAA
 * ({@link CuttingPlaneSolver}) trained on the training periods as equally likely scenarios,
 * with the fill-rate target that the main robust allocation achieves on those periods (unless
 * one is given), and the heuristics of {@code stockade compare} (the robust allocation, and
 * inventory proportional to mu and to sigma, each scaled to the SAA total).
 */
public final class Frontier {
  private Frontier() {}

  /** Default grid of coverage targets. */
  public static final double[] GRID = {0.5, 0.7, 0.8, 0.9, 0.95, 0.99};

  /**
   * One robust point.
   *
   * @param result the SG solve
   * @param heldOut coverage of the held-out periods (demand and capacity jointly)
   * @param backtest the allocation replayed on the held-out periods (null without a solution)
   */
  public record Point(double target, UncertaintySpec spec, SgResult result,
      Calibration.Coverage heldOut, Backtest backtest) {}

  /** One strategy of the comparison, replayed on the held-out periods. */
  public record Strategy(String name, double[] inventory, double cost, Backtest backtest) {
    public Strategy {
      inventory = inventory.clone();
    }

    @Override
    public double[] inventory() {
      return inventory.clone();
    }

    public double total() {
      return Arrays.stream(inventory).sum();
    }
  }

  /**
   * @param saaTarget the fill-rate target SAA was given
   * @param saa the SAA solve (its status and bounds); null, like an empty strategy list, when
   *     the robust solve at the main target found no allocation to compare
   */
  public record Outcome(List<Point> points, List<Strategy> strategies, int trainPeriods,
      int testPeriods, double saaTarget, SaaResult saa) {
    public Outcome {
      points = List.copyOf(points);
      strategies = List.copyOf(strategies);
    }
  }

  /**
   * @param n the network, products in the order of {@code in}'s history
   * @param base settings kept where nothing is calibrated (capacity without an outage log,
   *     service levels)
   * @param grid coverage targets (the main target is added)
   * @param saaFillRate SAA fill-rate target, or null for the main robust allocation's
   *     fill rate on the training periods
   */
  public static Outcome run(Network n, Calibration.Inputs in, CalibrationOptions o,
      UncertaintySpec base, double[] grid, Double saaFillRate, SgOptions sg) {
    int periods = in.history().periods();
    int split = Math.max(2, Math.min(periods - 1, (int) Math.floor(o.trainShare() * periods)));
    Calibration.Inputs train = in.slice(0, split);
    Calibration.Inputs test = in.slice(split, periods);
    TreeSet<Double> targets = new TreeSet<>();
    for (double q : grid) {
      new CalibrationOptions(q, o.estimator(), o.parts(), o.capacityForm(), o.trainShare(),
          o.rollingStart(), o.horizon()); // validates q
      targets.add(q);
    }
    targets.add(o.coverage());
    Calibration.Fit mainFit = Calibration.fit(train, o, null);
    double[] shape = mainFit.demand().shape();
    Network planned = Calibration.network(n, mainFit);
    double[][] testD = test.history().demand();
    double[][] testC = Backtest.capacities(in.c0(), test.lossShares(), testD.length);
    List<Point> points = new ArrayList<>();
    Point main = null;
    for (double q : targets) {
      Calibration.Fit fit = Calibration.fit(train, o.withCoverage(q), shape);
      UncertaintySpec spec = Calibration.spec(fit, base);
      SgResult r = new ConstraintGenerationSolver().solve(
          new SgProblem(planned, spec.build(planned), 0.0), sg);
      Backtest bt = r.hasSolution() ? Backtest.replay(n, r.inventory(), testD, testC) : null;
      Point pt = new Point(q, spec, r, Calibration.evaluate(fit, test), bt);
      points.add(pt);
      if (q == o.coverage()) {
        main = pt;
      }
    }
    if (!main.result().hasSolution()) {
      return new Outcome(points, List.of(), split, periods - split, Double.NaN, null);
    }
    double[][] trainD = train.history().demand();
    double[][] trainC = Backtest.capacities(in.c0(), train.lossShares(), trainD.length);
    double[] robust = main.result().inventory();
    double target = saaFillRate != null ? saaFillRate
        : Backtest.replay(n, robust, trainD, trainC).fillRate();
    if (!(target >= 0 && target <= 1)) {
      throw new InvalidInputException("SAA fill-rate target must be in [0, 1], got " + target);
    }
    ScenarioSet scenarios = ScenarioSet.of(trainD, trainC, "training periods of "
        + in.history().source());
    SaaResult saa = new CuttingPlaneSolver().solve(new SaaProblem(n, scenarios,
        ServiceTarget.fillRate(target)), SaaOptions.defaults().withCancel(sg.cancel()));
    List<Strategy> strategies = new ArrayList<>();
    double[] h = n.holdingCosts();
    strategies.add(strategy("robust SG (q = " + o.coverage() + ")", robust, h, n, testD, testC));
    if (saa.hasSolution()) {
      double total = saa.totalInventory();
      strategies.add(strategy("SAA (fill rate " + String.format(java.util.Locale.ROOT, "%.4f",
          target) + ", " + split + " periods)", saa.inventory(), h, n, testD, testC));
      strategies.add(strategy("robust SG, scaled", StrategyComparison.scaleTo(robust, total), h,
          n, testD, testC));
      strategies.add(strategy("prop. to mu (= weeks of cover)",
          StrategyComparison.scaleTo(mainFit.mu(), total), h, n, testD, testC));
      strategies.add(strategy("prop. to sigma",
          StrategyComparison.scaleTo(mainFit.sigma(), total), h, n, testD, testC));
    }
    return new Outcome(points, strategies, split, periods - split, target, saa);
  }

  private static Strategy strategy(String name, double[] r, double[] h, Network n, double[][] d,
      double[][] c) {
    double cost = 0;
    for (int j = 0; j < r.length; j++) {
      cost += h[j] * r[j];
    }
    return new Strategy(name, r, cost, Backtest.replay(n, r, d, c));
  }
}
