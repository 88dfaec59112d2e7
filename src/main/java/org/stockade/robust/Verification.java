package org.stockade.robust;

import java.util.List;

/**
 * Outcome of {@link SgVerifier#verify}: whether every claim of a result holds, and the numbers.
 *
 * @param problems human descriptions of failed checks (empty when {@link #ok()})
 * @param maxViolation largest {@code g(S) - r(S) - delta} over all subsets, recomputed
 *     independently (enumeration for N <= 16, exact MILP above)
 * @param dualLowerBound {@code sum_S y_S (sum_S d_j - sum_{A(S)} c_i - delta)} from the witnessed
 *     scenarios and multipliers: a proven lower bound on the optimal cost
 * @param method how feasibility was rechecked
 */
public record Verification(List<String> problems, double maxViolation, double dualLowerBound,
    String method) {
  public Verification {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
