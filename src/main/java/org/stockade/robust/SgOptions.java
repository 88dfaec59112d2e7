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
 * @param proof how optimality is proven at the end
 */
public record SgOptions(Duration timeLimit, double tolerance, boolean heuristicSeparation,
    int maxIterations, Proof proof) {
  /** How the final "no violated subset remains" is proven. */
  public enum Proof {
    /** The exact separation MILP (SCIP), for every kind of set. */
    MILP,
    /**
     * Complete enumeration of product subsets with the closed forms (parametric sets, N <= 22 products and M <= 16 plants);
     * falls back to the MILP where not applicable. Much faster on small networks.
     */
    ENUMERATION
  }

  public SgOptions {
    if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
      throw new InvalidInputException("time limit must be positive, got " + timeLimit);
    }
    if (!(tolerance > 0 && tolerance < 1e-2)) {
      throw new InvalidInputException("tolerance must be in (0, 0.01), got " + tolerance);
    }
    if (proof == null) {
      proof = Proof.MILP;
    }
    if (maxIterations < 1) {
      throw new InvalidInputException("max iterations must be >= 1, got " + maxIterations);
    }
  }

  public static SgOptions defaults() {
    return new SgOptions(Duration.ofMinutes(5), 1e-7, true, 100_000, Proof.MILP);
  }

  public SgOptions withTimeLimit(Duration d) {
    return new SgOptions(d, tolerance, heuristicSeparation, maxIterations, proof);
  }

  public SgOptions withHeuristic(boolean on) {
    return new SgOptions(timeLimit, tolerance, on, maxIterations, proof);
  }

  public SgOptions withProof(Proof p) {
    return new SgOptions(timeLimit, tolerance, heuristicSeparation, maxIterations, p);
  }

  public SgOptions withTolerance(double t) {
    return new SgOptions(timeLimit, t, heuristicSeparation, maxIterations, proof);
  }
}
