package org.stockade.calibration;

import java.util.ArrayList;
import java.util.List;
import org.stockade.model.InvalidInputException;

/**
 * A clean, time-ordered demand history: every value present, after the {@link MissingPolicy}
 * was applied to a {@link DemandTable}. When forecasts are given, the uncertainty set is built
 * on the forecast errors {@code e_tj = d_tj - f_tj} (see {@link #errors()}).
 *
 * @param axis label kind and the period length in keys
 * @param keys period keys of the periods kept, increasing (gaps = dropped periods)
 * @param demand {@code [period][product]}
 * @param forecast {@code [period][product]} or null
 * @param nextForecast the planning forecast ({@link DemandTable#nextForecast()}) or null
 * @param policy the policy applied
 * @param missingCells number of (period, product) values that were missing, gaps included
 * @param affectedPeriods labels of the periods filled with zeros or dropped
 */
public record DemandHistory(String source, PeriodAxis axis, long[] keys, List<String> products,
    double[][] demand, double[][] forecast, double[] nextForecast, MissingPolicy policy,
    int missingCells, List<String> affectedPeriods) {
  public DemandHistory {
    keys = keys.clone();
    products = List.copyOf(products);
    affectedPeriods = List.copyOf(affectedPeriods);
  }

  public int periods() {
    return keys.length;
  }

  public int productCount() {
    return products.size();
  }

  public String label(int t) {
    return axis.label(keys[t]);
  }

  public boolean hasForecasts() {
    return forecast != null;
  }

  /**
   * The values the uncertainty set describes: demand, or the forecast errors {@code d - f}
   * when forecasts are given. {@code [period][product]}, a fresh copy.
   */
  public double[][] errors() {
    double[][] e = new double[keys.length][];
    for (int t = 0; t < keys.length; t++) {
      e[t] = demand[t].clone();
      if (forecast != null) {
        for (int j = 0; j < e[t].length; j++) {
          e[t][j] -= forecast[t][j];
        }
      }
    }
    return e;
  }

  /**
   * This history with its products in the order {@code ids} (a network's products); every
   * product must have a history and every history a product.
   */
  public DemandHistory reorder(List<String> ids, String networkName) {
    List<String> extra = products.stream().filter(p -> !ids.contains(p)).toList();
    if (!extra.isEmpty()) {
      throw new InvalidInputException(source + ": product(s) " + String.join(", ", extra)
          + " have a demand history but are not in network '" + networkName + "' (products: "
          + org.stockade.model.Network.describeIds(ids) + "); remove them or use the right"
          + " network");
    }
    List<String> absent = ids.stream().filter(p -> !products.contains(p)).toList();
    if (!absent.isEmpty()) {
      throw new InvalidInputException(source + ": network '" + networkName + "' has product(s) "
          + String.join(", ", absent) + " without a demand history; add their rows");
    }
    int[] from = ids.stream().mapToInt(products::indexOf).toArray();
    double[][] d = new double[keys.length][ids.size()];
    double[][] f = forecast == null ? null : new double[keys.length][ids.size()];
    for (int t = 0; t < keys.length; t++) {
      for (int j = 0; j < from.length; j++) {
        d[t][j] = demand[t][from[j]];
        if (f != null) {
          f[t][j] = forecast[t][from[j]];
        }
      }
    }
    double[] next = null;
    if (nextForecast != null) {
      next = new double[ids.size()];
      for (int j = 0; j < from.length; j++) {
        next[j] = nextForecast[from[j]];
      }
    }
    return new DemandHistory(source, axis, keys, ids, d, f, next, policy, missingCells,
        affectedPeriods);
  }

  /** The periods {@code [from, to)} as a history of their own (same axis, products). */
  public DemandHistory slice(int from, int to) {
    return new DemandHistory(source, axis, java.util.Arrays.copyOfRange(keys, from, to),
        products, java.util.Arrays.copyOfRange(demand, from, to),
        forecast == null ? null : java.util.Arrays.copyOfRange(forecast, from, to),
        nextForecast, policy, missingCells, affectedPeriods);
  }

  /**
   * Applies {@code policy} to {@code table}: infers the period length (the smallest gap between
   * consecutive periods; every gap must be a multiple of it), puts the periods absent from the
   * file back on the axis as missing, then refuses, zero-fills or drops the missing values.
   */
  public static DemandHistory of(DemandTable table, MissingPolicy policy) {
    long[] k = table.keys();
    String src = table.source();
    if (k.length < 2) {
      throw new InvalidInputException(src + ": the demand history has " + k.length
          + " period(s); calibration needs at least 2 (and at least 20 for a useful coverage"
          + " estimate); add more periods");
    }
    long step = Long.MAX_VALUE;
    for (int t = 1; t < k.length; t++) {
      step = Math.min(step, k[t] - k[t - 1]);
    }
    PeriodAxis axis = new PeriodAxis(table.kind(), step);
    for (int t = 1; t < k.length; t++) {
      if ((k[t] - k[t - 1]) % step != 0) {
        throw new InvalidInputException(src + ": periods " + axis.label(k[t - 1]) + " and "
            + axis.label(k[t]) + " are " + (k[t] - k[t - 1]) + " " + axis.unit() + "s apart,"
            + " not a multiple of the period length " + step + " " + axis.unit() + "s (the"
            + " smallest gap between periods); give evenly spaced periods");
      }
    }
    long count = (k[k.length - 1] - k[0]) / step + 1;
    if (count > 1_000_000) {
      throw new InvalidInputException(src + ": periods " + axis.label(k[0]) + " to "
          + axis.label(k[k.length - 1]) + " span " + count + " periods of " + step + " "
          + axis.unit() + "(s); check the period labels");
    }
    int n = table.products().size();
    int total = (int) count;
    long[] keys = new long[total];
    double[][] dem = new double[total][];
    double[][] fc = table.forecast() == null ? null : new double[total][];
    int src0 = 0;
    for (int t = 0; t < total; t++) {
      keys[t] = k[0] + t * step;
      if (src0 < k.length && k[src0] == keys[t]) {
        dem[t] = table.demand()[src0].clone();
        if (fc != null) {
          fc[t] = table.forecast()[src0].clone();
        }
        src0++;
      } else {
        dem[t] = nanRow(n);
        if (fc != null) {
          fc[t] = nanRow(n);
        }
      }
    }
    int missing = 0;
    List<String> missingList = new ArrayList<>();
    List<String> affected = new ArrayList<>();
    boolean[] keep = new boolean[total];
    for (int t = 0; t < total; t++) {
      keep[t] = true;
      boolean any = false;
      for (int j = 0; j < n; j++) {
        boolean missD = Double.isNaN(dem[t][j]);
        boolean missF = fc != null && Double.isNaN(fc[t][j]);
        if (missD || missF) {
          missing++;
          any = true;
          if (missingList.size() < 8) {
            missingList.add(axis.label(keys[t]) + "/" + table.products().get(j)
                + (missD ? "" : " (forecast)"));
          }
          if (policy == MissingPolicy.ZERO && missF) {
            throw new InvalidInputException(src + ": period " + axis.label(keys[t])
                + ", product '" + table.products().get(j) + "' has no forecast; --missing zero"
                + " fills missing demand only (a forecast cannot be invented); add the"
                + " forecast or use --missing drop");
          }
          if (policy == MissingPolicy.ZERO) {
            dem[t][j] = 0;
          }
        }
      }
      if (any) {
        affected.add(axis.label(keys[t]));
        keep[t] = policy != MissingPolicy.DROP;
      }
    }
    if (missing > 0 && policy == MissingPolicy.ERROR) {
      throw new InvalidInputException(src + ": " + missing + " demand value(s) missing in "
          + affected.size() + " period(s) (period/product: " + String.join(", ", missingList)
          + (missing > missingList.size() ? ", ..." : "") + "); a period absent from the file"
          + " or an empty cell is missing. Say how to treat them: --missing zero (no record ="
          + " no demand) or --missing drop (leave those periods out)");
    }
    int kept = 0;
    for (boolean b : keep) {
      kept += b ? 1 : 0;
    }
    if (kept < 2) {
      throw new InvalidInputException(src + ": only " + kept + " complete period(s) remain"
          + " after dropping the periods with missing values; calibration needs at least 2");
    }
    long[] ok = new long[kept];
    double[][] od = new double[kept][];
    double[][] of = fc == null ? null : new double[kept][];
    int c = 0;
    for (int t = 0; t < total; t++) {
      if (keep[t]) {
        ok[c] = keys[t];
        od[c] = dem[t];
        if (of != null) {
          of[c] = fc[t];
        }
        c++;
      }
    }
    return new DemandHistory(src, axis, ok, table.products(), od, of, table.nextForecast(),
        policy, missing, affected);
  }

  private static double[] nanRow(int n) {
    double[] r = new double[n];
    java.util.Arrays.fill(r, Double.NaN);
    return r;
  }
}
