package org.stockade.multistage;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Memoised right-hand sides {@code g(B) = Dmax(B ∩ P) - Cmin(B \ A)} of canonical cuts for one
 * problem ({@code -infinity} for infinite cuts, which constrain nothing). Not thread-safe.
 */
final class CutEvaluator {
  private final MsgProblem problem;
  private final Map<BitSet, Cut> cuts = new HashMap<>();
  private final Map<BitSet, Double> values = new HashMap<>();

  CutEvaluator(MsgProblem problem) {
    this.problem = problem;
  }

  Cut cut(BitSet b) {
    return cuts.computeIfAbsent((BitSet) b.clone(), k -> Cut.canonical(problem.network(), k));
  }

  double g(BitSet b) {
    Double v = values.get(b);
    if (v == null) {
      v = g(problem, cut(b));
      values.put((BitSet) b.clone(), v);
    }
    return v;
  }

  static double g(MsgProblem problem, Cut c) {
    if (!c.finite()) {
      return Double.NEGATIVE_INFINITY;
    }
    double dmax = c.products().isEmpty() ? 0
        : problem.uncertainty().demand().maxValue(c.products());
    double cmin = c.capacityNodes().isEmpty() ? 0
        : problem.uncertainty().capacity().minValue(c.capacityNodes());
    return dmax - cmin;
  }

  /** {@code g(B) - r(B)}: how far the cut is short at inventory {@code r}. */
  double violation(BitSet b, double[] r) {
    double v = g(b);
    for (int x = b.nextSetBit(0); x >= 0; x = b.nextSetBit(x + 1)) {
      v -= r[x];
    }
    return v;
  }
}
