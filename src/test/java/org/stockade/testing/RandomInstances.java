package org.stockade.testing;

import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * Seeded random networks and uncertainty sets of every kind, shared by the tests of all
 * packages. Every method draws from the given {@link Random} in a fixed order, so a seed always
 * gives the same instance.
 */
public final class RandomInstances {
  /** Capacities {@code 20 + [0, 200)} and means {@code 10 + [0, 150)}: the default sizes. */
  public static final int CAPACITY_SPREAD = 200;
  public static final int MEAN_SPREAD = 150;

  private RandomInstances() {}

  /** A network of the default sizes; each arc present with probability arcProbability. */
  public static Network network(Random rnd, int plants, int products, double arcProbability) {
    return network(rnd, plants, products, arcProbability, CAPACITY_SPREAD, MEAN_SPREAD);
  }

  /**
   * Plants {@code P1..} with capacity {@code 20 + rnd.nextInt(capacitySpread)}; products
   * {@code V1..} with mean {@code 10 + rnd.nextInt(meanSpread)}, coefficient of variation 0,
   * 0.25 or 0.5 and holding cost 1 or in [0.5, 2.5); then {@link #arcs}.
   */
  public static Network network(Random rnd, int plants, int products, double arcProbability,
      int capacitySpread, int meanSpread) {
    List<Plant> pl = new ArrayList<>();
    for (int i = 1; i <= plants; i++) {
      pl.add(new Plant("P" + i, 20 + rnd.nextInt(capacitySpread)));
    }
    List<Product> pr = new ArrayList<>();
    for (int j = 1; j <= products; j++) {
      double mu = 10 + rnd.nextInt(meanSpread);
      double cv = rnd.nextInt(5) == 0 ? 0 : (rnd.nextBoolean() ? 0.5 : 0.25);
      double h = rnd.nextInt(3) == 0 ? 0.5 + rnd.nextDouble() * 2 : 1.0;
      pr.add(new Product("V" + j, mu, cv * mu, h, null));
    }
    return new Network("random", pl, pr, arcs(rnd, plants, products, arcProbability));
  }

  /**
   * Arcs between plants {@code P1..Pm} and products {@code V1..Vp}, plant by plant, each present
   * with the given probability (one {@code nextDouble} per pair).
   */
  public static List<Arc> arcs(Random rnd, int plants, int products, double probability) {
    List<Arc> arcs = new ArrayList<>();
    for (int i = 1; i <= plants; i++) {
      for (int j = 1; j <= products; j++) {
        if (rnd.nextDouble() < probability) {
          arcs.add(new Arc("P" + i, "V" + j));
        }
      }
    }
    return arcs;
  }

  /** A number in [lo, hi), or (one time in four) +infinity. */
  public static double limit(Random rnd, double lo, double hi) {
    return rnd.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : lo + rnd.nextDouble() * (hi - lo);
  }

  /** Parametric demand of any flavour (alpha and gamma not both absent). */
  public static DemandSet parametricDemand(Random rnd, Network n) {
    return parametricDemand(rnd, n.means(), n.sigmas());
  }

  /**
   * Parametric demand around {@code mu} with deviations {@code sigma}: alpha, beta, gamma each
   * finite or absent (alpha and gamma not both absent), either aggregate form, and service
   * levels 1 or in [0.8, 1).
   */
  public static DemandSet parametricDemand(Random rnd, double[] mu, double[] sigma) {
    double alpha = limit(rnd, 0.5, 3);
    double gamma = alpha == Double.POSITIVE_INFINITY ? 1 + rnd.nextDouble() * 4
        : limit(rnd, 0.5, 6);
    AggregateForm form = rnd.nextBoolean() ? AggregateForm.STANDARDIZED
        : AggregateForm.UNSTANDARDIZED;
    double beta = limit(rnd, 0, 3);
    double[] tau = new double[mu.length];
    for (int j = 0; j < tau.length; j++) {
      tau[j] = rnd.nextInt(3) == 0 ? 0.8 + 0.2 * rnd.nextDouble() : 1.0;
    }
    return new ParametricDemandSet(mu, sigma, tau, alpha, beta, form, gamma);
  }

  /** A capacity-loss set of the given kind, up to 150 units or 2 plants lost. */
  public static CapacitySet parametricCapacity(Random rnd, Network n, CapacityLossKind kind) {
    return parametricCapacity(rnd, n.capacities(), kind, 150, 2);
  }

  /**
   * A capacity-loss set of the given kind on capacities {@code c0}: zeta in [0, maxUnits) for
   * units, in [0, 0.4) for fractions, and 1 or in [0, maxPlants) for plants.
   */
  public static CapacitySet parametricCapacity(Random rnd, double[] c0, CapacityLossKind kind,
      double maxUnits, double maxPlants) {
    double zeta = switch (kind) {
      case NONE -> 0;
      case UNITS -> rnd.nextDouble() * maxUnits;
      case FRACTION, DETERMINISTIC -> rnd.nextDouble() * 0.4;
      case PLANTS -> rnd.nextBoolean() ? 1 : rnd.nextDouble() * maxPlants;
    };
    return new CapacityLoss(c0, kind, zeta);
  }

  /** A box around mu +- sigma with one or two random aggregate rows. */
  public static DemandSet polyhedralDemand(Random rnd, Network n) {
    return polyhedralDemand(rnd, n.means(), n.sigmas(), true);
  }

  /**
   * A box {@code [mu - s, mu + 2s]} ({@code s = max(1, sigma)}) with a random total-demand row
   * and, when {@code pairRow} and there are two products or more, the row
   * {@code d1 + 2 d2 <= mu1 + 2 mu2 + 30}.
   */
  public static DemandSet polyhedralDemand(Random rnd, double[] mu, double[] sigma,
      boolean pairRow) {
    int p = mu.length;
    List<LinearInequality> rows = new ArrayList<>();
    double total = 0;
    for (int j = 0; j < p; j++) {
      double[] e = new double[p];
      e[j] = 1;
      double s = Math.max(1, sigma[j]);
      rows.add(new LinearInequality(e, mu[j] - s, mu[j] + 2 * s, "box" + j));
      total += mu[j];
    }
    double[] ones = new double[p];
    Arrays.fill(ones, 1);
    rows.add(new LinearInequality(ones, Double.NEGATIVE_INFINITY, total * (1 + rnd.nextDouble()
        * 0.3), "total"));
    if (pairRow && p >= 2) {
      double[] pair = new double[p];
      pair[0] = 1;
      pair[1] = 2;
      rows.add(new LinearInequality(pair, Double.NEGATIVE_INFINITY, mu[0] + 2 * mu[1] + 30,
          "pair"));
    }
    return PolyhedralSet.demand(p, rows);
  }

  /** Total capacity at least 70-95% of the nominal total {@code sum c0}. */
  public static CapacitySet polyhedralCapacity(Random rnd, double[] c0) {
    List<LinearInequality> rows = new ArrayList<>();
    double[] ones = new double[c0.length];
    Arrays.fill(ones, 1);
    double total = Arrays.stream(c0).sum();
    rows.add(new LinearInequality(ones, total * (0.7 + 0.25 * rnd.nextDouble()),
        Double.POSITIVE_INFINITY, "total capacity"));
    return PolyhedralSet.capacity(c0, rows);
  }

  /** Kind 0..6: the five parametric capacity kinds, polyhedral demand, polyhedral capacity. */
  public static UncertaintySet set(Random rnd, Network n, int kind) {
    return set(rnd, n.means(), n.sigmas(), n.capacities(), kind, true);
  }

  /**
   * Kind 0..{@link #SET_KINDS}-1: parametric demand with each of the five capacity-loss kinds,
   * polyhedral demand with unit loss, parametric demand with polyhedral capacity. Without
   * capacities ({@code c0} empty) the capacity kind is taken modulo five.
   */
  public static UncertaintySet set(Random rnd, double[] mu, double[] sigma, double[] c0,
      int kind, boolean pairRow) {
    CapacityLossKind[] kinds = CapacityLossKind.values();
    if (kind < kinds.length || c0.length == 0) {
      return new UncertaintySet(parametricDemand(rnd, mu, sigma),
          parametricCapacity(rnd, c0, kinds[kind % kinds.length], 150, 2));
    }
    if (kind == kinds.length) {
      return new UncertaintySet(polyhedralDemand(rnd, mu, sigma, pairRow),
          parametricCapacity(rnd, c0, CapacityLossKind.UNITS, 150, 2));
    }
    return new UncertaintySet(parametricDemand(rnd, mu, sigma), polyhedralCapacity(rnd, c0));
  }

  public static final int SET_KINDS = CapacityLossKind.values().length + 2;
}
