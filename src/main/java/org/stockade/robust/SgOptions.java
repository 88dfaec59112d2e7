package org.stockade.robust;

import java.time.Duration;
import org.stockade.model.InvalidInputException;

/**
 * Options of an SG solve.
 *
 * @param timeLimit wall-clock limit of the whole solve, {@code null} for none
 * @param tolerance relative tolerance: a subset is violated when {@code g(S) - r(S) > delta +
 *     tolerance * scale} (scale = total worst-case demand)
 * @param heuristicSeparation try the closed-form local search before the exact MILP
 * @param maxIterations cap on constraint-generation rounds
 */
public record SgOptions(Duration timeLimit, double tolerance, boolean heuristicSeparation,
    int maxIterations) {
  public SgOptions {
    if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
      throw new InvalidInputException("time limit must be positive, got " + timeLimit);
    }
    if (!(tolerance > 0 && tolerance < 1e-2)) {
      throw new InvalidInputException("tolerance must be in (0, 0.01), got " + tolerance);
    }
    if (maxIterations < 1) {
      throw new InvalidInputException("max iterations must be >= 1, got " + maxIterations);
    }
  }

  public static SgOptions defaults() {
    return new SgOptions(Duration.ofMinutes(5), 1e-7, true, 100_000);
  }

  public SgOptions withTimeLimit(Duration d) {
    return new SgOptions(d, tolerance, heuristicSeparation, maxIterations);
  }

  public SgOptions withHeuristic(boolean on) {
    return new SgOptions(timeLimit, tolerance, on, maxIterations);
  }
}
