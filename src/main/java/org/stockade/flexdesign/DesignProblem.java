package org.stockade.flexdesign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stockade.model.Arc;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.robust.SgProblem;

/**
 * The joint flexibility-design and inventory problem (beyond Simchi-Levi, Wang & Wei 2018; spec
 * sections 1-3 for the SG model it extends):
 *
 * <pre>
 *   min  sum_a f_a x_a + sum_j h_j r_j
 *   s.t. L(r, d, c; A_0 + {a : x_a = 1}) <= delta   for all (d, c) in U,
 *        sum_a x_a <= K (optional),  sum_a f_a x_a <= B (optional),
 *        x_a = 1 for forced arcs,  x binary,  r >= 0,
 * </pre>
 *
 * where {@code A_0} is the network's own (existing) design, always present at no cost, and
 * {@code a} ranges over the candidate arcs, which must not already be in {@code A_0}. The
 * uncertainty set does not depend on the design (it is built from mu, sigma and c0 only).
 *
 * @param base the SG problem on the existing design (network, U, delta)
 * @param candidates arcs that may be added, each with its cost
 * @param maxArcs budget on the number of added arcs, or null for none
 * @param maxArcCost budget on the total cost of added arcs, or null for none
 * @param forced indices into {@code candidates} of arcs that must be added (their cost counts)
 */
public record DesignProblem(SgProblem base, List<CandidateArc> candidates, Integer maxArcs,
    Double maxArcCost, int[] forced) {
  public DesignProblem {
    if (base == null) {
      throw new InvalidInputException("a design problem needs an SG problem (network, U, delta)");
    }
    candidates = List.copyOf(candidates == null ? List.of() : candidates);
    forced = forced == null ? new int[0] : forced.clone();
    Network n = base.network();
    Set<Long> seen = new HashSet<>();
    for (int k = 0; k < candidates.size(); k++) {
      CandidateArc a = candidates.get(k);
      if (a.plant() >= n.plantCount() || a.product() >= n.productCount()) {
        throw new InvalidInputException("candidate arc " + (k + 1) + " names plant index "
            + a.plant() + " / product index " + a.product() + " outside the network ("
            + n.plantCount() + " plants, " + n.productCount() + " products)");
      }
      String label = n.plant(a.plant()).id() + "->" + n.product(a.product()).id();
      if (n.hasArc(a.plant(), a.product())) {
        throw new InvalidInputException("candidate arc " + label + " is already in the network's"
            + " design; list only arcs that can be added");
      }
      if (!seen.add((long) a.plant() * n.productCount() + a.product())) {
        throw new InvalidInputException("candidate arc " + label + " is listed twice; give each"
            + " arc once");
      }
    }
    if (maxArcs != null && maxArcs < 0) {
      throw new InvalidInputException("--max-arcs (budget on added arcs) must be >= 0, got "
          + maxArcs);
    }
    if (maxArcCost != null && (!(maxArcCost >= 0) || Double.isInfinite(maxArcCost))) {
      throw new InvalidInputException("arc-cost budget must be finite and >= 0, got "
          + maxArcCost);
    }
    Set<Integer> f = new HashSet<>();
    for (int k : forced) {
      if (k < 0 || k >= candidates.size()) {
        throw new InvalidInputException("forced arc index " + k + " is not a candidate (0.."
            + (candidates.size() - 1) + ")");
      }
      if (!f.add(k)) {
        throw new InvalidInputException("forced arc index " + k + " is listed twice");
      }
    }
  }

  /** The problem with every plant-product pair outside the existing design as a candidate. */
  public static DesignProblem allPairs(SgProblem base, double cost, Integer maxArcs) {
    Network n = base.network();
    List<CandidateArc> c = new ArrayList<>();
    for (int i = 0; i < n.plantCount(); i++) {
      for (int j = 0; j < n.productCount(); j++) {
        if (!n.hasArc(i, j)) {
          c.add(new CandidateArc(i, j, cost));
        }
      }
    }
    return new DesignProblem(base, c, maxArcs, null, null);
  }

  @Override
  public int[] forced() {
    return forced.clone();
  }

  public boolean isForced(int k) {
    for (int f : forced) {
      if (f == k) {
        return true;
      }
    }
    return false;
  }

  /** The same problem with another budget on the number of added arcs. */
  public DesignProblem withMaxArcs(Integer k) {
    return new DesignProblem(base, candidates, k, maxArcCost, forced);
  }

  public Network network() {
    return base.network();
  }

  /** The network with the existing design plus the candidates chosen in {@code x}. */
  public Network networkWith(boolean[] x) {
    Network n = base.network();
    List<Arc> arcs = new ArrayList<>(n.arcs());
    for (int k = 0; k < x.length; k++) {
      if (x[k]) {
        CandidateArc a = candidates.get(k);
        arcs.add(new Arc(n.plant(a.plant()).id(), n.product(a.product()).id()));
      }
    }
    return n.withArcs(n.name(), arcs);
  }

  /** The SG problem at design {@code x}. */
  public SgProblem sgAt(boolean[] x) {
    return new SgProblem(networkWith(x), base.uncertainty(), base.delta());
  }

  public double arcCost(boolean[] x) {
    double s = 0;
    for (int k = 0; k < x.length; k++) {
      if (x[k]) {
        s += candidates.get(k).cost();
      }
    }
    return s;
  }

  /** Null if {@code x} meets the budgets and forced arcs, else the reason. */
  public String budgetViolation(boolean[] x) {
    if (x.length != candidates.size()) {
      return "design has " + x.length + " entries for " + candidates.size() + " candidates";
    }
    int count = 0;
    for (boolean b : x) {
      count += b ? 1 : 0;
    }
    if (maxArcs != null && count > maxArcs) {
      return count + " arcs added but the budget is " + maxArcs;
    }
    if (maxArcCost != null && arcCost(x) > maxArcCost * (1 + 1e-9) + 1e-9) {
      return "arc cost " + arcCost(x) + " exceeds the budget " + maxArcCost;
    }
    for (int f : forced) {
      if (!x[f]) {
        return "forced arc " + label(f) + " is not in the design";
      }
    }
    return null;
  }

  /** {@code plant->product} ids of candidate {@code k}. */
  public String label(int k) {
    CandidateArc a = candidates.get(k);
    return network().plant(a.plant()).id() + "->" + network().product(a.product()).id();
  }

  /** The design with only the forced arcs. */
  public boolean[] forcedDesign() {
    boolean[] x = new boolean[candidates.size()];
    for (int f : forced) {
      x[f] = true;
    }
    return x;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DesignProblem p && base.equals(p.base) && candidates.equals(p.candidates)
        && java.util.Objects.equals(maxArcs, p.maxArcs)
        && java.util.Objects.equals(maxArcCost, p.maxArcCost) && Arrays.equals(forced, p.forced);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(base, candidates, maxArcs, maxArcCost, Arrays.hashCode(forced));
  }
}
