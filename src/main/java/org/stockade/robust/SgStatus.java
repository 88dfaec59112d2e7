package org.stockade.robust;

/** Termination of an SG solve. */
public enum SgStatus {
  /** Optimal, and the exact separation proved no violated subset remains. */
  OPTIMAL,
  /** The model has no feasible inventory (e.g. an empty or inconsistent uncertainty set). */
  INFEASIBLE,
  /** Stopped at the time limit; bounds and gap say how far from optimal. */
  TIME_LIMIT,
  ITERATION_LIMIT,
  /** Stopped because the caller cancelled the run ({@link org.stockade.model.CancelToken}). */
  CANCELLED,
  /** The LP/MILP backend failed. */
  ERROR;

  public boolean isOptimal() {
    return this == OPTIMAL;
  }
}
