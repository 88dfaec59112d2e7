package org.stockade.strategies.suppliers;

import java.util.concurrent.CancellationException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.stockade.model.CancelToken;
import org.stockade.model.InvalidInputException;

/**
 * Monte Carlo validation of a plan: {@code samples} independent draws of demand {@code D ~
 * Normal(mu, sigma)} and of each supplier's delivery, from one {@code XO_RO_SHI_RO_128_PP}
 * stream seeded with {@code seed}.
 *
 * <p>Yields (Federgruen &amp; Yang models) are drawn from the <b>Beta</b> distribution with the
 * supplier's mean {@code m} and sd {@code s}: {@code a = m k}, {@code b = (1 - m) k}, {@code k =
 * m (1 - m) / s^2 - 1}. Its first two moments are exactly those the CLT approximation uses, so the
 * gap between the simulated and the CLT service level is the approximation's error alone (a
 * normal truncated to [0, 1] would change the mean and sd). Capacities (newsvendor) are drawn
 * from their discrete distributions. Demand is not truncated at 0, as in the models.
 *
 * <p>Reported: the service level {@code P(delivered >= D)} and the mean cost (or profit), each
 * with a 95% confidence half-width {@code 1.96 sd / sqrt(samples)} (for the proportion, {@code sd
 * = sqrt(p (1 - p))}).
 *
 * @param samples draws
 * @param seed the seed
 * @param serviceLevel fraction of draws with supply covering demand
 * @param serviceHalfWidth 95% half-width of {@code serviceLevel}
 * @param mean mean realised cost (service, cost models) or profit (newsvendor)
 * @param meanHalfWidth 95% half-width of {@code mean}
 */
public record MonteCarloCheck(int samples, long seed, double serviceLevel,
    double serviceHalfWidth, double mean, double meanHalfWidth) {
  /** Most draws. */
  public static final int MAX_SAMPLES = 10_000_000;
  /** Draws between two polls of the cancel token. */
  static final int CANCEL_EVERY = 4096;

  /** Checks {@code samples}. */
  static void checkSamples(int samples) {
    if (samples < 100 || samples > MAX_SAMPLES) {
      throw new InvalidInputException("--samples must be in [100, " + MAX_SAMPLES + "], got "
          + samples + "; e.g. --samples 100000");
    }
  }

  /**
   * Simulates the Federgruen &amp; Yang plan {@code orders}: realised cost is the fixed costs of
   * suppliers used, the payment ({@code c_i Y_i Q_i} delivered or {@code c_i Q_i} ordered) and,
   * when {@code h}/{@code p} are given (cost model), {@code h} per unit left and {@code p} per
   * unit short.
   */
  public static MonteCarloCheck yields(SupplierProblem pr, double[] orders, boolean penalties,
      int samples, long seed) {
    return yields(pr, orders, penalties, samples, seed, CancelToken.never());
  }

  /**
   * As {@link #yields(SupplierProblem, double[], boolean, int, long)}, polling {@code cancel}
   * every {@value #CANCEL_EVERY} draws.
   *
   * @throws CancellationException once {@code cancel} is set
   */
  public static MonteCarloCheck yields(SupplierProblem pr, double[] orders, boolean penalties,
      int samples, long seed, CancelToken cancel) {
    checkSamples(samples);
    pr.requireYields("Monte Carlo");
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    int n = pr.size();
    ContinuousDistribution.Sampler[] y = new ContinuousDistribution.Sampler[n];
    double fixed = 0;
    for (int i = 0; i < n; i++) {
      Supplier s = pr.supplier(i);
      double m = s.yieldMean();
      double k = m * (1 - m) / (s.yieldSd() * s.yieldSd()) - 1;
      y[i] = BetaDistribution.of(m * k, (1 - m) * k).createSampler(rng);
      if (orders[i] > 0) {
        fixed += s.fixedCost();
      }
    }
    ContinuousDistribution.Sampler d = pr.demandSd() > 0
        ? NormalDistribution.of(pr.demandMean(), pr.demandSd()).createSampler(rng) : null;
    double h = penalties ? pr.holdingCost() : 0;
    double pen = penalties ? pr.shortageCost() : 0;
    Acc acc = new Acc();
    for (int t = 0; t < samples; t++) {
      stopIfCancelled(cancel, t);
      double dem = d == null ? pr.demandMean() : d.sample();
      double supply = 0;
      double cost = fixed;
      for (int i = 0; i < n; i++) {
        if (orders[i] > 0) {
          double got = y[i].sample() * orders[i];
          supply += got;
          cost += pr.supplier(i).unitCost() * (pr.payment() == Payment.DELIVERED ? got
              : orders[i]);
        }
      }
      cost += h * Math.max(0, supply - dem) + pen * Math.max(0, dem - supply);
      acc.add(supply >= dem, cost);
    }
    return acc.result(samples, seed);
  }

  /** Simulates the newsvendor plan {@code orders}: realised profit. */
  public static MonteCarloCheck capacities(SupplierProblem pr, double[] orders, int samples,
      long seed) {
    return capacities(pr, orders, samples, seed, CancelToken.never());
  }

  /**
   * As {@link #capacities(SupplierProblem, double[], int, long)}, polling {@code cancel} every
   * {@value #CANCEL_EVERY} draws.
   *
   * @throws CancellationException once {@code cancel} is set
   */
  public static MonteCarloCheck capacities(SupplierProblem pr, double[] orders, int samples,
      long seed, CancelToken cancel) {
    checkSamples(samples);
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ContinuousDistribution.Sampler d =
        NormalDistribution.of(pr.demandMean(), pr.demandSd()).createSampler(rng);
    double price = pr.price();
    double salvage = Double.isNaN(pr.salvage()) ? 0 : pr.salvage();
    Acc acc = new Acc();
    for (int t = 0; t < samples; t++) {
      stopIfCancelled(cancel, t);
      double dem = d.sample();
      double supply = 0;
      double pay = 0;
      for (int i = 0; i < pr.size(); i++) {
        CapacityDistribution c = pr.supplier(i).capacity();
        double u = rng.nextDouble();
        int k = 0;
        double cum = c.probability(0);
        while (u >= cum && k < c.size() - 1) {
          cum += c.probability(++k);
        }
        double got = Math.min(orders[i], c.value(k));
        supply += got;
        pay += pr.supplier(i).unitCost() * (pr.payment() == Payment.DELIVERED ? got : orders[i]);
      }
      double profit = price * Math.min(supply, dem) + salvage * Math.max(0, supply - dem) - pay;
      acc.add(supply >= dem, profit);
    }
    return acc.result(samples, seed);
  }

  private static void stopIfCancelled(CancelToken cancel, int draw) {
    if (draw % CANCEL_EVERY == 0 && cancel.isCancelled()) {
      throw new CancellationException("Monte Carlo check cancelled after " + draw + " draws");
    }
  }

  /** Running sums (Welford for the value). */
  private static final class Acc {
    long hits;
    long count;
    double mean;
    double m2;

    void add(boolean hit, double value) {
      if (hit) {
        hits++;
      }
      count++;
      double delta = value - mean;
      mean += delta / count;
      m2 += delta * (value - mean);
    }

    MonteCarloCheck result(int samples, long seed) {
      double pHat = (double) hits / count;
      double sd = count > 1 ? Math.sqrt(m2 / (count - 1)) : 0;
      return new MonteCarloCheck(samples, seed, pHat,
          1.96 * Math.sqrt(pHat * (1 - pHat) / count), mean, 1.96 * sd / Math.sqrt(count));
    }
  }
}
