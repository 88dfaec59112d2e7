package org.stockade.lp;

import java.time.Duration;

/**
 * Options of one backend solve.
 *
 * @param timeLimit wall-clock limit, or {@code null} for none
 * @param relativeMipGap relative optimality gap at which a MILP stops (ignored for LPs)
 * @param absoluteMipGap absolute gap |bound - incumbent| at which a MILP stops
 * @param decisionTarget NaN, or a value that turns a MILP into the question "is the optimum
 *     better than this?": it stops as soon as its incumbent is at least as good as the target
 *     (yes) or its bound is no better than it (no), whichever comes first (SCIP's
 *     {@code limits/primal} and {@code limits/dual}); ignored for LPs
 */
public record LpOptions(Duration timeLimit, double relativeMipGap, double absoluteMipGap,
    double decisionTarget) {
  public LpOptions(Duration timeLimit, double relativeMipGap, double absoluteMipGap) {
    this(timeLimit, relativeMipGap, absoluteMipGap, Double.NaN);
  }

  public LpOptions {
    if (Double.isInfinite(decisionTarget)) {
      throw new IllegalArgumentException("decisionTarget must be finite or NaN, got "
          + decisionTarget);
    }
    if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
      throw new IllegalArgumentException("timeLimit must be positive, got " + timeLimit);
    }
    if (!(relativeMipGap >= 0.0) || relativeMipGap >= 1.0) {
      throw new IllegalArgumentException("relativeMipGap must be in [0, 1), got " + relativeMipGap);
    }
    if (!(absoluteMipGap >= 0.0) || Double.isInfinite(absoluteMipGap)) {
      throw new IllegalArgumentException("absoluteMipGap must be finite and >= 0, got "
          + absoluteMipGap);
    }
  }

  public static LpOptions defaults() {
    return new LpOptions(null, 1e-9, 1e-9);
  }

  public LpOptions withTimeLimit(Duration limit) {
    return new LpOptions(limit, relativeMipGap, absoluteMipGap, decisionTarget);
  }

  /** These options as the decision "is the optimum better than {@code target}?". */
  public LpOptions withDecisionTarget(double target) {
    return new LpOptions(timeLimit, relativeMipGap, absoluteMipGap, target);
  }
}
