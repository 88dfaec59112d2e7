package org.stockade.multistage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;

/**
 * Independent oracle for small layered networks: builds the node-split flow network as a plain
 * edge list and enumerates ALL {@code 4^n} assignments of the 2n split vertices to the source or
 * sink side. Every finite cut gives the constraint {@code r(inventory edges cut) >=
 * Dmax(products whose sink edge is not cut) - Cmin(capacity edges cut) - delta}; the full LP over
 * all of them (strongest right-hand side per inventory set) is solved in one go. Also computes
 * lost sales {@code L = sum d - min cut} by the same enumeration.
 */
final class AllCutsOracle {
  private AllCutsOracle() {}

  /** Kinds of edges of the split network. */
  private enum Kind { INF, CAP, INV, DEM }

  private record Edge(int from, int to, Kind kind, int ref) {}

  record Outcome(LpStatus status, double cost, double[] inventory, int rows) {}

  static final int MAX_NODES = 10;

  private static List<Edge> edges(LayeredNetwork net) {
    int n = net.nodeCount();
    int s = 2 * n;
    int t = 2 * n + 1;
    List<Edge> e = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (net.stageOf(v) == 0) {
        e.add(new Edge(s, 2 * v, Kind.INF, -1));
      }
      int k = net.capacityIndex(v);
      e.add(k >= 0 ? new Edge(2 * v, 2 * v + 1, Kind.CAP, k)
          : new Edge(2 * v, 2 * v + 1, Kind.INF, -1));
      if (net.node(v).inventoryAllowed()) {
        e.add(new Edge(s, 2 * v + 1, Kind.INV, v));
      }
      for (int w : net.succs(v)) {
        e.add(new Edge(2 * v + 1, 2 * w, Kind.INF, -1));
      }
      int j = net.productIndex(v);
      if (j >= 0) {
        e.add(new Edge(2 * v + 1, t, Kind.DEM, j));
      }
    }
    return e;
  }

  private static boolean sinkSide(long mask, int x, int n) {
    if (x == 2 * n) {
      return false;
    }
    if (x == 2 * n + 1) {
      return true;
    }
    return (mask >>> x & 1) == 1;
  }

  static Outcome solve(MsgProblem p) {
    LayeredNetwork net = p.network();
    int n = net.nodeCount();
    if (n > MAX_NODES) {
      throw new IllegalArgumentException("oracle handles at most " + MAX_NODES + " nodes");
    }
    List<Edge> edges = edges(net);
    Map<Long, Double> dmax = new HashMap<>();
    Map<Long, Double> cmin = new HashMap<>();
    Map<Long, Double> rhs = new HashMap<>();
    for (long mask = 0; mask < 1L << (2 * n); mask++) {
      long inv = 0;
      long caps = 0;
      long prods = 0;
      boolean finite = true;
      for (Edge e : edges) {
        boolean from = sinkSide(mask, e.from(), n);
        boolean to = sinkSide(mask, e.to(), n);
        boolean crosses = !from && to;
        switch (e.kind()) {
          case INF -> finite &= !crosses;
          case CAP -> caps |= crosses ? 1L << e.ref() : 0;
          case INV -> inv |= crosses ? 1L << e.ref() : 0;
          case DEM -> prods |= crosses ? 0 : 1L << e.ref();
        }
        if (!finite) {
          break;
        }
      }
      if (!finite || prods == 0) {
        continue;
      }
      long pk = prods;
      long ck = caps;
      double g = dmax.computeIfAbsent(pk,
          x -> p.uncertainty().demand().maxValue(BitSet.valueOf(new long[] {x})))
          - (ck == 0 ? 0 : cmin.computeIfAbsent(ck,
              x -> p.uncertainty().capacity().minValue(BitSet.valueOf(new long[] {x}))))
          - p.delta();
      rhs.merge(inv, g, Math::max);
    }
    LinearProgram lp = new LinearProgram();
    int[] var = new int[n];
    LinearExpr obj = LinearExpr.constant(0);
    for (int v = 0; v < n; v++) {
      var[v] = net.node(v).inventoryAllowed() ? lp.addVariable(0, Double.POSITIVE_INFINITY, "r" + v)
          : -1;
      if (var[v] >= 0) {
        obj = obj.plusTerm(net.node(v).holdingCost(), var[v]);
      }
    }
    int rows = 0;
    for (Map.Entry<Long, Double> e : rhs.entrySet()) {
      if (e.getValue() <= 0) {
        continue;
      }
      if (e.getKey() == 0) {
        return new Outcome(LpStatus.INFEASIBLE, Double.NaN, null, rows);
      }
      LinearExpr row = LinearExpr.constant(0);
      for (int v = 0; v < n; v++) {
        if ((e.getKey() >>> v & 1) == 1) {
          row = row.plusTerm(1, var[v]);
        }
      }
      lp.addGreaterEq(row, e.getValue(), "cut");
      rows++;
    }
    lp.minimize(obj);
    LpResult res = LpSolver.orTools().solve(lp);
    if (!res.status().hasSolution()) {
      return new Outcome(res.status(), Double.NaN, null, rows);
    }
    double[] r = new double[n];
    for (int v = 0; v < n; v++) {
      r[v] = var[v] < 0 ? 0 : res.value(var[v]);
    }
    return new Outcome(res.status(), res.objective(), r, rows);
  }

  /** {@code sum d - min cut} by enumerating every assignment of the split vertices. */
  static double lostSales(LayeredNetwork net, double[] r, double[] d, double[] c) {
    int n = net.nodeCount();
    List<Edge> edges = edges(net);
    double total = 0;
    for (double x : d) {
      total += Math.max(0, x);
    }
    double best = Double.POSITIVE_INFINITY;
    for (long mask = 0; mask < 1L << (2 * n); mask++) {
      double cut = 0;
      boolean finite = true;
      for (Edge e : edges) {
        if (sinkSide(mask, e.from(), n) || !sinkSide(mask, e.to(), n)) {
          continue;
        }
        switch (e.kind()) {
          case INF -> finite = false;
          case CAP -> cut += c[e.ref()];
          case INV -> cut += r[e.ref()];
          case DEM -> cut += Math.max(0, d[e.ref()]);
        }
        if (!finite) {
          break;
        }
      }
      if (finite) {
        best = Math.min(best, cut);
      }
    }
    return total - best;
  }
}
