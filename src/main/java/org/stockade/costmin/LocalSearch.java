package org.stockade.costmin;

import java.util.ArrayList;
import java.util.List;
import org.stockade.uncertainty.AffinePiece;

/**
 * A fast heuristic for the max-min subproblem when both parts of U have closed forms
 * ({@link org.stockade.uncertainty.DemandSet#weightedMaxPieces},
 * {@link org.stockade.uncertainty.CapacitySet#weightedNegatedMinPieces}): by strong duality
 * {@code max_U Q(r, .) = max over dual vertices (pi, lambda) of Dmax(pi) - pi.r - Cmin(lambda)},
 * and for a choice of candidate values both support functions are a minimum of affine pieces,
 * so the objective is evaluated by arithmetic alone. Best-improvement moves change one
 * product's dual value; {@code lambda_i} is then the least candidate with
 * {@code lambda_i >= pi_j - p_ij} on its arcs (the objective falls in lambda since c >= 0).
 * Used only to find violated scenarios cheaply; optimality is always proven by the exact MILP.
 */
final class LocalSearch {
  private final CostData data;
  private final DualCandidates.Values cand;
  private final List<AffinePiece> demandPieces;
  private final List<AffinePiece> capacityPieces;
  private final int[] productOffset;
  private final int[] plantOffset;
  /** Move groups: each product alone, the products of each plant, each connected component. */
  private final List<int[]> groups;
  /** Per group, the distinct candidate values of its products, ascending. */
  private final List<double[]> groupTargets;
  /** Local optima of the last search (this object is used by one solve, one thread). */
  private final java.util.Map<String, Found> optima = new java.util.HashMap<>();

  /** Polled between starts and climbing passes: the caller's deadline or cancel flag. */
  private java.util.function.BooleanSupplier stop = () -> false;

  /** Makes {@link #search} return its best so far as soon as {@code stop} says so. */
  void stopWhen(java.util.function.BooleanSupplier stop) {
    this.stop = stop;
  }

  LocalSearch(CostData data, DualCandidates.Values cand, List<AffinePiece> demandPieces,
      List<AffinePiece> capacityPieces) {
    this.data = data;
    this.cand = cand;
    this.demandPieces = demandPieces;
    this.capacityPieces = capacityPieces;
    this.productOffset = offsets(cand.product());
    this.plantOffset = offsets(cand.plant());
    this.groups = groups(data);
    this.groupTargets = groups.stream().map(this::groupValues).toList();
  }

  private static List<int[]> groups(CostData data) {
    List<int[]> g = new ArrayList<>();
    int n = data.products();
    for (int j = 0; j < n; j++) {
      g.add(new int[] {j});
    }
    java.util.List<java.util.TreeSet<Integer>> byPlant = new ArrayList<>();
    for (int i = 0; i < data.plants(); i++) {
      byPlant.add(new java.util.TreeSet<>());
    }
    int[] comp = new int[n];
    for (int j = 0; j < n; j++) {
      comp[j] = j;
    }
    for (int a = 0; a < data.arcs(); a++) {
      byPlant.get(data.arcPlant()[a]).add(data.arcProduct()[a]);
    }
    for (java.util.TreeSet<Integer> s : byPlant) {
      if (s.size() > 1) {
        g.add(s.stream().mapToInt(Integer::intValue).toArray());
        int root = find(comp, s.first());
        for (int j : s) {
          comp[find(comp, j)] = root;
        }
      }
    }
    java.util.Map<Integer, List<Integer>> comps = new java.util.TreeMap<>();
    for (int j = 0; j < n; j++) {
      comps.computeIfAbsent(find(comp, j), k -> new ArrayList<>()).add(j);
    }
    for (List<Integer> c : comps.values()) {
      if (c.size() > 1) {
        g.add(c.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return g;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  private double[] groupValues(int[] group) {
    java.util.TreeSet<Double> vals = new java.util.TreeSet<>();
    for (int j : group) {
      for (double v : cand.product()[j]) {
        vals.add(v);
      }
    }
    return vals.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static int indexOf(double[] values, double v) {
    for (int k = 0; k < values.length; k++) {
      if (Math.abs(values[k] - v) <= 1e-9 * Math.max(1, Math.abs(v))) {
        return k;
      }
    }
    return -1;
  }

  private static int[] offsets(double[][] v) {
    int[] off = new int[v.length];
    int t = 0;
    for (int k = 0; k < v.length; k++) {
      off[k] = t;
      t += v[k].length;
    }
    return off;
  }

  /** Best dual choice found: the duals and the objective value. */
  record Found(double[] pi, double[] lambda, double value) {}

  /** Local search from several deterministic starts and the given extra starts. */
  Found search(double[] r, List<double[]> extraStarts) {
    List<int[]> starts = new ArrayList<>();
    int n = data.products();
    int[] top = new int[n];
    int[] bottom = new int[n];
    for (int j = 0; j < n; j++) {
      top[j] = cand.product()[j].length - 1;
    }
    starts.add(top);
    starts.add(bottom);
    for (double[] e : extraStarts) {
      starts.add(nearest(e));
    }
    for (int j = 0; j < n; j++) {
      int[] s = bottom.clone();
      s[j] = top[j];
      starts.add(s);
    }
    int[] best = null;
    double bestV = Double.NEGATIVE_INFINITY;
    optima.clear();
    for (int[] s : starts) {
      if (best != null && stop.getAsBoolean()) {
        break;
      }
      int[] f = climb(s, r);
      double v = value(f, r);
      if (v > Double.NEGATIVE_INFINITY) {
        optima.put(java.util.Arrays.toString(f), found(f, v));
      }
      if (v > bestV) {
        bestV = v;
        best = f;
      }
    }
    // pair moves from the best local optimum, then climb again, while they improve
    for (int round = 0; round < 20 && best != null && bestV > Double.NEGATIVE_INFINITY
        && !stop.getAsBoolean(); round++) {
      int[] p = bestPair(best, r, bestV);
      if (p == null) {
        break;
      }
      best = climb(p, r);
      bestV = value(best, r);
      optima.put(java.util.Arrays.toString(best), found(best, bestV));
    }
    return bestV == Double.NEGATIVE_INFINITY ? null : found(best, bestV);
  }

  /** Distinct local optima of the last {@link #search}, best first. */
  List<Found> localOptima() {
    List<Found> l = new ArrayList<>(optima.values());
    l.sort((a, b) -> Double.compare(b.value(), a.value()));
    return l;
  }

  /** All single-group moves from {@code idx}. */
  private List<int[]> moves(int[] idx) {
    List<int[]> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      int[] group = groups.get(g);
      for (double target : groupTargets.get(g)) {
        int[] trial = idx.clone();
        boolean changed = false;
        for (int j : group) {
          int k = indexOf(cand.product()[j], target);
          if (k >= 0 && k != trial[j]) {
            trial[j] = k;
            changed = true;
          }
        }
        if (changed) {
          out.add(trial);
        }
      }
    }
    return out;
  }

  /** The best combination of two single-group moves if it improves on {@code cur}. */
  private int[] bestPair(int[] idx, double[] r, double cur) {
    List<int[]> ms = moves(idx);
    int[] best = null;
    double bestV = cur + 1e-9 * Math.max(1, Math.abs(cur));
    for (int a = 0; a < ms.size(); a++) {
      for (int b = a + 1; b < ms.size(); b++) {
        int[] t = ms.get(a).clone();
        int[] mb = ms.get(b);
        for (int j = 0; j < t.length; j++) {
          if (mb[j] != idx[j]) {
            t[j] = mb[j];
          }
        }
        double v = value(t, r);
        if (v > bestV) {
          bestV = v;
          best = t;
        }
      }
    }
    return best;
  }

  private Found found(int[] idx, double cur) {
    double[] pi = new double[idx.length];
    for (int j = 0; j < pi.length; j++) {
      pi[j] = cand.product()[j][idx[j]];
    }
    int[] lam = lambdas(idx);
    double[] lambda = new double[lam.length];
    for (int i = 0; i < lam.length; i++) {
      lambda[i] = cand.plant()[i][lam[i]];
    }
    return new Found(pi, lambda, cur);
  }

  private int[] nearest(double[] pi) {
    int[] idx = new int[pi.length];
    for (int j = 0; j < pi.length; j++) {
      double[] v = cand.product()[j];
      int b = 0;
      for (int k = 1; k < v.length; k++) {
        if (Math.abs(v[k] - pi[j]) < Math.abs(v[b] - pi[j])) {
          b = k;
        }
      }
      idx[j] = b;
    }
    return idx;
  }

  private int[] climb(int[] start, double[] r) {
    int[] idx = start.clone();
    double cur = value(idx, r);
    for (int pass = 0; pass < 200 && !(pass > 0 && stop.getAsBoolean()); pass++) {
      int[] bestIdx = null;
      double bestV = cur;
      for (int[] trial : moves(idx)) {
        double v = value(trial, r);
        if (v > bestV + 1e-9 * Math.max(1, Math.abs(bestV))) {
          bestV = v;
          bestIdx = trial;
        }
      }
      if (bestIdx == null) {
        break;
      }
      idx = bestIdx;
      cur = bestV;
    }
    return idx;
  }

  /** Least feasible lambda index per plant, or null if some plant has none. */
  private int[] lambdas(int[] idx) {
    double[] need = new double[data.plants()];
    for (int a = 0; a < data.arcs(); a++) {
      int j = data.arcProduct()[a];
      int i = data.arcPlant()[a];
      need[i] = Math.max(need[i], cand.product()[j][idx[j]] - data.arcCost()[a]);
    }
    int[] lam = new int[need.length];
    for (int i = 0; i < need.length; i++) {
      double[] v = cand.plant()[i];
      int k = 0;
      while (k < v.length && v[k] < need[i] - 1e-9 * Math.max(1, Math.abs(need[i]))) {
        k++;
      }
      if (k == v.length) {
        return null;
      }
      lam[i] = k;
    }
    return lam;
  }

  double value(int[] idx, double[] r) {
    int[] lam = lambdas(idx);
    if (lam == null) {
      return Double.NEGATIVE_INFINITY;
    }
    double dmax = Double.POSITIVE_INFINITY;
    for (AffinePiece p : demandPieces) {
      double v = p.constant();
      double[] e = p.coef();
      for (int j = 0; j < idx.length; j++) {
        v += e[productOffset[j] + idx[j]];
      }
      dmax = Math.min(dmax, v);
    }
    double cneg = Double.POSITIVE_INFINITY;
    for (AffinePiece p : capacityPieces) {
      double v = p.constant();
      double[] e = p.coef();
      for (int i = 0; i < lam.length; i++) {
        v += e[plantOffset[i] + lam[i]];
      }
      cneg = Math.min(cneg, v);
    }
    double pr = 0;
    for (int j = 0; j < idx.length; j++) {
      pr += cand.product()[j][idx[j]] * r[j];
    }
    return dmax - pr + cneg;
  }
}
