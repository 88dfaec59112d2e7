package org.stockade.uncertainty;

import java.util.BitSet;
import org.stockade.model.InvalidInputException;

/**
 * The uncertainty set {@code U = D x C} of the SG model (spec sections 2–3).
 *
 * <p>{@code g(S) = max_{d in D} sum_{j in S} d_j - min_{c in C} sum_{i in A(S)} c_i}, the
 * right-hand side of the SG constraint for subset {@code S} before subtracting {@code delta}.
 */
public record UncertaintySet(DemandSet demand, CapacitySet capacity) {
  public UncertaintySet {
    if (demand == null || capacity == null) {
      throw new InvalidInputException("uncertainty set needs both a demand and a capacity part");
    }
  }

  /** {@code g(S)} for products {@code s} whose plants are {@code plants = A(S)}. */
  public double g(BitSet s, BitSet plants) {
    return demand.maxValue(s) - capacity.minValue(plants);
  }

  public String summary() {
    return demand.summary() + "; " + capacity.summary();
  }
}
