package org.stockade.strategies.preposition;

import org.stockade.model.InvalidInputException;

/**
 * A directed link over which stock is shipped after the event: at most {@code capacity} volume
 * (times the scenario's capacity factor) at {@code unitCost[k]} per unit of commodity {@code k}
 * (times the scenario's cost factor). Stock used where it is stored needs no arc.
 *
 * @param from index of the origin location
 * @param to index of the destination location, different from {@code from}
 * @param capacity volume per scenario, {@code > 0}, or {@code +infinity} for no limit
 * @param unitCost cost per unit shipped, one entry per commodity, each {@code >= 0}
 */
public record Arc(int from, int to, double capacity, double[] unitCost) {
  public Arc {
    if (from < 0 || to < 0 || from == to) {
      throw new InvalidInputException("an arc must join two different locations, got from "
          + from + " to " + to + "; drop arcs from a location to itself (local stock is used"
          + " without one)");
    }
    if (!(capacity >= 0) || (Double.isFinite(capacity) && capacity > PrepositionProblem.MAX)) {
      throw new InvalidInputException("arc capacity must be in [0, 1e9] or none, got "
          + capacity + "; e.g. capacity: 1000");
    }
    unitCost = unitCost.clone();
    for (double c : unitCost) {
      PrepositionProblem.requireRange("arc cost", c, 0, false);
    }
  }

  @Override
  public double[] unitCost() {
    return unitCost.clone();
  }

  /** Cost per unit of commodity {@code k}. */
  public double cost(int k) {
    return unitCost[k];
  }
}
