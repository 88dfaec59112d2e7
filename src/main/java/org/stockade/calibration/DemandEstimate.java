package org.stockade.calibration;

/**
 * Per-product location and scale of the demand (or forecast-error) series, by both estimators,
 * and their correlation matrix. {@link #location()} and {@link #scale()} are those of the chosen
 * {@link Estimator}: the {@code mu_j} and {@code sigma_j} of the set {@code d_j = mu_j + sigma_j
 * z_j} (spec section 3), shifted by the forecast when forecasts are given.
 *
 * @param periods number of periods the estimates use
 */
public record DemandEstimate(Estimator estimator, int periods, double[] mean, double[] sd,
    double[] median, double[] madSigma, double[][] correlation) {
  public DemandEstimate {
    mean = mean.clone();
    sd = sd.clone();
    median = median.clone();
    madSigma = madSigma.clone();
    correlation = deepCopy(correlation);
  }

  /** Estimates from {@code x[period][product]}. */
  public static DemandEstimate of(double[][] x, Estimator estimator) {
    int n = x[0].length;
    double[] mean = new double[n];
    double[] sd = new double[n];
    double[] med = new double[n];
    double[] mad = new double[n];
    double[][] cols = new double[n][];
    for (int j = 0; j < n; j++) {
      cols[j] = Estimators.column(x, j);
      mean[j] = Estimators.mean(cols[j]);
      sd[j] = Estimators.sd(cols[j]);
      med[j] = Estimators.median(cols[j]);
      mad[j] = Estimators.madSigma(cols[j]);
    }
    double[][] rho = new double[n][n];
    for (int a = 0; a < n; a++) {
      rho[a][a] = 1;
      for (int b = a + 1; b < n; b++) {
        rho[a][b] = Estimators.correlation(cols[a], cols[b]);
        rho[b][a] = rho[a][b];
      }
    }
    return new DemandEstimate(estimator, x.length, mean, sd, med, mad, rho);
  }

  public int products() {
    return mean.length;
  }

  public double[] location() {
    return (estimator == Estimator.ROBUST ? median : mean).clone();
  }

  /**
   * sigma per product: the standard deviation, or for {@link Estimator#ROBUST} the scaled MAD,
   * except where the MAD is 0 while the series varies (more than half the values equal, e.g.
   * intermittent demand): there the standard deviation (see {@link #madFallbacks()}).
   */
  public double[] scale() {
    if (estimator == Estimator.PLAIN) {
      return sd.clone();
    }
    double[] s = madSigma.clone();
    for (int j = 0; j < s.length; j++) {
      if (s[j] == 0) {
        s[j] = sd[j];
      }
    }
    return s;
  }

  /** Products (indices) whose robust scale fell back to the standard deviation. */
  public int[] madFallbacks() {
    if (estimator == Estimator.PLAIN) {
      return new int[0];
    }
    return java.util.stream.IntStream.range(0, sd.length)
        .filter(j -> madSigma[j] == 0 && sd[j] > 0).toArray();
  }

  @Override
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public double[] sd() {
    return sd.clone();
  }

  @Override
  public double[] median() {
    return median.clone();
  }

  @Override
  public double[] madSigma() {
    return madSigma.clone();
  }

  @Override
  public double[][] correlation() {
    return deepCopy(correlation);
  }

  /** Largest {@code |rho|} between two different products (0 for one product). */
  public double maxAbsCorrelation() {
    double m = 0;
    for (int a = 0; a < correlation.length; a++) {
      for (int b = a + 1; b < correlation.length; b++) {
        m = Math.max(m, Math.abs(correlation[a][b]));
      }
    }
    return m;
  }

  private static double[][] deepCopy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int k = 0; k < m.length; k++) {
      c[k] = m[k].clone();
    }
    return c;
  }
}
