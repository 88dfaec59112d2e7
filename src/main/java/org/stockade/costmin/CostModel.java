package org.stockade.costmin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.stockade.model.Arc;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/**
 * Second-stage unit costs of the cost-minimization (CM) model (spec section 6; Simchi-Levi, Wang
 * & Wei 2018, §5): production cost {@code p_ij} per unit made on arc (i, j), underage
 * {@code u_j} per unit of demand not met and overage {@code o_j} per unit left over. Holding
 * cost {@code h_j} of first-stage inventory stays on {@link org.stockade.model.Product}.
 *
 * <p>Each cost has a default and optional overrides (products by id, arcs by plant/product).
 * All values must be finite and {@code >= 0}. {@code u = 1, o = 0, p = 0} makes the recourse
 * cost equal to lost sales, the quantity of the SG model.
 *
 * @param underage default {@code u_j}
 * @param underageByProduct per-product {@code u_j} by product id (may be empty)
 * @param overage default {@code o_j}
 * @param overageByProduct per-product {@code o_j} by product id (may be empty)
 * @param production default {@code p_ij}
 * @param productionByArc per-arc {@code p_ij} (may be empty)
 */
public record CostModel(double underage, Map<String, Double> underageByProduct, double overage,
    Map<String, Double> overageByProduct, double production, Map<Arc, Double> productionByArc) {
  public CostModel {
    InvalidInputException.requireNonNegative("underage cost (costs.underage)", underage);
    InvalidInputException.requireNonNegative("overage cost (costs.overage)", overage);
    InvalidInputException.requireNonNegative("production cost (costs.production)", production);
    underageByProduct = checked("underage cost of product", underageByProduct);
    overageByProduct = checked("overage cost of product", overageByProduct);
    Map<Arc, Double> p = new LinkedHashMap<>();
    if (productionByArc != null) {
      for (Map.Entry<Arc, Double> e : productionByArc.entrySet()) {
        Arc a = e.getKey();
        double v = e.getValue() == null ? Double.NaN : e.getValue();
        InvalidInputException.requireNonNegative("production cost of arc " + a.plant() + " -> "
            + a.product(), v);
        p.put(a, v);
      }
    }
    productionByArc = Map.copyOf(p);
  }

  private static Map<String, Double> checked(String what, Map<String, Double> m) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (m != null) {
      for (Map.Entry<String, Double> e : m.entrySet()) {
        double v = e.getValue() == null ? Double.NaN : e.getValue();
        InvalidInputException.requireNonNegative(what + " '" + e.getKey() + "'", v);
        out.put(e.getKey(), v);
      }
    }
    return Map.copyOf(out);
  }

  /** The same costs everywhere: underage {@code u}, overage {@code o}, production {@code p}. */
  public static CostModel uniform(double u, double o, double p) {
    return new CostModel(u, Map.of(), o, Map.of(), p, Map.of());
  }

  /** Lost-sales costs: {@code u = 1, o = p = 0} (recourse cost = lost sales). */
  public static CostModel lostSales() {
    return uniform(1, 0, 0);
  }

  /** Throws if an override names a product or arc that {@code n} does not have. */
  public void validateAgainst(Network n) {
    for (String id : underageByProduct.keySet()) {
      n.productIndex(id);
    }
    for (String id : overageByProduct.keySet()) {
      n.productIndex(id);
    }
    for (Arc a : productionByArc.keySet()) {
      if (!n.hasArc(n.plantIndex(a.plant()), n.productIndex(a.product()))) {
        throw new InvalidInputException("production cost given for arc " + a.plant() + " -> "
            + a.product() + ", which is not in the flexibility design; remove it or add the arc");
      }
    }
  }

  /** {@code u_j} per product in network order. */
  public double[] underage(Network n) {
    double[] out = new double[n.productCount()];
    for (int j = 0; j < out.length; j++) {
      out[j] = underageByProduct.getOrDefault(n.product(j).id(), underage);
    }
    return out;
  }

  /** {@code o_j} per product in network order. */
  public double[] overage(Network n) {
    double[] out = new double[n.productCount()];
    for (int j = 0; j < out.length; j++) {
      out[j] = overageByProduct.getOrDefault(n.product(j).id(), overage);
    }
    return out;
  }

  /** {@code p_ij} for the arc (plant id, product id). */
  public double production(String plant, String product) {
    return productionByArc.getOrDefault(new Arc(plant, product), production);
  }

  /** True when every cost equals its default (no overrides). */
  public boolean isUniform() {
    return underageByProduct.isEmpty() && overageByProduct.isEmpty() && productionByArc.isEmpty();
  }
}
