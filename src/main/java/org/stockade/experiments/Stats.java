package org.stockade.experiments;

/**
 * Mean and a normal-approximation 95% confidence interval ({@code mean +- 1.96 s / sqrt(n)}) of
 * a sample; with n = 200 the t quantile (1.972) differs in the third digit.
 */
public record Stats(int n, double mean, double sd, double halfWidth) {
  public static Stats of(double[] x) {
    int n = x.length;
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= Math.max(1, n);
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    return new Stats(n, mean, sd, n > 1 ? 1.96 * sd / Math.sqrt(n) : 0);
  }

  public double lo() {
    return mean - halfWidth;
  }

  public double hi() {
    return mean + halfWidth;
  }
}
