package org.stockade.calibration;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.sim.RandomDraws;

/**
 * A seeded synthetic history of a network, for examples and tests. Periods are numbered
 * {@code 1..T}. Each period:
 *
 * <ul>
 *   <li>demand {@code d_tj = max(0, mu_j + sigma_j (sqrt(rho) Z_0 + sqrt(1 - rho) Z_j))} with
 *       independent standard normals (a common factor Z_0 gives pairwise correlation rho before
 *       truncation at 0, which is rare for CV <= 0.5);
 *   <li>with probability {@code surgeProb} a surge: each product, with probability 1/2, has its
 *       demand multiplied by {@code 1 + surgeSize};
 *   <li>each plant that is up fails with probability {@code failureProb}; an outage lasts a
 *       geometric number of periods with mean {@code meanDuration} (at least 1) and loses a share
 *       of capacity uniform on {@code [minFraction, 1]}.
 * </ul>
 *
 * The draws come from one xoroshiro128++ stream seeded with {@code seed}, in a fixed order
 * (period by period: the factor, products, surge, plants), so a seed gives one history.
 */
public final class HistoryGenerator {
  private HistoryGenerator() {}

  /** Settings; see the class comment. */
  public record Spec(int periods, double correlation, double surgeProb, double surgeSize,
      double failureProb, double meanDuration, double minFraction) {
    public Spec {
      if (periods < 2 || periods > 100_000) {
        throw new InvalidInputException("periods must be in [2, 100000], got " + periods);
      }
      check("correlation", correlation, 0, 1);
      check("surge probability", surgeProb, 0, 1);
      check("failure probability", failureProb, 0, 1);
      check("minimum outage fraction", minFraction, 0, 1);
      if (!(surgeSize >= 0 && surgeSize <= 100)) {
        throw new InvalidInputException("surge size must be in [0, 100], got " + surgeSize);
      }
      if (!(meanDuration >= 1 && meanDuration <= 1000)) {
        throw new InvalidInputException("mean outage duration must be in [1, 1000] periods,"
            + " got " + meanDuration);
      }
    }

    private static void check(String what, double v, double lo, double hi) {
      if (!(v >= lo && v <= hi)) {
        throw new InvalidInputException(what + " must be in [" + lo + ", " + hi + "], got " + v);
      }
    }

    /** Independent normal demand, no surges, no outages. */
    public static Spec calm(int periods) {
      return new Spec(periods, 0, 0, 0, 0, 1, 1);
    }

    /** Surges in 5% of periods (+60% on half the products) and 2% plant failures of ~2 periods. */
    public static Spec disrupted(int periods) {
      return new Spec(periods, 0.2, 0.05, 0.6, 0.02, 2, 0.5);
    }
  }

  /**
   * A generated history.
   *
   * @param demand {@code [period][product]}, periods 1..T
   * @param outages in the order they start
   */
  public record History(List<String> products, List<String> plants, double[][] demand,
      List<Outage> outages, Spec spec, long seed) {
    public History {
      products = List.copyOf(products);
      plants = List.copyOf(plants);
      outages = List.copyOf(outages);
    }

    /** The demand as a table with periods 1..T (no forecasts). */
    public DemandTable table(String source) {
      long[] keys = new long[demand.length];
      for (int t = 0; t < keys.length; t++) {
        keys[t] = t + 1;
      }
      return new DemandTable(source, PeriodAxis.Kind.INDEX, keys, products, demand, null, null);
    }

    public OutageLog log(String source) {
      return new OutageLog(source, PeriodAxis.Kind.INDEX, outages);
    }
  }

  public static History generate(Network n, Spec spec, long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    RandomDraws draws = new RandomDraws(rng);
    int p = n.productCount();
    int m = n.plantCount();
    double[][] d = new double[spec.periods()][p];
    double shared = Math.sqrt(spec.correlation());
    double own = Math.sqrt(1 - spec.correlation());
    int[] downUntil = new int[m];
    List<Outage> outages = new ArrayList<>();
    double stay = 1 - 1 / spec.meanDuration();
    for (int t = 0; t < spec.periods(); t++) {
      double z0 = draws.gaussian();
      for (int j = 0; j < p; j++) {
        double z = shared * z0 + own * draws.gaussian();
        d[t][j] = Math.max(0, n.product(j).mu() + n.product(j).sigma() * z);
      }
      if (draws.uniform() < spec.surgeProb()) {
        for (int j = 0; j < p; j++) {
          if (draws.uniform() < 0.5) {
            d[t][j] *= 1 + spec.surgeSize();
          }
        }
      }
      for (int i = 0; i < m; i++) {
        if (t + 1 > downUntil[i] && draws.uniform() < spec.failureProb()) {
          int len = 1;
          while (draws.uniform() < stay && len < 10 * spec.meanDuration()) {
            len++;
          }
          double f = spec.minFraction() + (1 - spec.minFraction()) * draws.uniform();
          f = Math.max(1e-6, Math.round(f * 1000) / 1000.0);
          long start = t + 1;
          long end = Math.min(spec.periods(), start + len - 1);
          outages.add(new Outage(n.plant(i).id(), start, end, f, 0));
          downUntil[i] = (int) end;
        }
      }
      for (int j = 0; j < p; j++) {
        d[t][j] = Math.round(d[t][j] * 10) / 10.0;
      }
    }
    List<String> products = n.products().stream().map(x -> x.id()).toList();
    List<String> plants = n.plants().stream().map(x -> x.id()).toList();
    return new History(products, plants, d, outages, spec, seed);
  }
}
