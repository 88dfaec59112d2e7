package org.stockade.report;

import org.stockade.model.Network;

/**
 * Which products count as high-variability in reports: those labelled {@code group: high} when
 * any product carries a group label; otherwise those whose coefficient of variation lies above
 * the midpoint of the smallest and largest CV. {@code null} when all products look alike.
 */
public final class Variability {
  private Variability() {}

  public static boolean[] highVariability(Network n) {
    int p = n.productCount();
    boolean[] high = new boolean[p];
    boolean labelled = n.products().stream().anyMatch(x -> x.group() != null);
    if (labelled) {
      boolean any = false;
      for (int j = 0; j < p; j++) {
        high[j] = "high".equalsIgnoreCase(n.product(j).group());
        any |= high[j];
      }
      return any ? high : null;
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < p; j++) {
      lo = Math.min(lo, n.product(j).cv());
      hi = Math.max(hi, n.product(j).cv());
    }
    if (hi - lo < 1e-12) {
      return null;
    }
    double mid = (lo + hi) / 2;
    for (int j = 0; j < p; j++) {
      high[j] = n.product(j).cv() > mid;
    }
    return high;
  }

  /** Share of total inventory held on high-variability products (NaN if undefined). */
  public static double highShare(Network n, double[] r) {
    boolean[] high = highVariability(n);
    double total = 0;
    double onHigh = 0;
    for (int j = 0; j < r.length; j++) {
      total += r[j];
      if (high != null && high[j]) {
        onHigh += r[j];
      }
    }
    return high == null || total <= 0 ? Double.NaN : onHigh / total;
  }
}
