package org.stockade.costmin;

/** Termination of a CM solve. */
public enum CmStatus {
  /** Upper and lower bound meet within the tolerance; the worst case is proven by exact MILPs. */
  OPTIMAL,
  /** Stopped at the time limit; bounds and gap say how far from optimal. */
  TIME_LIMIT,
  ITERATION_LIMIT,
  /** Stopped because the cancel token was set; bounds and gap say how far from optimal. */
  CANCELLED,
  /** The LP/MILP backend failed or the algorithm stalled numerically. */
  ERROR;

  public boolean isOptimal() {
    return this == OPTIMAL;
  }
}
