package org.stockade.robust;

/** A stateless solver of the SG model: {@code solve(problem, options) -> result}. */
public interface SgSolver {
  SgResult solve(SgProblem problem, SgOptions options);

  default SgResult solve(SgProblem problem) {
    return solve(problem, SgOptions.defaults());
  }
}
