package org.stockade.lp;

import java.util.ArrayList;
import java.util.List;

/**
 * A backend-neutral linear or mixed-integer program:
 * {@code opt c'x  s.t.  lo_r <= a_r'x <= up_r,  lb <= x <= ub,  x_k integer for k in I}.
 * Infinite bounds are written as {@link Double#POSITIVE_INFINITY} / NEGATIVE_INFINITY. Only the
 * {@code org.stockade.lp} package translates this to a concrete solver.
 */
public final class LinearProgram {
  /** One variable's bounds, integrality and name. */
  public record Variable(double lb, double ub, boolean integer, String name) {}

  /** One row {@code lo <= expr <= up}; the expression's constant is moved to the bounds. */
  public record Row(LinearExpr expr, double lo, double up, String name) {}

  private final List<Variable> variables = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private LinearExpr objective = LinearExpr.constant(0.0);
  private boolean maximize;
  private int[] hintVars = new int[0];
  private double[] hintValues = new double[0];

  public int addVariable(double lb, double ub, String name) {
    variables.add(new Variable(lb, ub, false, name));
    return variables.size() - 1;
  }

  public int addBinary(String name) {
    variables.add(new Variable(0.0, 1.0, true, name));
    return variables.size() - 1;
  }

  /** Adds {@code lo <= expr <= up}; returns the row index. */
  public int addRow(LinearExpr expr, double lo, double up, String name) {
    rows.add(new Row(expr, lo, up, name));
    return rows.size() - 1;
  }

  public int addLessEq(LinearExpr expr, double up, String name) {
    return addRow(expr, Double.NEGATIVE_INFINITY, up, name);
  }

  public int addGreaterEq(LinearExpr expr, double lo, String name) {
    return addRow(expr, lo, Double.POSITIVE_INFINITY, name);
  }

  public int addEquals(LinearExpr expr, double value, String name) {
    return addRow(expr, value, value, name);
  }

  public void maximize(LinearExpr obj) {
    this.objective = obj;
    this.maximize = true;
  }

  public void minimize(LinearExpr obj) {
    this.objective = obj;
    this.maximize = false;
  }

  /**
   * A (possibly partial) starting solution for a MILP backend: {@code x_{vars[k]} = values[k]}.
   * SCIP tries to complete and use it as its first incumbent; it never changes the optimum.
   */
  public void setHint(int[] vars, double[] values) {
    if (vars.length != values.length) {
      throw new IllegalArgumentException(vars.length + " hint variables but " + values.length
          + " values");
    }
    for (int v : vars) {
      if (v < 0 || v >= variables.size()) {
        throw new IllegalArgumentException("hint names variable " + v + " of "
            + variables.size());
      }
    }
    hintVars = vars.clone();
    hintValues = values.clone();
  }

  public int[] hintVariables() {
    return hintVars.clone();
  }

  public double[] hintValues() {
    return hintValues.clone();
  }

  public List<Variable> variables() {
    return List.copyOf(variables);
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  public int variableCount() {
    return variables.size();
  }

  public int rowCount() {
    return rows.size();
  }

  public LinearExpr objective() {
    return objective;
  }

  public boolean isMaximize() {
    return maximize;
  }

  public boolean isMip() {
    return variables.stream().anyMatch(Variable::integer);
  }
}
