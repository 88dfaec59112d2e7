package org.stockade.robust;

/**
 * One progress update of an SG solve, sent after every constraint-generation round and before
 * the exact proof.
 *
 * @param iteration master LP solves so far
 * @param lowerBound the master's objective (a lower bound on the optimal cost)
 * @param cuts subset constraints in the master
 * @param phase what runs next: "local search", "exact proof", ...
 * @param seconds wall time since the solve started
 * @param masterSeconds of which in master LPs (build and solve)
 * @param searchSeconds of which in the separation heuristic
 * @param exactSeconds of which in the exact proof (enumeration or MILP)
 */
public record SgProgress(int iteration, double lowerBound, int cuts, String phase,
    double seconds, double masterSeconds, double searchSeconds, double exactSeconds) {
  public SgProgress(int iteration, double lowerBound, int cuts, String phase, double seconds) {
    this(iteration, lowerBound, cuts, phase, seconds, Double.NaN, Double.NaN, Double.NaN);
  }

  /** One plain line for a terminal or log: iteration, bound, cuts, phase, elapsed. */
  public String line() {
    String split = Double.isNaN(masterSeconds) ? "" : String.format(java.util.Locale.ROOT,
        " (master %.1f s, search %.1f s, proof %.1f s)", masterSeconds, searchSeconds,
        exactSeconds);
    return String.format(java.util.Locale.ROOT, "iteration %d, lower bound %.6g, %d cuts, %s,"
        + " %.1f s%s", iteration, lowerBound, cuts, phase, seconds, split);
  }
}
