package org.stockade.lp;

/** Termination of an LP/MILP solve, independent of the backend. */
public enum LpStatus {
  /** Proven optimal (within the MIP gap for integer programs). */
  OPTIMAL,
  /** A feasible solution, not proven optimal (time limit reached with an incumbent). */
  FEASIBLE,
  INFEASIBLE,
  UNBOUNDED,
  /** Time limit reached without any feasible solution. */
  TIME_LIMIT,
  /** The backend failed (numerical trouble, abnormal termination). */
  ERROR;

  public boolean hasSolution() {
    return this == OPTIMAL || this == FEASIBLE;
  }
}
