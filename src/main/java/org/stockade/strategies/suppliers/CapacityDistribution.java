package org.stockade.strategies.suppliers;

import org.stockade.model.InvalidInputException;

/**
 * A discrete random capacity of one supplier (Dada, Petruzzi &amp; Schwarz 2007): it delivers
 * {@code min(Q, K)} of an order {@code Q}, {@code K = values[k]} with probability
 * {@code probabilities[k]}. {@code +Infinity} is an unlimited capacity, so "all-or-nothing" with
 * reliability {@code r} is {@code K in {0, Infinity}} with probabilities {@code 1 - r, r}.
 *
 * @param values distinct capacities {@code >= 0} (may include +Infinity), ascending
 * @param probabilities one per value, {@code >= 0}, summing to 1
 */
public record CapacityDistribution(double[] values, double[] probabilities) {
  public CapacityDistribution {
    if (values == null || probabilities == null || values.length == 0
        || values.length != probabilities.length) {
      throw new InvalidInputException("capacity needs one probability per value and at least "
          + "one value, e.g. capacity: {values: [0, 500, 1000], probabilities: [0.1, 0.3, 0.6]}");
    }
    if (values.length > 50) {
      throw new InvalidInputException("capacity has " + values.length + " values; at most 50 "
          + "are supported (group nearby capacities)");
    }
    double sum = 0;
    for (int k = 0; k < values.length; k++) {
      if (Double.isNaN(values[k]) || values[k] < 0 || values[k] == Double.NEGATIVE_INFINITY) {
        throw new InvalidInputException("capacity value " + values[k] + " must be >= 0 (or "
            + "'.inf' for unlimited)");
      }
      if (k > 0 && !(values[k] > values[k - 1])) {
        throw new InvalidInputException("capacity values must be distinct and ascending, got "
            + values[k - 1] + " then " + values[k]);
      }
      if (!(probabilities[k] >= 0) || probabilities[k] > 1) {
        throw new InvalidInputException("capacity probability " + probabilities[k]
            + " must be in [0, 1]");
      }
      sum += probabilities[k];
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw new InvalidInputException("capacity probabilities sum to " + sum + ", not 1; "
          + "rescale them");
    }
    values = values.clone();
    probabilities = probabilities.clone();
  }

  /** All-or-nothing supply: unlimited with probability {@code r}, nothing otherwise. */
  public static CapacityDistribution allOrNothing(double r) {
    if (!(r > 0) || r > 1) {
      throw new InvalidInputException("reliability must be in (0, 1], got " + r
          + "; e.g. reliability: 0.9");
    }
    return r == 1 ? new CapacityDistribution(new double[] {Double.POSITIVE_INFINITY},
        new double[] {1}) : new CapacityDistribution(new double[] {0, Double.POSITIVE_INFINITY},
        new double[] {1 - r, r});
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public double[] probabilities() {
    return probabilities.clone();
  }

  public int size() {
    return values.length;
  }

  public double value(int k) {
    return values[k];
  }

  public double probability(int k) {
    return probabilities[k];
  }

  /** {@code P(K > 0)}: the probability that the supplier delivers anything at all. */
  public double reliability() {
    double r = 0;
    for (int k = 0; k < values.length; k++) {
      if (values[k] > 0) {
        r += probabilities[k];
      }
    }
    return r;
  }

  /** {@code E[min(Q, K)]}. */
  public double expectedDelivery(double q) {
    double e = 0;
    for (int k = 0; k < values.length; k++) {
      e += probabilities[k] * Math.min(q, values[k]);
    }
    return e;
  }
}
