package org.stockade.sourcing;

import java.util.List;

/**
 * The best policy found in one family.
 *
 * @param family the family
 * @param policy best parameters
 * @param cost its long-run average cost per period
 * @param halfWidth 95% confidence half-width when simulated, 0 when exact
 * @param method how the cost was computed ("markov-chain" or "simulation")
 * @param evaluations candidate evaluations in the search
 * @param curve best cost for each value of the family's main parameter
 */
public record FamilyResult(PolicyFamily family, IndexPolicy policy, double cost,
    double halfWidth, String method, int evaluations, List<CurvePoint> curve) {

  public FamilyResult {
    curve = List.copyOf(curve);
  }

  /** Best cost (other parameters optimized) at one value of the main parameter. */
  public record CurvePoint(int parameter, double cost) {}

  /** Name of the main parameter charted in {@link #curve}. */
  public static String mainParameter(PolicyFamily f) {
    return switch (f) {
      case SINGLE_INDEX -> "S_r - S_e";
      case DUAL_INDEX, CAPPED_DUAL_INDEX -> "z_r - z_e";
      case TAILORED_BASE_SURGE -> "Q";
    };
  }
}
