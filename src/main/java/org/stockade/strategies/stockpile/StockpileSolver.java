package org.stockade.strategies.stockpile;

import java.util.ArrayList;
import java.util.List;

/**
 * Newsvendor stockpile sizing under a surge distribution (Guo, Liu, Song &amp; Wang 2025,
 * section 4: pre-positioning against demand surges). With
 * {@code C(S) = c S + h E[(S-D)^+] + p E[(D-S)^+]} convex, {@code C'(S) = c + h F(S) -
 * p (1 - F(S))}, so the optimum is the critical fractile {@code S* = F^{-1}((p - c)/(p + h))}
 * (smallest such {@code S} for a discrete distribution), restricted to {@code S >= 0}. Shortage
 * and leftover come from each distribution's closed-form loss function.
 */
public final class StockpileSolver {
  /** Points on the cost curve. */
  public static final int CURVE_POINTS = 101;

  public StockpileResult solve(StockpileProblem problem) {
    SurgeDistribution d = problem.demand();
    double f = problem.criticalFractile();
    double q = d.quantile(f);
    double s = Math.max(0.0, q);
    double shortage = d.expectedShortage(s);
    double mean = d.mean();
    double fill = mean > 0 ? 1 - shortage / mean : Double.NaN;
    return new StockpileResult(problem, f, q, s, shortage, d.expectedLeftover(s), fill,
        1 - d.cdf(s), problem.cost(s), curve(problem, s));
  }

  /** {@code C(S)} from the 0.1% to the 99.9% quantile (and the optimum), evenly spaced. */
  static List<StockpileResult.CurvePoint> curve(StockpileProblem problem, double opt) {
    SurgeDistribution d = problem.demand();
    double lo = Math.max(0.0, Math.min(d.quantile(0.001), opt));
    double hi = Math.max(d.quantile(0.999), opt);
    if (hi <= lo) {
      hi = lo + 1;
    }
    List<StockpileResult.CurvePoint> pts = new ArrayList<>();
    for (int i = 0; i < CURVE_POINTS; i++) {
      double s = lo + (hi - lo) * i / (CURVE_POINTS - 1);
      pts.add(new StockpileResult.CurvePoint(s, problem.cost(s), d.expectedShortage(s),
          d.expectedLeftover(s)));
    }
    return pts;
  }
}
