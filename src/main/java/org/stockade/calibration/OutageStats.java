package org.stockade.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stockade.uncertainty.CapacityLossKind;

/**
 * What an outage log says about each plant and about the total capacity lost per period, on a
 * history's time axis.
 *
 * @param plants per plant: outages, frequency, duration, share of capacity lost
 * @param kind the form the per-period loss is expressed in ({@link CapacityCalibrator#loss})
 * @param outagePeriodShare share of periods with any capacity lost
 * @param meanLoss mean loss per period (all periods)
 * @param levels quantile levels of {@link #lossQuantiles} and {@link #outageLossQuantiles}
 * @param lossQuantiles empirical quantiles of the loss over all periods
 * @param outageLossQuantiles empirical quantiles over the outage periods only (NaN without any)
 * @param maxLoss the largest loss of a period
 */
public record OutageStats(List<PlantStats> plants, CapacityLossKind kind,
    double outagePeriodShare, double meanLoss, double[] levels, double[] lossQuantiles,
    double[] outageLossQuantiles, double maxLoss) {
  /** Quantile levels reported. */
  public static final double[] LEVELS = {0.5, 0.9, 0.95, 0.99};

  public OutageStats {
    plants = List.copyOf(plants);
    levels = levels.clone();
    lossQuantiles = lossQuantiles.clone();
    outageLossQuantiles = outageLossQuantiles.clone();
  }

  /**
   * @param outages outages of the plant that overlap the history
   * @param perPeriod outages starting per period ({@code outages / periods}), the failure
   *     frequency
   * @param meanDuration mean length in periods ({@code (end - start + 1) / step})
   * @param meanFraction mean share of capacity lost while out
   * @param downShare share of periods with some capacity lost at this plant
   * @param lostShare mean share of the plant's capacity lost per period
   */
  public record PlantStats(String plant, int outages, double perPeriod, double meanDuration,
      double meanFraction, double downShare, double lostShare) {}

  public static OutageStats of(OutageLog log, DemandHistory h, List<String> plants, double[] c0,
      double[][] f, CapacityLossKind kind) {
    int n = h.periods();
    List<Outage> outside = log.outside(h);
    List<PlantStats> ps = new ArrayList<>();
    for (int i = 0; i < plants.size(); i++) {
      String id = plants.get(i);
      int count = 0;
      double dur = 0;
      double frac = 0;
      for (Outage o : log.outages()) {
        if (o.plant().equals(id) && !outside.contains(o)) {
          count++;
          dur += o.length() / (double) h.axis().step();
          frac += o.fraction();
        }
      }
      int down = 0;
      double lost = 0;
      for (int t = 0; t < n; t++) {
        down += f[t][i] > 0 ? 1 : 0;
        lost += f[t][i];
      }
      ps.add(new PlantStats(id, count, count / (double) n, count == 0 ? 0 : dur / count,
          count == 0 ? 0 : frac / count, down / (double) n, lost / n));
    }
    double[] l = CapacityCalibrator.losses(kind, c0, f);
    double[] pos = Arrays.stream(l).filter(v -> v > 0).toArray();
    double[] q = new double[LEVELS.length];
    double[] qo = new double[LEVELS.length];
    for (int k = 0; k < LEVELS.length; k++) {
      q[k] = empirical(l, LEVELS[k]);
      qo[k] = pos.length == 0 ? Double.NaN : empirical(pos, LEVELS[k]);
    }
    return new OutageStats(ps, kind, pos.length / (double) n, Estimators.mean(l), LEVELS, q, qo,
        Arrays.stream(l).max().orElse(0));
  }

  /** The {@code ceil(n p)}-th smallest value (the empirical p-quantile). */
  static double empirical(double[] v, double p) {
    double[] s = v.clone();
    Arrays.sort(s);
    int rank = Math.max(1, (int) Math.ceil(s.length * p - 1e-9));
    return s[Math.min(s.length, rank) - 1];
  }
}
