package org.stockade.costmin;

import java.util.Map;
import org.stockade.model.Arc;

/**
 * CM cost settings as read from a problem file's {@code costs:} section or CLI flags. Every
 * field is optional ({@code null} or empty = not given); {@link #overriddenBy} layers flags over
 * a file and {@link #model()} fills the rest with defaults: underage 1, overage 0, production 0
 * (recourse cost = lost sales), no loss cap.
 *
 * @param lossCap cap on lost sales in every scenario ({@code +infinity} = none)
 */
public record CostSpec(Double underage, Double overage, Double production,
    Map<String, Double> underageByProduct, Map<String, Double> overageByProduct,
    Map<Arc, Double> productionByArc, Double lossCap) {
  public static final double DEFAULT_UNDERAGE = 1;
  public static final double DEFAULT_OVERAGE = 0;
  public static final double DEFAULT_PRODUCTION = 0;

  public CostSpec {
    underageByProduct = underageByProduct == null ? Map.of() : Map.copyOf(underageByProduct);
    overageByProduct = overageByProduct == null ? Map.of() : Map.copyOf(overageByProduct);
    productionByArc = productionByArc == null ? Map.of() : Map.copyOf(productionByArc);
  }

  public static CostSpec empty() {
    return new CostSpec(null, null, null, null, null, null, null);
  }

  /** Scalars and loss cap set in {@code o} replace these; per-product/arc maps are merged. */
  public CostSpec overriddenBy(CostSpec o) {
    Map<String, Double> u = new java.util.HashMap<>(underageByProduct);
    u.putAll(o.underageByProduct);
    Map<String, Double> ov = new java.util.HashMap<>(overageByProduct);
    ov.putAll(o.overageByProduct);
    Map<Arc, Double> p = new java.util.HashMap<>(productionByArc);
    p.putAll(o.productionByArc);
    return new CostSpec(pick(o.underage, underage), pick(o.overage, overage),
        pick(o.production, production), u, ov, p, pick(o.lossCap, lossCap));
  }

  private static <T> T pick(T a, T b) {
    return a != null ? a : b;
  }

  public CostModel model() {
    return new CostModel(underage == null ? DEFAULT_UNDERAGE : underage, underageByProduct,
        overage == null ? DEFAULT_OVERAGE : overage, overageByProduct,
        production == null ? DEFAULT_PRODUCTION : production, productionByArc);
  }

  /** The loss cap, {@code +infinity} when none is given. */
  public double lossCapOrNone() {
    return lossCap == null ? Double.POSITIVE_INFINITY : lossCap;
  }
}
