package org.stockade.multistage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.stockade.testing.RandomInstances;
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

  /** See {@link RandomInstances#set(Random, double[], double[], double[], int, boolean)}. */
  static UncertaintySet set(Random rnd, double[] mu, double[] sigma, double[] c0, int kind) {
    return RandomInstances.set(rnd, mu, sigma, c0, kind, false);
  }

  static final int SET_KINDS = RandomInstances.SET_KINDS;

  static MsgProblem problem(Random rnd, LayeredNetwork net, int kind, double delta) {
    return new MsgProblem(net, set(rnd, net.means(), net.sigmas(), net.capacities(), kind),
        delta);
  }
}
