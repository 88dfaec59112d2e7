package org.stockade.calibration;

import org.stockade.flow.LostSales;
import org.stockade.model.Network;

/**
 * Replays a history against a fixed inventory: in each period the realized demand {@code d_t}
 * and capacity {@code c_t = c0 (1 - f_t)} are revealed, and the lost sales are those of the
 * second stage, {@code L(r, d_t, c_t) = sum_j d_tj - maxflow} ({@link LostSales}, spec section
 * 2). The inventory is held, not consumed: every period starts again from {@code r}, as in the
 * two-stage model.
 *
 * @param lost lost sales per period
 * @param demand total demand per period
 */
public record Backtest(double[] lost, double[] demand) {
  public Backtest {
    lost = lost.clone();
    demand = demand.clone();
  }

  public static Backtest replay(Network n, double[] r, double[][] d, double[][] c) {
    double[] lost = new double[d.length];
    double[] dem = new double[d.length];
    for (int t = 0; t < d.length; t++) {
      lost[t] = LostSales.evaluate(n, r, d[t], c[t]).lostSales();
      for (double v : d[t]) {
        dem[t] += v;
      }
    }
    return new Backtest(lost, dem);
  }

  /** Realized capacities {@code c0_i (1 - f_ti)}; full capacity when {@code f} is null. */
  public static double[][] capacities(double[] c0, double[][] f, int periods) {
    double[][] c = new double[periods][c0.length];
    for (int t = 0; t < periods; t++) {
      for (int i = 0; i < c0.length; i++) {
        c[t][i] = c0[i] * (f == null ? 1 : 1 - f[t][i]);
      }
    }
    return c;
  }

  @Override
  public double[] lost() {
    return lost.clone();
  }

  @Override
  public double[] demand() {
    return demand.clone();
  }

  public int periods() {
    return lost.length;
  }

  public double totalLost() {
    double s = 0;
    for (double v : lost) {
      s += v;
    }
    return s;
  }

  public double totalDemand() {
    double s = 0;
    for (double v : demand) {
      s += v;
    }
    return s;
  }

  /** {@code 1 - sum_t L_t / sum_t D_t} (1 without demand). */
  public double fillRate() {
    double d = totalDemand();
    return d > 0 ? 1 - totalLost() / d : 1;
  }

  /** Share of periods with lost sales above {@code 1e-6} of their demand. */
  public double lossPeriodShare() {
    int k = 0;
    for (int t = 0; t < lost.length; t++) {
      k += lost[t] > 1e-6 * Math.max(1, demand[t]) ? 1 : 0;
    }
    return lost.length == 0 ? 0 : k / (double) lost.length;
  }

  public double worstLost() {
    double m = 0;
    for (double v : lost) {
      m = Math.max(m, v);
    }
    return m;
  }
}
