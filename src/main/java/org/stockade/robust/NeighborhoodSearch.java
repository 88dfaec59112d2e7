package org.stockade.robust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stockade.design.Group;
import org.stockade.design.Groups;
import org.stockade.model.Network;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Separation heuristic of the scalable SG solver: steepest-ascent local search over product
 * subsets maximizing {@code g(S) - r(S)}, on the incremental {@link SubsetState}, with moves
 * restricted to <em>connected</em> subsets: remove a product of S, or add a product that shares
 * a plant with {@code A(S)}.
 *
 * <p>Why connected moves suffice for a heuristic: if {@code A(S1)} and {@code A(S2)} are
 * disjoint then {@code g(S1 u S2) <= g(S1) + g(S2)} ({@code Dmax} is subadditive, a maximum of
 * a sum is at most the sum of maxima; {@code Cmin} is superadditive over disjoint plant sets, a
 * minimum of a sum is at least the sum of minima), so adding a product whose plants are all
 * outside {@code A(S)} raises the violation by at most that product's own violation, and every
 * singleton is a start. With {@code delta = 0} every violated subset therefore contains a
 * violated connected part. With {@code delta > 0} a subset made of plant-disjoint parts, each
 * violated by at most delta, can still exceed delta in total; {@link #violated} therefore also
 * tries unions of the plant-disjoint local maxima. Either way the heuristic only proposes
 * cuts; the exact proof ({@link ExactSeparation}) has the last word.
 *
 * <p>Starts: every singleton and every connected group of the design (GM's base groups), and
 * first the subsets the exact separation found earlier ({@link #remember}), climbed with swaps
 * as well as adds and removals.
 */
final class NeighborhoodSearch {
  /** A subset found violated, with its violation at the inventory searched. */
  record Found(int[] products, double violation) {}

  private final Network network;
  private final SubsetState state;
  private final List<int[]> starts = new ArrayList<>();
  private final int[] stamp;
  private int epoch;
  private final int[] candidates;
  /** Products inside a violated local maximum found this round (their singletons are skipped). */
  private final boolean[] covered;
  /**
   * Subsets the exact separation found and the search missed, most recent first
   * ({@link #remember}).
   */
  private final java.util.ArrayDeque<int[]> memory = new java.util.ArrayDeque<>();
  /** Half the width of each product's demand range: the bias of the budget-aware paths. */
  private final double[] halfWidth;
  /** At most this many remembered subsets. */
  static final int MEMORY = 32;

  NeighborhoodSearch(Network network, UncertaintySet u) {
    this.network = network;
    this.state = new SubsetState(network, u);
    int p = network.productCount();
    for (int j = 0; j < p; j++) {
      starts.add(new int[] {j});
    }
    try {
      for (Group g : Groups.of(network)) {
        if (g.products().length > 1 && g.products().length < p) {
          starts.add(g.products().clone());
        }
      }
    } catch (RuntimeException e) {
      // designs with isolated plants/products have no clean groups; singletons suffice
    }
    double[] lo = u.demand().lowerBounds();
    double[] hi = u.demand().upperBounds();
    halfWidth = new double[p];
    for (int j = 0; j < p; j++) {
      halfWidth[j] = Double.isFinite(hi[j] - lo[j]) ? (hi[j] - lo[j]) / 2 : 0;
    }
    stamp = new int[p];
    candidates = new int[p];
    covered = new boolean[p];
  }

  /**
   * Distinct local maxima with violation above {@code threshold}, best first, at most
   * {@code limit}; {@code delta} enables the union step. Stops early (returning what it has)
   * when {@code stop} says so.
   */
  List<Found> violated(double[] r, double threshold, double delta, int limit, StopCheck stop) {
    return violated(r, threshold, delta, limit, stop, 0);
  }

  /**
   * As above; with {@code depth > 0} every local maximum is also deepened ({@link #deepen}):
   * the fallback when plain climbing finds nothing.
   */
  List<Found> violated(double[] r, double threshold, double delta, int limit, StopCheck stop,
      int depth) {
    Set<Key> seen = new HashSet<>();
    List<Found> found = new ArrayList<>();
    List<Found> positive = new ArrayList<>();
    java.util.Arrays.fill(covered, false);
    if (depth == 0) { // the deep pass follows a fruitless plain pass at the same point
      polish(memory, r, threshold, stop, seen, found);
    }
    for (int[] start : starts) {
      if (stop.shouldStop()) {
        break;
      }
      if (start.length == 1 && covered[start[0]]) {
        continue; // already inside a violated local maximum of this round: same basin
      }
      state.reset(r);
      for (int j : start) {
        state.add(j);
      }
      double v = climb();
      if (depth > 0) { // both path rules; each keeps the better state
        v = deepen(v, depth, null);
        v = deepen(v, depth, halfWidth);
      }
      if (v > threshold) {
        for (int k = 0; k < state.size(); k++) {
          covered[state.member(k)] = true;
        }
      }
      if (v > 0 && delta > 0) {
        Found f = new Found(state.sortedMembers(), v);
        if (seen.add(new Key(f.products())) && v > threshold) {
          found.add(f);
        }
        positive.add(f);
      } else if (v > threshold) {
        int[] s = state.sortedMembers();
        if (seen.add(new Key(s))) {
          found.add(new Found(s, v));
        }
      }
    }
    if (delta > 0 && !stop.shouldStop()) {
      unions(r, threshold, positive, seen, found);
    }
    found.sort((a, b) -> Double.compare(b.violation(), a.violation()));
    return found.size() > limit ? new ArrayList<>(found.subList(0, limit)) : found;
  }

  /** Steepest ascent from the current state; returns the local maximum's violation. */
  private double climb() {
    double best = state.violation();
    while (true) {
      int move = 0; // +j+1 add j, -(j+1) remove j
      double moveValue = best + 1e-12 * Math.max(1, Math.abs(best));
      int n = collectCandidates();
      for (int k = 0; k < n; k++) {
        int j = candidates[k];
        double v = state.violationWith(j);
        if (v > moveValue) {
          moveValue = v;
          move = j + 1;
        }
      }
      int size = state.size();
      if (move == 0 && size > 1) { // removals only when no add improves: growth stays O(boundary)
        int[] current = new int[size];
        for (int k = 0; k < size; k++) {
          current[k] = state.member(k);
        }
        for (int j : current) {
          double v = state.violationWithout(j);
          if (v > moveValue) {
            moveValue = v;
            move = -(j + 1);
          }
        }
      }
      if (move == 0) {
        return best;
      }
      if (move > 0) {
        state.add(move - 1);
      } else {
        state.remove(-move - 1);
      }
      best = state.violation();
    }
  }

  /**
   * Variable-depth search from a local maximum (in the spirit of Kernighan & Lin 1970): keep
   * adding the best neighbouring product even when the violation drops, for up to
   * {@code depth} products, and move to the best state seen on that path if it beats the local
   * maximum, then climb again; otherwise undo the path. Crosses the valleys that single moves
   * cannot: on a chain with one plant down the violated subsets are long intervals whose short
   * prefixes all have negative violation.
   *
   * <p>With {@code bias} the path picks the candidate with the largest violation minus its bias
   * (the violation still decides the peak). The search passes half of each product's demand
   * range: with a binding demand budget {@code Dmax(S) = mu(S) + min(alpha sigma(S), B)} the
   * violated subsets sit where {@code alpha sigma(S)} reaches B, and the best of them gathers
   * the most {@code mu - r} per unit of spread (a covering knapsack), while the unbiased path
   * grabs the widest products first and reaches the budget with too few (measured with one
   * plant down, generalized 3-chain N = 200: 17 exact MILPs and 24.9 s without the biased
   * path, 8 and 15.9 s with it, together with the remembered subsets below).
   */
  private double deepen(double best, int depth, double[] bias) {
    int[] path = new int[depth];
    while (true) {
      int len = 0;
      double peak = best + 1e-9 * Math.max(1, Math.abs(best));
      int peakLen = 0;
      for (int step = 0; step < depth; step++) {
        int n = collectCandidates();
        int pick = -1;
        double rank = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < n; k++) {
          double v = state.violationWith(candidates[k]);
          double w = bias == null ? v : v - bias[candidates[k]];
          if (w > rank) {
            rank = w;
            pick = candidates[k];
          }
        }
        if (pick < 0) {
          break;
        }
        state.add(pick);
        double value = state.violation();
        path[len++] = pick;
        if (value > peak) {
          peak = value;
          peakLen = len;
        }
      }
      for (int k = len - 1; k >= peakLen; k--) {
        state.remove(path[k]);
      }
      if (peakLen == 0) {
        return best;
      }
      best = climb();
    }
  }

  /**
   * Remembers a subset the exact separation found and the search missed: later searches start
   * from it too and climb with swaps ({@link #swap}), which follows such a subset as r moves
   * (on chains the missed subsets are long intervals at the demand budget, and the next one is
   * the same interval shifted). Bounded: the {@value #MEMORY} most recent. Measured with one
   * plant down on random degree-3 designs, N = 20: 14 exact MILPs and 3.8 s without, 7 and
   * 2.0 s with.
   */
  void remember(int[] products) {
    memory.addFirst(products.clone());
    while (memory.size() > MEMORY) {
      memory.removeLast();
    }
  }

  /**
   * Local maxima of climbing with swaps as well as adds and removals from each of
   * {@code starts}, those above {@code threshold}, distinct, most violated first, at most
   * {@code limit}.
   */
  List<Found> polish(List<int[]> starts, double[] r, double threshold, int limit,
      StopCheck stop) {
    List<Found> found = new ArrayList<>();
    polish(starts, r, threshold, stop, new HashSet<>(), found);
    found.sort((a, b) -> Double.compare(b.violation(), a.violation()));
    return found.size() > limit ? new ArrayList<>(found.subList(0, limit)) : found;
  }

  private void polish(Iterable<int[]> starts, double[] r, double threshold, StopCheck stop,
      Set<Key> seen, List<Found> found) {
    for (int[] start : starts) {
      if (stop.shouldStop()) {
        break;
      }
      state.reset(r);
      for (int j : start) {
        state.add(j);
      }
      double v = climb();
      for (double w = swap(v); w > v; w = swap(v)) {
        v = climb();
      }
      if (v > threshold) {
        int[] s = state.sortedMembers();
        if (seen.add(new Key(s))) {
          found.add(new Found(s, v));
        }
      }
    }
  }

  /**
   * The best exchange of a neighbouring product j for a member k, applied when it beats
   * {@code best}; returns the new violation (or {@code best} when none improves). Reaches the
   * subsets at a binding demand budget, where every single add or removal loses.
   * {@code O(candidates x |S|)} evaluations.
   */
  private double swap(double best) {
    int n = collectCandidates();
    int size = state.size();
    int[] current = new int[size];
    for (int k = 0; k < size; k++) {
      current[k] = state.member(k);
    }
    double value = best + 1e-9 * Math.max(1, Math.abs(best));
    int in = -1;
    int out = -1;
    for (int c = 0; c < n; c++) { // add/remove leave candidates[] as it is
      int j = candidates[c];
      state.add(j);
      for (int k : current) {
        double v = state.violationWithout(k);
        if (v > value) {
          value = v;
          in = j;
          out = k;
        }
      }
      state.remove(j);
    }
    if (in < 0) {
      return best;
    }
    state.add(in);
    state.remove(out);
    return state.violation();
  }

  /** Products outside S sharing a plant with {@code A(S)}, into {@link #candidates}. */
  private int collectCandidates() {
    epoch++;
    int n = 0;
    for (int k = 0; k < state.coveredPlantCount(); k++) {
      for (int j : network.productsOf(state.coveredPlant(k))) {
        if (stamp[j] != epoch && !state.contains(j)) {
          stamp[j] = epoch;
          candidates[n++] = j;
        }
      }
    }
    return n;
  }

  /** Greedy unions of plant-disjoint local maxima (only useful when delta > 0). */
  private void unions(double[] r, double threshold, List<Found> positive, Set<Key> seen,
      List<Found> found) {
    positive.sort((a, b) -> Double.compare(b.violation(), a.violation()));
    boolean[] used = new boolean[positive.size()];
    for (int first = 0; first < positive.size(); first++) {
      if (used[first]) {
        continue;
      }
      state.reset(r);
      for (int j : positive.get(first).products()) {
        state.add(j);
      }
      double v = state.violation();
      int parts = 1;
      for (int k = first + 1; k < positive.size(); k++) {
        int[] s = positive.get(k).products();
        if (used[k] || overlapsCover(s)) {
          continue;
        }
        for (int j : s) {
          state.add(j);
        }
        double w = state.violation();
        if (w > v) {
          v = w;
          used[k] = true;
          parts++;
        } else {
          for (int j : s) {
            state.remove(j);
          }
        }
      }
      if (parts > 1 && v > threshold) {
        int[] s = state.sortedMembers();
        if (seen.add(new Key(s))) {
          found.add(new Found(s, v));
        }
      }
    }
  }

  private boolean overlapsCover(int[] products) {
    for (int j : products) {
      if (state.contains(j)) {
        return true;
      }
      for (int i : network.plantsOf(j)) {
        for (int q : network.productsOf(i)) {
          if (state.contains(q)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Hash key of a sorted product array. */
  record Key(int[] products) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(products, k.products);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(products);
    }
  }

  /** Polled between starts: deadline passed or run cancelled. */
  @FunctionalInterface
  interface StopCheck {
    boolean shouldStop();
  }
}
