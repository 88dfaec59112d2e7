package org.stockade.strategies.stockpile;

import java.util.List;

/**
 * Optimal stockpile and its cost split.
 *
 * @param problem the instance
 * @param criticalFractile {@code (p - c)/(p + h)}
 * @param unconstrainedQuantile {@code F^{-1}(fractile)}; the stock is its positive part
 * @param stock optimal {@code S* = max(0, F^{-1}(fractile))}
 * @param expectedShortage {@code E[(D - S*)^+]}
 * @param expectedLeftover {@code E[(S* - D)^+]}
 * @param fillRate expected fraction of demand met, {@code 1 - E[(D - S*)^+] / E[D]},
 *     when {@code E[D] > 0}, else NaN
 * @param stockoutProbability {@code P(D > S*)}
 * @param cost {@code C(S*)}
 * @param curve {@code C(S)} on a grid of stocks around the optimum
 */
public record StockpileResult(StockpileProblem problem, double criticalFractile,
    double unconstrainedQuantile, double stock, double expectedShortage,
    double expectedLeftover, double fillRate, double stockoutProbability, double cost,
    List<CurvePoint> curve) {
  public StockpileResult {
    curve = List.copyOf(curve);
  }

  /** One point of the cost curve. */
  public record CurvePoint(double stock, double cost, double expectedShortage,
      double expectedLeftover) {}
}
