package org.stockade.stochastic;

import org.stockade.model.InvalidInputException;
import org.stockade.sim.ScenarioSet;

/**
 * The service constraint of the stochastic model, in sample-average form. Both kinds bound the
 * total lost sales over the samples, {@code sum_n L_n(r) <= A}:
 *
 * <ul>
 *   <li>{@link Kind#FILL_RATE} (paper Appendix S2): {@code sum_n sum_j sales_j^n >= tau sum_n
 *       sum_j d_j^n}, i.e. {@code A = (1 - tau) sum_n sum_j d_j^n};
 *   <li>{@link Kind#LOST_SALES}: expected lost sales at most a budget B per scenario, i.e.
 *       {@code A = n B}.
 * </ul>
 */
public record ServiceTarget(Kind kind, double value) {
  /** Which service measure is bounded. */
  public enum Kind {
    FILL_RATE,
    LOST_SALES
  }

  public ServiceTarget {
    if (kind == null) {
      throw new InvalidInputException("service target kind is missing");
    }
    if (kind == Kind.FILL_RATE && !(value >= 0 && value <= 1)) {
      throw new InvalidInputException("fill-rate target must be in [0, 1], got " + value
          + "; e.g. --fill-rate 0.95");
    }
    if (kind == Kind.LOST_SALES && (!(value >= 0) || Double.isInfinite(value))) {
      throw new InvalidInputException("lost-sales budget must be finite and >= 0, got " + value);
    }
  }

  public static ServiceTarget fillRate(double tau) {
    return new ServiceTarget(Kind.FILL_RATE, tau);
  }

  public static ServiceTarget lostSales(double budget) {
    return new ServiceTarget(Kind.LOST_SALES, budget);
  }

  /** Allowed total lost sales {@code A} over the samples. */
  public double allowance(ScenarioSet samples) {
    return kind == Kind.FILL_RATE ? (1 - value) * samples.totalDemand()
        : value * samples.size();
  }

  @Override
  public String toString() {
    return kind == Kind.FILL_RATE ? "expected fill rate >= " + value
        : "expected lost sales <= " + value;
  }
}
