package org.stockade.sourcing;

import java.util.Arrays;
import java.util.Locale;
import org.stockade.model.InvalidInputException;

/**
 * An integer demand distribution on {@code {0, ..., max}} given by its probability mass function.
 * Immutable; the pmf is copied in and out.
 */
public record DemandDistribution(String name, double[] pmf) {

  public DemandDistribution {
    if (pmf == null || pmf.length == 0) {
      throw new InvalidInputException("demand: the pmf must have at least one value");
    }
    double sum = 0;
    for (int d = 0; d < pmf.length; d++) {
      if (!(pmf[d] >= 0) || Double.isInfinite(pmf[d])) {
        throw new InvalidInputException("demand: P(D=" + d + ") must be a finite number >= 0, got "
            + pmf[d]);
      }
      sum += pmf[d];
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw new InvalidInputException("demand: probabilities must sum to 1, got " + sum);
    }
    int last = pmf.length - 1;
    while (last > 0 && pmf[last] == 0) {
      last--;
    }
    checkLargest(last, "pmf of " + pmf.length + " values");
    double[] p = Arrays.copyOf(pmf, last + 1);
    for (int d = 0; d < p.length; d++) {
      p[d] /= sum;
    }
    pmf = p;
    name = name == null ? "pmf" : name;
  }

  /**
   * Largest demand value supported: the policy chains, the simulation tables and the DP all grow
   * with it (and the DP with its square), so larger supports are refused up front.
   */
  public static final int MAX_DEMAND = 1000;

  private static void checkLargest(long largest, String what) {
    if (largest > MAX_DEMAND) {
      throw new InvalidInputException("demand (--demand or demand:) " + what + " reaches "
          + largest + " units per period, over the limit of " + MAX_DEMAND + " (the state space"
          + " grows with the largest demand); express demand in larger units, e.g. uniform:0:"
          + Math.min(100, MAX_DEMAND));
    }
  }

  /** Uniform on {@code {lo, ..., hi}}. */
  public static DemandDistribution uniform(int lo, int hi) {
    if (lo < 0 || hi < lo) {
      throw new InvalidInputException("demand uniform:LO:HI needs 0 <= LO <= HI, got " + lo + ":"
          + hi);
    }
    checkLargest(hi, "uniform:" + lo + ":" + hi);
    double[] p = new double[hi + 1];
    for (int d = lo; d <= hi; d++) {
      p[d] = 1.0 / (hi - lo + 1);
    }
    return new DemandDistribution("uniform:" + lo + ":" + hi, p);
  }

  /** Poisson with the given mean, its tail beyond the 1 - 1e-12 quantile folded into the last point. */
  public static DemandDistribution poisson(double mean) {
    if (!(mean > 0) || mean > 200) {
      throw new InvalidInputException("demand poisson:MEAN needs 0 < MEAN <= 200, got " + mean);
    }
    double[] p = new double[1024];
    double term = Math.exp(-mean);
    double cum = 0;
    int d = 0;
    for (; d < p.length; d++) {
      p[d] = term;
      cum += term;
      if (1 - cum < 1e-12 && d >= mean) {
        break;
      }
      term *= mean / (d + 1);
    }
    p[d] += 1 - cum;
    return new DemandDistribution("poisson:" + mean, Arrays.copyOf(p, d + 1));
  }

  /**
   * Parses {@code uniform:LO:HI}, {@code poisson:MEAN} or {@code pmf:P0,P1,...} (probabilities of
   * 0, 1, ...).
   */
  public static DemandDistribution parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("--demand is missing; use uniform:0:4, poisson:2 or "
          + "pmf:0.2,0.3,0.5");
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    String[] parts = t.split(":");
    try {
      switch (parts[0]) {
        case "uniform":
          if (parts.length != 3) {
            break;
          }
          return uniform(Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[2].trim()));
        case "poisson":
          if (parts.length != 2) {
            break;
          }
          return poisson(Double.parseDouble(parts[1].trim()));
        case "pmf":
          if (parts.length != 2) {
            break;
          }
          String[] ps = parts[1].split(",");
          checkLargest(ps.length - 1, "pmf with " + ps.length + " values");
          double[] p = new double[ps.length];
          for (int i = 0; i < ps.length; i++) {
            p[i] = Double.parseDouble(ps[i].trim());
          }
          return new DemandDistribution(t, p);
        default:
          break;
      }
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--demand '" + text + "': a value is not a number (LO"
          + " and HI must be whole numbers up to 2147483647, MEAN and probabilities plain"
          + " finite numbers); e.g. uniform:0:4, poisson:2 or pmf:0.2,0.3,0.5");
    }
    throw new InvalidInputException("--demand '" + text + "' is not known; use uniform:LO:HI, "
        + "poisson:MEAN or pmf:P0,P1,... (probabilities of demand 0, 1, ...)");
  }

  @Override
  public double[] pmf() {
    return pmf.clone();
  }

  /** Largest demand with positive probability. */
  public int max() {
    return pmf.length - 1;
  }

  public double prob(int d) {
    return d >= 0 && d < pmf.length ? pmf[d] : 0;
  }

  public double mean() {
    double m = 0;
    for (int d = 0; d < pmf.length; d++) {
      m += d * pmf[d];
    }
    return m;
  }

  /** Distribution of the sum of {@code k >= 1} independent copies. */
  public DemandDistribution convolve(int k) {
    double[] acc = {1};
    for (int i = 0; i < k; i++) {
      double[] next = new double[acc.length + pmf.length - 1];
      for (int a = 0; a < acc.length; a++) {
        for (int d = 0; d < pmf.length; d++) {
          next[a + d] += acc[a] * pmf[d];
        }
      }
      acc = next;
    }
    return new DemandDistribution(name + "*" + k, acc);
  }

  /** Smallest d with P(D <= d) >= u, for u in [0, 1). */
  public int quantile(double u) {
    double cum = 0;
    for (int d = 0; d < pmf.length; d++) {
      cum += pmf[d];
      if (u < cum) {
        return d;
      }
    }
    return max();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DemandDistribution d && Arrays.equals(pmf, d.pmf);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(pmf);
  }

  @Override
  public String toString() {
    return name;
  }
}
