package org.stockade.multistage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLoss;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.CapacitySet;
import org.stockade.uncertainty.DemandSet;
import org.stockade.uncertainty.LinearInequality;
import org.stockade.uncertainty.ParametricDemandSet;
import org.stockade.uncertainty.PolyhedralSet;
import org.stockade.uncertainty.UncertaintySet;

/** Seeded random layered networks and uncertainty sets for m-SG tests. */
final class MsgInstances {
  private MsgInstances() {}

  /**
   * Random layered network with the given stage sizes (last = products). Upstream nodes are
   * mostly capacitated, some allow inventory; products mostly uncapacitated with inventory.
   */
  static LayeredNetwork network(Random rnd, int[] sizes, double arcProbability) {
    List<Stage> stages = new ArrayList<>();
    List<List<String>> ids = new ArrayList<>();
    for (int s = 0; s < sizes.length; s++) {
      boolean last = s == sizes.length - 1;
      List<StageNode> nodes = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int k = 1; k <= sizes[s]; k++) {
        String id = (last ? "V" : "N" + (s + 1) + "_") + k;
        names.add(id);
        double h = rnd.nextInt(3) == 0 ? 0.3 + 1.7 * rnd.nextDouble() : 1.0;
        if (last) {
          double mu = 10 + rnd.nextInt(120);
          double cv = rnd.nextInt(5) == 0 ? 0 : (rnd.nextBoolean() ? 0.5 : 0.25);
          double cap = rnd.nextInt(5) == 0 ? 40 + rnd.nextInt(150) : Double.POSITIVE_INFINITY;
          nodes.add(new StageNode(id, cap, h, rnd.nextInt(8) != 0,
              new Demand(mu, cv * mu, null)));
        } else {
          double cap = rnd.nextInt(8) == 0 ? Double.POSITIVE_INFINITY : 20 + rnd.nextInt(200);
          nodes.add(new StageNode(id, cap, h, rnd.nextInt(3) == 0, null));
        }
      }
      stages.add(new Stage(last ? "products" : "stage" + (s + 1), nodes));
      ids.add(names);
    }
    List<Link> links = new ArrayList<>();
    for (int s = 0; s + 1 < sizes.length; s++) {
      for (String w : ids.get(s + 1)) {
        boolean any = false;
        for (String u : ids.get(s)) {
          if (rnd.nextDouble() < arcProbability) {
            links.add(new Link(u, w));
            any = true;
          }
        }
        if (!any && rnd.nextInt(4) != 0) {
          links.add(new Link(ids.get(s).get(rnd.nextInt(sizes[s])), w));
        }
      }
    }
    return new LayeredNetwork("random", stages, links);
  }

  static double limit(Random rnd, double lo, double hi) {
    return rnd.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : lo + rnd.nextDouble() * (hi - lo);
  }

  static DemandSet parametricDemand(Random rnd, double[] mu, double[] sigma) {
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

  static CapacitySet parametricCapacity(Random rnd, double[] c0, CapacityLossKind kind) {
    double zeta = switch (kind) {
      case NONE -> 0;
      case UNITS -> rnd.nextDouble() * 150;
      case FRACTION, DETERMINISTIC -> rnd.nextDouble() * 0.4;
      case PLANTS -> rnd.nextBoolean() ? 1 : rnd.nextDouble() * 2;
    };
    return new CapacityLoss(c0, kind, zeta);
  }

  static DemandSet polyhedralDemand(Random rnd, double[] mu, double[] sigma) {
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
    rows.add(new LinearInequality(ones, Double.NEGATIVE_INFINITY,
        total * (1 + rnd.nextDouble() * 0.3), "total"));
    return PolyhedralSet.demand(p, rows);
  }

  static CapacitySet polyhedralCapacity(Random rnd, double[] c0) {
    List<LinearInequality> rows = new ArrayList<>();
    double[] ones = new double[c0.length];
    Arrays.fill(ones, 1);
    double total = Arrays.stream(c0).sum();
    rows.add(new LinearInequality(ones, total * (0.7 + 0.25 * rnd.nextDouble()),
        Double.POSITIVE_INFINITY, "total capacity"));
    return PolyhedralSet.capacity(c0, rows);
  }

  /** Kind 0..6: the five parametric capacity kinds, polyhedral demand, polyhedral capacity. */
  static UncertaintySet set(Random rnd, double[] mu, double[] sigma, double[] c0, int kind) {
    CapacityLossKind[] kinds = CapacityLossKind.values();
    if (kind < kinds.length || c0.length == 0) {
      return new UncertaintySet(parametricDemand(rnd, mu, sigma),
          parametricCapacity(rnd, c0, kinds[kind % kinds.length]));
    }
    if (kind == kinds.length) {
      return new UncertaintySet(polyhedralDemand(rnd, mu, sigma),
          parametricCapacity(rnd, c0, CapacityLossKind.UNITS));
    }
    return new UncertaintySet(parametricDemand(rnd, mu, sigma), polyhedralCapacity(rnd, c0));
  }

  static final int SET_KINDS = CapacityLossKind.values().length + 2;

  static MsgProblem problem(Random rnd, LayeredNetwork net, int kind, double delta) {
    return new MsgProblem(net, set(rnd, net.means(), net.sigmas(), net.capacities(), kind),
        delta);
  }
}
