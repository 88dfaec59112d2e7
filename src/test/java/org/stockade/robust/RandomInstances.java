package org.stockade.robust;

import java.util.ArrayList;
import java.util.List;
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

/** Seeded random networks and uncertainty sets of every kind, for tests. */
final class RandomInstances {
  private RandomInstances() {}

  static Network network(Random rnd, int plants, int products, double arcProbability) {
    List<Plant> pl = new ArrayList<>();
    for (int i = 1; i <= plants; i++) {
      pl.add(new Plant("P" + i, 20 + rnd.nextInt(200)));
    }
    List<Product> pr = new ArrayList<>();
    for (int j = 1; j <= products; j++) {
      double mu = 10 + rnd.nextInt(150);
      double cv = rnd.nextInt(5) == 0 ? 0 : (rnd.nextBoolean() ? 0.5 : 0.25);
      double h = rnd.nextInt(3) == 0 ? 0.5 + rnd.nextDouble() * 2 : 1.0;
      pr.add(new Product("V" + j, mu, cv * mu, h, null));
    }
    List<Arc> arcs = new ArrayList<>();
    for (int i = 1; i <= plants; i++) {
      for (int j = 1; j <= products; j++) {
        if (rnd.nextDouble() < arcProbability) {
          arcs.add(new Arc("P" + i, "V" + j));
        }
      }
    }
    return new Network("random", pl, pr, arcs);
  }

  static double limit(Random rnd, double lo, double hi) {
    return rnd.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : lo + rnd.nextDouble() * (hi - lo);
  }

  /** Parametric demand of any flavour (alpha and gamma not both absent). */
  static DemandSet parametricDemand(Random rnd, Network n) {
    double alpha = limit(rnd, 0.5, 3);
    double gamma = alpha == Double.POSITIVE_INFINITY ? 1 + rnd.nextDouble() * 4
        : limit(rnd, 0.5, 6);
    AggregateForm form = rnd.nextBoolean() ? AggregateForm.STANDARDIZED
        : AggregateForm.UNSTANDARDIZED;
    double beta = limit(rnd, 0, 3);
    double[] tau = new double[n.productCount()];
    for (int j = 0; j < tau.length; j++) {
      tau[j] = rnd.nextInt(3) == 0 ? 0.8 + 0.2 * rnd.nextDouble() : 1.0;
    }
    return new ParametricDemandSet(n.means(), n.sigmas(), tau, alpha, beta, form, gamma);
  }

  static CapacitySet parametricCapacity(Random rnd, Network n, CapacityLossKind kind) {
    double zeta = switch (kind) {
      case NONE -> 0;
      case UNITS -> rnd.nextDouble() * 150;
      case FRACTION, DETERMINISTIC -> rnd.nextDouble() * 0.4;
      case PLANTS -> rnd.nextBoolean() ? 1 : rnd.nextDouble() * 2;
    };
    return new CapacityLoss(n.capacities(), kind, zeta);
  }

  /** A box around mu +- sigma with one or two random aggregate rows. */
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
    rows.add(new LinearInequality(ones, Double.NEGATIVE_INFINITY, total * (1 + rnd.nextDouble()
        * 0.3), "total"));
    if (p >= 2) {
      double[] pair = new double[p];
      pair[0] = 1;
      pair[1] = 2;
      rows.add(new LinearInequality(pair, Double.NEGATIVE_INFINITY,
          n.product(0).mu() + 2 * n.product(1).mu() + 30, "pair"));
    }
    return PolyhedralSet.demand(p, rows);
  }

  static CapacitySet polyhedralCapacity(Random rnd, Network n) {
    int m = n.plantCount();
    double[] c0 = n.capacities();
    List<LinearInequality> rows = new ArrayList<>();
    double[] ones = new double[m];
    java.util.Arrays.fill(ones, 1);
    double total = java.util.Arrays.stream(c0).sum();
    rows.add(new LinearInequality(ones, total * (0.7 + 0.25 * rnd.nextDouble()),
        Double.POSITIVE_INFINITY, "total capacity"));
    return PolyhedralSet.capacity(c0, rows);
  }

  /** Kind 0..6: the five parametric capacity kinds, polyhedral demand, polyhedral capacity. */
  static UncertaintySet set(Random rnd, Network n, int kind) {
    CapacityLossKind[] kinds = CapacityLossKind.values();
    if (kind < kinds.length) {
      return new UncertaintySet(parametricDemand(rnd, n), parametricCapacity(rnd, n, kinds[kind]));
    }
    if (kind == kinds.length) {
      return new UncertaintySet(polyhedralDemand(rnd, n),
          parametricCapacity(rnd, n, CapacityLossKind.UNITS));
    }
    return new UncertaintySet(parametricDemand(rnd, n), polyhedralCapacity(rnd, n));
  }

  static final int SET_KINDS = CapacityLossKind.values().length + 2;
}
