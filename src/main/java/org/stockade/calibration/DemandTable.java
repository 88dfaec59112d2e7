package org.stockade.calibration;

import java.util.List;

/**
 * Demand history as read from a file, before the missing-value policy: the periods present (in
 * time order), the products, and per period and product the quantity and optionally the
 * forecast, {@code NaN} where the file gives none.
 *
 * @param source the file, for messages
 * @param kind how the period labels were read
 * @param keys period keys, strictly increasing ({@link PeriodAxis#key})
 * @param products product ids in first-seen order
 * @param demand {@code [period][product]}, NaN = missing
 * @param forecast {@code [period][product]} or {@code null} when no forecasts were given
 * @param nextForecast the forecast of the first period after the last demand period (the
 *     period being planned), or {@code null} when the forecasts stop with the demand
 */
public record DemandTable(String source, PeriodAxis.Kind kind, long[] keys,
    List<String> products, double[][] demand, double[][] forecast, double[] nextForecast) {
  public DemandTable {
    products = List.copyOf(products);
    keys = keys.clone();
    if (demand.length != keys.length || (forecast != null && forecast.length != keys.length)) {
      throw new IllegalArgumentException("one row per period expected");
    }
    for (int t = 1; t < keys.length; t++) {
      if (keys[t] <= keys[t - 1]) {
        throw new IllegalArgumentException("period keys must increase");
      }
    }
  }
}
