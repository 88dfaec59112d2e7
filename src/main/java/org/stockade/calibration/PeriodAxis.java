package org.stockade.calibration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How period labels of a history are read and placed on a time axis. A label is one of
 *
 * <ul>
 *   <li>{@link Kind#INDEX}: an integer ({@code 1}, {@code 2}, ...), key = the integer;
 *   <li>{@link Kind#MONTH}: an ISO month ({@code 2024-03}), key = months since year 0;
 *   <li>{@link Kind#DATE}: an ISO date ({@code 2024-03-04}), key = the epoch day.
 * </ul>
 *
 * All labels of one history must be of one kind. A period with key {@code k} covers the
 * interval {@code [k, k + step)} of keys, where {@code step} is the smallest gap between
 * consecutive periods (e.g. 7 for weekly dates); every gap must be a multiple of it, and a gap of
 * {@code m * step} means {@code m - 1} missing periods. An outage from {@code start} to
 * {@code end} (inclusive, same label kind) covers {@code [start, end + 1)}.
 */
public record PeriodAxis(Kind kind, long step) {
  /** The label kinds. */
  public enum Kind {
    INDEX("an integer period number, e.g. 17"),
    MONTH("an ISO month, e.g. 2024-03"),
    DATE("an ISO date, e.g. 2024-03-04");

    private final String example;

    Kind(String example) {
      this.example = example;
    }

    public String example() {
      return example;
    }
  }

  public PeriodAxis {
    if (kind == null || step < 1) {
      throw new IllegalArgumentException("period axis needs a kind and a step >= 1");
    }
  }

  /** The kind of {@code label}, or {@code null} when it is none of the three. */
  public static Kind kindOf(String label) {
    String s = label.strip();
    if (s.matches("[+-]?\\d{1,15}")) {
      return Kind.INDEX;
    }
    if (s.matches("\\d{4}-\\d{2}")) {
      return parses(() -> YearMonth.parse(s)) ? Kind.MONTH : null;
    }
    if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return parses(() -> LocalDate.parse(s)) ? Kind.DATE : null;
    }
    return null;
  }

  private static boolean parses(Runnable r) {
    try {
      r.run();
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The key of {@code label}, which must be of kind {@code kind} ({@link #kindOf}). */
  public static long key(Kind kind, String label) {
    String s = label.strip();
    return switch (kind) {
      case INDEX -> Long.parseLong(s);
      case MONTH -> {
        YearMonth ym = YearMonth.parse(s);
        yield ym.getYear() * 12L + ym.getMonthValue() - 1;
      }
      case DATE -> LocalDate.parse(s).toEpochDay();
    };
  }

  /** The label of {@code key} in this axis' kind. */
  public String label(long key) {
    return switch (kind) {
      case INDEX -> Long.toString(key);
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", Math.floorDiv(key, 12),
          Math.floorMod(key, 12) + 1);
      case DATE -> LocalDate.ofEpochDay(key).toString();
    };
  }

  /** The unit of a key, for messages: "period", "month" or "day". */
  public String unit() {
    return switch (kind) {
      case INDEX -> "period";
      case MONTH -> "month";
      case DATE -> "day";
    };
  }
}
