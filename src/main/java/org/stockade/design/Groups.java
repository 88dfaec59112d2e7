package org.stockade.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/** Connected components ("groups") of a flexibility design, by union-find over plants+products. */
public final class Groups {
  private Groups() {}

  /**
   * The connected groups of {@code n}'s bipartite plant–product graph, ordered by their smallest
   * plant index. Every group must contain at least one plant and one product.
   */
  public static List<Group> of(Network n) {
    int m = n.plantCount();
    int[] parent = new int[m + n.productCount()];
    for (int k = 0; k < parent.length; k++) {
      parent[k] = k;
    }
    for (int i = 0; i < m; i++) {
      for (int j : n.productsOf(i)) {
        union(parent, i, m + j);
      }
    }
    Map<Integer, List<Integer>> plants = new TreeMap<>();
    Map<Integer, List<Integer>> products = new TreeMap<>();
    for (int k = 0; k < parent.length; k++) {
      int root = find(parent, k);
      (k < m ? plants : products).computeIfAbsent(root, r -> new ArrayList<>()).add(k < m ? k : k - m);
    }
    List<Group> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : plants.entrySet()) {
      List<Integer> prods = products.get(e.getKey());
      if (prods == null) {
        throw new InvalidInputException("plant '" + n.plant(e.getValue().get(0)).id()
            + "' has no arcs in the base design; every group needs a plant and a product");
      }
      out.add(new Group(toArray(e.getValue()), toArray(prods)));
    }
    for (Map.Entry<Integer, List<Integer>> e : products.entrySet()) {
      if (!plants.containsKey(e.getKey())) {
        throw new InvalidInputException("product '" + n.product(e.getValue().get(0)).id()
            + "' has no arcs in the base design; every group needs a plant and a product");
      }
    }
    out.sort((a, b) -> Integer.compare(a.plants()[0], b.plants()[0]));
    return out;
  }

  private static int[] toArray(List<Integer> l) {
    return l.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  private static int find(int[] p, int x) {
    while (p[x] != x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }

  private static void union(int[] p, int a, int b) {
    p[find(p, a)] = find(p, b);
  }
}
