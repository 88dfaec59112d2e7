package org.stockade.strategies.suppliers;

import org.stockade.model.InvalidInputException;

/**
 * One potential supplier. The Federgruen &amp; Yang models use the random yield fraction
 * {@code Y_i} (mean {@code yieldMean}, sd {@code yieldSd}; delivered {@code Y_i Q_i}); the Dada,
 * Petruzzi &amp; Schwarz model uses the random capacity (delivered {@code min(Q_i, K_i)}). Either
 * part may be absent (NaN yields, null capacity); each model checks for the part it needs.
 *
 * @param name the supplier's name
 * @param fixedCost {@code K_i >= 0}, paid when the supplier gets a positive order
 * @param unitCost {@code c_i > 0}
 * @param yieldMean {@code m_i} in (0, 1], or NaN
 * @param yieldSd {@code s_i >= 0}, or NaN
 * @param capacity the random capacity, or null
 */
public record Supplier(String name, double fixedCost, double unitCost, double yieldMean,
    double yieldSd, CapacityDistribution capacity) {
  public Supplier {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("every supplier needs a name, e.g. name: A");
    }
    String f = "supplier '" + name + "': ";
    if (!(fixedCost >= 0) || fixedCost > 1e12) {
      throw new InvalidInputException(f + "fixed_cost must be in [0, 1e12], got " + fixedCost);
    }
    if (!(unitCost > 0) || unitCost > 1e9) {
      throw new InvalidInputException(f + "unit_cost must be in (0, 1e9], got " + unitCost);
    }
    if (!Double.isNaN(yieldMean) && !(yieldMean > 0 && yieldMean <= 1)) {
      throw new InvalidInputException(f + "yield_mean must be in (0, 1], got " + yieldMean
          + " (it is the expected fraction of an order that is delivered)");
    }
    if (!Double.isNaN(yieldSd) && !(yieldSd >= 0 && yieldSd <= 0.5)) {
      throw new InvalidInputException(f + "yield_sd must be in [0, 0.5], got " + yieldSd);
    }
  }

  public boolean hasYield() {
    return !Double.isNaN(yieldMean) && !Double.isNaN(yieldSd);
  }

  /** The yield's coefficient of variation {@code v_i = s_i / m_i}. */
  public double yieldCv() {
    return yieldSd / yieldMean;
  }

  /** Cost per expected delivered unit: {@code c_i} (pay delivered) or {@code c_i/m_i}. */
  public double effectiveCost(Payment payment) {
    return payment == Payment.DELIVERED ? unitCost : unitCost / yieldMean;
  }
}
