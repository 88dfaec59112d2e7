package org.stockade.uncertainty;

import java.util.Arrays;
import java.util.List;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/**
 * User settings of an uncertainty set, as read from a problem file or CLI flags. Every field is
 * optional ({@code null} = not given); {@link #overriddenBy} layers flags over a file and
 * {@link #build} fills the rest with the defaults of the paper's GM setting (spec section 5):
 * alpha = 2, unstandardized aggregate beta = 2, no budget, 10% of total capacity lost (fraction
 * form), service level 1. Use {@code +infinity} for "absent" (no box / aggregate / budget).
 *
 * @param serviceLevels per-product service levels (network order), or {@code null}
 * @param serviceLevel common service level, used where {@code serviceLevels} is null
 * @param demandRows if non-null, a polyhedral demand set replaces the parametric one
 * @param capacityRows if non-null, a polyhedral capacity set replaces the parametric one
 */
public record UncertaintySpec(Double alpha, Double beta, AggregateForm aggregate, Double gamma,
    Double serviceLevel, double[] serviceLevels, CapacityLossKind capacityLoss, Double zeta,
    List<LinearInequality> demandRows, List<LinearInequality> capacityRows) {

  public static final double DEFAULT_ALPHA = 2;
  public static final double DEFAULT_BETA = 2;
  public static final double DEFAULT_ZETA = 0.1;

  public static UncertaintySpec empty() {
    return new UncertaintySpec(null, null, null, null, null, null, null, null, null, null);
  }

  /** This spec with every field that {@code o} sets replaced by {@code o}'s value. */
  public UncertaintySpec overriddenBy(UncertaintySpec o) {
    return new UncertaintySpec(pick(o.alpha, alpha), pick(o.beta, beta),
        pick(o.aggregate, aggregate), pick(o.gamma, gamma),
        o.serviceLevel != null ? o.serviceLevel : (o.serviceLevels != null ? null : serviceLevel),
        o.serviceLevels != null ? o.serviceLevels : (o.serviceLevel != null ? null : serviceLevels),
        pick(o.capacityLoss, capacityLoss), pick(o.zeta, zeta), pick(o.demandRows, demandRows),
        pick(o.capacityRows, capacityRows));
  }

  private static <T> T pick(T a, T b) {
    return a != null ? a : b;
  }

  public UncertaintySet build(Network n) {
    return build(n.means(), n.sigmas(), n.capacities());
  }

  /**
   * The set for products with means {@code mu} and spreads {@code sigma} and capacitated
   * facilities (plants, or the capacitated nodes of a multi-stage network) with nominal
   * capacities {@code c0}.
   */
  public UncertaintySet build(double[] mu, double[] sigma, double[] c0) {
    int products = mu.length;
    DemandSet demand;
    if (demandRows != null) {
      demand = PolyhedralSet.demand(products, demandRows);
    } else {
      double[] tau = serviceLevels;
      if (tau == null) {
        tau = new double[products];
        Arrays.fill(tau, serviceLevel == null ? 1.0 : serviceLevel);
      } else if (tau.length != products) {
        throw new InvalidInputException("service levels: " + tau.length + " given for "
            + products + " products");
      }
      demand = new ParametricDemandSet(mu, sigma, tau,
          alpha == null ? DEFAULT_ALPHA : alpha, beta == null ? DEFAULT_BETA : beta,
          aggregate == null ? AggregateForm.UNSTANDARDIZED : aggregate,
          gamma == null ? Double.POSITIVE_INFINITY : gamma);
    }
    CapacitySet capacity;
    if (capacityRows != null) {
      capacity = PolyhedralSet.capacity(c0, capacityRows);
    } else {
      CapacityLossKind kind = capacityLoss == null ? CapacityLossKind.FRACTION : capacityLoss;
      double z = zeta != null ? zeta : switch (kind) {
        case FRACTION, DETERMINISTIC -> DEFAULT_ZETA;
        case PLANTS -> 1;
        case NONE -> 0;
        case UNITS -> throw new InvalidInputException("capacity loss 'units' needs zeta, the"
            + " number of capacity units that can be lost (e.g. --zeta 200)");
      };
      capacity = new CapacityLoss(c0, kind, z);
    }
    return new UncertaintySet(demand, capacity);
  }
}
