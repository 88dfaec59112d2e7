package org.stockade.robust;

import java.time.Duration;
import java.util.function.Consumer;
import org.stockade.model.CancelToken;
import org.stockade.model.InvalidInputException;

/**
 * Options of an SG solve.
 *
 * @param timeLimit wall-clock limit of the whole solve, {@code null} for none; every loop of the
 *     solver (master rounds, each local-search start, the exact separation, which gets the time
 *     left as its own limit) checks it
 * @param tolerance relative tolerance: a subset is violated when {@code g(S) - r(S) > delta +
 *     tolerance * scale} (scale = total worst-case demand)
 * @param heuristicSeparation try the closed-form local search before the exact proof
 * @param maxIterations cap on constraint-generation rounds
 * @param proof how optimality is proven at the end
 * @param algorithm which constraint-generation loop runs
 * @param cancel polled with the deadline; a cancelled solve returns {@link SgStatus#CANCELLED}
 * @param progress receives one update per round (never null; a no-op by default)
 */
public record SgOptions(Duration timeLimit, double tolerance, boolean heuristicSeparation,
    int maxIterations, Proof proof, Algorithm algorithm, CancelToken cancel,
    Consumer<SgProgress> progress) {
  /** How the final "no violated subset remains" is proven. */
  public enum Proof {
    /** Enumeration where it applies (it is much faster there), else the MILP. The default. */
    AUTO,
    /** The exact separation MILP (SCIP), for every kind of set. */
    MILP,
    /**
     * Complete enumeration of product subsets with the closed forms (parametric sets,
     * N <= 22 products and M <= 16 plants); the library falls back to the MILP where not
     * applicable (the CLI refuses instead).
     */
    ENUMERATION
  }

  /** The constraint-generation loop. */
  public enum Algorithm {
    /**
     * Incremental connected-neighbourhood local search, separation per connected component,
     * bounded memory ({@link ScalableLoop}); falls back to {@link #CLASSIC} for sets without
     * closed forms. The default.
     */
    SCALABLE,
    /**
     * The loop of the first releases: from-scratch {@code g(S)} in the local search over all
     * single-product flips, a cache of every subset evaluated, one MILP over the whole network.
     * Kept as the benchmark's baseline.
     */
    CLASSIC
  }

  public SgOptions {
    if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
      throw new InvalidInputException("time limit must be positive, got " + timeLimit);
    }
    if (!(tolerance > 0 && tolerance < 1e-2)) {
      throw new InvalidInputException("tolerance must be in (0, 0.01), got " + tolerance);
    }
    if (proof == null) {
      proof = Proof.AUTO;
    }
    if (algorithm == null) {
      algorithm = Algorithm.SCALABLE;
    }
    if (cancel == null) {
      cancel = CancelToken.never();
    }
    if (progress == null) {
      progress = p -> { };
    }
    if (maxIterations < 1) {
      throw new InvalidInputException("max iterations must be >= 1, got " + maxIterations);
    }
  }

  public SgOptions(Duration timeLimit, double tolerance, boolean heuristicSeparation,
      int maxIterations, Proof proof) {
    this(timeLimit, tolerance, heuristicSeparation, maxIterations, proof, null, null, null);
  }

  public static SgOptions defaults() {
    return new SgOptions(Duration.ofMinutes(5), 1e-7, true, 100_000, Proof.AUTO);
  }

  public SgOptions withTimeLimit(Duration d) {
    return new SgOptions(d, tolerance, heuristicSeparation, maxIterations, proof, algorithm,
        cancel, progress);
  }

  public SgOptions withHeuristic(boolean on) {
    return new SgOptions(timeLimit, tolerance, on, maxIterations, proof, algorithm, cancel,
        progress);
  }

  public SgOptions withProof(Proof p) {
    return new SgOptions(timeLimit, tolerance, heuristicSeparation, maxIterations, p, algorithm,
        cancel, progress);
  }

  public SgOptions withTolerance(double t) {
    return new SgOptions(timeLimit, t, heuristicSeparation, maxIterations, proof, algorithm,
        cancel, progress);
  }

  public SgOptions withAlgorithm(Algorithm a) {
    return new SgOptions(timeLimit, tolerance, heuristicSeparation, maxIterations, proof, a,
        cancel, progress);
  }

  public SgOptions withCancel(CancelToken c) {
    return new SgOptions(timeLimit, tolerance, heuristicSeparation, maxIterations, proof,
        algorithm, c, progress);
  }

  public SgOptions withProgress(Consumer<SgProgress> p) {
    return new SgOptions(timeLimit, tolerance, heuristicSeparation, maxIterations, proof,
        algorithm, cancel, p);
  }
}
