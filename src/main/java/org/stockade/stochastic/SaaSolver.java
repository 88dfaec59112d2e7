package org.stockade.stochastic;

/** A stateless SAA solver: {@code solve(problem, options) -> result}. */
public interface SaaSolver {
  SaaResult solve(SaaProblem problem, SaaOptions options);

  default SaaResult solve(SaaProblem problem) {
    return solve(problem, SaaOptions.defaults());
  }
}
