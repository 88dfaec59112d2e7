package org.stockade.calibration;

import org.stockade.model.InvalidInputException;
import org.stockade.uncertainty.CapacityLossKind;

/**
 * Settings of a calibration.
 *
 * @param coverage target share q of periods the set must contain, in (0, 1)
 * @param estimator which location and scale define mu and sigma
 * @param parts which demand constraints are calibrated
 * @param capacityForm the capacity-loss form whose budget is calibrated (fraction, units or
 *     plants)
 * @param trainShare share of the periods (the earliest) used to calibrate in the time-ordered
 *     split; the rest are held out
 * @param rollingStart share of the periods in the first rolling-origin window
 * @param horizon periods evaluated per rolling origin before refitting; 0 = about 10 origins
 */
public record CalibrationOptions(double coverage, Estimator estimator, SetParts parts,
    CapacityLossKind capacityForm, double trainShare, double rollingStart, int horizon) {
  public CalibrationOptions {
    if (!(coverage > 0 && coverage < 1)) {
      throw new InvalidInputException("coverage must be in (0, 1), got " + coverage
          + "; e.g. --coverage 0.95 for 95% of periods");
    }
    if (!(trainShare > 0 && trainShare < 1)) {
      throw new InvalidInputException("train share must be in (0, 1), got " + trainShare
          + "; e.g. --train-share 0.7");
    }
    if (!(rollingStart > 0 && rollingStart < 1)) {
      throw new InvalidInputException("rolling start must be in (0, 1), got " + rollingStart
          + "; e.g. --rolling-start 0.5");
    }
    if (horizon < 0) {
      throw new InvalidInputException("horizon must be >= 0 (0 = automatic), got " + horizon);
    }
    if (estimator == null) {
      estimator = Estimator.PLAIN;
    }
    if (parts == null) {
      parts = SetParts.all();
    }
    if (capacityForm == null) {
      capacityForm = CapacityLossKind.FRACTION;
    }
    if (capacityForm != CapacityLossKind.FRACTION && capacityForm != CapacityLossKind.UNITS
        && capacityForm != CapacityLossKind.PLANTS) {
      throw new InvalidInputException("the calibrated capacity form must be fraction, units or"
          + " plants, got " + capacityForm.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** Target q, plain estimator, all three constraints, fraction form, 70/30 split. */
  public static CalibrationOptions defaults(double coverage) {
    return new CalibrationOptions(coverage, Estimator.PLAIN, SetParts.all(),
        CapacityLossKind.FRACTION, 0.7, 0.5, 0);
  }

  public CalibrationOptions withCoverage(double q) {
    return new CalibrationOptions(q, estimator, parts, capacityForm, trainShare, rollingStart,
        horizon);
  }
}
