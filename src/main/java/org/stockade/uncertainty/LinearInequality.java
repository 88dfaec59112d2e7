package org.stockade.uncertainty;

import org.stockade.model.InvalidInputException;

/**
 * One row {@code lo <= sum_k coef_k x_k <= up} of a user-given polyhedral set, over the
 * demand vector (products in network order) or the capacity vector (plants in order).
 */
public record LinearInequality(double[] coef, double lo, double up, String label) {
  public LinearInequality {
    coef = coef.clone();
    for (int k = 0; k < coef.length; k++) {
      if (!Double.isFinite(coef[k])) {
        throw new InvalidInputException(label + ": coefficient " + (k + 1) + " must be finite, got "
            + coef[k]);
      }
    }
    if (Double.isNaN(lo) || Double.isNaN(up) || lo > up) {
      throw new InvalidInputException(label + ": bounds [" + lo + ", " + up + "] are empty or NaN");
    }
  }

  @Override
  public double[] coef() {
    return coef.clone();
  }

  double coefAt(int k) {
    return coef[k];
  }
}
