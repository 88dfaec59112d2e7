package org.stockade.sourcing;

import java.util.SplittableRandom;
import org.stockade.model.InvalidInputException;

/**
 * Base-stock inventory with an unreliable supplier (review section 3; Snyder & Shen ch. 9;
 * Tomlin 2006): zero lead time, deterministic demand {@code d} per period, backorders. Each
 * period, if the {@link MarkovSupplier} is up the stock is raised to S (backorders cleared);
 * then demand occurs; holding {@code h} and backorder {@code p} per unit are charged on the
 * ending inventory. If the supplier is down for the K-th consecutive period (K = 0 when up), the
 * ending inventory is {@code S - d (K + 1)}, so the long-run average cost is
 *
 * <pre>  G(S) = E[ h (S - d(K+1))^+ + p (d(K+1) - S)^+ ]</pre>
 *
 * with K the steady-state down-run length ({@link MarkovSupplier#downRunProbability}). G is a
 * newsvendor cost in {@code X = d (K + 1)}: the optimal base stock is
 * {@code S* = d F^{-1}(p / (p + h))}, F the cdf of {@code K + 1}, and the reserve held against
 * disruptions is {@code S* - d}.
 */
public record DisruptedBaseStock(MarkovSupplier supplier, double d, double h, double p) {

  public DisruptedBaseStock {
    if (supplier == null) {
      throw new InvalidInputException("supplier is missing");
    }
    InvalidInputException.requirePositive("d (demand per period)", d);
    InvalidInputException.requirePositive("h (holding cost)", h);
    InvalidInputException.requirePositive("p (backorder cost)", p);
  }

  /** Largest K summed: where the remaining tail probability is below 1e-16. */
  private int horizon() {
    double q = 1 - supplier.recover();
    if (q <= 0) {
      return 1;
    }
    return (int) Math.min(10_000_000, Math.ceil(Math.log(1e-16) / Math.log(q)) + 2);
  }

  /** Exact long-run average holding plus backorder cost per period of base stock S. */
  public double cost(double s) {
    double c = 0;
    int n = horizon();
    double up = supplier.upProbability();
    double q = 1 - supplier.recover();
    double pk = up;
    for (int k = 0; k <= n; k++) {
      double x = d * (k + 1);
      c += pk * (s >= x ? h * (s - x) : p * (x - s));
      pk = k == 0 ? up * supplier.fail() : pk * q;
    }
    // tail beyond the horizon: X grows linearly, mass below 1e-16; add its backorder cost
    double tail = 1 - supplier.downRunCdf(n);
    double meanBeyond = d * (n + 2 + q / supplier.recover());
    c += tail * p * Math.max(0, meanBeyond - s);
    return c;
  }

  /** Periods of demand the optimal stock covers: smallest n >= 1 with P(K+1 <= n) >= ratio. */
  public int optimalPeriods() {
    double ratio = p / (p + h);
    if (supplier.downRunCdf(0) >= ratio) {
      return 1;
    }
    // P(K+1 <= n) = 1 - A q^(n-1) with A = P(K >= 1), q = 1 - recover: solve, then fix rounding
    double a = 1 - supplier.downRunCdf(0);
    double q = 1 - supplier.recover();
    double guess = 1 + Math.log((1 - ratio) / a) / Math.log(q);
    if (!(guess <= MAX_PERIODS)) {
      throw new InvalidInputException(String.format(java.util.Locale.ROOT, "the optimal base"
          + " stock would cover about %.3g periods of demand (recover %s: mean disruption"
          + " length %.3g periods), beyond the limit of %d periods; give a recovery probability"
          + " of at least 1e-5 per period (--recover) or a smaller backorder cost",
          guess, Double.toString(supplier.recover()), 1 / supplier.recover(), MAX_PERIODS));
    }
    int n = Math.max(1, (int) Math.ceil(guess) - 2);
    for (int steps = 0; supplier.downRunCdf(n - 1) < ratio; steps++) {
      if (steps > 10) {
        throw new IllegalStateException("base-stock search did not converge at n = " + n);
      }
      n++;
    }
    return n;
  }

  /** Largest optimal base stock, in periods of demand, that is searched for. */
  public static final int MAX_PERIODS = 1_000_000;

  /** Optimal base-stock level {@code S* = d n*}. */
  public double optimalLevel() {
    return d * optimalPeriods();
  }

  /** Reserve against disruptions: {@code S* - d}. */
  public double optimalReserve() {
    return optimalLevel() - d;
  }

  /**
   * Simulates {@code periods} periods (supplier starts from its steady state) and returns the
   * average cost and the 95% batch-means half-width (50 batches): {mean, halfWidth}.
   */
  public double[] simulate(double s, int periods, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    boolean up = rng.nextDouble() < supplier.upProbability();
    double inv = s;
    int batches = SimulationOptions.BATCHES;
    int per = periods / batches;
    double[] mean = new double[batches];
    for (int t = 0; t < per * batches; t++) {
      if (t > 0) {
        up = up ? rng.nextDouble() >= supplier.fail() : rng.nextDouble() < supplier.recover();
      }
      if (up) {
        inv = s;
      }
      inv -= d;
      mean[t / per] += (inv >= 0 ? h * inv : -p * inv) / per;
    }
    return Stats95.meanHalfWidth(mean);
  }
}
