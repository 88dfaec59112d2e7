package org.stockade.robust;

import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.uncertainty.UncertaintySet;

/**
 * The service-guarantee (SG) model of Simchi-Levi, Wang & Wei (2018), §2.2 (spec section 2):
 *
 * <pre>
 *   min sum_j h_j r_j  s.t.  L(r, d, c) <= delta  for all (d, c) in U,  r >= 0
 *   <=>  min h.r  s.t.  sum_{j in S} r_j >= g(S) - delta  for every nonempty S,  r >= 0.
 * </pre>
 *
 * Per-product service levels are part of the demand set ({@code D' = tau o D}).
 */
public record SgProblem(Network network, UncertaintySet uncertainty, double delta) {
  public SgProblem {
    if (network == null || uncertainty == null) {
      throw new InvalidInputException("an SG problem needs a network and an uncertainty set");
    }
    InvalidInputException.requireNonNegative("delta (lost-sales allowance)", delta);
    if (uncertainty.demand().size() != network.productCount()) {
      throw new InvalidInputException("demand set has " + uncertainty.demand().size()
          + " products but the network has " + network.productCount());
    }
    if (uncertainty.capacity().size() != network.plantCount()) {
      throw new InvalidInputException("capacity set has " + uncertainty.capacity().size()
          + " plants but the network has " + network.plantCount());
    }
  }

  /** A scale for tolerances: total worst-case demand (at least 1). */
  public double scale() {
    double s = 0;
    for (double u : uncertainty.demand().upperBounds()) {
      s += Math.abs(u);
    }
    return Math.max(1.0, s);
  }
}
