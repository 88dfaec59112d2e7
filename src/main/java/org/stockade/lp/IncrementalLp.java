package org.stockade.lp;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * A continuous LP kept alive in the native backend between solves, for cutting-plane masters
 * that only gain rows: each row crosses into the native model once instead of the whole model
 * being rebuilt every round, and the backend may warm-start from its last basis (CLP does).
 * Rows are never deleted; {@link #relax} turns one into a free row. Not thread-safe; close it
 * (try-with-resources) to free the native model.
 */
public final class IncrementalLp implements AutoCloseable {
  private final MPSolver solver;
  private final List<MPVariable> vars = new ArrayList<>();
  private final List<MPConstraint> rows = new ArrayList<>();
  private final MPObjective objective;

  public IncrementalLp() {
    OrToolsSolver.ensureNatives();
    // CLP's dual simplex measured fastest for growing covering masters (GLOP 1.7x, CLP primal
    // 2x, CLP barrier 1.4x slower at N = 1000)
    MPSolver s = MPSolver.createSolver("CLP");
    if (s == null) {
      s = MPSolver.createSolver("GLOP");
    }
    if (s == null) {
      throw new IllegalStateException("no OR-Tools LP backend (CLP or GLOP) in this build");
    }
    solver = s;
    objective = solver.objective();
  }

  public int addVariable(double lb, double ub) {
    double inf = MPSolver.infinity();
    vars.add(solver.makeNumVar(lb == Double.NEGATIVE_INFINITY ? -inf : lb,
        ub == Double.POSITIVE_INFINITY ? inf : ub, "x" + vars.size()));
    return vars.size() - 1;
  }

  /** Adds {@code lo <= sum_k coef_k x_{var_k} <= up}; returns the row's index. */
  public int addRow(int[] var, double[] coef, double lo, double up) {
    double inf = MPSolver.infinity();
    MPConstraint c = solver.makeConstraint(lo == Double.NEGATIVE_INFINITY ? -inf : lo,
        up == Double.POSITIVE_INFINITY ? inf : up, "r" + rows.size());
    for (int k = 0; k < var.length; k++) {
      c.setCoefficient(vars.get(var[k]), coef[k]);
    }
    rows.add(c);
    return rows.size() - 1;
  }

  /** Makes row {@code r} free (it no longer constrains anything). */
  public void relax(int r) {
    double inf = MPSolver.infinity();
    rows.get(r).setBounds(-inf, inf);
  }

  public void setObjective(double[] coef, boolean maximize) {
    objective.clear();
    for (int k = 0; k < coef.length; k++) {
      if (coef[k] != 0) {
        objective.setCoefficient(vars.get(k), coef[k]);
      }
    }
    if (maximize) {
      objective.setMaximization();
    } else {
      objective.setMinimization();
    }
  }

  public int rowCount() {
    return rows.size();
  }

  /** Solves; duals are returned per row in insertion order. */
  public LpResult solve() {
    MPSolverParameters params = new MPSolverParameters();
    // rows only get added: the last basis stays dual feasible, so dual simplex warm-starts
    params.setIntegerParam(MPSolverParameters.IntegerParam.LP_ALGORITHM,
        MPSolverParameters.LpAlgorithmValues.DUAL.swigValue());
    params.setIntegerParam(MPSolverParameters.IntegerParam.INCREMENTALITY,
        MPSolverParameters.IncrementalityValues.INCREMENTALITY_ON.swigValue());
    MPSolver.ResultStatus rs = solver.solve(params);
    if (rs != MPSolver.ResultStatus.OPTIMAL) {
      LpStatus st = switch (rs) {
        case INFEASIBLE -> LpStatus.INFEASIBLE;
        case UNBOUNDED -> LpStatus.UNBOUNDED;
        default -> LpStatus.ERROR;
      };
      return LpResult.failed(st, "backend status " + rs);
    }
    double[] x = new double[vars.size()];
    for (int k = 0; k < x.length; k++) {
      x[k] = vars.get(k).solutionValue();
    }
    double[] y = new double[rows.size()];
    for (int k = 0; k < y.length; k++) {
      y[k] = rows.get(k).dualValue();
    }
    double v = objective.value();
    return new LpResult(LpStatus.OPTIMAL, v, v, x, y, "backend status " + rs);
  }

  @Override
  public void close() {
    solver.delete();
  }
}
