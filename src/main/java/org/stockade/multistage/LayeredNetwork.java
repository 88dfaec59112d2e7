package org.stockade.multistage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.model.Product;

/**
 * An immutable layered supply network for the multi-stage service-guarantee model (m-SG,
 * Simchi-Levi, Wang & Wei 2018, §5.3; spec section 6): stages {@code 0..K-1} of nodes, the last
 * stage being the products, and arcs only from stage k to stage k+1. A unit processed at a node
 * needs one unit from any connected upstream node; stage-0 nodes draw on an unlimited source.
 *
 * <p>Nodes are indexed {@code 0..n-1} stage by stage in declaration order ("global index");
 * products {@code 0..N-1} in last-stage order; capacitated nodes {@code 0..m-1} in global order
 * (the index space of the capacity uncertainty set); inventory nodes likewise.
 */
public final class LayeredNetwork {
  private final String name;
  private final List<Stage> stages;
  private final List<Link> links;
  private final List<StageNode> nodes = new ArrayList<>();
  private final int[] stageOf;
  private final int[] stageStart;
  private final Map<String, Integer> index = new HashMap<>();
  private final int[][] preds;
  private final int[][] succs;
  private final int[] capIndex;
  private final int[] capacitated;
  private final int[] inventoryNodes;

  public LayeredNetwork(String name, List<Stage> stages, List<Link> links) {
    this.name = name == null || name.isBlank() ? "multi-stage network" : name;
    if (stages == null || stages.isEmpty()) {
      throw new InvalidInputException("the multi-stage network has no stages; declare them from"
          + " upstream to downstream, e.g. suppliers, plants, products (the last stage)");
    }
    this.stages = List.copyOf(stages);
    Map<String, Integer> stageNames = new HashMap<>();
    int k = this.stages.size();
    this.stageStart = new int[k + 1];
    List<Integer> stageList = new ArrayList<>();
    for (int s = 0; s < k; s++) {
      Stage st = this.stages.get(s);
      Integer prev = stageNames.put(st.name(), s);
      if (prev != null) {
        throw new InvalidInputException("duplicate stage name '" + st.name() + "' (stages "
            + (prev + 1) + " and " + (s + 1) + "); stage names must be unique");
      }
      stageStart[s] = nodes.size();
      boolean last = s == k - 1;
      for (StageNode v : st.nodes()) {
        Integer before = index.put(v.id(), nodes.size());
        if (before != null) {
          throw new InvalidInputException("duplicate node id '" + v.id() + "' (in stage '"
              + this.stages.get(stageList.get(before)).name() + "' and stage '" + st.name()
              + "'); node ids must be unique across all stages");
        }
        if (last && v.demand() == null) {
          throw new InvalidInputException("node '" + v.id() + "' is in the last stage '"
              + st.name() + "', so it is a product and needs demand (mu and sigma)");
        }
        if (!last && v.demand() != null) {
          throw new InvalidInputException("node '" + v.id() + "' in stage '" + st.name()
              + "' has demand (mu/sigma), but only nodes of the last stage ('"
              + this.stages.get(k - 1).name() + "') are products with demand; remove mu/sigma"
              + " or move the node to the last stage");
        }
        nodes.add(v);
        stageList.add(s);
      }
    }
    stageStart[k] = nodes.size();
    int n = nodes.size();
    this.stageOf = stageList.stream().mapToInt(Integer::intValue).toArray();
    Set<Link> unique = new LinkedHashSet<>();
    List<List<Integer>> p = new ArrayList<>();
    List<List<Integer>> q = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      p.add(new ArrayList<>());
      q.add(new ArrayList<>());
    }
    int a = 0;
    for (Link l : links == null ? List.<Link>of() : links) {
      a++;
      int u = endpoint(l.from(), a, l);
      int w = endpoint(l.to(), a, l);
      if (stageOf[w] != stageOf[u] + 1) {
        String su = stageLabel(stageOf[u]);
        String sw = stageLabel(stageOf[w]);
        if (stageOf[w] > stageOf[u]) {
          throw new InvalidInputException("arc " + a + " " + l.from() + " -> " + l.to()
              + " skips a stage: " + l.from() + " is in " + su + " and " + l.to() + " in " + sw
              + "; arcs connect consecutive stages only (stage k to stage k+1): add a node in"
              + " between or correct the arc");
        }
        throw new InvalidInputException("arc " + a + " " + l.from() + " -> " + l.to()
            + " does not go downstream: " + l.from() + " is in " + su + " and " + l.to() + " in "
            + sw + "; write arcs from an upstream node to a node of the next stage");
      }
      if (unique.add(l)) {
        p.get(w).add(u);
        q.get(u).add(w);
      }
    }
    this.links = List.copyOf(unique);
    this.preds = p.stream().map(x -> x.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
    this.succs = q.stream().map(x -> x.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
    this.capIndex = new int[n];
    List<Integer> caps = new ArrayList<>();
    List<Integer> inv = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      capIndex[v] = -1;
      if (nodes.get(v).capacitated()) {
        capIndex[v] = caps.size();
        caps.add(v);
      }
      if (nodes.get(v).inventoryAllowed()) {
        inv.add(v);
      }
    }
    this.capacitated = caps.stream().mapToInt(Integer::intValue).toArray();
    this.inventoryNodes = inv.stream().mapToInt(Integer::intValue).toArray();
  }

  private int endpoint(String id, int arc, Link l) {
    Integer v = index.get(id);
    if (v == null) {
      throw new InvalidInputException("arc " + arc + " " + l.from() + " -> " + l.to()
          + ": node '" + id + "' is not declared; declared nodes: "
          + Network.describeIds(index.keySet()));
    }
    return v;
  }

  private String stageLabel(int s) {
    return "stage " + (s + 1) + " '" + stages.get(s).name() + "'";
  }

  /**
   * The single-stage SG network as a layered one: stage "plants" (capacitated, no inventory)
   * feeding stage "products" (uncapacitated, inventory allowed at holding cost h_j). Its m-SG
   * optimum equals the SG optimum; capacitated nodes are the plants in order.
   */
  public static LayeredNetwork fromNetwork(Network n) {
    List<StageNode> plants = new ArrayList<>();
    for (int i = 0; i < n.plantCount(); i++) {
      plants.add(StageNode.facility(n.plant(i).id(), n.plant(i).capacity()));
    }
    List<StageNode> products = new ArrayList<>();
    for (Product p : n.products()) {
      products.add(new StageNode(p.id(), Double.POSITIVE_INFINITY, p.holdingCost(), true,
          new Demand(p.mu(), p.sigma(), p.group())));
    }
    List<Link> links = n.arcs().stream().map(x -> new Link(x.plant(), x.product())).toList();
    return new LayeredNetwork(n.name(), List.of(new Stage("plants", plants),
        new Stage("products", products)), links);
  }

  /** The same stages with another set of arcs. */
  public LayeredNetwork withLinks(List<Link> newLinks) {
    return new LayeredNetwork(name, stages, newLinks);
  }

  public String name() {
    return name;
  }

  public List<Stage> stages() {
    return stages;
  }

  public List<Link> links() {
    return links;
  }

  public int stageCount() {
    return stages.size();
  }

  public int nodeCount() {
    return nodes.size();
  }

  public StageNode node(int v) {
    return nodes.get(v);
  }

  public int stageOf(int v) {
    return stageOf[v];
  }

  /** Global index of the first node of stage {@code s} ({@code s = stageCount()}: n). */
  public int stageStart(int s) {
    return stageStart[s];
  }

  public int indexOf(String id) {
    Integer v = index.get(id);
    if (v == null) {
      throw new InvalidInputException("node '" + id + "' is not declared; declared nodes: "
          + Network.describeIds(index.keySet()));
    }
    return v;
  }

  public boolean contains(String id) {
    return index.containsKey(id);
  }

  /** Upstream neighbours of {@code v}. Do not modify. */
  public int[] preds(int v) {
    return preds[v];
  }

  /** Downstream neighbours of {@code v}. Do not modify. */
  public int[] succs(int v) {
    return succs[v];
  }

  public int productCount() {
    return stageStart[stages.size()] - stageStart[stages.size() - 1];
  }

  /** Global index of product {@code j}. */
  public int productNode(int j) {
    return stageStart[stages.size() - 1] + j;
  }

  /** Product index of node {@code v}, or -1 if {@code v} is not a product. */
  public int productIndex(int v) {
    int f = stageStart[stages.size() - 1];
    return v >= f ? v - f : -1;
  }

  public int capacitatedCount() {
    return capacitated.length;
  }

  /** Global index of capacitated node {@code k}. */
  public int capacitatedNode(int k) {
    return capacitated[k];
  }

  /** Index of {@code v} among capacitated nodes, or -1 if uncapacitated. */
  public int capacityIndex(int v) {
    return capIndex[v];
  }

  /** Global indices of the nodes where inventory is allowed. Do not modify. */
  public int[] inventoryNodes() {
    return inventoryNodes;
  }

  /** Nominal capacities of the capacitated nodes (capacity-set order). */
  public double[] capacities() {
    double[] c = new double[capacitated.length];
    for (int k = 0; k < c.length; k++) {
      c[k] = nodes.get(capacitated[k]).capacity();
    }
    return c;
  }

  public double[] means() {
    double[] m = new double[productCount()];
    for (int j = 0; j < m.length; j++) {
      m[j] = nodes.get(productNode(j)).demand().mu();
    }
    return m;
  }

  public double[] sigmas() {
    double[] m = new double[productCount()];
    for (int j = 0; j < m.length; j++) {
      m[j] = nodes.get(productNode(j)).demand().sigma();
    }
    return m;
  }

  public String id(int v) {
    return nodes.get(v).id();
  }

  /** Ids of the nodes in {@code s} (global indices). */
  public List<String> ids(BitSet s) {
    return s.stream().mapToObj(this::id).toList();
  }

  @Override
  public String toString() {
    return "LayeredNetwork[" + name + ": " + stages.size() + " stages, " + nodes.size()
        + " nodes, " + links.size() + " arcs]";
  }
}
