package org.stockade.calibration;

import java.util.ArrayList;
import java.util.List;
import org.stockade.model.InvalidInputException;
import org.stockade.uncertainty.CapacityLoss;
import org.stockade.uncertainty.CapacityLossKind;

/**
 * Calibrates the capacity-loss budget {@code zeta} of a capacity set (spec section 3) from the
 * per-period loss shares {@code f_ti} of an outage log ({@link OutageLog#lossShares}). The loss
 * of period t, in the units of the set's form, is
 *
 * <ul>
 *   <li>{@link CapacityLossKind#FRACTION}: {@code sum_i c0_i f_ti / sum_i c0_i};
 *   <li>{@link CapacityLossKind#UNITS}: {@code sum_i c0_i f_ti};
 *   <li>{@link CapacityLossKind#PLANTS}: {@code sum_i f_ti} (plants' worth of capacity down);
 * </ul>
 *
 * and the budget is its coverage quantile ({@link Estimators#coverQuantile}) at the target over
 * the <em>outage periods</em> (loss > 0), so it covers the target share of periods with an
 * outage; periods without one are covered by any budget. Coverage is checked with the solver's
 * {@link CapacityLoss#violation} on the realized capacities {@code c0 (1 - f_t)}.
 */
public final class CapacityCalibrator {
  private CapacityCalibrator() {}

  /**
   * @param budget zeta
   * @param outagePeriods periods with a loss in the sample
   * @param certified false when there were too few outage periods for the target (then the
   *     largest observed loss, or 0 without outages, was used)
   */
  public record Budget(CapacityLossKind kind, double budget, int outagePeriods,
      boolean certified) {}

  public static double loss(CapacityLossKind kind, double[] c0, double[] f) {
    double units = 0;
    double total = 0;
    double plants = 0;
    for (int i = 0; i < c0.length; i++) {
      units += c0[i] * f[i];
      total += c0[i];
      plants += f[i];
    }
    return switch (kind) {
      case FRACTION -> units / total;
      case UNITS -> units;
      case PLANTS -> plants;
      default -> throw new InvalidInputException("capacity loss form '" + kind.name()
          .toLowerCase(java.util.Locale.ROOT) + "' cannot be calibrated; use fraction, units"
          + " or plants");
    };
  }

  /** Per-period losses of {@code f[period][plant]}. */
  public static double[] losses(CapacityLossKind kind, double[] c0, double[][] f) {
    double[] l = new double[f.length];
    for (int t = 0; t < f.length; t++) {
      l[t] = loss(kind, c0, f[t]);
    }
    return l;
  }

  public static Budget calibrate(CapacityLossKind kind, double[] c0, double[][] f, double q) {
    double[] l = losses(kind, c0, f);
    List<Double> pos = new ArrayList<>();
    for (double v : l) {
      if (v > 0) {
        pos.add(v);
      }
    }
    double[] p = pos.stream().mapToDouble(Double::doubleValue).toArray();
    if (p.length == 0) {
      return new Budget(kind, 0, 0, false);
    }
    double z = Estimators.coverQuantile(p, q);
    boolean certified = z != Double.POSITIVE_INFINITY;
    if (!certified) {
      z = java.util.Arrays.stream(p).max().orElse(0);
    }
    return new Budget(kind, z, p.length, certified);
  }

  /** Whether each period's realized capacity {@code c0 (1 - f_t)} lies in the set. */
  public static boolean[] covered(Budget b, double[] c0, double[][] f) {
    CapacityLoss set = new CapacityLoss(c0, b.kind(), b.budget());
    boolean[] in = new boolean[f.length];
    double[] c = new double[c0.length];
    for (int t = 0; t < f.length; t++) {
      for (int i = 0; i < c0.length; i++) {
        c[i] = c0[i] * (1 - f[t][i]);
      }
      in[t] = set.violation(c, DemandCalibrator.TOL) == null;
    }
    return in;
  }
}
