package org.stockade.costmin;

import java.util.List;

/**
 * Result of a CM solve: status, the best inventory found with its cost split, proven bounds and
 * the binding worst-case scenarios. {@link #inventory()} and the cost accessors throw when the
 * status carries no solution.
 *
 * @param status termination
 * @param message human explanation of the status
 * @param inventory {@code r} per product (null without a solution)
 * @param holdingCost {@code h.r}
 * @param worstCaseCost {@code max_{(d,c) in U} Q(r, d, c)} (exact MILP incumbent)
 * @param lowerBound proven lower bound on the optimal total cost (CCG master LP value)
 * @param upperBound {@code h.r} plus the MILP's proven bound on the worst case
 * @param iterations CCG rounds (master LP solves)
 * @param scenarios scenarios in the final master LP (warm start plus generated)
 * @param subproblems exact max-min MILPs solved
 * @param binding worst-case scenarios attaining the worst-case cost at {@code r}
 * @param millis wall time of the solve in milliseconds
 */
public record CmResult(CmStatus status, String message, double[] inventory, double holdingCost,
    double worstCaseCost, double lowerBound, double upperBound, int iterations, int scenarios,
    int subproblems, List<CmScenario> binding, double millis) {
  public CmResult {
    inventory = inventory == null ? null : inventory.clone();
    binding = binding == null ? List.of() : List.copyOf(binding);
  }

  public boolean hasSolution() {
    return inventory != null;
  }

  @Override
  public double[] inventory() {
    require();
    return inventory.clone();
  }

  @Override
  public double holdingCost() {
    require();
    return holdingCost;
  }

  @Override
  public double worstCaseCost() {
    require();
    return worstCaseCost;
  }

  /** {@code h.r + max_U Q(r, .)}. */
  public double totalCost() {
    require();
    return holdingCost + worstCaseCost;
  }

  /** Relative gap {@code (UB - LB) / max(1, |UB|)}. */
  public double gap() {
    if (Double.isNaN(upperBound) || Double.isInfinite(upperBound)) {
      return Double.NaN;
    }
    return Math.max(0, upperBound - lowerBound) / Math.max(1, Math.abs(upperBound));
  }

  private void require() {
    if (inventory == null) {
      throw new IllegalStateException("no solution: status " + status + " (" + message + ")");
    }
  }
}
