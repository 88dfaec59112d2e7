package org.stockade.stochastic;

import java.time.Duration;
import org.stockade.model.CancelToken;
import org.stockade.model.InvalidInputException;

/**
 * Options of an SAA solve.
 *
 * @param timeLimit wall-clock limit or null
 * @param tolerance relative tolerance: a point is feasible when the sampled lost sales exceed
 *     the allowance by at most {@code tolerance * sum_n D^n}, and the decomposition stops when
 *     its relative gap between cost and proven lower bound is at most this
 * @param maxIterations max-flow rounds (one max-flow per sample each) at most
 * @param threads worker threads for the per-sample max-flows (the result does not depend on it)
 * @param cuts aggregated (one cut per round, the sum over samples) or multi-cut (one per sample)
 * @param stabilization in-out weight alpha in (0, 1] of the master solution in the separation
 *     point (1 = plain Kelley)
 */
public record SaaOptions(Duration timeLimit, double tolerance, int maxIterations, int threads,
    Cuts cuts, double stabilization, CancelToken cancel) {
  /** Cut style of the decomposition. */
  public enum Cuts {
    AGGREGATED,
    MULTI
  }

  public SaaOptions {
    if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
      throw new InvalidInputException("time limit must be positive, got " + timeLimit);
    }
    if (!(tolerance > 0) || tolerance >= 0.1) {
      throw new InvalidInputException("tolerance must be in (0, 0.1), got " + tolerance);
    }
    if (maxIterations < 1) {
      throw new InvalidInputException("maxIterations must be >= 1, got " + maxIterations);
    }
    if (threads < 1) {
      throw new InvalidInputException("threads must be >= 1, got " + threads);
    }
    if (cuts == null) {
      cuts = Cuts.AGGREGATED;
    }
    if (cancel == null) {
      cancel = CancelToken.never();
    }
    if (!(stabilization > 0 && stabilization <= 1)) {
      throw new InvalidInputException("stabilization alpha must be in (0, 1], got "
          + stabilization);
    }
  }

  public static SaaOptions defaults() {
    return new SaaOptions(null, 1e-9, 100_000, 1, Cuts.AGGREGATED, 0.5, CancelToken.never());
  }

  public SaaOptions withTimeLimit(Duration limit) {
    return new SaaOptions(limit, tolerance, maxIterations, threads, cuts, stabilization, cancel);
  }

  public SaaOptions withThreads(int t) {
    return new SaaOptions(timeLimit, tolerance, maxIterations, t, cuts, stabilization, cancel);
  }

  public SaaOptions withCuts(Cuts c) {
    return new SaaOptions(timeLimit, tolerance, maxIterations, threads, c, stabilization, cancel);
  }

  public SaaOptions withStabilization(double alpha) {
    return new SaaOptions(timeLimit, tolerance, maxIterations, threads, cuts, alpha, cancel);
  }

  public SaaOptions withTolerance(double tol) {
    return new SaaOptions(timeLimit, tol, maxIterations, threads, cuts, stabilization, cancel);
  }

  /** These options with the cancel flag {@code token}, polled once per cutting-plane round. */
  public SaaOptions withCancel(CancelToken token) {
    return new SaaOptions(timeLimit, tolerance, maxIterations, threads, cuts, stabilization,
        token);
  }
}
