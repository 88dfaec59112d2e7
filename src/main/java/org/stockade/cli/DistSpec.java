package org.stockade.cli;

import java.util.Locale;
import org.stockade.model.InvalidInputException;

/**
 * A distribution written as {@code KIND:ARG:ARG...} on the command line (for example
 * {@code normal:100:20} or {@code empirical:FILE.csv}): its kind, the raw rest, and its numbers
 * with messages naming the flag and the expected form.
 */
record DistSpec(String flag, String kind, String rest) {
  static DistSpec parse(String flag, String text) {
    String t = text.trim();
    int colon = t.indexOf(':');
    return new DistSpec(flag, (colon < 0 ? t : t.substring(0, colon)).toLowerCase(Locale.ROOT),
        colon < 0 ? "" : t.substring(colon + 1));
  }

  /** Exactly {@code n} numbers after the kind; {@code form} shows the syntax and an example. */
  double[] numbers(int n, String form) {
    String[] parts = rest.isEmpty() ? new String[0] : rest.split(":", -1);
    if (parts.length != n) {
      throw new InvalidInputException(flag + " " + kind + " takes " + n + " number"
          + (n > 1 ? "s" : "") + ", got " + parts.length + "; write " + form);
    }
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      try {
        v[k] = Double.parseDouble(parts[k].trim());
      } catch (NumberFormatException e) {
        throw new InvalidInputException(flag + " " + kind + ": '" + parts[k] + "' is not a "
            + "number; write " + form);
      }
    }
    return v;
  }

  /** The file after {@code empirical:}, else a message with an example. */
  java.nio.file.Path file(String example) {
    if (rest.isBlank()) {
      throw new InvalidInputException(flag + " empirical needs a CSV file, e.g. " + flag + " "
          + example);
    }
    return java.nio.file.Path.of(rest);
  }
}
