package org.stockade.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.model.Product;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * From history to calibrated uncertainty sets, with their coverage measured three ways:
 *
 * <ul>
 *   <li><b>in sample</b>: fit (estimate and calibrate) on all periods, count the periods inside;
 *   <li><b>time-ordered split</b>: fit on the earliest {@code trainShare} of the periods, count
 *       the later ones inside;
 *   <li><b>rolling origin</b> (expanding window): for origins {@code k = w0, w0 + h, ...} fit
 *       on periods {@code [0, k)} and count {@code [k, k + h)}; the counts are pooled.
 * </ul>
 *
 * Demand coverage uses the solver's membership test of the parametric set
 * ({@link DemandCalibrator#covered}); capacity coverage that of the capacity-loss set, over the
 * periods with an outage and over all periods; joint coverage needs both. The set written for
 * planning is the in-sample fit: with forecasts its centre is the planning forecast plus the
 * mean (or median) forecast error.
 */
public final class Calibration {
  private Calibration() {}

  /**
   * What is calibrated.
   *
   * @param lossShares {@code [period][plant]} capacity shares lost ({@link OutageLog#lossShares}),
   *     or null without an outage log
   * @param c0 nominal capacity per plant (ones when no network is given: then only the plants
   *     form is meaningful)
   */
  public record Inputs(DemandHistory history, double[][] lossShares, double[] c0) {
    public Inputs {
      if (lossShares != null && lossShares.length != history.periods()) {
        throw new IllegalArgumentException("one loss row per period expected");
      }
    }

    Inputs slice(int from, int to) {
      return new Inputs(history.slice(from, to),
          lossShares == null ? null : Arrays.copyOfRange(lossShares, from, to), c0);
    }
  }

  /**
   * One fit: the estimate, the calibrated sets, and the planning mu and sigma per product.
   *
   * @param capacity null without an outage log
   */
  public record Fit(DemandEstimate estimate, CalibratedDemandSet demand,
      CapacityCalibrator.Budget capacity, double[] mu, double[] sigma) {
    public Fit {
      mu = mu.clone();
      sigma = sigma.clone();
    }

    @Override
    public double[] mu() {
      return mu.clone();
    }

    @Override
    public double[] sigma() {
      return sigma.clone();
    }
  }

  /** Coverage counts; the capacity ones are null without an outage log. */
  public record Coverage(CoverageCount demand, CoverageCount capacityOutage,
      CoverageCount capacityAll, CoverageCount joint) {
    Coverage plus(Coverage o) {
      return new Coverage(demand.plus(o.demand), capacityOutage == null ? null
          : capacityOutage.plus(o.capacityOutage), capacityAll == null ? null
          : capacityAll.plus(o.capacityAll), joint.plus(o.joint));
    }
  }

  /** Rolling-origin setup and pooled coverage. */
  public record Rolling(int origins, int window, int horizon, Coverage coverage) {}

  /**
   * @param full the fit on all periods (what is written for planning)
   * @param train the fit on the first {@code trainPeriods} periods
   */
  public record Result(CalibrationOptions options, Fit full, Coverage inSample, int trainPeriods,
      Fit train, Coverage outOfSample, Rolling rolling, List<String> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }

    public int periods() {
      return inSample.demand().total();
    }
  }

  public static Result run(Inputs in, CalibrationOptions o) {
    int n = in.history().periods();
    if (n < 4) {
      throw new InvalidInputException(in.history().source() + ": " + n + " periods are too"
          + " few to calibrate and test a set; give at least 4 (20 or more for useful"
          + " coverage estimates)");
    }
    List<String> warnings = new ArrayList<>();
    Fit full = fit(in, o, null);
    Coverage inSample = evaluate(full, in);
    int split = Math.max(2, Math.min(n - 1, (int) Math.floor(o.trainShare() * n)));
    Fit train = fit(in.slice(0, split), o, null);
    Coverage out = evaluate(train, in.slice(split, n));
    int w0 = Math.max(2, Math.min(n - 1, (int) Math.floor(o.rollingStart() * n)));
    int h = o.horizon() > 0 ? o.horizon() : Math.max(1, (int) Math.ceil((n - w0) / 10.0));
    Coverage pooled = null;
    int origins = 0;
    for (int k = w0; k < n; k += h) {
      Coverage c = evaluate(fit(in.slice(0, k), o, null), in.slice(k, Math.min(n, k + h)));
      pooled = pooled == null ? c : pooled.plus(c);
      origins++;
    }
    if (!full.demand().certified()) {
      warnings.add(n + " periods cannot certify coverage " + o.coverage() + " (needs at least "
          + (int) Math.ceil(o.coverage() / (1 - o.coverage())) + "); the largest observed"
          + " deviation was used");
    }
    if (!train.demand().certified()) {
      warnings.add("the training part (" + split + " periods) cannot certify coverage "
          + o.coverage() + "; out-of-sample coverage may fall short of the target");
    }
    if (full.capacity() != null && !full.capacity().certified()) {
      warnings.add(full.capacity().outagePeriods() == 0 ? "the outage log has no outage in the"
          + " history's periods: the capacity-loss budget is 0"
          : "only " + full.capacity().outagePeriods() + " outage periods: too few to certify"
          + " coverage " + o.coverage() + " of them; the largest observed loss was used");
    }
    for (int j : full.estimate().madFallbacks()) {
      warnings.add("product '" + in.history().products().get(j) + "': MAD is 0 (over half the"
          + " periods have the same value); its robust sigma is the standard deviation");
    }
    return new Result(o, full, inSample, split, train, out,
        new Rolling(origins, w0, h, pooled), warnings);
  }

  /**
   * Estimates and calibrates on {@code in}; with {@code shape} non-null the demand set keeps
   * that shape ({@link DemandCalibrator#withShape}).
   */
  public static Fit fit(Inputs in, CalibrationOptions o, double[] shape) {
    DemandHistory h = in.history();
    double[][] x = h.errors();
    DemandEstimate est = DemandEstimate.of(x, o.estimator());
    CalibratedDemandSet set = shape == null
        ? DemandCalibrator.calibrate(est, x, o.coverage(), o.coverage(), o.parts())
        : DemandCalibrator.withShape(est, x, o.coverage(), shape, o.coverage(), o.parts());
    CapacityCalibrator.Budget cap = in.lossShares() == null ? null
        : CapacityCalibrator.calibrate(o.capacityForm(), in.c0(), in.lossShares(),
            o.coverage());
    double[] loc = est.location();
    double[] mu = loc.clone();
    if (h.hasForecasts()) {
      double[] plan = h.nextForecast() != null ? h.nextForecast()
          : h.forecast()[h.periods() - 1];
      for (int j = 0; j < mu.length; j++) {
        mu[j] += plan[j];
      }
    }
    for (int j = 0; j < mu.length; j++) {
      if (mu[j] < 0) {
        throw new InvalidInputException(h.source() + ": product '" + h.products().get(j)
            + "' gets a negative planning mean " + mu[j] + (h.hasForecasts() ? " (forecast"
            + " plus mean error)" : "") + "; demand must be >= 0: check the data");
      }
    }
    return new Fit(est, set, cap, mu, est.scale());
  }

  /**
   * The uncertainty settings of {@code fit}: its alpha, beta (with its form) and gamma, its
   * capacity-loss form and budget when an outage log was calibrated, and otherwise the capacity
   * settings of {@code base}; service levels are kept from {@code base}, polyhedral demand rows
   * are replaced.
   */
  public static UncertaintySpec spec(Fit fit, UncertaintySpec base) {
    UncertaintySpec b = base == null ? UncertaintySpec.empty() : base;
    CalibratedDemandSet d = fit.demand();
    CapacityCalibrator.Budget c = fit.capacity();
    return new UncertaintySpec(d.alpha(), d.beta(), d.form(), d.gamma(), b.serviceLevel(),
        b.serviceLevels(), c == null ? b.capacityLoss() : c.kind(),
        c == null ? b.zeta() : Double.valueOf(c.budget()), null,
        c == null ? b.capacityRows() : null);
  }

  /** {@code n} with each product's mu and sigma replaced by {@code fit}'s (network order). */
  public static Network network(Network n, Fit fit) {
    double[] mu = fit.mu();
    double[] sigma = fit.sigma();
    List<Product> ps = new ArrayList<>();
    for (int j = 0; j < n.productCount(); j++) {
      Product p = n.product(j);
      ps.add(new Product(p.id(), mu[j], sigma[j], p.holdingCost(), p.group()));
    }
    return n.withProducts(ps);
  }

  /** Coverage of {@code fit}'s sets on the periods of {@code in}. */
  public static Coverage evaluate(Fit fit, Inputs in) {
    DemandHistory h = in.history();
    double[] loc = fit.estimate().location();
    double[][] center = new double[h.periods()][];
    for (int t = 0; t < h.periods(); t++) {
      center[t] = loc.clone();
      if (h.hasForecasts()) {
        for (int j = 0; j < loc.length; j++) {
          center[t][j] += h.forecast()[t][j];
        }
      }
    }
    boolean[] dem = DemandCalibrator.covered(fit.demand(), center, fit.sigma(), h.demand());
    if (fit.capacity() == null) {
      return new Coverage(CoverageCount.of(dem), null, null, CoverageCount.of(dem));
    }
    boolean[] cap = CapacityCalibrator.covered(fit.capacity(), in.c0(), in.lossShares());
    int outage = 0;
    int outageIn = 0;
    boolean[] joint = new boolean[dem.length];
    for (int t = 0; t < dem.length; t++) {
      boolean hit = Arrays.stream(in.lossShares()[t]).anyMatch(v -> v > 0);
      outage += hit ? 1 : 0;
      outageIn += hit && cap[t] ? 1 : 0;
      joint[t] = dem[t] && cap[t];
    }
    return new Coverage(CoverageCount.of(dem), new CoverageCount(outageIn, outage),
        CoverageCount.of(cap), CoverageCount.of(joint));
  }
}
