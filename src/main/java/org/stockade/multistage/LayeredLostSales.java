package org.stockade.multistage;

import java.util.BitSet;
import java.util.Set;
import org.jgrapht.alg.flow.DinicMFImpl;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm.MaximumFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.stockade.model.InvalidInputException;

/**
 * Second-stage lost sales of the m-SG model (spec section 6): {@code L(r, d, c) = sum_j d_j -
 * maxflow} on the node-split layered network: source → v_in (∞) for stage-0 nodes, v_in → v_out
 * with capacity {@code c_v} (∞ if uncapacitated), source → v_out with capacity {@code r_v}
 * (inventory enters at the node's output), u_out → w_in (∞) for every arc, and product
 * j_out → sink with capacity {@code d_j}. Uses JGraphT's Dinic maximum flow and returns the
 * minimum cut (JGraphT's source partition: the smallest source side).
 */
public final class LayeredLostSales {
  private LayeredLostSales() {}

  /**
   * Lost sales, the minimum cut and units served per product.
   *
   * @param cut B = nodes whose output is on the sink side, A = nodes whose input is
   */
  public record Evaluation(double lostSales, Cut cut, double[] served) {
    public Evaluation {
      served = served.clone();
    }

    @Override
    public double[] served() {
      return served.clone();
    }
  }

  /**
   * @param r inventory per node (global index; 0 where inventory is not allowed)
   * @param d demand per product
   * @param c capacity per capacitated node (capacity-set order)
   */
  public static Evaluation evaluate(LayeredNetwork net, double[] r, double[] d, double[] c) {
    int n = net.nodeCount();
    check("inventory r", r, n);
    checkFinite("demand d", d, net.productCount());
    check("capacity c", c, net.capacitatedCount());
    for (int v = 0; v < n; v++) {
      if (r[v] > 0 && !net.node(v).inventoryAllowed()) {
        throw new InvalidInputException("inventory " + r[v] + " at node '" + net.id(v)
            + "', where inventory is not allowed");
      }
    }
    double big = 1;
    for (double x : r) {
      big += x;
    }
    for (double x : c) {
      big += x;
    }
    for (double x : d) {
      big += Math.max(0, x);
    }
    SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> g =
        new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    int source = 2 * n;
    int sink = 2 * n + 1;
    for (int x = 0; x <= sink; x++) {
      g.addVertex(x);
    }
    double total = 0;
    for (int v = 0; v < n; v++) {
      int in = 2 * v;
      int out = 2 * v + 1;
      if (net.stageOf(v) == 0) {
        g.setEdgeWeight(g.addEdge(source, in), big);
      }
      int k = net.capacityIndex(v);
      g.setEdgeWeight(g.addEdge(in, out), k >= 0 ? c[k] : big);
      if (net.node(v).inventoryAllowed()) {
        g.setEdgeWeight(g.addEdge(source, out), r[v]);
      }
      for (int w : net.succs(v)) {
        g.setEdgeWeight(g.addEdge(out, 2 * w), big);
      }
      int j = net.productIndex(v);
      if (j >= 0) {
        double dj = Math.max(0, d[j]); // negative demand loses nothing
        g.setEdgeWeight(g.addEdge(out, sink), dj);
        total += dj;
      }
    }
    DinicMFImpl<Integer, DefaultWeightedEdge> alg = new DinicMFImpl<>(g, 1e-12);
    MaximumFlow<DefaultWeightedEdge> flow = alg.getMaximumFlow(source, sink);
    Set<Integer> sourceSide = alg.getSourcePartition();
    BitSet b = new BitSet(n);
    BitSet a = new BitSet(n);
    for (int v = 0; v < n; v++) {
      if (!sourceSide.contains(2 * v + 1)) {
        b.set(v);
      }
      if (!sourceSide.contains(2 * v)) {
        a.set(v);
      }
    }
    double[] served = new double[net.productCount()];
    for (int j = 0; j < served.length; j++) {
      served[j] = flow.getFlowMap().getOrDefault(
          g.getEdge(2 * net.productNode(j) + 1, sink), 0.0);
    }
    a.and(b); // an input on the sink side with its output on the source side cuts nothing
    return new Evaluation(Math.max(0, total - flow.getValue()), Cut.of(net, b, a), served);
  }

  private static void checkFinite(String what, double[] v, int len) {
    if (v.length != len) {
      throw new InvalidInputException(what + " has " + v.length + " entries, expected " + len);
    }
    for (int k = 0; k < v.length; k++) {
      if (!Double.isFinite(v[k])) {
        throw new InvalidInputException(what + "[" + (k + 1) + "] must be finite, got " + v[k]);
      }
    }
  }

  private static void check(String what, double[] v, int len) {
    checkFinite(what, v, len);
    for (int k = 0; k < v.length; k++) {
      if (v[k] < 0) {
        throw new InvalidInputException(what + "[" + (k + 1) + "] must be >= 0, got " + v[k]);
      }
    }
  }
}
