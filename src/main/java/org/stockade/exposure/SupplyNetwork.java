package org.stockade.exposure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stockade.model.InvalidInputException;

/**
 * An immutable, validated multi-tier network: nodes (suppliers, plants, finished products) and
 * bill-of-materials edges, the input of the risk-exposure model (spec section 1; Simchi-Levi,
 * Schmidt &amp; Wei, HBR 2014; Simchi-Levi et al., Interfaces 2015).
 *
 * <p>Validation rejects duplicate ids, edges naming unknown nodes, repeated edges, edges out of a
 * product, plants or products without inputs, cycles (the message names the cycle), networks
 * without products, and nodes of one facility giving different capacities. Suppliers and plants
 * that feed nothing are accepted with a warning ({@link #warnings()}).
 */
public final class SupplyNetwork {
  private final String name;
  private final List<Node> nodes;
  private final List<Edge> edges;
  private final List<String> warnings;
  private final Map<String, Integer> index = new HashMap<>();
  private final int[][] out;
  private final int[][] in;
  private final int[][][] groups;
  private final int[] facilityOf;
  private final int[][] facilityMembers;
  private final String[] facilityIds;
  private final int[] topo;
  private final int[] src;
  private final int[] dst;

  public SupplyNetwork(String name, List<Node> nodes, List<Edge> edges) {
    this.name = name == null || name.isBlank() ? "network" : name;
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
    int n = this.nodes.size();
    for (int j = 0; j < n; j++) {
      Integer prev = index.put(this.nodes.get(j).id(), j);
      if (prev != null) {
        throw new InvalidInputException("duplicate node id '" + this.nodes.get(j).id()
            + "' (nodes " + (prev + 1) + " and " + (j + 1) + "); give every node its own id");
      }
    }
    if (this.nodes.stream().noneMatch(Node::isProduct)) {
      throw new InvalidInputException("the network has no products; add at least one node with"
          + " kind: product, demand and margin");
    }
    List<List<Integer>> outL = lists(n);
    List<List<Integer>> inL = lists(n);
    Set<String> seen = new HashSet<>();
    src = new int[this.edges.size()];
    dst = new int[this.edges.size()];
    for (int e = 0; e < this.edges.size(); e++) {
      Edge ed = this.edges.get(e);
      int f = requireNode(ed.from(), ed, "from");
      int t = requireNode(ed.to(), ed, "to");
      if (this.nodes.get(f).isProduct()) {
        throw new InvalidInputException("edge " + ed.from() + " -> " + ed.to() + ": '"
            + ed.from() + "' is a finished product and feeds nothing; make it a plant or"
            + " remove the edge");
      }
      if (!seen.add(ed.from() + "\u0000" + ed.to())) {
        throw new InvalidInputException("edge " + ed.from() + " -> " + ed.to() + " is given"
            + " twice; keep one (add quantities if both are needed)");
      }
      src[e] = f;
      dst[e] = t;
      outL.get(f).add(e);
      inL.get(t).add(e);
    }
    out = arrays(outL);
    in = arrays(inL);
    groups = new int[n][][];
    for (int j = 0; j < n; j++) {
      Map<String, List<Integer>> g = new LinkedHashMap<>();
      for (int e : in[j]) {
        g.computeIfAbsent(this.edges.get(e).group(), k -> new ArrayList<>()).add(e);
      }
      groups[j] = g.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
          .toArray(int[][]::new);
      Node node = this.nodes.get(j);
      if (node.kind() != NodeKind.SUPPLIER && in[j].length == 0) {
        throw new InvalidInputException(node.kind().label() + " '" + node.id() + "' has no"
            + " inputs; add an edge into it, or make it kind: supplier");
      }
    }
    topo = topologicalOrder();
    List<String> w = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      Node node = this.nodes.get(j);
      if (!node.isProduct() && out[j].length == 0) {
        w.add(node.kind().label() + " '" + node.id() + "' feeds nothing; it cannot affect any"
            + " product");
      }
    }
    warnings = List.copyOf(w);
    Map<String, List<Integer>> fac = new LinkedHashMap<>();
    facilityOf = new int[n];
    Arrays.fill(facilityOf, -1);
    for (int j = 0; j < n; j++) {
      String f = this.nodes.get(j).facility();
      if (f != null) {
        fac.computeIfAbsent(f, k -> new ArrayList<>()).add(j);
      }
    }
    facilityIds = fac.keySet().toArray(String[]::new);
    facilityMembers = new int[facilityIds.length][];
    for (int f = 0; f < facilityIds.length; f++) {
      facilityMembers[f] = fac.get(facilityIds[f]).stream().mapToInt(Integer::intValue).toArray();
      double c = this.nodes.get(facilityMembers[f][0]).capacity();
      for (int j : facilityMembers[f]) {
        facilityOf[j] = f;
        if (this.nodes.get(j).capacity() != c) {
          throw new InvalidInputException("facility '" + facilityIds[f] + "': nodes '"
              + this.nodes.get(facilityMembers[f][0]).id() + "' and '" + this.nodes.get(j).id()
              + "' give different capacities (" + c + " and " + this.nodes.get(j).capacity()
              + "); a facility's capacity is shared, so give all its nodes the same value");
        }
      }
    }
  }

  private int requireNode(String id, Edge ed, String field) {
    Integer k = index.get(id);
    if (k == null) {
      throw new InvalidInputException("edge " + ed.from() + " -> " + ed.to() + ": " + field
          + " node '" + id + "' is not defined; add it to the nodes or fix the id");
    }
    return k;
  }

  /** Kahn's order (inputs before the nodes they feed); a cycle is reported by its nodes. */
  private int[] topologicalOrder() {
    int n = nodes.size();
    int[] indeg = new int[n];
    for (int j = 0; j < n; j++) {
      indeg[j] = in[j].length;
    }
    Deque<Integer> ready = new ArrayDeque<>();
    for (int j = 0; j < n; j++) {
      if (indeg[j] == 0) {
        ready.add(j);
      }
    }
    int[] order = new int[n];
    int k = 0;
    while (!ready.isEmpty()) {
      int i = ready.poll();
      order[k++] = i;
      for (int e : out[i]) {
        int t = to(e);
        if (--indeg[t] == 0) {
          ready.add(t);
        }
      }
    }
    if (k < n) {
      throw new InvalidInputException("the edges form a cycle: " + describeCycle(indeg)
          + "; a bill of materials cannot loop, remove one of these edges");
    }
    return order;
  }

  /** Walks backwards along inputs among the nodes left with indegree > 0 until one repeats. */
  private String describeCycle(int[] indeg) {
    int start = 0;
    while (indeg[start] == 0) {
      start++;
    }
    Map<Integer, Integer> pos = new HashMap<>();
    List<Integer> path = new ArrayList<>();
    int cur = start;
    while (!pos.containsKey(cur)) {
      pos.put(cur, path.size());
      path.add(cur);
      int next = -1;
      for (int e : in[cur]) {
        if (indeg[from(e)] > 0) {
          next = from(e);
          break;
        }
      }
      cur = next;
    }
    List<Integer> cycle = new ArrayList<>(path.subList(pos.get(cur), path.size()));
    Collections.reverse(cycle);
    StringBuilder sb = new StringBuilder();
    for (int j : cycle) {
      sb.append(nodes.get(j).id()).append(" -> ");
    }
    return sb.append(nodes.get(cycle.get(0)).id()).toString();
  }

  private static List<List<Integer>> lists(int n) {
    List<List<Integer>> l = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      l.add(new ArrayList<>());
    }
    return l;
  }

  private static int[][] arrays(List<List<Integer>> l) {
    return l.stream().map(x -> x.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  public String name() {
    return name;
  }

  public List<Node> nodes() {
    return nodes;
  }

  public List<Edge> edges() {
    return edges;
  }

  /** Non-fatal findings, e.g. suppliers that feed nothing. */
  public List<String> warnings() {
    return warnings;
  }

  public int size() {
    return nodes.size();
  }

  public Node node(int j) {
    return nodes.get(j);
  }

  /** Index of node {@code id}; throws a user-facing error naming the id if unknown. */
  public int indexOf(String id) {
    Integer k = index.get(id);
    if (k == null) {
      throw new InvalidInputException("node '" + id + "' is not in network '" + name + "'");
    }
    return k;
  }

  public boolean contains(String id) {
    return index.containsKey(id);
  }

  int from(int e) {
    return src[e];
  }

  int to(int e) {
    return dst[e];
  }

  /** Edges out of node {@code i}. */
  int[] outEdges(int i) {
    return out[i];
  }

  /** Edges into node {@code j}. */
  int[] inEdges(int j) {
    return in[j];
  }

  /** Input groups of node {@code j}: each an array of alternate edges. */
  int[][] inputGroups(int j) {
    return groups[j];
  }

  /** Facility index of node {@code j}, or -1. */
  int facilityOf(int j) {
    return facilityOf[j];
  }

  int facilityCount() {
    return facilityIds.length;
  }

  int[] facilityMembers(int f) {
    return facilityMembers[f];
  }

  String facilityId(int f) {
    return facilityIds[f];
  }

  /** Node indices with every node after all of its inputs. */
  int[] topologicalOrder(boolean copy) {
    return copy ? topo.clone() : topo;
  }

  /** Indices of the nodes of facility {@code id}, or null if no such facility. */
  public List<String> facilityNodes(String id) {
    for (int f = 0; f < facilityIds.length; f++) {
      if (facilityIds[f].equals(id)) {
        return Arrays.stream(facilityMembers[f]).mapToObj(j -> nodes.get(j).id()).toList();
      }
    }
    return null;
  }

  /** The same network with node {@code j} holding inventory {@code s}. */
  public SupplyNetwork withInventory(int j, double s) {
    List<Node> copy = new ArrayList<>(nodes);
    copy.set(j, nodes.get(j).withInventory(s));
    return new SupplyNetwork(name, copy, edges);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SupplyNetwork s && s.nodes.equals(nodes) && s.edges.equals(edges);
  }

  @Override
  public int hashCode() {
    return nodes.hashCode() * 31 + edges.hashCode();
  }

  @Override
  public String toString() {
    return "SupplyNetwork[" + name + ", " + nodes.size() + " nodes, " + edges.size() + " edges]";
  }
}
