package org.stockade.calibration;

import java.util.List;
import org.stockade.model.InvalidInputException;

/**
 * An outage log: which plant lost which share of its capacity when. {@link #lossShares} turns it
 * into the capacity lost per period and plant on a history's time axis: a period {@code t}
 * covering keys {@code [k_t, k_t + step)} loses, at plant {@code i},
 *
 * <pre>
 *   f_ti = sum over outages o of plant i:  fraction_o * |[start_o, end_o + 1) ∩ [k_t, k_t + step)| / step
 * </pre>
 *
 * so a plant down at 50% for half a week loses 25% of that week's capacity. The realized capacity
 * of the period is {@code c_ti = c0_i (1 - f_ti)}, the quantity the capacity-loss sets bound
 * (spec section 3).
 *
 * @param source the file, for messages
 * @param kind the label kind the log used
 */
public record OutageLog(String source, PeriodAxis.Kind kind, List<Outage> outages) {
  public OutageLog {
    outages = List.copyOf(outages);
  }

  /** Plant ids that appear in the log, in first-seen order. */
  public List<String> plants() {
    return outages.stream().map(Outage::plant).distinct().toList();
  }

  /**
   * {@code f[t][i]}: share of plant {@code plants[i]}'s capacity lost in period {@code t} of
   * {@code h}. Every plant of the log must be in {@code plants}; the shares of overlapping outages
   * of one plant add up, and more than 1 is an error naming the lines.
   */
  public double[][] lossShares(DemandHistory h, List<String> plants) {
    if (kind != h.axis().kind()) {
      throw new InvalidInputException(source + ": outage dates are " + kind.example()
          + " but the demand history's periods are " + h.axis().kind().example()
          + "; write both with the same kind of period label");
    }
    double[][] f = new double[h.periods()][plants.size()];
    int[][] lastLine = new int[h.periods()][plants.size()];
    long step = h.axis().step();
    long[] keys = h.keys();
    for (Outage o : outages) {
      int i = plants.indexOf(o.plant());
      if (i < 0) {
        throw new InvalidInputException(source + ": line " + o.line() + ", column 'plant': '"
            + o.plant() + "' is not a plant of the network; plants: "
            + org.stockade.model.Network.describeIds(plants));
      }
      int from = lowerIndex(keys, o.start() - step + 1);
      for (int t = from; t < keys.length && keys[t] <= o.end(); t++) {
        long lo = Math.max(o.start(), keys[t]);
        long hi = Math.min(o.end() + 1, keys[t] + step);
        if (hi <= lo) {
          continue;
        }
        f[t][i] += o.fraction() * (hi - lo) / (double) step;
        if (f[t][i] > 1 + 1e-9) {
          throw new InvalidInputException(source + ": line " + o.line() + ": plant '"
              + o.plant() + "' loses " + fmt(f[t][i]) + " of its capacity in period "
              + h.label(t) + " with the overlapping outage on line " + lastLine[t][i]
              + "; a plant cannot lose more than all of it: merge or correct the rows");
        }
        f[t][i] = Math.min(1, f[t][i]);
        lastLine[t][i] = o.line();
      }
    }
    return f;
  }

  /** Outages that end before the first or start after the last period of {@code h}. */
  public List<Outage> outside(DemandHistory h) {
    long first = h.keys()[0];
    long last = h.keys()[h.periods() - 1] + h.axis().step() - 1;
    return outages.stream().filter(o -> o.end() < first || o.start() > last).toList();
  }

  private static int lowerIndex(long[] keys, long min) {
    int idx = java.util.Arrays.binarySearch(keys, min);
    return idx >= 0 ? idx : -idx - 1;
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.3g", v);
  }
}
