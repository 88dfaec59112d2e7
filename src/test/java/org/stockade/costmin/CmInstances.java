package org.stockade.costmin;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.stockade.model.Arc;
import org.stockade.model.Network;
import org.stockade.model.Product;
import org.stockade.testing.RandomInstances;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.CapacitySet;
import org.stockade.uncertainty.DemandSet;
import org.stockade.uncertainty.ParametricDemandSet;
import org.stockade.uncertainty.UncertaintySet;

/** Seeded small random CM instances for tests (few vertices, so brute force is cheap). */
final class CmInstances {
  private CmInstances() {}

  /** A network of capacities {@code 20 + [0, 100)}, means {@code 10 + [0, 80)}, arcs 1 in 2. */
  static Network network(Random rnd, int plants, int products) {
    return RandomInstances.network(rnd, plants, products, 0.5, 100, 80);
  }

  /** Parametric demand (box always; aggregate and budget sometimes). */
  static DemandSet demand(Random rnd, Network n) {
    double alpha = 0.5 + rnd.nextDouble() * 2.5;
    double beta = rnd.nextInt(3) == 0 ? Double.POSITIVE_INFINITY : rnd.nextDouble() * 2;
    double gamma = n.productCount() <= 3 && rnd.nextInt(3) == 0 ? 1 + rnd.nextDouble() * 2
        : Double.POSITIVE_INFINITY;
    AggregateForm form = rnd.nextBoolean() ? AggregateForm.STANDARDIZED
        : AggregateForm.UNSTANDARDIZED;
    double[] tau = new double[n.productCount()];
    for (int j = 0; j < tau.length; j++) {
      tau[j] = rnd.nextInt(4) == 0 ? 0.9 : 1.0;
    }
    return new ParametricDemandSet(n.means(), n.sigmas(), tau, alpha, beta, form, gamma);
  }

  /** A capacity-loss set of a random kind, up to 80 units or 1.5 plants lost. */
  static CapacitySet capacity(Random rnd, Network n) {
    CapacityLossKind kind = CapacityLossKind.values()[rnd.nextInt(CapacityLossKind.values()
        .length)];
    return RandomInstances.parametricCapacity(rnd, n.capacities(), kind, 80, 1.5);
  }

  static UncertaintySet set(Random rnd, Network n) {
    // polyhedral: a box around mu with a total-demand row; no closed form, exercises the hull MILP
    DemandSet d = rnd.nextInt(4) == 0
        ? RandomInstances.polyhedralDemand(rnd, n.means(), n.sigmas(), false) : demand(rnd, n);
    return new UncertaintySet(d, capacity(rnd, n));
  }

  /** Random costs: uniform, or with per-product and per-arc overrides. */
  static CostModel costs(Random rnd, Network n) {
    double u = rnd.nextDouble() * 10;
    double o = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble() * 3;
    double p = rnd.nextInt(2) == 0 ? 0 : rnd.nextDouble() * 2;
    if (rnd.nextBoolean()) {
      return CostModel.uniform(u, o, p);
    }
    Map<String, Double> under = new HashMap<>();
    Map<String, Double> over = new HashMap<>();
    for (Product pr : n.products()) {
      if (rnd.nextBoolean()) {
        under.put(pr.id(), rnd.nextDouble() * 10);
      }
      if (rnd.nextInt(3) == 0) {
        over.put(pr.id(), rnd.nextDouble() * 2);
      }
    }
    Map<Arc, Double> prod = new HashMap<>();
    for (Arc a : n.arcs()) {
      if (rnd.nextInt(3) == 0) {
        prod.put(a, (double) rnd.nextInt(3));
      }
    }
    return new CostModel(u, under, o, over, p, prod);
  }
}
