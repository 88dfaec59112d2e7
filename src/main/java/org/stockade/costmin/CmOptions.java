package org.stockade.costmin;

import java.time.Duration;
import org.stockade.model.CancelToken;
import org.stockade.model.InvalidInputException;

/**
 * Options of a CM solve.
 *
 * @param timeLimit wall-clock limit of the whole solve, {@code null} for none
 * @param tolerance relative optimality gap: stop when {@code UB - LB <= tolerance * max(1, |UB|)}
 * @param maxIterations cap on column-and-constraint-generation rounds (master LP solves)
 * @param warmStart seed the master with the worst cases of the SG model's certificate
 * @param cancel polled once per iteration and inside the local search; when cancelled the solve
 *     returns its best result so far with status {@link CmStatus#CANCELLED}
 */
public record CmOptions(Duration timeLimit, double tolerance, int maxIterations,
    boolean warmStart, CancelToken cancel) {
  public CmOptions {
    if (cancel == null) {
      cancel = CancelToken.never();
    }
    if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
      throw new InvalidInputException("time limit must be positive, got " + timeLimit);
    }
    if (!(tolerance > 0 && tolerance < 0.1)) {
      throw new InvalidInputException("tolerance (relative gap) must be in (0, 0.1), got "
          + tolerance);
    }
    if (maxIterations < 1) {
      throw new InvalidInputException("max iterations must be >= 1, got " + maxIterations);
    }
  }

  public static CmOptions defaults() {
    return new CmOptions(Duration.ofMinutes(5), 1e-6, 1000, true, CancelToken.never());
  }

  public CmOptions withTimeLimit(Duration d) {
    return new CmOptions(d, tolerance, maxIterations, warmStart, cancel);
  }

  public CmOptions withTolerance(double t) {
    return new CmOptions(timeLimit, t, maxIterations, warmStart, cancel);
  }

  public CmOptions withMaxIterations(int n) {
    return new CmOptions(timeLimit, tolerance, n, warmStart, cancel);
  }

  public CmOptions withWarmStart(boolean on) {
    return new CmOptions(timeLimit, tolerance, maxIterations, on, cancel);
  }

  public CmOptions withCancel(CancelToken token) {
    return new CmOptions(timeLimit, tolerance, maxIterations, warmStart, token);
  }
}
