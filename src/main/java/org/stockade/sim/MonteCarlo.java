package org.stockade.sim;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.stockade.flow.BipartiteMaxFlow;
import org.stockade.flow.LostSales;
import org.stockade.model.CancelToken;
import org.stockade.model.Network;

/**
 * Monte Carlo evaluation of an inventory vector on a design: per scenario the lost sales
 * {@code L(r, d^n, c^n)} by max-flow (spec section 2), then their distribution. Scenarios are
 * split into blocks evaluated in parallel; every scenario's value lands in its own slot, so the
 * result does not depend on the number of threads.
 *
 * <p>Fill rate is reported two ways: the aggregate {@code 1 - sum_n L_n / sum_n D_n} (the
 * quantity SAA constrains, Appendix S2) with a delta-method 95% interval, and per scenario
 * {@code 1 - L_n / D_n} (mean and quantiles).
 */
public final class MonteCarlo {
  /** Quantile levels of lost sales reported in {@link Summary#lostSalesQuantiles()}. */
  public static final double[] LOSS_LEVELS = {0.5, 0.9, 0.95, 0.99};
  /** Quantile levels of the per-scenario fill rate in {@link Summary#fillRateQuantiles()}. */
  public static final double[] FILL_LEVELS = {0.01, 0.05, 0.5};
  /** Two-sided 95% normal quantile. */
  public static final double Z95 = 1.959963984540054;

  /**
   * Distribution summary of lost sales over equally weighted scenarios.
   *
   * @param scenarios N
   * @param meanLostSales {@code E[L]} estimate
   * @param lostSalesHalfWidth 95% CI half-width of the mean
   * @param fillRate aggregate {@code 1 - sum L / sum D}
   * @param fillRateHalfWidth its 95% half-width (delta method on the ratio)
   * @param meanScenarioFillRate mean of {@code 1 - L_n / D_n}
   * @param probabilityOfLoss share of scenarios with positive lost sales
   * @param probabilityHalfWidth its 95% half-width
   * @param lostSalesQuantiles at {@link #LOSS_LEVELS}
   * @param fillRateQuantiles per-scenario fill rate at {@link #FILL_LEVELS}
   */
  public record Summary(int scenarios, double meanLostSales, double lostSalesHalfWidth,
      double fillRate, double fillRateHalfWidth, double meanScenarioFillRate,
      double probabilityOfLoss, double probabilityHalfWidth, double[] lostSalesQuantiles,
      double[] fillRateQuantiles) {
    public Summary {
      lostSalesQuantiles = lostSalesQuantiles.clone();
      fillRateQuantiles = fillRateQuantiles.clone();
    }

    @Override
    public double[] lostSalesQuantiles() {
      return lostSalesQuantiles.clone();
    }

    @Override
    public double[] fillRateQuantiles() {
      return fillRateQuantiles.clone();
    }
  }

  private MonteCarlo() {}

  /**
   * Lost sales per scenario.
   *
   * @param progress receives the number of scenarios done so far (from worker threads), or null
   */
  public static double[] lostSales(Network n, double[] r, ScenarioSet s, int threads,
      LongConsumer progress) {
    return lostSales(n, r, s, threads, progress, CancelToken.never());
  }

  /**
   * Lost sales per scenario, polling {@code cancel} before every scenario.
   *
   * @throws CancellationException when {@code cancel} is set (no partial result is returned:
   *     a summary of the scenarios done so far would be biased towards the early blocks)
   */
  public static double[] lostSales(Network n, double[] r, ScenarioSet s, int threads,
      LongConsumer progress, CancelToken cancel) {
    s.requireFits(n);
    // validates r once (finite, non-negative, right length) on the first scenario
    LostSales.evaluate(n, r, s.demand(0), s.capacity(0));
    double[] out = new double[s.size()];
    int block = ScenarioGenerator.BLOCK;
    int blocks = (s.size() + block - 1) / block;
    AtomicLong done = new AtomicLong();
    Parallel.forEach(blocks, threads, b -> {
      BipartiteMaxFlow flow = new BipartiteMaxFlow(n);
      double[] d = new double[s.products()];
      double[] c = new double[s.plants()];
      int to = Math.min(s.size(), (b + 1) * block);
      for (int k = b * block; k < to; k++) {
        if (cancel.isCancelled()) {
          throw new CancellationException("Monte Carlo evaluation cancelled");
        }
        s.demandInto(k, d);
        s.capacityInto(k, c);
        out[k] = flow.solve(r, d, c);
      }
      long now = done.addAndGet(to - b * block);
      if (progress != null) {
        progress.accept(now);
      }
    });
    return out;
  }

  public static Summary evaluate(Network n, double[] r, ScenarioSet s, int threads,
      LongConsumer progress) {
    return evaluate(n, r, s, threads, progress, CancelToken.never());
  }

  /** {@link #summarize} of {@link #lostSales(Network, double[], ScenarioSet, int, LongConsumer,
   * CancelToken)}; throws {@link CancellationException} when {@code cancel} is set. */
  public static Summary evaluate(Network n, double[] r, ScenarioSet s, int threads,
      LongConsumer progress, CancelToken cancel) {
    double[] lost = lostSales(n, r, s, threads, progress, cancel);
    double[] demand = new double[s.size()];
    for (int k = 0; k < demand.length; k++) {
      demand[k] = s.totalDemand(k);
    }
    return summarize(lost, demand);
  }

  /** Summary of per-scenario lost sales and total demands (equal weights). */
  public static Summary summarize(double[] lost, double[] demand) {
    int nn = lost.length;
    double sumL = 0;
    double sumD = 0;
    int positive = 0;
    double[] fill = new double[nn];
    double sumFill = 0;
    for (int k = 0; k < nn; k++) {
      sumL += lost[k];
      sumD += demand[k];
      if (lost[k] > 1e-9 * Math.max(1, demand[k])) {
        positive++;
      }
      fill[k] = demand[k] > 0 ? 1 - lost[k] / demand[k] : 1;
      sumFill += fill[k];
    }
    double meanL = sumL / nn;
    double meanD = sumD / nn;
    double ratio = sumD > 0 ? sumL / sumD : 0;
    double varL = 0;
    double varRatio = 0;
    for (int k = 0; k < nn; k++) {
      varL += (lost[k] - meanL) * (lost[k] - meanL);
      double e = lost[k] - ratio * demand[k];
      varRatio += e * e;
    }
    varL = nn > 1 ? varL / (nn - 1) : 0;
    varRatio = nn > 1 ? varRatio / (nn - 1) : 0;
    double pLoss = (double) positive / nn;
    double[] sortedL = lost.clone();
    Arrays.sort(sortedL);
    Arrays.sort(fill);
    double[] lq = new double[LOSS_LEVELS.length];
    for (int q = 0; q < lq.length; q++) {
      lq[q] = quantile(sortedL, LOSS_LEVELS[q]);
    }
    double[] fq = new double[FILL_LEVELS.length];
    for (int q = 0; q < fq.length; q++) {
      fq[q] = quantile(fill, FILL_LEVELS[q]);
    }
    return new Summary(nn, meanL, Z95 * Math.sqrt(varL / nn), 1 - ratio,
        meanD > 0 ? Z95 * Math.sqrt(varRatio / nn) / meanD : 0, sumFill / nn, pLoss,
        Z95 * Math.sqrt(pLoss * (1 - pLoss) / nn), lq, fq);
  }

  /** Inverse of the empirical CDF: the smallest x with {@code F(x) >= level}. */
  static double quantile(double[] sorted, double level) {
    int idx = (int) Math.ceil(level * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
  }
}
