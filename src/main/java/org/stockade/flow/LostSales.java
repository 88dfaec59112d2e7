package org.stockade.flow;

import java.util.BitSet;
import java.util.Set;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm.MaximumFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/**
 * Second-stage lost sales (spec section 2):
 *
 * <pre>
 *   L(r, d, c) = min_f sum_j (d_j - r_j - sum_i f_ij)^+ = sum_j d_j - maxflow
 * </pre>
 *
 * on the network source→plant i (cap c_i), source→product j (cap r_j), plant i→product j (cap ∞
 * on arcs), product j→sink (cap d_j). By max-flow/min-cut {@code L = max_S [sum_S (d_j - r_j) -
 * sum_{A(S)} c_i]}; the maximizing {@code S} (products on the sink side of a minimum cut) is
 * returned as the shortage set. Uses JGraphT's push-relabel maximum flow.
 */
public final class LostSales {
  private LostSales() {}

  /** Lost sales, the shortage product set and the units served per product. */
  public record Evaluation(double lostSales, BitSet shortageSet, double[] served) {
    public Evaluation {
      shortageSet = (BitSet) shortageSet.clone();
      served = served.clone();
    }

    @Override
    public BitSet shortageSet() {
      return (BitSet) shortageSet.clone();
    }

    @Override
    public double[] served() {
      return served.clone();
    }
  }

  public static Evaluation evaluate(Network n, double[] r, double[] d, double[] c) {
    int m = n.plantCount();
    int p = n.productCount();
    check("inventory r", r, p);
    checkLength("demand d", d, p);
    check("capacity c", c, m);
    SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> g =
        new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    int source = m + p;
    int sink = m + p + 1;
    for (int v = 0; v <= sink; v++) {
      g.addVertex(v);
    }
    double big = 1.0;
    for (double x : c) {
      big += x;
    }
    for (double x : r) {
      big += x;
    }
    for (int i = 0; i < m; i++) {
      g.setEdgeWeight(g.addEdge(source, i), c[i]);
      for (int j : n.productsOf(i)) {
        g.setEdgeWeight(g.addEdge(i, m + j), big);
      }
    }
    double total = 0;
    for (int j = 0; j < p; j++) {
      g.setEdgeWeight(g.addEdge(source, m + j), r[j]);
      double dj = Math.max(0, d[j]); // a negative demand loses nothing: L is unchanged
      g.setEdgeWeight(g.addEdge(m + j, sink), dj);
      total += dj;
    }
    PushRelabelMFImpl<Integer, DefaultWeightedEdge> alg = new PushRelabelMFImpl<>(g, 1e-12);
    MaximumFlow<DefaultWeightedEdge> flow = alg.getMaximumFlow(source, sink);
    Set<Integer> sourceSide = alg.getSourcePartition();
    BitSet shortage = new BitSet(p);
    double[] served = new double[p];
    for (int j = 0; j < p; j++) {
      if (!sourceSide.contains(m + j)) {
        shortage.set(j);
      }
      served[j] = flow.getFlowMap().getOrDefault(g.getEdge(m + j, sink), 0.0);
    }
    return new Evaluation(Math.max(0, total - flow.getValue()), shortage, served);
  }

  private static void checkLength(String what, double[] v, int len) {
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
    if (v.length != len) {
      throw new InvalidInputException(what + " has " + v.length + " entries, expected " + len);
    }
    for (int k = 0; k < v.length; k++) {
      if (!(v[k] >= 0) || Double.isInfinite(v[k])) {
        throw new InvalidInputException(what + "[" + (k + 1) + "] must be finite and >= 0, got "
            + v[k]);
      }
    }
  }
}
