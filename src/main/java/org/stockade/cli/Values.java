package org.stockade.cli;

import java.util.Locale;
import org.stockade.model.InvalidInputException;

/** Parsing of CLI values with messages that name the option. */
final class Values {
  private Values() {}

  /** A number, or none/inf/infinity for +infinity (an absent limit). */
  static Double limit(String option, String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("none") || t.equals("inf") || t.equals("infinity")) {
      return Double.POSITIVE_INFINITY;
    }
    return number(option, text);
  }

  static Double number(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      double v = Double.parseDouble(text.trim());
      if (Double.isNaN(v) || v < 0) {
        throw new InvalidInputException(option + " must be a number >= 0, got '" + text + "'");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(option + " must be a number (or 'none' where a limit may"
          + " be absent), got '" + text + "'");
    }
  }
}
