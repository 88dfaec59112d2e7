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

  /** {@code v} without a trailing ".0" when it is whole. */
  static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /** Largest finite alpha, beta or gamma on the command line ({@code none} means no limit). */
  static final double MAX_SET_LIMIT = 1e6;
  /** Largest magnitude of any other number on the command line (quantities, costs). */
  static final double MAX_MAGNITUDE = 1e9;

  /** {@link #limit(String, String)} for a set size, at most {@link #MAX_SET_LIMIT}. */
  static Double setLimit(String option, String text) {
    Double v = text == null ? null : parse(option, text, true, Double.MAX_VALUE, true);
    if (v != null && !v.isInfinite() && v > MAX_SET_LIMIT) {
      throw new InvalidInputException(option + " must be in [0, 1e6] or 'none' for no limit,"
          + " got '" + text + "'; e.g. " + option + " 2");
    }
    return v;
  }

  /** Longest accepted time limit: 1e7 s (about 115 days); beyond it durations overflow. */
  /** The {@code --format} value, lower-cased; table, json or csv, else a bad-input error. */
  static String format(String format) {
    String fmt = format.toLowerCase(java.util.Locale.ROOT);
    if (!java.util.List.of("table", "json", "csv").contains(fmt)) {
      throw new InvalidInputException("--format must be table, json or csv, got '" + format + "'");
    }
    return fmt;
  }

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
    noDirectoriesNamedLikeOutputs(option, dir);
    return dir;
  }

  /**
   * Refuses an output directory holding a directory named like an output file ({@code
   * report.md}, {@code *.csv}, {@code *.png}, {@code *.svg}, {@code *.json}): writing there would
   * fail after the work is done.
   */
  static void noDirectoriesNamedLikeOutputs(String option, java.nio.file.Path dir) {
    if (dir == null || !java.nio.file.Files.isDirectory(dir)) {
      return;
    }
    try (var s = java.nio.file.Files.list(dir)) {
      for (java.nio.file.Path p : (Iterable<java.nio.file.Path>) s::iterator) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.matches(".*\\.(md|csv|png|svg|json|txt)") && java.nio.file.Files.isDirectory(p)) {
          throw new InvalidInputException(option + " " + dir + ": " + p + " is a directory, but"
              + " stockade writes a file of that name there; remove or rename it, or give"
              + " another " + option + " directory");
        }
      }
    } catch (java.io.IOException e) {
      throw new InvalidInputException(option + " " + dir + ": cannot list the directory ("
          + e.getMessage() + "); give a readable, writable directory");
    }
  }

  /** Largest accepted --threads: more threads than this only add memory and contention. */
  static final int MAX_THREADS = 256;

  /** {@code --threads}: the processor count when absent, else a number in 1..256. */
  static int threads(String option, Integer threads) {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1 || t > MAX_THREADS) {
      throw new InvalidInputException(option + " must be between 1 and " + MAX_THREADS + ", got "
          + t + "; this machine has " + Runtime.getRuntime().availableProcessors()
          + " processors, e.g. " + option + " " + Runtime.getRuntime().availableProcessors());
    }
    return t;
  }

  /**
   * Parses {@code ID=value,ID=value,...} (e.g. {@code --ttr P1=4,P2=2}) into a vector indexed by
   * {@code index}; entries not given are NaN. Each id may appear once; values are numbers >= 0.
   *
   * @param kind what the ids name ("plant", "product"), for messages
   * @param example a valid two-entry value, for messages
   */
  static double[] perId(String option, String text, int size,
      java.util.function.ToIntFunction<String> index, String kind, String example) {
    double[] out = new double[size];
    java.util.Arrays.fill(out, Double.NaN);
    for (String part : text.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2) {
        throw new InvalidInputException(option + " entry '" + part + "' must look like "
            + example.substring(0, example.indexOf(',')));
      }
      String id = kv[0].trim();
      int k;
      try {
        k = index.applyAsInt(id);
      } catch (InvalidInputException e) {
        throw new InvalidInputException(option + " " + part.trim() + ": " + e.getMessage());
      }
      if (!Double.isNaN(out[k])) {
        throw new InvalidInputException(option + " gives " + kind + " '" + id + "' twice; give"
            + " each " + kind + " once, e.g. " + example);
      }
      out[k] = number(option + " " + id, kv[1].trim());
    }
    return out;
  }

  static Double number(String option, String text) {
    return parse(option, text, false);
  }

  private static Double parse(String option, String text, boolean noneAllowed) {
    return parse(option, text, noneAllowed, MAX_MAGNITUDE, false);
  }

  private static Double parse(String option, String text, boolean noneAllowed, double max,
      boolean infinityAllowed) {
    if (text == null) {
      return null;
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (infinityAllowed && (t.equals("none") || t.equals("inf") || t.equals("infinity"))) {
      return Double.POSITIVE_INFINITY;
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
      if (v > max) {
        throw new InvalidInputException(option + " must be at most 1e9, got '" + text.trim()
            + "'; express it in larger units" + (noneAllowed ? " or write 'none' for no limit"
            : ""));
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(option + " must be a number" + (noneAllowed
          ? " (or 'none' for no limit)" : "") + ", got '" + text + "'; write a plain number such"
          + " as 2.5");
    }
  }
}
