package org.stockade.strategies.capacity;

import org.stockade.model.InvalidInputException;

/**
 * Inventory plus reserved (reactive) capacity against a surge (Guo, Liu, Song &amp; Wang 2025,
 * section 4, "reserved capacity"): demand arrives at rate {@code lambda} for a random duration
 * {@code T}; pre-positioned stock {@code I0} covers it at once, reserved capacity {@code K} per
 * unit time becomes available after a ramp-up {@code tau}. Shortage
 * {@code g(T) = [lambda T - K (T - tau)^+ - I0]^+}; choose {@code I0, K >= 0} minimising
 * {@code c_I I0 + c_K K + p E[g(T)]}.
 *
 * @param rate {@code lambda > 0}, surge demand per unit time
 * @param rampUp {@code tau >= 0}, time before reserved capacity produces
 * @param duration distribution of {@code T}
 * @param stockCost {@code c_I > 0} per unit pre-positioned
 * @param capacityCost {@code c_K > 0} per unit of capacity per unit time reserved
 * @param shortageCost {@code p > 0} per unit short
 */
public record ReserveCapacityProblem(double rate, double rampUp, SurgeDuration duration,
    double stockCost, double capacityCost, double shortageCost) {
  public ReserveCapacityProblem {
    if (duration == null) {
      throw new InvalidInputException("duration is missing; e.g. --duration exponential:5");
    }
    check("surge rate lambda", rate, false);
    check("ramp-up tau", rampUp, true);
    check("stock cost c_I", stockCost, false);
    check("capacity cost c_K", capacityCost, false);
    check("shortage cost p", shortageCost, false);
  }

  private static void check(String field, double v, boolean zeroAllowed) {
    if (!(zeroAllowed ? v >= 0 : v > 0) || v > 1e9) {
      throw new InvalidInputException(field + " must be a number in " + (zeroAllowed ? "[0"
          : "(0") + ", 1e9], got " + v + "; express it in other units if it is larger");
    }
  }

  /** The same problem with another capacity cost (for the c_K / c_I sweep). */
  public ReserveCapacityProblem withCapacityCost(double ck) {
    return new ReserveCapacityProblem(rate, rampUp, duration, stockCost, ck, shortageCost);
  }

  /** {@code g(t)} for one duration. */
  public double shortage(double t, double stock, double capacity) {
    return Math.max(0, rate * t - capacity * Math.max(0, t - rampUp) - stock);
  }

  /** {@code c_I I0 + c_K K + p E[g]}. */
  public double cost(double stock, double capacity, double expectedShortage) {
    return stockCost * stock + capacityCost * capacity + shortageCost * expectedShortage;
  }
}
