package org.stockade.lp;

import java.util.Arrays;

/**
 * Outcome of a backend solve, in the style of OR-Tools' {@code SolveResult}: a termination
 * status plus primal values, row duals (LPs only) and the best proven bound. Accessors that
 * need a solution throw {@link IllegalStateException} when {@link LpStatus#hasSolution()} is
 * false, so a caller cannot silently read garbage.
 */
public final class LpResult {
  private final LpStatus status;
  private final double objective;
  private final double bestBound;
  private final double[] values;
  private final double[] duals;
  private final String message;

  public LpResult(
      LpStatus status, double objective, double bestBound, double[] values, double[] duals,
      String message) {
    this.status = status;
    this.objective = objective;
    this.bestBound = bestBound;
    this.values = values == null ? null : values.clone();
    this.duals = duals == null ? null : duals.clone();
    this.message = message == null ? "" : message;
  }

  public static LpResult failed(LpStatus status, String message) {
    return new LpResult(status, Double.NaN, Double.NaN, null, null, message);
  }

  public LpStatus status() {
    return status;
  }

  public String message() {
    return message;
  }

  public double objective() {
    requireSolution();
    return objective;
  }

  /** Best proven bound on the optimum (equals the objective for an optimal LP). */
  public double bestBound() {
    requireSolution();
    return bestBound;
  }

  public double value(int var) {
    requireSolution();
    return values[var];
  }

  public double[] values() {
    requireSolution();
    return values.clone();
  }

  /** Dual value of row {@code r}; only for continuous LPs solved to optimality. */
  public double dual(int row) {
    if (duals == null) {
      throw new IllegalStateException("no duals: status " + status + " or a MILP");
    }
    return duals[row];
  }

  public boolean hasDuals() {
    return duals != null;
  }

  private void requireSolution() {
    if (!status.hasSolution()) {
      throw new IllegalStateException("no solution available: status " + status + " " + message);
    }
  }

  @Override
  public String toString() {
    return "LpResult[" + status + ", obj=" + objective + ", bound=" + bestBound
        + (values == null ? "" : ", x=" + Arrays.toString(values)) + "]";
  }
}
