package org.stockade.uncertainty;

/**
 * An extreme point of an uncertainty set for one subset: the optimal {@code value} of
 * {@code max sum_{j in S} d_j} (or {@code min sum_{i in P} c_i}) and a full vector attaining it.
 */
public record Extreme(double value, double[] point) {
  public Extreme {
    point = point.clone();
  }

  @Override
  public double[] point() {
    return point.clone();
  }
}
