package org.stockade.flexdesign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The efficient frontier of flexibility against inventory: the joint optimum for each budget
 * {@code K = 0..kMax} on the number of added arcs ({@link DesignProblem#withMaxArcs}). Total
 * cost is non-increasing in K (a design feasible for K is feasible for K + 1); each point is
 * solved with its share of the time limit and reports its own status, bound and gap.
 */
public final class DesignFrontier {
  private DesignFrontier() {}

  /**
   * One budget's optimum.
   *
   * @param budget K
   * @param result the design solve with at most K added arcs
   */
  public record Point(int budget, DesignResult result) {}

  public static List<Point> compute(DesignProblem p, int kMax, DesignOptions options) {
    if (kMax < 0) {
      throw new org.stockade.model.InvalidInputException("frontier budget must be >= 0, got "
          + kMax);
    }
    List<Point> out = new ArrayList<>();
    long t0 = System.nanoTime();
    for (int k = 0; k <= kMax; k++) {
      DesignOptions o = options;
      if (options.timeLimit() != null) {
        long left = options.timeLimit().toNanos() - (System.nanoTime() - t0);
        o = options.withTimeLimit(Duration.ofNanos(Math.max(1_000_000L,
            left / (kMax - k + 1))));
      }
      if (options.cancel().isCancelled()) {
        break;
      }
      out.add(new Point(k, new DesignSolver(o).solve(p.withMaxArcs(k))));
    }
    return out;
  }
}
