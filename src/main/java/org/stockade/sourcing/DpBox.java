package org.stockade.sourcing;

import org.stockade.model.InvalidInputException;

/**
 * The truncation of the dynamic program ({@link DualSourcingDp}). It restricts the ACTIONS, never
 * the dynamics, so the truncated problem is an exact MDP over a subset of policies and its
 * optimal cost is always achievable (never optimistic):
 *
 * <ul>
 *   <li>regular orders are at most {@code maxRegular};
 *   <li>after ordering, the inventory position (everything on hand and outstanding) is at most
 *       {@code maxPosition};
 *   <li>the reduced post-order position y is at least {@code minPosition} (expedite at least up
 *       to it; 0 under lost sales).
 * </ul>
 *
 * The feasible states (those with {@code max(x, minPosition) + pipeline <= maxPosition}) are
 * then closed under every allowed action: positions {@code x in [minPosition - Dmax,
 * maxPosition]} and pipeline orders in {@code [0, maxRegular]}. Whether the box binds is checked by solving again
 * in a larger box ({@link #enlarged(DualSourcingProblem)}): an unchanged cost means the truncation costs nothing.
 */
public record DpBox(int maxRegular, int minPosition, int maxPosition) {

  public DpBox {
    if (maxRegular < 0) {
      throw new InvalidInputException("DP maxRegular must be >= 0, got " + maxRegular);
    }
    if (maxPosition < minPosition) {
      throw new InvalidInputException("DP maxPosition " + maxPosition + " < minPosition "
          + minPosition);
    }
  }

  /**
   * Default box: regular orders up to {@code 2 Dmax}; y at least {@code -Dmax} (0 under lost
   * sales); position at most the largest demand over {@code le + 1} periods plus
   * {@code (lr - le) Dmax}.
   */
  public static DpBox defaults(DualSourcingProblem p) {
    int dmax = p.demand().max();
    int lead = p.leadDemand().max();
    return new DpBox(2 * dmax, p.lostSales() ? 0 : -dmax, lead + p.gap() * dmax);
  }

  /** A box one maximum demand larger on every side (for the truncation check). */
  public DpBox enlarged(DualSourcingProblem p) {
    int dmax = p.demand().max();
    return new DpBox(maxRegular + dmax, p.lostSales() ? 0 : minPosition - dmax,
        maxPosition + dmax);
  }
}
