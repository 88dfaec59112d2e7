package org.stockade.multistage;

import java.util.List;
import org.stockade.robust.SgStatus;

/**
 * Result of an m-SG solve: status, bounds, and (when a solution exists) inventory per node, its
 * cost and a certificate. {@link #inventory()} and {@link #cost()} throw without a solution.
 *
 * @param status termination (the SG statuses)
 * @param message human explanation of the status
 * @param inventory {@code r*} per node, global index (0 where inventory is not allowed); null
 *     without a solution
 * @param cost {@code h.r*}
 * @param lowerBound proven lower bound (master LP value)
 * @param maxViolation largest {@code g(cut) - r(B) - delta} bounded by the final exact
 *     separation ({@code <= tolerance} when optimal)
 * @param iterations master LP solves
 * @param generatedCuts cuts added to the master LP
 * @param exactSeparations exact separation MILPs solved
 * @param certificate binding cuts with worst cases, multipliers and max-flow re-evaluations
 * @param millis wall time in milliseconds
 */
public record MsgResult(SgStatus status, String message, double[] inventory, double cost,
    double lowerBound, double maxViolation, int iterations, int generatedCuts,
    int exactSeparations, List<MsgBindingCut> certificate, double millis) {
  public MsgResult {
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

  /** Relative gap between cost and lower bound (0 when optimal, NaN without a solution). */
  public double gap() {
    if (status == SgStatus.OPTIMAL) {
      return 0;
    }
    if (inventory == null) {
      return Double.NaN;
    }
    return Math.abs(cost - lowerBound) / Math.max(1e-9, Math.abs(cost));
  }
}
