package org.stockade.strategies.stockpile;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.stockade.model.InvalidInputException;

/**
 * The demand {@code D} of a surge for newsvendor stockpile sizing (Guo, Liu, Song &amp; Wang 2025,
 * section 4, "pre-positioning"; the newsvendor of Arrow, Harris &amp; Marschak 1951). Each
 * variant gives its CDF, quantile, mean and the <em>loss function</em>
 * {@code L(S) = E[(D - S)^+] = int_S^inf (1 - F(x)) dx} in closed form, so the solver never
 * integrates numerically (tests do, as an independent check).
 */
public sealed interface SurgeDistribution {
  /** {@code P(D <= x)}. */
  double cdf(double x);

  /** Smallest {@code x} with {@code F(x) >= q}, for {@code q} in (0, 1). */
  double quantile(double q);

  double mean();

  /** {@code E[(D - s)^+]}, the expected shortage with stock {@code s}. */
  double expectedShortage(double s);

  /** {@code E[(s - D)^+] = s - E[D] + E[(D - s)^+]}, the expected leftover. */
  default double expectedLeftover(double s) {
    return Math.max(0.0, s - mean() + expectedShortage(s));
  }

  /** A short description such as {@code normal(mean 100, sd 20)}. */
  String describe();

  /** The standard normal loss function {@code L(z) = phi(z) - z (1 - Phi(z))}. */
  static double standardNormalLoss(double z) {
    NormalDistribution n = NormalDistribution.of(0, 1);
    return n.density(z) - z * n.survivalProbability(z);
  }

  /**
   * Normal demand {@code N(mu, sigma^2)}: {@code L(S) = sigma L((S - mu)/sigma)} with the
   * standard normal loss function.
   */
  record Normal(double mu, double sigma) implements SurgeDistribution {
    public Normal {
      finite("normal mean", mu);
      positive("normal sd", sigma);
    }

    @Override
    public double cdf(double x) {
      return NormalDistribution.of(mu, sigma).cumulativeProbability(x);
    }

    @Override
    public double quantile(double q) {
      return NormalDistribution.of(mu, sigma).inverseCumulativeProbability(q);
    }

    @Override
    public double mean() {
      return mu;
    }

    @Override
    public double expectedShortage(double s) {
      return sigma * standardNormalLoss((s - mu) / sigma);
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "normal(mean %s, sd %s)", num(mu), num(sigma));
    }
  }

  /**
   * Lognormal demand, {@code ln D ~ N(mu, sigma^2)} (parameters on the log scale):
   * {@code L(S) = e^(mu + sigma^2/2) Phi(d1) - S Phi(d2)}, {@code d2 = (mu - ln S)/sigma},
   * {@code d1 = d2 + sigma}; {@code L(S) = E[D] - S} for {@code S <= 0}.
   */
  record LogNormal(double mu, double sigma) implements SurgeDistribution {
    public LogNormal {
      finite("lognormal log-mean", mu);
      positive("lognormal log-sd", sigma);
      if (mu + sigma * sigma / 2 > Math.log(1e12)) {
        throw new InvalidInputException("lognormal:" + mu + ":" + sigma + " has a mean above"
            + " 1e12; express demand in larger units");
      }
    }

    @Override
    public double cdf(double x) {
      return x <= 0 ? 0.0 : LogNormalDistribution.of(mu, sigma).cumulativeProbability(x);
    }

    @Override
    public double quantile(double q) {
      return LogNormalDistribution.of(mu, sigma).inverseCumulativeProbability(q);
    }

    @Override
    public double mean() {
      return Math.exp(mu + sigma * sigma / 2);
    }

    @Override
    public double expectedShortage(double s) {
      if (s <= 0) {
        return mean() - s;
      }
      NormalDistribution n = NormalDistribution.of(0, 1);
      double d2 = (mu - Math.log(s)) / sigma;
      return mean() * n.cumulativeProbability(d2 + sigma) - s * n.cumulativeProbability(d2);
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "lognormal(log-mean %s, log-sd %s; mean %s)", num(mu),
          num(sigma), num(mean()));
    }
  }

  /**
   * Empirical demand: each observed value equally likely. {@code L(S) = (1/n) sum_i (d_i - S)^+}
   * exactly; the optimal stock is an order statistic.
   */
  record Empirical(double[] sorted, String source) implements SurgeDistribution {
    public Empirical {
      if (sorted.length == 0) {
        throw new InvalidInputException("empirical demand from " + source + " has no values;"
            + " give at least one demand observation");
      }
      sorted = sorted.clone();
      for (double d : sorted) {
        finite("empirical demand value", d);
      }
      Arrays.sort(sorted);
    }

    @Override
    public double[] sorted() {
      return sorted.clone();
    }

    @Override
    public double cdf(double x) {
      int k = upper(x);
      return (double) k / sorted.length;
    }

    /** Number of observations {@code <= x}. */
    private int upper(double x) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] <= x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    @Override
    public double quantile(double q) {
      int k = (int) Math.ceil(q * sorted.length - 1e-12);
      return sorted[Math.max(0, Math.min(sorted.length - 1, k - 1))];
    }

    @Override
    public double mean() {
      double s = 0;
      for (double d : sorted) {
        s += d;
      }
      return s / sorted.length;
    }

    @Override
    public double expectedShortage(double s) {
      double t = 0;
      for (int i = sorted.length - 1; i >= 0 && sorted[i] > s; i--) {
        t += sorted[i] - s;
      }
      return t / sorted.length;
    }

    @Override
    public String describe() {
      return "empirical(" + sorted.length + " values from " + source + ", mean " + num(mean())
          + ")";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Empirical e && Arrays.equals(sorted, e.sorted)
          && source.equals(e.source);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(sorted) + source.hashCode();
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * Normal baseline plus a surge with probability {@code p}:
   * {@code D = B + X * 1{surge}}, {@code B ~ N(mu, sigma^2)}, {@code X ~ N(mu_s, sigma_s^2)}
   * independent, surge w.p. {@code p}. So {@code D} is the mixture
   * {@code (1-p) N(mu, sigma^2) + p N(mu + mu_s, sigma^2 + sigma_s^2)} and {@code L} is the
   * same mixture of the two normal loss functions.
   */
  record Mixture(double mu, double sigma, double p, double surgeMean, double surgeSd)
      implements SurgeDistribution {
    public Mixture {
      finite("mixture baseline mean", mu);
      positive("mixture baseline sd", sigma);
      if (!(p >= 0 && p <= 1)) {
        throw new InvalidInputException("mixture surge probability must be in [0, 1], got " + p
            + "; e.g. mixture:100:20:0.1:300:80");
      }
      finite("mixture surge mean", surgeMean);
      if (!(surgeSd >= 0) || Double.isInfinite(surgeSd)) {
        throw new InvalidInputException("mixture surge sd must be a finite number >= 0, got "
            + surgeSd + "; e.g. mixture:100:20:0.1:300:80");
      }
    }

    Normal base() {
      return new Normal(mu, sigma);
    }

    Normal surged() {
      return new Normal(mu + surgeMean, Math.sqrt(sigma * sigma + surgeSd * surgeSd));
    }

    @Override
    public double cdf(double x) {
      return (1 - p) * base().cdf(x) + p * surged().cdf(x);
    }

    @Override
    public double quantile(double q) {
      double lo = Math.min(base().quantile(q), surged().quantile(q));
      double hi = Math.max(base().quantile(q), surged().quantile(q));
      for (int i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, Math.abs(hi)); i++) {
        double mid = 0.5 * (lo + hi);
        if (cdf(mid) >= q) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      return hi;
    }

    @Override
    public double mean() {
      return mu + p * surgeMean;
    }

    @Override
    public double expectedShortage(double s) {
      return (1 - p) * base().expectedShortage(s) + p * surged().expectedShortage(s);
    }

    @Override
    public String describe() {
      return String.format(Locale.ROOT, "normal(mean %s, sd %s) + surge w.p. %s of "
          + "normal(mean %s, sd %s)", num(mu), num(sigma), num(p), num(surgeMean), num(surgeSd));
    }
  }

  private static void finite(String field, double v) {
    if (!Double.isFinite(v) || Math.abs(v) > 1e12) {
      throw new InvalidInputException(field + " must be a finite number of at most 1e12 in "
          + "absolute value, got " + v + "; express demand in larger units");
    }
  }

  private static void positive(String field, double v) {
    if (!(v > 0) || v > 1e12) {
      throw new InvalidInputException(field + " must be a number in (0, 1e12], got " + v
          + "; e.g. normal:100:20");
    }
  }

  private static String num(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros()
        .toPlainString();
  }
}
