package org.stockade.sourcing;

/** Batch-means 95% confidence intervals (50 batches). */
final class Stats95 {
  /** 97.5% quantile of Student t with 49 degrees of freedom. */
  static final double T49 = 2.009575;

  private Stats95() {}

  /** {mean, 95% half-width} of batch means (Student t, 49 degrees of freedom for 50 batches). */
  static double[] meanHalfWidth(double[] batchMeans) {
    int n = batchMeans.length;
    double mean = 0;
    for (double m : batchMeans) {
      mean += m / n;
    }
    double var = 0;
    for (double m : batchMeans) {
      var += (m - mean) * (m - mean) / (n - 1);
    }
    double t = n == 50 ? T49 : 1.96;
    return new double[] {mean, t * Math.sqrt(var / n)};
  }
}
