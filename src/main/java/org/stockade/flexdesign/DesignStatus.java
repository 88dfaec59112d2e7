package org.stockade.flexdesign;

/** Termination of a {@link DesignSolver} run. */
public enum DesignStatus {
  /**
   * Proven optimal: the master MILP's bound reaches the cost of a design whose inventory the SG
   * solver's exact separation certified (within the tolerance).
   */
  OPTIMAL,
  /** A certified design, not proven optimal (time, round limit or heuristic); see the gap. */
  FEASIBLE,
  /** No design meets the budgets (e.g. the forced arcs alone exceed them). */
  INFEASIBLE,
  /** Stopped by the caller's cancel token. */
  CANCELLED,
  /** Stopped at the time limit before any design was certified. */
  TIME_LIMIT,
  /** A backend (MILP or SG solve) failed. */
  ERROR;

  public boolean isOptimal() {
    return this == OPTIMAL;
  }
}
