package org.stockade.stochastic;

import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.sim.ScenarioSet;

/**
 * Sample average approximation of the stochastic counterpart (Simchi-Levi, Wang & Wei 2018,
 * Appendix S2; spec section 6):
 *
 * <pre>
 *   min h.r  s.t.  sum_n L(r, d^n, c^n) <= A,  r >= 0
 * </pre>
 *
 * with {@code L} the second-stage lost sales (max-flow) and {@code A} from the
 * {@link ServiceTarget}. Equivalently, sales bounded by demand and by inventory plus flexible
 * production in each sample, and total sales at least the target.
 */
public record SaaProblem(Network network, ScenarioSet samples, ServiceTarget target) {
  public SaaProblem {
    if (network == null || samples == null || target == null) {
      throw new InvalidInputException("an SAA problem needs a network, samples and a target");
    }
    samples.requireFits(network);
    for (int j = 0; j < network.productCount(); j++) {
      if (network.product(j).holdingCost() < 0) {
        throw new InvalidInputException("holding cost of " + network.product(j).id()
            + " is negative");
      }
    }
  }

  /** {@code A}: allowed total lost sales over the samples. */
  public double allowance() {
    return target.allowance(samples);
  }

  /** Tolerance scale: total sampled demand (at least 1). */
  public double scale() {
    return Math.max(1, samples.totalDemand());
  }
}
