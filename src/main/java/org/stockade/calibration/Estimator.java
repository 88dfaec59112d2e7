package org.stockade.calibration;

import java.util.Locale;
import org.stockade.model.InvalidInputException;

/** Which location and scale feed the uncertainty set: see {@link Estimators}. */
public enum Estimator {
  /** Mean and sample standard deviation. */
  PLAIN,
  /** Median and MAD scaled to sigma (insensitive to a few surges). */
  ROBUST;

  public static Estimator parse(String option, String text) {
    if (text == null) {
      return PLAIN;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(option + " must be plain (mean, standard deviation) or"
          + " robust (median, MAD), got '" + text + "'");
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
