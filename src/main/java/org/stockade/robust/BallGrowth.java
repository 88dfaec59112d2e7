package org.stockade.robust;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stockade.model.Network;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Candidate subsets for the separation from breadth-first balls: a fallback of the local search
 * (after climbing and variable-depth paths found nothing), before the parametric minimum cuts
 * and the exact MILP. A heuristic: it only proposes subsets; the exact proof
 * ({@link ExactSeparation}) has the last word.
 *
 * <p>From every product as centre, the products are added in breadth-first order of the design
 * (product to its plants to their other products), and the violation {@code g(S) - r(S)} of
 * every prefix is tracked incrementally ({@link SubsetState}, {@code O(pieces + degree)} per
 * product); the most violated prefix of each centre is a candidate. Every prefix is connected,
 * and it runs through all sizes, where the climbs stop at the first local maximum.
 *
 * <p>Why: with the paper's two-sided aggregate budget the demand support is {@code Dmax(S) =
 * min(p1(S), p2(S))}, and the most violated subsets sit where the two pieces cross, near half the
 * network's spread (docs/sg-scale.md). On the symmetric K-chain they are arcs of the ring: a
 * maximum-sum arc of {@code alpha sigma_j - r_j} whose length is capped by the crossing, with
 * every move at its ends worth about zero (mean demand equals capacity there), so no climb
 * reaches it and the parametric cuts jump over it.
 * A breadth-first ball around a product of the ring grows as an arc around it (each level
 * adds the next products on both sides, so between whole levels a prefix is that arc plus
 * part of the next ring), and the balls of all centres pass within a few products of every
 * arc; the swap climb that follows closes the rest.
 *
 * <p>Cost: {@code O(N (arcs + N (pieces + degree)))} per call for N products; it polls
 * {@code stop} between centres.
 */
final class BallGrowth implements CandidateSource {
  private final Network network;
  private final SubsetState state;
  private final int[] order;
  private final boolean[] seenProduct;
  private final boolean[] seenPlant;

  private BallGrowth(Network network, UncertaintySet u) {
    this.network = network;
    this.state = new SubsetState(network, u);
    this.order = new int[network.productCount()];
    this.seenProduct = new boolean[network.productCount()];
    this.seenPlant = new boolean[network.plantCount()];
  }

  /** The generator for this set, or {@code null} without incremental evaluation. */
  static BallGrowth of(Network n, UncertaintySet u) {
    return SubsetState.applicable(u) ? new BallGrowth(n, u) : null;
  }

  /**
   * The most violated prefix of every centre's ball at inventory {@code r}, distinct, most
   * violated first, at most {@code limit}; stops early (returning what it has) when
   * {@code stop} says so.
   */
  @Override
  public List<NeighborhoodSearch.Found> candidates(double[] r, int limit,
      NeighborhoodSearch.StopCheck stop) {
    Set<BitSet> seen = new HashSet<>();
    List<NeighborhoodSearch.Found> out = new ArrayList<>();
    for (int centre = 0; centre < order.length; centre++) {
      if (stop.shouldStop()) {
        break;
      }
      int size = ball(centre);
      state.reset(r);
      double best = Double.NEGATIVE_INFINITY;
      int bestSize = 0;
      for (int k = 0; k < size; k++) {
        state.add(order[k]);
        double v = state.violation();
        if (v > best) {
          best = v;
          bestSize = k + 1;
        }
      }
      BitSet s = new BitSet(order.length);
      for (int k = 0; k < bestSize; k++) {
        s.set(order[k]);
      }
      if (seen.add(s)) {
        out.add(new NeighborhoodSearch.Found(s.stream().toArray(), best));
      }
    }
    state.clear();
    return CandidateSource.mostViolated(out, limit);
  }

  /** Fills {@link #order} with the breadth-first order from {@code centre}; returns its length. */
  private int ball(int centre) {
    Arrays.fill(seenProduct, false);
    Arrays.fill(seenPlant, false);
    int head = 0;
    int tail = 0;
    order[tail++] = centre;
    seenProduct[centre] = true;
    while (head < tail) {
      int j = order[head++];
      for (int i : network.plantsOf(j)) {
        if (seenPlant[i]) {
          continue;
        }
        seenPlant[i] = true;
        for (int k : network.productsOf(i)) {
          if (!seenProduct[k]) {
            seenProduct[k] = true;
            order[tail++] = k;
          }
        }
      }
    }
    return tail;
  }
}
