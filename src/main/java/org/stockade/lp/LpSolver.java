package org.stockade.lp;

/**
 * A stateless LP/MILP backend: {@code solve(program, options) -> result}. Implementations are
 * thread-safe; each call builds and frees its own native model.
 */
public interface LpSolver {
  LpResult solve(LinearProgram program, LpOptions options);

  default LpResult solve(LinearProgram program) {
    return solve(program, LpOptions.defaults());
  }

  /** The default backend: OR-Tools with GLOP for LPs and SCIP for MILPs. */
  static LpSolver orTools() {
    return OrToolsSolver.INSTANCE;
  }
}
