package org.stockade.calibration;

/** {@code covered} of {@code total} periods, with the 95% Wilson interval of the share. */
public record CoverageCount(int covered, int total) {
  public CoverageCount {
    if (covered < 0 || covered > total) {
      throw new IllegalArgumentException("covered must be in [0, total]");
    }
  }

  public static CoverageCount of(boolean[] in) {
    int c = 0;
    for (boolean b : in) {
      c += b ? 1 : 0;
    }
    return new CoverageCount(c, in.length);
  }

  public CoverageCount plus(CoverageCount o) {
    return new CoverageCount(covered + o.covered, total + o.total);
  }

  /** The share covered, NaN for no periods. */
  public double share() {
    return total == 0 ? Double.NaN : covered / (double) total;
  }

  public double[] interval() {
    return Estimators.wilson(covered, total);
  }
}
