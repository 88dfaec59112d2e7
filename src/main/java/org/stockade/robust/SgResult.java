package org.stockade.robust;

import java.util.List;

/**
 * Result of an SG solve, in the style of OR-Tools' {@code SolveResult}: a status, bounds and
 * (when a solution exists) the inventory, its cost and a certificate. {@link #inventory()} and
 * {@link #cost()} throw if the status carries no solution.
 *
 * @param status termination
 * @param message human explanation of the status
 * @param inventory {@code r*} per product (null without a solution)
 * @param cost {@code h.r*}
 * @param lowerBound proven lower bound on the optimal cost (master LP value)
 * @param maxViolation largest {@code g(S) - r(S) - delta} proven by the final exact separation
 *     (its best bound; {@code <= tolerance} when optimal)
 * @param iterations constraint-generation rounds (master LP solves)
 * @param generatedSubsets subsets added to the master LP
 * @param exactSeparations exact MILP separations solved
 * @param certificate binding worst-case scenarios with dual multipliers
 * @param millis wall time of the solve in milliseconds
 */
public record SgResult(SgStatus status, String message, double[] inventory, double cost,
    double lowerBound, double maxViolation, int iterations, int generatedSubsets,
    int exactSeparations, List<BindingScenario> certificate, double millis) {
  public SgResult {
    inventory = inventory == null ? null : inventory.clone();
    certificate = certificate == null ? List.of() : List.copyOf(certificate);
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

  /** Relative gap between cost and lower bound (0 when optimal). */
  public double gap() {
    if (inventory == null || status == SgStatus.OPTIMAL) {
      return status == SgStatus.OPTIMAL ? 0 : Double.NaN;
    }
    return Math.abs(cost - lowerBound) / Math.max(1e-9, Math.abs(cost));
  }
}
