package org.stockade.strategies.capacity;

/**
 * The optimal mix.
 *
 * @param problem the instance
 * @param stock optimal {@code I0}
 * @param capacity optimal {@code K}
 * @param expectedShortage {@code E[g(T)]} at the optimum (exact)
 * @param shortageProbability {@code P(g(T) > 0)}
 * @param cost total expected cost
 * @param method "lp" (discrete T, exact) or "piecewise" (closed-form expectation, golden
 *     section search)
 * @param tolerance for "piecewise": the search stops when each of I0 and K is bracketed to
 *     this width; 0 for "lp"
 */
public record ReserveCapacityResult(ReserveCapacityProblem problem, double stock,
    double capacity, double expectedShortage, double shortageProbability, double cost,
    String method, double tolerance) {
  public double stockCostPart() {
    return problem.stockCost() * stock;
  }

  public double capacityCostPart() {
    return problem.capacityCost() * capacity;
  }

  public double shortageCostPart() {
    return problem.shortageCost() * expectedShortage;
  }
}
