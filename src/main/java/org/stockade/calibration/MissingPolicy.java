package org.stockade.calibration;

import java.util.Locale;
import org.stockade.model.InvalidInputException;

/**
 * What to do with a missing demand value: a period absent from the time axis (a gap in the
 * period sequence), an empty cell, or a product without a row in some period.
 */
public enum MissingPolicy {
  /** Refuse the history and list the missing values (the default: nothing is guessed). */
  ERROR,
  /** A missing demand is zero (sales logs that record only periods with sales). */
  ZERO,
  /** Leave out every period with a missing value; the periods left out are reported. */
  DROP;

  public static MissingPolicy parse(String option, String text) {
    if (text == null) {
      return ERROR;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(option + " must be error, zero or drop, got '" + text
          + "'; e.g. " + option + " zero");
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
