package org.stockade.stochastic;

/** Termination of an SAA solve. */
public enum SaaStatus {
  /** Optimal for the sample problem (within the relative tolerance). */
  OPTIMAL,
  /** Stopped at the time limit; the inventory (if any) is the best found, not proven optimal. */
  TIME_LIMIT,
  ITERATION_LIMIT,
  /** Stopped because the cancel token was set; the inventory (if any) is the best found. */
  CANCELLED,
  /** The LP backend failed or the cutting planes stalled numerically. */
  ERROR;

  public boolean isOptimal() {
    return this == OPTIMAL;
  }
}
