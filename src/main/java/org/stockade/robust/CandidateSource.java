package org.stockade.robust;

import java.util.List;

/**
 * A generator of candidate subsets for the separation's last fallbacks ({@link BallGrowth},
 * {@link ParametricClosures}): subsets proposed at inventory {@code r} with their violations,
 * most violated first, which the local search then climbs with swaps. Heuristic only: the
 * exact proof ({@link ExactSeparation}) has the last word.
 */
interface CandidateSource {
  /**
   * At most {@code limit} distinct candidates at inventory {@code r}, most violated first;
   * stops early (returning what it has) when {@code stop} says so.
   */
  List<NeighborhoodSearch.Found> candidates(double[] r, int limit,
      NeighborhoodSearch.StopCheck stop);

  /** {@code found} sorted most violated first and cut to its first {@code limit}. */
  static List<NeighborhoodSearch.Found> mostViolated(List<NeighborhoodSearch.Found> found,
      int limit) {
    found.sort((x, y) -> Double.compare(y.violation(), x.violation()));
    return found.size() > limit ? new java.util.ArrayList<>(found.subList(0, limit)) : found;
  }
}
