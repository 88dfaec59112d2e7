package org.stockade.sourcing;

/**
 * A simulated long-run average cost per period with its 95% batch-means confidence half-width.
 *
 * @param mean average cost per period over the measured periods
 * @param halfWidth 95% half-width (Student t with {@code batches - 1} degrees of freedom)
 * @param expedited average expedited order per period
 * @param seed the seed used
 * @param periods measured periods
 * @param purchase average purchase cost per period
 * @param yOffset smallest post-order expedited position {@code y = IP_e + q_e} seen
 * @param yProb empirical distribution of y: {@code yProb[i]} = share of periods with
 *     {@code y = yOffset + i}
 */
public record SimulationResult(double mean, double halfWidth, double expedited, long seed,
    int periods, double purchase, int yOffset, double[] yProb) {

  public SimulationResult {
    yProb = yProb.clone();
  }

  @Override
  public double[] yProb() {
    return yProb.clone();
  }

  /**
   * Estimated cost with every level moved up by {@code shift} (backorders; common random
   * numbers: the same sample path relative to the levels).
   */
  public double shiftedCost(DualSourcingProblem p, double[] leadPmf, int shift) {
    return ChainResult.shifted(p, leadPmf, purchase, yOffset, yProb, shift);
  }

  /** The shift minimizing {@link #shiftedCost}. */
  public int bestShift(DualSourcingProblem p, double[] leadPmf) {
    return ChainResult.bestShift(p, leadPmf, purchase, yOffset, yProb);
  }
}
