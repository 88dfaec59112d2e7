package org.stockade.calibration;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The statistics calibration uses, as pure functions of their arguments.
 *
 * <ul>
 *   <li>plain location and scale: mean and the sample standard deviation (divisor n - 1);
 *   <li>robust: the median and the median absolute deviation scaled by {@link #MAD_SCALE}
 *       = 1 / Phi^-1(3/4), which makes it estimate sigma for normal data;
 *   <li>Pearson correlation;
 *   <li>{@link #coverQuantile}: the finite-sample (split-conformal) quantile, the
 *       {@code ceil((n + 1) q)}-th smallest of n values: for exchangeable data a new value is at
 *       most it with probability at least q (Vovk et al. 2005; Lei et al. 2018, JASA 113);
 *   <li>{@link #wilson}: the Wilson score interval of a binomial proportion.
 * </ul>
 */
public final class Estimators {
  /** {@code 1 / Phi^-1(0.75)}. */
  public static final double MAD_SCALE = 1 / NormalDistribution.of(0, 1)
      .inverseCumulativeProbability(0.75);

  private Estimators() {}

  public static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  /** Sample standard deviation, divisor {@code n - 1} (0 for a single value). */
  public static double sd(double[] x) {
    if (x.length < 2) {
      return 0;
    }
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return Math.sqrt(s / (x.length - 1));
  }

  public static double median(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }

  /** {@code MAD_SCALE * median |x - median(x)|}. */
  public static double madSigma(double[] x) {
    double m = median(x);
    double[] dev = new double[x.length];
    for (int k = 0; k < x.length; k++) {
      dev[k] = Math.abs(x[k] - m);
    }
    return MAD_SCALE * median(dev);
  }

  /** Pearson correlation of two equally long series (0 when either is constant). */
  public static double correlation(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int k = 0; k < x.length; k++) {
      sxy += (x[k] - mx) * (y[k] - my);
      sxx += (x[k] - mx) * (x[k] - mx);
      syy += (y[k] - my) * (y[k] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  /**
   * The {@code ceil((n + 1) q)}-th smallest value; {@code +infinity} when that rank exceeds n
   * (fewer than {@code q / (1 - q)} values cannot certify coverage q).
   */
  public static double coverQuantile(double[] x, double q) {
    int rank = coverRank(x.length, q);
    if (rank > x.length) {
      return Double.POSITIVE_INFINITY;
    }
    double[] s = x.clone();
    Arrays.sort(s);
    return s[rank - 1];
  }

  /** {@code max(1, ceil((n + 1) q))}. */
  public static int coverRank(int n, double q) {
    return Math.max(1, (int) Math.ceil((n + 1) * q - 1e-9));
  }

  /** The standard normal quantile {@code Phi^-1(p)}. */
  public static double normalQuantile(double p) {
    return NormalDistribution.of(0, 1).inverseCumulativeProbability(p);
  }

  /** The 95% Wilson score interval {@code [lo, hi]} of {@code k} successes in {@code n}. */
  public static double[] wilson(int k, int n) {
    if (n == 0) {
      return new double[] {0, 1};
    }
    double z = 1.959963984540054;
    double p = (double) k / n;
    double den = 1 + z * z / n;
    double mid = (p + z * z / (2.0 * n)) / den;
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / den;
    return new double[] {Math.max(0, mid - half), Math.min(1, mid + half)};
  }

  /** Column {@code j} of a {@code [row][column]} matrix. */
  public static double[] column(double[][] m, int j) {
    double[] c = new double[m.length];
    for (int t = 0; t < m.length; t++) {
      c[t] = m[t][j];
    }
    return c;
  }
}
