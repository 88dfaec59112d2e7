package org.stockade.strategies.suppliers;

import java.util.List;

/**
 * The outcome of supplier selection in a Federgruen &amp; Yang model.
 *
 * @param problem the instance
 * @param model {@code service} or {@code cost}
 * @param best the optimal plan (by enumeration when {@code enumerated}, else the greedy's)
 * @param enumerated whether every subset was evaluated
 * @param subsets number of subsets evaluated by enumeration (0 if not enumerated)
 * @param ordering supplier indices by effective cost, then yield cv, then fixed cost
 * @param prefixes the plan for each prefix of {@code ordering} (null where infeasible)
 * @param greedy the cheapest prefix plan (null if every prefix is infeasible)
 * @param greedyExactByTheory whether the structure guarantees the greedy is optimal: all fixed
 *     costs 0, or the ordering is a dominance chain (each supplier no dearer, no more variable and
 *     no more fixed-cost than the next)
 */
public record SelectionResult(SupplierProblem problem, String model, Selection best,
    boolean enumerated, long subsets, int[] ordering, List<Selection> prefixes, Selection greedy,
    boolean greedyExactByTheory) {
  public SelectionResult {
    ordering = ordering.clone();
    prefixes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(prefixes));
  }

  @Override
  public int[] ordering() {
    return ordering.clone();
  }

  /** Greedy total minus optimal total ({@code >= 0}; NaN if either is missing). */
  public double greedyGap() {
    return best == null || greedy == null ? Double.NaN : greedy.total() - best.total();
  }
}
