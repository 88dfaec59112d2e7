package org.stockade.strategies.preposition;

import java.time.Duration;
import org.stockade.model.InvalidInputException;

/**
 * How to solve.
 *
 * @param timeLimit wall-clock limit per method, or null for none
 * @param gap relative gap {@code (UB - LB) / |UB|} at which a method stops, in {@code (0, 0.5)}
 * @param threads threads for the recourse LPs (Benders and the cost split), in {@code [1, 64]}
 */
public record PrepositionOptions(Duration timeLimit, double gap, int threads) {
  public PrepositionOptions {
    if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
      throw new InvalidInputException("time limit must be positive, got " + timeLimit);
    }
    if (!(gap > 0 && gap < 0.5)) {
      throw new InvalidInputException("gap must be in (0, 0.5), got " + gap + "; e.g. 1e-4");
    }
    if (threads < 1 || threads > 64) {
      throw new InvalidInputException("threads must be in [1, 64], got " + threads);
    }
  }

  /** No time limit, gap 1e-4, up to 4 threads (fewer on smaller machines). */
  public static PrepositionOptions defaults() {
    return new PrepositionOptions(null, 1e-4,
        Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
  }

  public PrepositionOptions withGap(double g) {
    return new PrepositionOptions(timeLimit, g, threads);
  }

  public PrepositionOptions withTimeLimit(Duration t) {
    return new PrepositionOptions(t, gap, threads);
  }
}
