package org.stockade.lp;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * A growing 0/1 covering LP {@code min w.x s.t. sum_{j in S_k} x_j >= b_k (k = 1..K), x >= 0}
 * with {@code w >= 0}, kept alive in the native backend and solved through its dual, the
 * packing LP
 *
 * <pre>  max sum_k b_k y_k  s.t.  sum_{k : j in S_k} y_k <= w_j (j = 1..N),  y >= 0.</pre>
 *
 * <p>By LP duality both have the same value; {@code x} is read off as the duals of the N
 * packing rows and the cut multipliers {@code y} are the packing solution. Why the dual: a
 * cutting-plane master gains rows every round and holds thousands of them over only N
 * variables. As the packing LP the new cuts are new columns, the last basis stays primal
 * feasible, and primal simplex continues from it with a basis of dimension N; as the covering LP
 * the basis has one row per cut and dual simplex pays for that in every iteration (measured on
 * random sparse networks, N = 500: 6,500 cuts made each covering re-solve take seconds).
 *
 * <p>A cut is switched off by fixing its column at 0 ({@link #setActive}) and on again by
 * freeing it; nothing is deleted, so the backend never rebuilds. Not thread-safe; close it to
 * free the native model.
 */
public final class CoveringLp implements AutoCloseable {
  private final MPSolver solver;
  private final List<MPConstraint> rows = new ArrayList<>();
  private final List<MPVariable> cols = new ArrayList<>();
  private final MPObjective objective;
  /** Relative slack for a negative dual before it counts as a sign-convention error. */
  private static final double DUAL_SIGN_TOLERANCE = 1e-7;

  /** {@code weights[j] = w_j >= 0}, the cost of each covering variable. */
  public CoveringLp(double[] weights) {
    for (int j = 0; j < weights.length; j++) {
      if (!(weights[j] >= 0) || Double.isInfinite(weights[j])) {
        throw new IllegalArgumentException("weight " + j + " must be finite and >= 0, was "
            + weights[j]);
      }
    }
    OrToolsSolver.ensureNatives();
    // GLOP: the MPSolver bridge to CLP inserts each new column coefficient by coefficient
    // (measured 2-3x slower here); GLOP re-reads the model but keeps its basis
    MPSolver s = MPSolver.createSolver("GLOP");
    if (s == null) {
      s = MPSolver.createSolver("CLP");
    }
    if (s == null) {
      throw new IllegalStateException("no OR-Tools LP backend (CLP or GLOP) in this build");
    }
    solver = s;
    objective = solver.objective();
    objective.setMaximization();
    for (int j = 0; j < weights.length; j++) {
      rows.add(solver.makeConstraint(-MPSolver.infinity(), weights[j], "w" + j));
    }
  }

  /** Adds the cut {@code sum_{j in vars} x_j >= rhs}; returns its index. */
  public int addCut(int[] vars, double rhs) {
    MPVariable y = solver.makeNumVar(0, MPSolver.infinity(), "y" + cols.size());
    for (int j : vars) {
      rows.get(j).setCoefficient(y, 1.0);
    }
    objective.setCoefficient(y, rhs);
    cols.add(y);
    return cols.size() - 1;
  }

  /** Switches cut {@code k} on (it constrains x) or off (its multiplier is fixed at 0). */
  public void setActive(int k, boolean active) {
    cols.get(k).setUb(active ? MPSolver.infinity() : 0);
  }

  /**
   * Solves; the result's values are {@code x} (N entries, clipped at 0 against round-off), its
   * duals the cut multipliers {@code y_k} (one per cut ever added, 0 for switched-off cuts).
   */
  public LpResult solve() {
    if (cols.isEmpty()) {
      return new LpResult(LpStatus.OPTIMAL, 0, 0, new double[rows.size()], new double[0],
          "no cuts yet");
    }
    MPSolverParameters params = new MPSolverParameters();
    // columns only get added: the last basis stays primal feasible
    params.setIntegerParam(MPSolverParameters.IntegerParam.LP_ALGORITHM,
        MPSolverParameters.LpAlgorithmValues.PRIMAL.swigValue());
    params.setIntegerParam(MPSolverParameters.IntegerParam.INCREMENTALITY,
        MPSolverParameters.IncrementalityValues.INCREMENTALITY_ON.swigValue());
    // GLOP keeps its basis between solves when only columns were added, but only without
    // presolve (a presolved model has a different shape every round)
    params.setIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE,
        MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
    MPSolver.ResultStatus rs = solver.solve(params);
    if (rs != MPSolver.ResultStatus.OPTIMAL) {
      // the packing LP is feasible (y = 0) and bounded (w >= 0 bounds every y with a positive
      // coefficient... unless a cut has no variables and rhs > 0, then the covering LP is
      // infeasible)
      LpStatus st = switch (rs) {
        case UNBOUNDED -> LpStatus.INFEASIBLE;
        case INFEASIBLE -> LpStatus.UNBOUNDED;
        default -> LpStatus.ERROR;
      };
      return LpResult.failed(st, "backend status " + rs + " (of the dual packing LP)");
    }
    double[] x = new double[rows.size()];
    for (int j = 0; j < x.length; j++) {
      // OR-Tools reports the dual of a <= row of a maximization as >= 0 (checked in
      // CoveringLpTest against the row form); only round-off may make it slightly negative
      double dual = rows.get(j).dualValue();
      if (dual < -DUAL_SIGN_TOLERANCE * (1 + Math.abs(rows.get(j).ub()))) {
        return LpResult.failed(LpStatus.ERROR, "packing row " + j + " has dual " + dual
            + " < 0: the backend's sign convention is not the expected one");
      }
      x[j] = Math.max(0, dual);
    }
    double[] y = new double[cols.size()];
    for (int k = 0; k < y.length; k++) {
      y[k] = Math.max(0, cols.get(k).solutionValue());
    }
    double v = objective.value();
    return new LpResult(LpStatus.OPTIMAL, v, v, x, y, "backend status " + rs);
  }

  @Override
  public void close() {
    solver.delete();
  }
}
