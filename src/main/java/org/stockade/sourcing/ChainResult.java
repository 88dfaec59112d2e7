package org.stockade.sourcing;

/**
 * Exact long-run averages of a policy from the stationary distribution of its Markov chain
 * ({@link MarkovEvaluator}).
 *
 * @param cost long-run average cost per period (purchase plus holding/backorder)
 * @param purchase average purchase cost per period
 * @param expedited average expedited order per period
 * @param regular average regular order per period
 * @param yOffset smallest post-order position y with positive stationary probability
 * @param yProb stationary distribution of y: {@code yProb[i] = P(y = yOffset + i)}
 * @param states reachable states
 * @param iterations power iterations used
 * @param residual L1 change of the distribution in the last iteration
 * @param clampedMass stationary probability of transitions clamped at the state-space cap
 */
public record ChainResult(double cost, double purchase, double expedited, double regular,
    int yOffset, double[] yProb, int states, int iterations, double residual,
    double clampedMass) {

  public ChainResult {
    yProb = yProb.clone();
  }

  @Override
  public double[] yProb() {
    return yProb.clone();
  }

  /**
   * The cost when every level of the policy is moved up by {@code shift} (backorder systems are
   * shift-invariant: the chain relative to the levels does not change, only where the holding
   * and backorder cost is charged).
   */
  public double shiftedCost(DualSourcingProblem p, double[] leadPmf, int shift) {
    return shifted(p, leadPmf, purchase, yOffset, yProb, shift);
  }

  /** The shift minimizing {@link #shiftedCost} (the cost is convex in the shift). */
  public int bestShift(DualSourcingProblem p, double[] leadPmf) {
    return bestShift(p, leadPmf, purchase, yOffset, yProb);
  }

  /** {@code purchase + sum_i yProb[i] L(yOffset + i + shift)}. */
  static double shifted(DualSourcingProblem p, double[] leadPmf, double purchase, int yOffset,
      double[] yProb, int shift) {
    double c = purchase;
    for (int i = 0; i < yProb.length; i++) {
      if (yProb[i] > 0) {
        c += yProb[i] * p.periodCost(leadPmf, yOffset + i + shift);
      }
    }
    return c;
  }

  /** Minimizer of {@link #shifted} over integer shifts (convex: L is convex). */
  static int bestShift(DualSourcingProblem p, double[] leadPmf, double purchase, int yOffset,
      double[] yProb) {
    int lo = -yOffset - yProb.length - leadPmf.length;
    int hi = -yOffset + leadPmf.length;
    int best = lo;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int s = lo; s <= hi; s++) {
      double c = shifted(p, leadPmf, purchase, yOffset, yProb, s);
      if (c < bestCost - 1e-12) {
        bestCost = c;
        best = s;
      }
    }
    return best;
  }
}
