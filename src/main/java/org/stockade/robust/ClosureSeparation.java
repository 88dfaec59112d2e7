package org.stockade.robust;

import java.util.BitSet;
import java.util.List;
import org.stockade.flow.BipartiteMaxFlow;
import org.stockade.model.Network;
import org.stockade.uncertainty.AffinePiece;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Combinatorial separation of the SG model by minimum cuts (no MILP).
 *
 * <p>For closed-form sets, {@code Dmax(S) = min_v (a_v0 + sum_{j in S} a_vj)} and
 * {@code -Cmin(P) = min_w (b_w0 + sum_{i in P} b_wi)} (spec section 2; the pieces of
 * {@link org.stockade.uncertainty.DemandSet#maxPieces()} and
 * {@link org.stockade.uncertainty.CapacitySet#negatedMinPieces()}). For one pair of pieces
 * {@code (v, w)} with {@code b_wi <= 0}, the problem
 *
 * <pre>
 *   max_S  a_v0 + b_w0 + sum_{j in S} (a_vj - r_j) + sum_{i in A(S)} b_wi
 * </pre>
 *
 * is a maximum-weight closure problem (taking product j forces its plants A(j)), hence one
 * minimum cut (Picard 1976): source to plant i with capacity {@code -b_wi}, plant to product
 * unbounded along the arcs, product j to sink {@code (a_vj - r_j)^+}. That is exactly the
 * lost-sales network with demand {@code a_v} and capacity {@code -b_w}, so its value is
 * {@code a_v0 + b_w0 + L(r, a_v, -b_w)} and its maximizer the shortage set of that max-flow
 * ({@link BipartiteMaxFlow}, Simchi-Levi, Wang & Wei 2018, eq. (2)).
 *
 * <p>Since {@code g(S) - r(S)} is the minimum over all pairs of these affine functions,
 * {@code max_S min_(v,w) <= min_(v,w) max_S}: the smallest closure value over the pairs is a
 * valid upper bound on the maximum violation (it may also count the empty set, which only
 * loosens it), and it is <b>exact</b> when there is one pair — a demand box without
 * aggregate budgets and capacity without loss or with a deterministic loss. With several
 * pairs it proves feasibility whenever the bound is within tolerance, and otherwise the caller
 * falls back to the MILP. Each pair costs one max-flow on the whole network ({@code O(V E)}
 * worst case for Dinic, near-linear on these bipartite graphs in practice), so it is used only
 * up to {@value #MAX_PAIRS} pairs.
 */
final class ClosureSeparation {
  /** Above this many piece pairs the MILP is used instead. */
  static final int MAX_PAIRS = 64;

  private ClosureSeparation() {}

  /**
   * @param bound an upper bound on {@code max_{S in allowed} g(S) - r(S)} (exact when
   *     {@code exact})
   * @param best the maximizer of the pair attaining the bound (possibly empty)
   */
  record Outcome(double bound, BitSet best, boolean exact) {}

  static boolean applicable(UncertaintySet u) {
    List<AffinePiece> dp = u.demand().maxPieces();
    List<AffinePiece> cp = u.capacity().negatedMinPieces();
    if (dp == null || cp == null || dp.isEmpty() || cp.isEmpty()
        || (long) dp.size() * cp.size() > MAX_PAIRS) {
      return false;
    }
    for (AffinePiece w : cp) {
      for (double b : w.coef()) {
        if (b > 0) {
          return false; // a plant that raises the violation is not a closure cost
        }
      }
    }
    return true;
  }

  /**
   * The bound over the subsets of {@code allowed} ({@code null}: all products); products
   * outside it get zero demand weight, so they never enter a maximizer.
   */
  static Outcome solve(Network n, UncertaintySet u, double[] r, BitSet allowed) {
    List<AffinePiece> dp = u.demand().maxPieces();
    List<AffinePiece> cp = u.capacity().negatedMinPieces();
    BipartiteMaxFlow flow = new BipartiteMaxFlow(n);
    int p = n.productCount();
    double best = Double.POSITIVE_INFINITY;
    BitSet arg = new BitSet();
    double[][] capacity = new double[cp.size()][]; // -b_w: the closure's plant costs
    for (int k = 0; k < capacity.length; k++) {
      capacity[k] = cp.get(k).coef().clone();
      for (int i = 0; i < capacity[k].length; i++) {
        capacity[k][i] = -capacity[k][i];
      }
    }
    double[] a = new double[p];
    for (AffinePiece v : dp) {
      double[] coef = v.coef();
      for (int j = 0; j < p; j++) {
        a[j] = allowed == null || allowed.get(j) ? Math.max(0, coef[j]) : 0;
      }
      for (int k = 0; k < capacity.length; k++) {
        double value = v.constant() + cp.get(k).constant() + flow.solve(r, a, capacity[k]);
        if (value < best) {
          best = value;
          arg = flow.shortageSet();
        }
      }
    }
    return new Outcome(best, arg, dp.size() * cp.size() == 1);
  }
}
