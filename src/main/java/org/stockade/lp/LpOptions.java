package org.stockade.lp;

import java.time.Duration;

/**
 * Options of one backend solve.
 *
 * @param timeLimit wall-clock limit, or {@code null} for none
 * @param relativeMipGap relative optimality gap at which a MILP stops (ignored for LPs)
 * @param absoluteMipGap absolute gap |bound - incumbent| at which a MILP stops
 */
public record LpOptions(Duration timeLimit, double relativeMipGap, double absoluteMipGap) {
  public LpOptions {
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
    return new LpOptions(limit, relativeMipGap, absoluteMipGap);
  }
}
