package org.stockade.flexdesign;

import java.time.Duration;
import java.util.function.Consumer;
import org.stockade.model.CancelToken;
import org.stockade.model.InvalidInputException;

/**
 * Options of a {@link DesignSolver} run.
 *
 * @param timeLimit wall-clock limit of the whole run, {@code null} for none; the master MILP and
 *     every SG evaluation get the time left as their own limit
 * @param method {@link Method#EXACT} (constraint generation from the start) or
 *     {@link Method#HEURISTIC} (greedy add/remove first, then the time-limited MILP improvement)
 * @param tolerance relative tolerance of the SG evaluations (as {@code SgOptions.tolerance}) and
 *     of the stopping test {@code upper - lower <= tolerance * max(1, |upper|)}
 * @param maxRounds cap on master MILP solves (the bound stays valid when it is hit)
 * @param cancel polled between rounds and between greedy evaluations
 * @param progress receives one human line per round (never null)
 */
public record DesignOptions(Duration timeLimit, Method method, double tolerance, int maxRounds,
    CancelToken cancel, Consumer<String> progress) {
  /** Which algorithm runs. */
  public enum Method {
    /** Constraint generation with the MILP master from the start. */
    EXACT,
    /**
     * Greedy arc addition then removal with the SG solver as the evaluator (arcs that join two
     * connected groups first: chain-guided), then the MILP improvement seeded with the greedy
     * design as incumbent and its worst cases as cuts, for the time and rounds left.
     */
    HEURISTIC
  }

  public DesignOptions {
    if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
      throw new InvalidInputException("time limit must be positive, got " + timeLimit);
    }
    if (method == null) {
      method = Method.EXACT;
    }
    if (!(tolerance > 0 && tolerance < 1e-2)) {
      throw new InvalidInputException("tolerance must be in (0, 0.01), got " + tolerance);
    }
    if (maxRounds < 0) {
      throw new InvalidInputException("max rounds must be >= 0, got " + maxRounds);
    }
    if (cancel == null) {
      cancel = CancelToken.never();
    }
    if (progress == null) {
      progress = s -> { };
    }
  }

  public static DesignOptions defaults() {
    return new DesignOptions(Duration.ofMinutes(10), Method.EXACT, 1e-7, 100_000, null, null);
  }

  public DesignOptions withTimeLimit(Duration d) {
    return new DesignOptions(d, method, tolerance, maxRounds, cancel, progress);
  }

  public DesignOptions withMethod(Method m) {
    return new DesignOptions(timeLimit, m, tolerance, maxRounds, cancel, progress);
  }

  public DesignOptions withMaxRounds(int k) {
    return new DesignOptions(timeLimit, method, tolerance, k, cancel, progress);
  }

  public DesignOptions withCancel(CancelToken c) {
    return new DesignOptions(timeLimit, method, tolerance, maxRounds, c, progress);
  }

  public DesignOptions withProgress(Consumer<String> p) {
    return new DesignOptions(timeLimit, method, tolerance, maxRounds, cancel, p);
  }
}
