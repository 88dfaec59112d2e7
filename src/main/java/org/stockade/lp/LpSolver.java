package org.stockade.lp;

/**
 * A stateless LP/MILP backend: {@code solve(program, options) -> result}. Implementations are
 * thread-safe; each call builds and frees its own native model.
 */
public interface LpSolver {
  LpResult solve(LinearProgram program, LpOptions options);

  /**
   * As {@link #solve(LinearProgram, LpOptions)}, but the backend is asked to stop early once
   * {@code stop} returns true (polled every few milliseconds while the backend runs; SCIP then
   * returns its incumbent if it has one, else no solution). Callers check their own flag after
   * the call: a stopped solve's result is not a proven optimum. The default ignores {@code stop}.
   */
  default LpResult solve(LinearProgram program, LpOptions options,
      java.util.function.BooleanSupplier stop) {
    return solve(program, options);
  }

  default LpResult solve(LinearProgram program) {
    return solve(program, LpOptions.defaults());
  }

  /** The default backend: OR-Tools with GLOP for LPs and SCIP for MILPs. */
  static LpSolver orTools() {
    return OrToolsSolver.INSTANCE;
  }

  /**
   * Loads the OR-Tools native library now, once per JVM (later calls return at once). The
   * library is unpacked from the {@code ortools-<platform>} jar on the classpath into a temporary
   * directory, or taken from {@code java.library.path} when the natives are already unpacked
   * there. Sweep functions call this lazily on each worker JVM (a Spark executor included)
   * before their first solve, so a missing native fails the first task with a clear message.
   */
  static void loadNatives() {
    OrToolsSolver.ensureNatives();
  }
}
