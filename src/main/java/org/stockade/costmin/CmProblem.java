package org.stockade.costmin;

import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.uncertainty.UncertaintySet;

/**
 * The cost-minimization (CM) robust model (spec section 6; Simchi-Levi, Wang & Wei 2018, §5):
 *
 * <pre>
 *   min_{r >= 0}  h.r + max_{(d,c) in U} Q(r, d, c)
 *   Q(r, d, c) = min  sum_{(i,j)} p_ij f_ij + sum_j u_j s_j + sum_j o_j e_j
 *                s.t. r_j + sum_i f_ij + s_j - e_j = d_j,  sum_j f_ij <= c_i,  f, s, e >= 0
 *                     [ sum_j s_j <= lossCap ]
 * </pre>
 *
 * with shortfall {@code s} (lost sales) and excess {@code e}. With a loss cap the recourse must
 * keep lost sales within the cap ({@code Q = +infinity} when it cannot), so first-stage
 * inventory must satisfy the SG constraint {@code L(r, d, c) <= lossCap} for all of U. With
 * {@code u = 1, p = o = 0} the recourse cost is the lost sales {@code L} of the SG model.
 *
 * @param lossCap cap on lost sales in every scenario, {@code +infinity} for none
 */
public record CmProblem(Network network, UncertaintySet uncertainty, CostModel costs,
    double lossCap) {
  public CmProblem {
    if (network == null || uncertainty == null || costs == null) {
      throw new InvalidInputException("a CM problem needs a network, an uncertainty set and"
          + " costs");
    }
    if (Double.isNaN(lossCap) || lossCap < 0) {
      throw new InvalidInputException("loss cap must be a number >= 0 (or absent), got "
          + lossCap);
    }
    if (uncertainty.demand().size() != network.productCount()) {
      throw new InvalidInputException("demand set has " + uncertainty.demand().size()
          + " products but the network has " + network.productCount());
    }
    if (uncertainty.capacity().size() != network.plantCount()) {
      throw new InvalidInputException("capacity set has " + uncertainty.capacity().size()
          + " plants but the network has " + network.plantCount());
    }
    costs.validateAgainst(network);
  }

  /** A problem without a loss cap. */
  public CmProblem(Network network, UncertaintySet uncertainty, CostModel costs) {
    this(network, uncertainty, costs, Double.POSITIVE_INFINITY);
  }

  public boolean hasLossCap() {
    return lossCap < Double.POSITIVE_INFINITY;
  }
}
