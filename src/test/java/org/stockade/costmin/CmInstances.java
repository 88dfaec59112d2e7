package org.stockade.costmin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.stockade.model.Arc;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLoss;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.CapacitySet;
import org.stockade.uncertainty.DemandSet;
import org.stockade.uncertainty.LinearInequality;
import org.stockade.uncertainty.ParametricDemandSet;
import org.stockade.uncertainty.PolyhedralSet;
import org.stockade.uncertainty.UncertaintySet;

/** Seeded small random CM instances for tests (few vertices, so brute force is cheap). */
final class CmInstances {
  private CmInstances() {}

  static Network network(Random rnd, int plants, int products) {
    List<Plant> pl = new ArrayList<>();
    for (int i = 1; i <= plants; i++) {
      pl.add(new Plant("P" + i, 20 + rnd.nextInt(100)));
    }
    List<Product> pr = new ArrayList<>();
    for (int j = 1; j <= products; j++) {
      double mu = 10 + rnd.nextInt(80);
      double cv = rnd.nextInt(5) == 0 ? 0 : (rnd.nextBoolean() ? 0.5 : 0.25);
      double h = rnd.nextInt(3) == 0 ? 0.5 + rnd.nextDouble() * 2 : 1.0;
      pr.add(new Product("V" + j, mu, cv * mu, h, null));
    }
    List<Arc> arcs = new ArrayList<>();
    for (int i = 1; i <= plants; i++) {
      for (int j = 1; j <= products; j++) {
        if (rnd.nextDouble() < 0.5) {
          arcs.add(new Arc("P" + i, "V" + j));
        }
      }
    }
    return new Network("random", pl, pr, arcs);
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

  static CapacitySet capacity(Random rnd, Network n) {
    CapacityLossKind kind = CapacityLossKind.values()[rnd.nextInt(CapacityLossKind.values()
        .length)];
    double zeta = switch (kind) {
      case NONE -> 0;
      case UNITS -> rnd.nextDouble() * 80;
      case FRACTION, DETERMINISTIC -> rnd.nextDouble() * 0.4;
      case PLANTS -> rnd.nextBoolean() ? 1 : rnd.nextDouble() * 1.5;
    };
    return new CapacityLoss(n.capacities(), kind, zeta);
  }

  /** A box around mu with a total-demand row: no closed form, exercises the hull MILP. */
  static DemandSet polyhedralDemand(Random rnd, Network n) {
    int p = n.productCount();
    List<LinearInequality> rows = new ArrayList<>();
    double total = 0;
    for (int j = 0; j < p; j++) {
      double[] e = new double[p];
      e[j] = 1;
      double mu = n.product(j).mu();
      double s = Math.max(1, n.product(j).sigma());
      rows.add(new LinearInequality(e, mu - s, mu + 2 * s, "box" + j));
      total += mu;
    }
    double[] ones = new double[p];
    java.util.Arrays.fill(ones, 1);
    rows.add(new LinearInequality(ones, Double.NEGATIVE_INFINITY,
        total * (1 + rnd.nextDouble() * 0.3), "total"));
    return PolyhedralSet.demand(p, rows);
  }

  static UncertaintySet set(Random rnd, Network n) {
    DemandSet d = rnd.nextInt(4) == 0 ? polyhedralDemand(rnd, n) : demand(rnd, n);
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
