package org.stockade.stochastic;

/**
 * Result of an SAA solve. {@link #inventory()} and {@link #cost()} throw when the status carries
 * no solution.
 *
 * @param status termination
 * @param message human explanation
 * @param method "extensive" or "decomposition (...)"
 * @param inventory r per product (null without a solution)
 * @param cost h.r
 * @param lowerBound proven lower bound on the sample optimum
 * @param achievedFillRate {@code 1 - sum_n L_n(r) / sum_n D^n} on the samples, by max-flow
 * @param expectedLostSales {@code sum_n L_n(r) / n}, by max-flow
 * @param iterations LP solves (1 for the extensive form)
 * @param cuts cuts added (0 for the extensive form)
 * @param millis wall time
 * @param seed sample seed (-1 for file samples)
 * @param samples n
 */
public record SaaResult(SaaStatus status, String message, String method, double[] inventory,
    double cost, double lowerBound, double achievedFillRate, double expectedLostSales,
    int iterations, int cuts, double millis, long seed, int samples) {
  public SaaResult {
    inventory = inventory == null ? null : inventory.clone();
  }

  public boolean hasSolution() {
    return inventory != null;
  }

  @Override
  public double[] inventory() {
    if (inventory == null) {
      throw new IllegalStateException("no inventory: status " + status + " (" + message + ")");
    }
    return inventory.clone();
  }

  @Override
  public double cost() {
    if (inventory == null) {
      throw new IllegalStateException("no cost: status " + status + " (" + message + ")");
    }
    return cost;
  }

  public double totalInventory() {
    double s = 0;
    for (double x : inventory()) {
      s += x;
    }
    return s;
  }
}
