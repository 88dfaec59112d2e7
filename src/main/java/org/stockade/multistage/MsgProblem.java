package org.stockade.multistage;

import org.stockade.model.InvalidInputException;
import org.stockade.uncertainty.UncertaintySet;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * The multi-stage service-guarantee (m-SG) model (Simchi-Levi, Wang & Wei 2018, §5.3; spec
 * section 6) on a {@link LayeredNetwork}:
 *
 * <pre>
 *   min sum_v h_v r_v  s.t.  L(r, d, c) <= delta  for all (d, c) in U = D x C,
 *                            r >= 0,  r_v = 0 where inventory is not allowed
 *   <=>  min h.r  s.t.  r(B) >= Dmax(B ∩ P) - Cmin(B \ A) - delta  for every finite cut (B, A).
 * </pre>
 *
 * D is a demand set over the products (last stage), C a capacity set over the capacitated
 * nodes of all stages (in {@link LayeredNetwork#capacitatedNode} order). Exact for any
 * {@code delta >= 0}.
 */
public record MsgProblem(LayeredNetwork network, UncertaintySet uncertainty, double delta) {
  public MsgProblem {
    if (network == null || uncertainty == null) {
      throw new InvalidInputException("an m-SG problem needs a network and an uncertainty set");
    }
    InvalidInputException.requireNonNegative("delta (lost-sales allowance)", delta);
    if (uncertainty.demand().size() != network.productCount()) {
      throw new InvalidInputException("demand set has " + uncertainty.demand().size()
          + " products but the network has " + network.productCount());
    }
    if (uncertainty.capacity().size() != network.capacitatedCount()) {
      throw new InvalidInputException("capacity set has " + uncertainty.capacity().size()
          + " entries but the network has " + network.capacitatedCount()
          + " capacitated nodes");
    }
  }

  /** The problem with the uncertainty set of {@code spec} (paper defaults where unset). */
  public static MsgProblem of(LayeredNetwork network, UncertaintySpec spec, double delta) {
    UncertaintySet u = spec.build(network.means(), network.sigmas(), network.capacities());
    return new MsgProblem(network, u, delta);
  }

  /** A scale for tolerances: total worst-case demand (at least 1). */
  public double scale() {
    double s = 0;
    for (double u : uncertainty.demand().upperBounds()) {
      s += Math.abs(u);
    }
    return Math.max(1.0, s);
  }

  public MsgProblem withDelta(double newDelta) {
    return new MsgProblem(network, uncertainty, newDelta);
  }

  public MsgProblem withNetwork(LayeredNetwork n) {
    return new MsgProblem(n, uncertainty, delta);
  }
}
