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
    return parse(option, text, true);
  }

  /** Longest accepted time limit: 1e7 s (about 115 days); beyond it durations overflow. */
  static final double MAX_SECONDS = 1e7;

  /** A wall-clock limit in seconds, positive and at most {@link #MAX_SECONDS}. */
  static java.time.Duration seconds(String option, double seconds) {
    if (!(seconds > 0) || seconds > MAX_SECONDS) {
      throw new InvalidInputException(option + " must be a positive number of seconds up to 1e7"
          + " (about 115 days), got " + seconds + "; e.g. " + option + " 60");
    }
    return java.time.Duration.ofMillis((long) Math.ceil(seconds * 1000));
  }

  /** A relative tolerance in (0, max), or null when not given. */
  static Double tolerance(String option, Double value, double max) {
    if (value != null && !(value > 0 && value < max)) {
      throw new InvalidInputException(option + " must be in (0, " + max + "), got " + value
          + "; e.g. " + option + " 1e-6");
    }
    return value;
  }

  /** Creates {@code dir} if needed and checks it is a writable directory, before any work. */
  static java.nio.file.Path outputDir(String option, java.nio.file.Path dir) {
    if (dir == null) {
      return null;
    }
    try {
      java.nio.file.Files.createDirectories(dir);
    } catch (java.io.IOException | RuntimeException e) {
      throw new InvalidInputException(option + " " + dir + ": cannot create the directory ("
          + (java.nio.file.Files.exists(dir) ? "a file of that name exists"
              : "its parent is missing or not writable")
          + "); give a writable directory, e.g. " + option + " out/");
    }
    if (!java.nio.file.Files.isWritable(dir)) {
      throw new InvalidInputException(option + " " + dir + ": the directory is not writable;"
          + " give a writable directory, e.g. " + option + " out/");
    }
    return dir;
  }

  static Double number(String option, String text) {
    return parse(option, text, false);
  }

  private static Double parse(String option, String text, boolean noneAllowed) {
    if (text == null) {
      return null;
    }
    try {
      double v = Double.parseDouble(text.trim());
      if (Double.isNaN(v) || v < 0) {
        throw new InvalidInputException(option + " must be a number >= 0, got '" + text + "'");
      }
      if (Double.isInfinite(v)) {
        throw new InvalidInputException(option + " must be a finite number, got '" + text + "'"
            + (noneAllowed ? " (write 'none' for no limit)" : ""));
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(option + " must be a number" + (noneAllowed
          ? " (or 'none' for no limit)" : "") + ", got '" + text + "'; write a plain number such"
          + " as 2.5");
    }
  }
}
