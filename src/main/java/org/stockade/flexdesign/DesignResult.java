package org.stockade.flexdesign;

import java.util.ArrayList;
import java.util.List;
import org.stockade.robust.SgResult;

/**
 * Result of a {@link DesignSolver} run. Accessors of the design and its costs throw when the
 * status carries no solution.
 *
 * @param status termination
 * @param message human explanation
 * @param design {@code x_a} per candidate arc (null without a solution)
 * @param arcCost {@code sum_a f_a x_a}
 * @param inventoryCost {@code h.r} of the SG-optimal inventory at the design
 * @param lowerBound proven lower bound on the optimal total cost (the master MILP's best bound;
 *     0 before any master solve)
 * @param certificate the SG solve at the returned design: its inventory, the binding worst cases
 *     with their multipliers (the evidence that {@code inventoryCost} is optimal for the design)
 * @param greedyCost total cost of the greedy design when the heuristic ran, NaN otherwise
 * @param rounds master MILP solves
 * @param cuts cuts in the master at the end
 * @param sgSolves SG solves (design evaluations)
 * @param millis wall time in milliseconds
 */
public record DesignResult(DesignStatus status, String message, boolean[] design,
    double arcCost, double inventoryCost, double lowerBound, SgResult certificate,
    double greedyCost, int rounds, int cuts, int sgSolves, double millis) {
  public DesignResult {
    design = design == null ? null : design.clone();
  }

  static DesignResult failed(DesignStatus status, String message, double lowerBound, int rounds,
      int cuts, int sgSolves, double millis) {
    return new DesignResult(status, message, null, Double.NaN, Double.NaN, lowerBound, null,
        Double.NaN, rounds, cuts, sgSolves, millis);
  }

  public boolean hasSolution() {
    return design != null;
  }

  @Override
  public boolean[] design() {
    require();
    return design.clone();
  }

  @Override
  public SgResult certificate() {
    require();
    return certificate;
  }

  /** {@code r} per product at the returned design. */
  public double[] inventory() {
    require();
    return certificate.inventory();
  }

  /** Total cost: arc cost plus inventory cost. */
  public double cost() {
    require();
    return arcCost + inventoryCost;
  }

  /** Relative gap {@code (cost - lowerBound) / cost}; 0 when optimal. */
  public double gap() {
    require();
    if (status == DesignStatus.OPTIMAL) {
      return 0;
    }
    return Math.max(0, cost() - lowerBound) / Math.max(1e-9, Math.abs(cost()));
  }

  /** Indices of the candidate arcs in the design. */
  public List<Integer> chosen() {
    require();
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < design.length; k++) {
      if (design[k]) {
        out.add(k);
      }
    }
    return out;
  }

  private void require() {
    if (design == null) {
      throw new IllegalStateException("no design: status " + status + " (" + message + ")");
    }
  }
}
