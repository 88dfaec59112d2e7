package org.stockade.lp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.List;

/**
 * {@link LpSolver} on Google OR-Tools' MPSolver: GLOP for continuous LPs (fast, silent, gives
 * duals) and SCIP for MILPs (honours time limits). HiGHS is deliberately not used: through
 * MPSolver it writes to the process's stdout and, in 9.15, throws when a MIP hits its time limit.
 *
 * <p>The native library is loaded lazily, once per JVM. If {@code java.library.path} already
 * holds the unpacked natives (the {@code ./stockade} launcher arranges this) the load takes a
 * few milliseconds instead of unpacking ~60 MB. Each solve creates its own {@link MPSolver} and
 * frees it with {@code delete()}, so the solver is safe to call from several threads.
 */
final class OrToolsSolver implements LpSolver {
  static final OrToolsSolver INSTANCE = new OrToolsSolver();

  private static final class Natives {
    static {
      Loader.loadNativeLibraries();
    }

    static void ensure() {
      // class initialization loads the library exactly once
    }
  }

  private OrToolsSolver() {}

  /** Loads the native library once (for {@link IncrementalLp}). */
  static void ensureNatives() {
    Natives.ensure();
  }

  @Override
  public LpResult solve(LinearProgram program, LpOptions options) {
    return solve(program, options, null);
  }

  /**
   * While the backend runs, a daemon watcher polls {@code stop} every {@link #STOP_POLL_MS} ms
   * and, once it is true, calls {@code MPSolver.interruptSolve()} (again at each poll, since a
   * call before the backend has entered its solving stage is dropped). The watcher and
   * {@code delete()} share a lock, so the native solver is never interrupted after it is freed.
   */
  @Override
  public LpResult solve(LinearProgram program, LpOptions options,
      java.util.function.BooleanSupplier stop) {
    Natives.ensure();
    boolean mip = program.isMip();
    MPSolver solver = MPSolver.createSolver(mip ? "SCIP" : "GLOP");
    if (solver == null) {
      return LpResult.failed(LpStatus.ERROR, "OR-Tools backend " + (mip ? "SCIP" : "GLOP")
          + " is not available in this build");
    }
    Watcher watcher = stop == null ? null : new Watcher(solver, stop);
    try {
      return solveWith(solver, program, options, mip, watcher);
    } finally {
      if (watcher != null) {
        watcher.finish();
      }
      solver.delete();
    }
  }

  static final long STOP_POLL_MS = 20;

  /** Interrupts {@code solver} once {@code stop} is true, until {@link #finish}. */
  private static final class Watcher implements Runnable {
    private final MPSolver solver;
    private final java.util.function.BooleanSupplier stop;
    private boolean done;

    Watcher(MPSolver solver, java.util.function.BooleanSupplier stop) {
      this.solver = solver;
      this.stop = stop;
    }

    void start() {
      Thread t = new Thread(this, "lp-stop-watcher");
      t.setDaemon(true);
      t.start();
    }

    @Override
    public void run() {
      while (true) {
        synchronized (this) {
          if (done) {
            return;
          }
          if (stop.getAsBoolean()) {
            solver.interruptSolve();
          }
          try {
            wait(STOP_POLL_MS);
          } catch (InterruptedException e) {
            return;
          }
        }
      }
    }

    synchronized void finish() {
      done = true;
      notifyAll();
    }
  }

  private static boolean allBounded(List<LinearProgram.Variable> vars) {
    for (LinearProgram.Variable v : vars) {
      if (Double.isInfinite(v.lb()) || Double.isInfinite(v.ub())) {
        return false;
      }
    }
    return true;
  }

  private static LpResult solveWith(MPSolver solver, LinearProgram program, LpOptions options,
      boolean mip, Watcher watcher) {
    double inf = MPSolver.infinity();
    List<LinearProgram.Variable> vars = program.variables();
    MPVariable[] x = new MPVariable[vars.size()];
    for (int k = 0; k < x.length; k++) {
      LinearProgram.Variable v = vars.get(k);
      double lb = clampInf(v.lb(), inf);
      double ub = clampInf(v.ub(), inf);
      x[k] = v.integer() ? solver.makeIntVar(lb, ub, "x" + k) : solver.makeNumVar(lb, ub, "x" + k);
    }
    List<LinearProgram.Row> rows = program.rows();
    MPConstraint[] cons = new MPConstraint[rows.size()];
    for (int r = 0; r < cons.length; r++) {
      if ((r & 1023) == 0 && watcher != null && watcher.stop.getAsBoolean()) {
        return LpResult.failed(LpStatus.TIME_LIMIT, "stopped while building the model");
      }
      LinearProgram.Row row = rows.get(r);
      LinearExpr e = row.expr();
      double shift = e.constant();
      cons[r] = solver.makeConstraint(clampInf(row.lo() - shift, inf),
          clampInf(row.up() - shift, inf), "r" + r);
      for (int k = 0; k < e.size(); k++) {
        double old = cons[r].getCoefficient(x[e.var(k)]);
        cons[r].setCoefficient(x[e.var(k)], old + e.coef(k));
      }
    }
    MPObjective obj = solver.objective();
    LinearExpr o = program.objective();
    for (int k = 0; k < o.size(); k++) {
      double old = obj.getCoefficient(x[o.var(k)]);
      obj.setCoefficient(x[o.var(k)], old + o.coef(k));
    }
    obj.setOffset(o.constant());
    if (program.isMaximize()) {
      obj.setMaximization();
    } else {
      obj.setMinimization();
    }
    int[] hv = program.hintVariables();
    if (mip && hv.length > 0) {
      MPVariable[] hx = new MPVariable[hv.length];
      for (int k = 0; k < hv.length; k++) {
        hx[k] = x[hv[k]];
      }
      solver.setHint(hx, program.hintValues());
    }
    if (options.timeLimit() != null) {
      solver.setTimeLimit(Math.max(1L, options.timeLimit().toMillis()));
    }
    MPSolverParameters params = new MPSolverParameters();
    if (mip) {
      params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP,
          options.relativeMipGap());
      String scip = String.format(java.util.Locale.ROOT, "limits/absgap = %.17g",
          options.absoluteMipGap());
      if (!Double.isNaN(options.decisionTarget())) {
        scip += String.format(java.util.Locale.ROOT,
            "\nlimits/primal = %.17g\nlimits/dual = %.17g", options.decisionTarget(),
            options.decisionTarget());
      }
      solver.setSolverSpecificParametersAsString(scip);
    }
    if (watcher != null) {
      watcher.start();
    }
    MPSolver.ResultStatus rs = solver.solve(params);
    if (watcher != null) {
      watcher.finish();
    }
    LpStatus status = translate(rs);
    if (status == LpStatus.INFEASIBLE && !allBounded(vars)) {
      // MPSolver reports GLOP's INFEASIBLE_OR_UNBOUNDED (typical after presolve) as INFEASIBLE.
      // Disambiguate: if the same rows are feasible with a zero objective, it was unbounded.
      // A program whose variables are all bounded cannot be unbounded, and for a MILP the
      // second solve would repeat the whole infeasibility proof, so it is skipped there.
      obj.clear();
      LpStatus feasibility = translate(solver.solve(params));
      if (feasibility.hasSolution()) {
        return LpResult.failed(LpStatus.UNBOUNDED, "backend status " + rs
            + " (feasible without objective, so unbounded)");
      }
    }
    if (!status.hasSolution()) {
      return LpResult.failed(status, "backend status " + rs);
    }
    double[] values = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      values[k] = x[k].solutionValue();
    }
    double[] duals = null;
    if (!mip && status == LpStatus.OPTIMAL) {
      duals = new double[cons.length];
      for (int r = 0; r < cons.length; r++) {
        duals[r] = cons[r].dualValue();
      }
    }
    double value = obj.value();
    double bound = mip ? obj.bestBound() : value;
    return new LpResult(status, value, bound, values, duals, "backend status " + rs);
  }

  private static double clampInf(double v, double inf) {
    if (v == Double.POSITIVE_INFINITY) {
      return inf;
    }
    if (v == Double.NEGATIVE_INFINITY) {
      return -inf;
    }
    return v;
  }

  private static LpStatus translate(MPSolver.ResultStatus rs) {
    switch (rs) {
      case OPTIMAL:
        return LpStatus.OPTIMAL;
      case FEASIBLE:
        return LpStatus.FEASIBLE;
      case INFEASIBLE:
        return LpStatus.INFEASIBLE;
      case UNBOUNDED:
        return LpStatus.UNBOUNDED;
      case NOT_SOLVED:
        return LpStatus.TIME_LIMIT;
      default:
        return LpStatus.ERROR;
    }
  }
}
