package org.stockade.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.stockade.model.Arc;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/**
 * Flexibility-design generators (spec sections 4–5). Each returns the arcs of a design over the
 * plants and products of a given network; combine with {@link Network#withArcs}.
 */
public final class Designs {
  private Designs() {}

  /** Dedicated design: plant {@code i} makes product {@code i} (needs M = N). */
  public static List<Arc> dedicated(Network n) {
    return kChain(n, 1);
  }

  /**
   * K-chain (spec section 4): plant {@code i} makes products {@code i, i+1, ..., i+K-1 (mod N)}.
   * K = 1 is dedicated, K = N full flexibility. Needs as many plants as products.
   */
  public static List<Arc> kChain(Network n, int k) {
    int m = n.plantCount();
    int p = n.productCount();
    if (m != p) {
      throw new InvalidInputException("a K-chain needs as many plants as products; this network"
          + " has " + m + " plants and " + p + " products (use generalized:K for a chain over"
          + " the base design's groups)");
    }
    if (k < 1 || k > p) {
      throw new InvalidInputException("K of a K-chain must be in 1.." + p + ", got " + k);
    }
    List<Arc> arcs = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      for (int s = 0; s < k; s++) {
        arcs.add(new Arc(n.plant(i).id(), n.product((i + s) % p).id()));
      }
    }
    return arcs;
  }

  /** Full flexibility: every plant makes every product. */
  public static List<Arc> full(Network n) {
    List<Arc> arcs = new ArrayList<>();
    for (int i = 0; i < n.plantCount(); i++) {
      for (int j = 0; j < n.productCount(); j++) {
        arcs.add(new Arc(n.plant(i).id(), n.product(j).id()));
      }
    }
    return arcs;
  }

  /**
   * Generalized K-chain over the connected groups of a base design (spec section 5): draw a
   * random order of the {@code G} groups; for each group {@code g} (in that order) and each of the
   * next {@code K-1} groups {@code g'} (cyclically), add an arc from a random plant of {@code g} to
   * a random product of {@code g'}. K = 1 returns the base design; K is capped at G (a K above G
   * would only repeat groups, so it is rejected).
   *
   * @param base network whose arcs define the groups and are kept
   * @param seed seed of the {@link Random} generator (recorded by callers in their results)
   */
  public static List<Arc> generalizedChain(Network base, int k, long seed) {
    List<Group> groups = Groups.of(base);
    if (k < 1 || k > groups.size()) {
      throw new InvalidInputException("K of a generalized chain must be in 1.." + groups.size()
          + " (the base design has " + groups.size() + " connected groups), got " + k);
    }
    List<Arc> arcs = new ArrayList<>(base.arcs());
    List<Group> order = new ArrayList<>(groups);
    Random rnd = new Random(seed);
    java.util.Collections.shuffle(order, rnd);
    int g = order.size();
    for (int a = 0; a < g; a++) {
      Group from = order.get(a);
      for (int s = 1; s < k; s++) {
        Group to = order.get((a + s) % g);
        int plant = from.plants()[rnd.nextInt(from.plants().length)];
        int product = to.products()[rnd.nextInt(to.products().length)];
        arcs.add(new Arc(base.plant(plant).id(), base.product(product).id()));
      }
    }
    return arcs;
  }
}
