package org.stockade.strategies.capacity;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.stockade.model.InvalidInputException;

/**
 * The random duration {@code T >= 0} of a demand surge. The reserved-capacity model needs only
 * the CDF and the partial expectation {@code M(l, u) = E[T 1{l < T <= u}]}, both in closed form
 * for each variant, so {@code E[shortage]} is exact (see {@link ReserveCapacitySolver}).
 */
public sealed interface SurgeDuration {
  /** {@code P(T <= t)}. */
  double cdf(double t);

  /** {@code E[T 1{l < T <= u}]}, {@code u} may be +infinity. */
  double partialExpectation(double l, double u);

  double mean();

  String describe();

  /** Exponential with the given mean: {@code M(l,u) = [(t + m) e^(-t/m)]_u^l}. */
  record Exponential(double meanDuration) implements SurgeDuration {
    public Exponential {
      positive("exponential mean duration", meanDuration);
    }

    @Override
    public double cdf(double t) {
      return t <= 0 ? 0 : -Math.expm1(-t / meanDuration);
    }

    @Override
    public double partialExpectation(double l, double u) {
      double a = Math.max(0, l);
      if (u <= a) {
        return 0;
      }
      double hi = Double.isInfinite(u) ? 0 : (u + meanDuration) * Math.exp(-u / meanDuration);
      return (a + meanDuration) * Math.exp(-a / meanDuration) - hi;
    }

    @Override
    public double mean() {
      return meanDuration;
    }

    @Override
    public String describe() {
      return "exponential(mean " + num(meanDuration) + ")";
    }
  }

  /** Uniform on {@code [a, b]}: {@code M(l,u) = (u'^2 - l'^2) / (2 (b - a))} clipped. */
  record Uniform(double a, double b) implements SurgeDuration {
    public Uniform {
      nonNegative("uniform lower end", a);
      positive("uniform upper end", b);
      if (!(b > a)) {
        throw new InvalidInputException("uniform duration needs A < B, got " + a + " and " + b
            + "; e.g. uniform:2:10");
      }
    }

    @Override
    public double cdf(double t) {
      return t <= a ? 0 : t >= b ? 1 : (t - a) / (b - a);
    }

    @Override
    public double partialExpectation(double l, double u) {
      double lo = Math.max(a, l);
      double hi = Math.min(b, u);
      return hi <= lo ? 0 : (hi * hi - lo * lo) / (2 * (b - a));
    }

    @Override
    public double mean() {
      return (a + b) / 2;
    }

    @Override
    public String describe() {
      return "uniform(" + num(a) + ", " + num(b) + ")";
    }
  }

  /**
   * Lognormal, {@code ln T ~ N(mu, sigma^2)}:
   * {@code M(l,u) = e^(mu + sigma^2/2) [Phi((ln u - mu - sigma^2)/sigma) - Phi((ln l - ...)/sigma)]}.
   */
  record LogNormal(double mu, double sigma) implements SurgeDuration {
    public LogNormal {
      if (!Double.isFinite(mu) || Math.abs(mu) > 30) {
        throw new InvalidInputException("lognormal log-mean must be in [-30, 30], got " + mu
            + "; e.g. lognormal:2:0.5");
      }
      positive("lognormal log-sd", sigma);
      if (sigma > 5) {
        throw new InvalidInputException("lognormal log-sd must be at most 5, got " + sigma
            + "; e.g. lognormal:2:0.5");
      }
    }

    @Override
    public double cdf(double t) {
      return t <= 0 ? 0 : LogNormalDistribution.of(mu, sigma).cumulativeProbability(t);
    }

    @Override
    public double partialExpectation(double l, double u) {
      double lo = Math.max(0, l);
      if (u <= lo) {
        return 0;
      }
      NormalDistribution n = NormalDistribution.of(0, 1);
      double hi = Double.isInfinite(u) ? 1
          : n.cumulativeProbability((Math.log(u) - mu - sigma * sigma) / sigma);
      double low = lo == 0 ? 0
          : n.cumulativeProbability((Math.log(lo) - mu - sigma * sigma) / sigma);
      return mean() * (hi - low);
    }

    @Override
    public double mean() {
      return Math.exp(mu + sigma * sigma / 2);
    }

    @Override
    public String describe() {
      return "lognormal(log-mean " + num(mu) + ", log-sd " + num(sigma) + "; mean "
          + num(mean()) + ")";
    }
  }

  /** Finitely many durations with probabilities (scenarios or an empirical sample). */
  record Discrete(double[] values, double[] probabilities, String source)
      implements SurgeDuration {
    public Discrete {
      if (values.length == 0 || values.length != probabilities.length) {
        throw new InvalidInputException("duration scenarios from " + source + ": need at least "
            + "one duration and one probability per duration");
      }
      values = values.clone();
      probabilities = probabilities.clone();
      double s = 0;
      for (int i = 0; i < values.length; i++) {
        nonNegative("duration (" + source + ", scenario " + (i + 1) + ")", values[i]);
        if (!(probabilities[i] >= 0)) {
          throw new InvalidInputException("duration probability (" + source + ", scenario "
              + (i + 1) + ") must be >= 0, got " + probabilities[i]);
        }
        s += probabilities[i];
      }
      if (Math.abs(s - 1) > 1e-6) {
        throw new InvalidInputException("duration probabilities from " + source + " sum to "
            + s + ", not 1; rescale them");
      }
    }

    /** Each value equally likely. */
    public static Discrete empirical(double[] values, String source) {
      double[] p = new double[values.length];
      Arrays.fill(p, values.length == 0 ? 0 : 1.0 / values.length);
      return new Discrete(values, p, source);
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    @Override
    public double[] probabilities() {
      return probabilities.clone();
    }

    public int size() {
      return values.length;
    }

    public double value(int i) {
      return values[i];
    }

    public double probability(int i) {
      return probabilities[i];
    }

    @Override
    public double cdf(double t) {
      double s = 0;
      for (int i = 0; i < values.length; i++) {
        if (values[i] <= t) {
          s += probabilities[i];
        }
      }
      return s;
    }

    @Override
    public double partialExpectation(double l, double u) {
      double s = 0;
      for (int i = 0; i < values.length; i++) {
        if (values[i] > l && values[i] <= u) {
          s += probabilities[i] * values[i];
        }
      }
      return s;
    }

    @Override
    public double mean() {
      return partialExpectation(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    @Override
    public String describe() {
      return "discrete(" + values.length + " durations from " + source + ", mean "
          + num(mean()) + ")";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Discrete d && Arrays.equals(values, d.values)
          && Arrays.equals(probabilities, d.probabilities) && source.equals(d.source);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values) * 31 + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  private static void positive(String field, double v) {
    if (!(v > 0) || v > 1e9) {
      throw new InvalidInputException(field + " must be a number in (0, 1e9], got " + v
          + "; e.g. exponential:5");
    }
  }

  private static void nonNegative(String field, double v) {
    if (!(v >= 0) || v > 1e9) {
      throw new InvalidInputException(field + " must be a number in [0, 1e9], got " + v
          + "; durations cannot be negative");
    }
  }

  private static String num(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros()
        .toPlainString();
  }
}
