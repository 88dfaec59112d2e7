package org.stockade.stochastic;

import java.time.Duration;
import org.stockade.model.InvalidInputException;

/**
 * Options of an SAA solve.
 *
 * @param timeLimit wall-clock limit or null
 * @param tolerance relative tolerance: the decomposition stops when the sampled lost sales
 *     exceed the allowance by at most {@code tolerance * sum_n D^n}; at that point the master LP's
 *     value is the cost and a proven lower bound, so the gap is exactly zero
 * @param maxIterations cutting-plane rounds at most
 * @param threads worker threads for the per-sample max-flows (the result does not depend on it)
 * @param cuts aggregated (one cut per round, the sum over samples) or multi-cut (one per sample)
 */
public record SaaOptions(Duration timeLimit, double tolerance, int maxIterations, int threads,
    Cuts cuts) {
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
  }

  public static SaaOptions defaults() {
    return new SaaOptions(null, 1e-9, 100_000, 1, Cuts.AGGREGATED);
  }

  public SaaOptions withTimeLimit(Duration limit) {
    return new SaaOptions(limit, tolerance, maxIterations, threads, cuts);
  }

  public SaaOptions withThreads(int t) {
    return new SaaOptions(timeLimit, tolerance, maxIterations, t, cuts);
  }

  public SaaOptions withCuts(Cuts c) {
    return new SaaOptions(timeLimit, tolerance, maxIterations, threads, c);
  }

  public SaaOptions withTolerance(double tol) {
    return new SaaOptions(timeLimit, tol, maxIterations, threads, cuts);
  }
}
