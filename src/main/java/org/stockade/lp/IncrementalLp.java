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
 * {@link #relax} turns a row into a free row; free rows still cost time in every simplex
 * iteration, so a master that drops many cuts calls {@link #compact} now and then, which
 * rebuilds the native model with the kept rows only (one cold solve). Not thread-safe; close
 * it (try-with-resources) to free the native model.
 */
public final class IncrementalLp implements AutoCloseable {
  private MPSolver solver;
  private final List<MPVariable> vars = new ArrayList<>();
  private final List<MPConstraint> rows = new ArrayList<>();
  private MPObjective objective;
  /** What was put in, so {@link #compact} can rebuild it: bounds, rows, objective. */
  private final List<double[]> varBounds = new ArrayList<>();
  private final List<Row> rowData = new ArrayList<>();
  private double[] objectiveCoef = new double[0];
  private boolean maximize;

  private record Row(int[] var, double[] coef, double lo, double up) {}

  public IncrementalLp() {
    solver = newSolver();
    objective = solver.objective();
  }

  private static MPSolver newSolver() {
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
    return s;
  }

  public int addVariable(double lb, double ub) {
    varBounds.add(new double[] {lb, ub});
    double inf = MPSolver.infinity();
    vars.add(solver.makeNumVar(lb == Double.NEGATIVE_INFINITY ? -inf : lb,
        ub == Double.POSITIVE_INFINITY ? inf : ub, "x" + vars.size()));
    return vars.size() - 1;
  }

  /** Adds {@code lo <= sum_k coef_k x_{var_k} <= up}; returns the row's index. */
  public int addRow(int[] var, double[] coef, double lo, double up) {
    rowData.add(new Row(var.clone(), coef.clone(), lo, up));
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
    Row old = rowData.get(r);
    rowData.set(r, new Row(old.var(), old.coef(), Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY));
  }

  /**
   * Rebuilds the native model with only the rows {@code keep} marks (variables and objective
   * unchanged); returns each old row's new index, -1 for a dropped row. The next solve starts
   * cold.
   */
  public int[] compact(boolean[] keep) {
    int[] map = new int[rows.size()];
    List<Row> kept = new ArrayList<>();
    for (int r = 0; r < map.length; r++) {
      map[r] = keep[r] ? kept.size() : -1;
      if (keep[r]) {
        kept.add(rowData.get(r));
      }
    }
    solver.delete();
    solver = newSolver();
    objective = solver.objective();
    List<double[]> bounds = new ArrayList<>(varBounds);
    vars.clear();
    varBounds.clear();
    rows.clear();
    rowData.clear();
    for (double[] b : bounds) {
      addVariable(b[0], b[1]);
    }
    for (Row row : kept) {
      addRow(row.var(), row.coef(), row.lo(), row.up());
    }
    setObjective(objectiveCoef, maximize);
    return map;
  }

  public void setObjective(double[] coef, boolean maximize) {
    this.objectiveCoef = coef.clone();
    this.maximize = maximize;
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
