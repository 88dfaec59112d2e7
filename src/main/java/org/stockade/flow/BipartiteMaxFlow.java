package org.stockade.flow;

import java.util.Arrays;
import java.util.BitSet;
import org.stockade.model.Network;

/**
 * Array-based maximum flow specialised to the lost-sales network of one {@link Network}
 * (spec section 2): source→plant i (capacity {@code c_i}), plant i→product j (unbounded, one per
 * arc of the design), product j→sink ({@code (d_j - r_j)^+}, the demand left after product j's
 * own inventory). Serving inventory first is exact: the source→product arc {@code r_j} and the
 * product→sink arc {@code d_j} only ever carry {@code min(r_j, d_j)} together in some maximum
 * flow, so
 *
 * <pre>
 *   L(r, d, c) = sum_j (d_j - r_j)^+ - maxflow(plants → residual demands)
 *              = max_S [ sum_{j in S} (d_j - r_j) - sum_{i in A(S)} c_i ].
 * </pre>
 *
 * Dinic's algorithm (BFS levels, blocking flow by DFS with current-arc pointers). Residual
 * capacities at or below {@code 1e-12 * scale} count as saturated, so fractional (LP-derived)
 * inputs cannot make it push ever-smaller amounts: every augmentation saturates an arc, every
 * phase raises the source–sink distance, so it stops after at most {@code V} phases.
 *
 * <p>After {@link #solve}, {@link #inShortage(int)} tells whether product {@code j} is in the
 * maximizing set {@code S}: on the sink side of the minimum cut (not reachable from the source in
 * the residual network) and with {@code d_j > r_j}. Then {@code -1_S} is a subgradient of
 * {@code L} in {@code r}. Not thread-safe: use one instance per thread; {@link #solve} does not
 * allocate.
 */
public final class BipartiteMaxFlow {
  private final int m;
  private final int p;
  private final int nodes;
  private final int source;
  private final int sink;
  private final int[] rev;
  private final int[] to;
  private final double[] cap;
  private final int[] firstEdge;
  private final int[] sourceEdge;
  private final int[] sinkEdge;
  private final int[] level;
  private final int[] queue;
  private final int[] iter;
  private final int[][] plantsOf;
  /** {@code arcEdge[j][q]}: edge plant {@code plantsOf[j][q]} → product j. */
  private final int[][] arcEdge;
  private final double[] residualDemand;
  private final double[] served;
  private final boolean[] shortage;
  private double eps;

  public BipartiteMaxFlow(Network n) {
    m = n.plantCount();
    p = n.productCount();
    nodes = m + p + 2;
    source = m + p;
    sink = m + p + 1;
    int arcs = 0;
    plantsOf = new int[p][];
    for (int j = 0; j < p; j++) {
      plantsOf[j] = n.plantsOf(j).clone();
      arcs += plantsOf[j].length;
    }
    int edges = 2 * (m + arcs + p);
    // CSR adjacency: count out-edges (both directions) per node
    int[] degree = new int[nodes];
    degree[source] += m;
    for (int i = 0; i < m; i++) {
      degree[i] += 1 + n.productsOf(i).length;
    }
    for (int j = 0; j < p; j++) {
      degree[m + j] += plantsOf[j].length + 1;
    }
    degree[sink] += p;
    firstEdge = new int[nodes + 1];
    for (int v = 0; v < nodes; v++) {
      firstEdge[v + 1] = firstEdge[v] + degree[v];
    }
    to = new int[edges];
    cap = new double[edges];
    rev = new int[edges];
    int[] fill = Arrays.copyOf(firstEdge, nodes);
    sourceEdge = new int[m];
    sinkEdge = new int[p];
    for (int i = 0; i < m; i++) {
      sourceEdge[i] = addPair(source, i, fill);
    }
    arcEdge = new int[p][];
    for (int j = 0; j < p; j++) {
      arcEdge[j] = new int[plantsOf[j].length];
    }
    for (int i = 0; i < m; i++) {
      for (int j : n.productsOf(i)) {
        int e = addPair(i, m + j, fill);
        for (int q = 0; q < plantsOf[j].length; q++) {
          if (plantsOf[j][q] == i) {
            arcEdge[j][q] = e;
          }
        }
      }
    }
    for (int j = 0; j < p; j++) {
      sinkEdge[j] = addPair(m + j, sink, fill);
    }
    level = new int[nodes];
    queue = new int[nodes];
    iter = new int[nodes];
    residualDemand = new double[p];
    served = new double[p];
    shortage = new boolean[p];
  }

  private int addPair(int u, int v, int[] fill) {
    int e = fill[u]++;
    int f = fill[v]++;
    to[e] = v;
    to[f] = u;
    rev[e] = f;
    rev[f] = e;
    return e;
  }

  /**
   * Computes {@code L(r, d, c)}; inputs are not validated (callers check them). Negative demands
   * count as zero.
   *
   * @return the lost sales
   */
  public double solve(double[] r, double[] d, double[] c) {
    double scale = 1;
    double totalResidual = 0;
    for (int i = 0; i < m; i++) {
      scale += c[i];
    }
    for (int j = 0; j < p; j++) {
      double dj = Math.max(0, d[j]);
      scale += dj;
      residualDemand[j] = Math.max(0, dj - r[j]);
      served[j] = Math.min(r[j], dj);
      totalResidual += residualDemand[j];
    }
    eps = 1e-12 * scale;
    double infinite = 2 * scale;
    // reset residual capacities (arcs are unique, so arcEdge lists every plant→product edge)
    Arrays.fill(cap, 0);
    for (int i = 0; i < m; i++) {
      cap[sourceEdge[i]] = c[i];
    }
    for (int j = 0; j < p; j++) {
      for (int e : arcEdge[j]) {
        cap[e] = infinite;
      }
      cap[sinkEdge[j]] = residualDemand[j];
    }
    // greedy start: each product takes what its plants still have, in order; Dinic then only
    // has to find the (few) augmenting paths that re-route this flow
    double flow = 0;
    for (int j = 0; j < p; j++) {
      double need = residualDemand[j];
      for (int q = 0; q < plantsOf[j].length && need > eps; q++) {
        int i = plantsOf[j][q];
        int se = sourceEdge[i];
        double f = Math.min(need, cap[se]);
        if (f > eps) {
          int e = arcEdge[j][q];
          cap[se] -= f;
          cap[rev[se]] += f;
          cap[e] -= f;
          cap[rev[e]] += f;
          cap[sinkEdge[j]] -= f;
          cap[rev[sinkEdge[j]]] += f;
          need -= f;
          flow += f;
        }
      }
    }
    while (bfs()) {
      System.arraycopy(firstEdge, 0, iter, 0, nodes);
      double f;
      while ((f = dfs(source, Double.POSITIVE_INFINITY)) > eps) {
        flow += f;
      }
    }
    // after the last BFS, level[v] >= 0 iff v is reachable from the source in the residual graph
    for (int j = 0; j < p; j++) {
      double pushed = residualDemand[j] - cap[sinkEdge[j]];
      served[j] += Math.max(0, pushed);
      shortage[j] = level[m + j] < 0 && Math.max(0, d[j]) > r[j];
    }
    return Math.max(0, totalResidual - flow);
  }

  private boolean bfs() {
    Arrays.fill(level, -1);
    int qh = 0;
    int qt = 0;
    level[source] = 0;
    queue[qt++] = source;
    while (qh < qt) {
      int u = queue[qh++];
      for (int e = firstEdge[u]; e < firstEdge[u + 1]; e++) {
        int v = to[e];
        if (level[v] < 0 && cap[e] > eps) {
          level[v] = level[u] + 1;
          queue[qt++] = v;
        }
      }
    }
    return level[sink] >= 0;
  }

  private double dfs(int u, double limit) {
    if (u == sink) {
      return limit;
    }
    for (; iter[u] < firstEdge[u + 1]; iter[u]++) {
      int e = iter[u];
      int v = to[e];
      if (cap[e] > eps && level[v] == level[u] + 1) {
        double f = dfs(v, Math.min(limit, cap[e]));
        if (f > eps) {
          cap[e] -= f;
          cap[rev[e]] += f;
          return f;
        }
      }
    }
    return 0;
  }

  /** Whether product {@code j} is in the maximizing set S of the last {@link #solve}. */
  public boolean inShortage(int j) {
    return shortage[j];
  }

  /** The maximizing set S of the last solve. */
  public BitSet shortageSet() {
    BitSet s = new BitSet(p);
    for (int j = 0; j < p; j++) {
      if (shortage[j]) {
        s.set(j);
      }
    }
    return s;
  }

  /** Units of product {@code j} served (from inventory and production) in the last solve. */
  public double served(int j) {
    return served[j];
  }

  /** {@code sum_{i in A(S)} c_i} for the last solve's set S and the given capacities. */
  public double capacityOfShortagePlants(double[] c, boolean[] scratch) {
    Arrays.fill(scratch, false);
    double v = 0;
    for (int j = 0; j < p; j++) {
      if (shortage[j]) {
        for (int i : plantsOf[j]) {
          if (!scratch[i]) {
            scratch[i] = true;
            v += c[i];
          }
        }
      }
    }
    return v;
  }

  public int plantCount() {
    return m;
  }

  public int productCount() {
    return p;
  }
}
