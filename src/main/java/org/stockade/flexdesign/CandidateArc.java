package org.stockade.flexdesign;

import org.stockade.model.InvalidInputException;

/**
 * An arc that a design may add: plant {@code plant} may be qualified for product
 * {@code product} at the one-time cost {@code cost} ({@code f_ij} of the joint model, see
 * {@link DesignProblem}). Indices are those of the problem's network.
 */
public record CandidateArc(int plant, int product, double cost) {
  public CandidateArc {
    if (plant < 0 || product < 0) {
      throw new InvalidInputException("candidate arc indices must be >= 0, got plant " + plant
          + ", product " + product);
    }
    if (!(cost >= 0) || Double.isInfinite(cost)) {
      throw new InvalidInputException("cost of candidate arc (plant " + plant + ", product "
          + product + ") must be finite and >= 0, got " + cost);
    }
  }
}
