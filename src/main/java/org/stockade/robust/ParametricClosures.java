package org.stockade.robust;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stockade.flow.BipartiteMaxFlow;
import org.stockade.model.Network;
import org.stockade.uncertainty.AffinePiece;
import org.stockade.uncertainty.CapacityLoss;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Candidate subsets for the separation from parametric minimum cuts: the last fallback of the
 * local search (after climbing and variable-depth paths found nothing), before the exact MILP.
 * A heuristic: it only proposes subsets, each evaluated with the closed forms; the exact proof
 * ({@link ExactSeparation}) has the last word.
 *
 * <p><b>Closure.</b> For weights {@code a_j} and plant costs {@code c_i}, {@code max_S a(S) -
 * r(S) - c(A(S))} is a maximum-weight closure (taking product j forces its plants), one max-flow
 * of the lost-sales network ({@link BipartiteMaxFlow}; Picard 1976, as in
 * {@link ClosureSeparation}). Each call solves it once per <em>anchor</em> product j, forced into
 * S by a weight above everything else: the pieces' constants are outside the closure, so without
 * an anchor the empty set wins whenever they carry the violation.
 *
 * <p><b>Capacity.</b> For "up to K <= 1 plants down", {@code Cmin(P) = c(P) - K max_{i in P}
 * c_i}, so the violation of S is {@code a(S) - r(S) - c(A(S)) + K max_{i in A(S)} c_i}. The
 * closure drops the last term, yet the anchored maximizers still contain a most violated subset
 * S*: take the anchor j next to the largest plant i* of {@code A(S*)}; every S containing j has
 * {@code max_{A(S)} c >= c_{i*}}, so the anchor's maximizer is at least as violated as S*.
 * A deterministic loss scales the costs; other capacity sets are not handled here.
 *
 * <p><b>Demand.</b> With one closed-form piece (a box) the anchored closures are therefore exact:
 * the best candidate is the most violated subset. With two — the paper's parametric set: the box
 * and the aggregate budget — {@code Dmax(S) = min(p1(S), p2(S)) <= (1 - lambda) p1(S) + lambda
 * p2(S)} for {@code lambda in [0, 1]}; the maximizers shrink as lambda moves weight to the
 * smaller piece, and the violated subsets sit where the two pieces cross. So per anchor the
 * search bisects lambda for that crossing ({@value #BISECTIONS} steps) and keeps every distinct
 * maximizer met; the caller climbs from the best ones with swaps
 * ({@link NeighborhoodSearch#polish}), which closes part of the Lagrangian gap at the crossing.
 * Measured with one plant down on the generalized 3-chain: N = 500 solved in 9.2 s instead of
 * 38 s, N = 1000 in 35 s (one exact MILP, the final proof) instead of not within 60 s. On the
 * symmetric 3-chain and random degree-3 designs the maximizers jump across the crossing (many
 * subsets tie in the closure), and it finds nothing the search missed.
 *
 * <p>Cost: up to {@code N (2 + BISECTIONS)} max-flows on the whole network per call; it polls
 * {@code stop} between anchors.
 */
final class ParametricClosures implements CandidateSource {
  /** Bisection steps on lambda per anchor. */
  static final int BISECTIONS = 10;

  private final Network network;
  private final UncertaintySet u;
  private final AffinePiece first;
  private final AffinePiece second;
  /** The plant costs of the closure. */
  private final double[] c0;
  private final BipartiteMaxFlow flow;
  /** Demand weight that forces the anchor product into the maximizer. */
  private final double anchorWeight;

  private ParametricClosures(Network network, UncertaintySet u, List<AffinePiece> pieces,
      double[] c0) {
    this.network = network;
    this.u = u;
    this.first = pieces.get(0);
    this.second = pieces.get(pieces.size() - 1);
    this.c0 = c0;
    this.flow = new BipartiteMaxFlow(network);
    double w = 1;
    for (double c : c0) {
      w += c;
    }
    for (AffinePiece pc : pieces) {
      for (double a : pc.coef()) {
        w += Math.abs(a);
      }
    }
    this.anchorWeight = w;
  }

  /** The candidates' generator for this set, or {@code null} where the structure is absent. */
  static ParametricClosures of(Network n, UncertaintySet u) {
    List<AffinePiece> pieces = u.demand().maxPieces();
    if (pieces == null || pieces.isEmpty() || pieces.size() > 2
        || !(u.capacity() instanceof CapacityLoss loss)) {
      return null;
    }
    double[] c0 = loss.upperBounds();
    return switch (loss.kind()) {
      case NONE -> new ParametricClosures(n, u, pieces, c0);
      case PLANTS -> loss.zeta() > 1 ? null : new ParametricClosures(n, u, pieces, c0);
      case DETERMINISTIC -> new ParametricClosures(n, u, pieces, scaled(c0, 1 - loss.zeta()));
      default -> null;
    };
  }

  private static double[] scaled(double[] c, double f) {
    double[] out = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      out[i] = f * c[i];
    }
    return out;
  }

  /**
   * Distinct maximizers met by the anchored closures at inventory {@code r}, with their
   * violations, most violated first, at most {@code limit}; stops early (returning what it has)
   * when {@code stop} says so.
   */
  @Override
  public List<NeighborhoodSearch.Found> candidates(double[] r, int limit,
      NeighborhoodSearch.StopCheck stop) {
    Set<BitSet> seen = new HashSet<>();
    List<NeighborhoodSearch.Found> out = new ArrayList<>();
    double[] a = new double[network.productCount()];
    for (int anchor = 0; anchor < a.length; anchor++) {
      if (stop.shouldStop()) {
        break;
      }
      search(r, anchor, a, seen, out);
    }
    return CandidateSource.mostViolated(out, limit);
  }

  /** The bisection on lambda for one anchor product. */
  private void search(double[] r, int anchor, double[] a, Set<BitSet> seen,
      List<NeighborhoodSearch.Found> out) {
    BitSet lo = maximizer(r, 0, anchor, a);
    keep(lo, r, seen, out);
    if (first == second) {
      return; // one piece: lambda plays no part
    }
    BitSet hi = maximizer(r, 1, anchor, a);
    keep(hi, r, seen, out);
    double sideLo = side(lo);
    if (sideLo * side(hi) >= 0) {
      return; // no crossing between the two pieces: the ends are the candidates
    }
    double l0 = 0;
    double l1 = 1;
    for (int k = 0; k < BISECTIONS; k++) {
      double mid = 0.5 * (l0 + l1);
      BitSet s = maximizer(r, mid, anchor, a);
      keep(s, r, seen, out);
      if (side(s) * sideLo > 0) {
        l0 = mid;
      } else {
        l1 = mid;
      }
    }
  }

  /**
   * The closure maximizer containing {@code anchor} for weights {@code (1 - lambda) p1 +
   * lambda p2} and the plant costs {@link #c0}. The anchor is forced in by a demand larger than
   * everything else: without it the empty set wins whenever the pieces' constants carry the
   * violation.
   */
  private BitSet maximizer(double[] r, double lambda, int anchor, double[] a) {
    double[] a1 = first.coef();
    double[] a2 = second.coef();
    for (int j = 0; j < a.length; j++) {
      a[j] = Math.max(0, (1 - lambda) * a1[j] + lambda * a2[j]);
    }
    a[anchor] = r[anchor] + anchorWeight;
    flow.solve(r, a, c0);
    return flow.shortageSet();
  }

  /** {@code p1(S) - p2(S)}: which piece binds (0 for the empty set). */
  private double side(BitSet s) {
    return s.isEmpty() ? 0 : first.valueAt(s) - second.valueAt(s);
  }

  private void keep(BitSet s, double[] r, Set<BitSet> seen,
      List<NeighborhoodSearch.Found> out) {
    if (s.isEmpty() || !seen.add(s)) {
      return;
    }
    out.add(new NeighborhoodSearch.Found(s.stream().toArray(),
        ExactSeparation.violation(network, u, s, r)));
  }
}
