package org.stockade.report;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The one CSV writer behind every {@code --format csv} output and every CSV file Stockade writes.
 *
 * <p>Why one class: ids come from user files and may hold commas, quotes, newlines or text that a
 * spreadsheet would run as a formula. Every writer must treat them the same way:
 * <ul>
 *   <li>RFC 4180: a cell holding a comma, double quote, CR or LF is enclosed in double quotes and
 *       its quotes are doubled; rows end with LF.</li>
 *   <li>Spreadsheet formulas: a <em>text</em> cell starting with {@code = + - @}, TAB or CR gets a
 *       leading single quote ({@code '=cmd}), so Excel/LibreOffice show it as text. A text cell
 *       that is a plain number ({@code -3.5}, {@code +2e3}) is left alone; number cells (Java
 *       numbers) are never touched, so negative values stay numbers.</li>
 *   <li>Numbers: finite doubles rounded to {@value Fmt#SIGNIFICANT} significant digits (no float
 *       noise such as {@code 5055500.000000001}); NaN is an empty cell; infinities are
 *       {@code inf} / {@code -inf}.</li>
 *   <li>List cells ({@link #list}): items joined by a separator, with that separator and the
 *       backslash escaped inside items by a backslash, so the list splits back unambiguously.</li>
 * </ul>
 */
public final class Csv {
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private final StringBuilder sb = new StringBuilder();
  private final int columns;

  /** A CSV document with this header row. */
  public Csv(String... header) {
    if (header.length == 0) {
      throw new IllegalArgumentException("a CSV needs at least one column");
    }
    this.columns = header.length;
    row((Object[]) header);
  }

  /** Appends one row; cells are formatted by {@link #cell(Object)}. */
  public Csv row(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("CSV row has " + cells.length + " cells, header has "
          + columns);
    }
    for (int k = 0; k < cells.length; k++) {
      if (k > 0) {
        sb.append(',');
      }
      sb.append(cell(cells[k]));
    }
    sb.append('\n');
    return this;
  }

  /** The document so far, header first, LF line ends. */
  @Override
  public String toString() {
    return sb.toString();
  }

  /**
   * One cell: {@code null} is empty, doubles/floats via {@link #number}, other numbers and
   * booleans as written by Java, everything else as {@link #text}.
   */
  public static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double || v instanceof Float) {
      return number(((Number) v).doubleValue());
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    return text(v.toString());
  }

  /** A number cell: rounded to {@value Fmt#SIGNIFICANT} significant digits; NaN empty. */
  public static String number(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return Double.toString(Fmt.significant(v));
  }

  /** A text cell: neutralised for spreadsheets (unless a plain number), then RFC 4180 quoted. */
  public static String text(String s) {
    if (s.isEmpty()) {
      return s;
    }
    return quote(formulaLike(s) ? "'" + s : s);
  }

  /**
   * RFC 4180 quoting only, no spreadsheet neutralisation: for CSV files that Stockade reads back
   * as input (exported networks), where ids must round-trip unchanged.
   */
  public static String quote(String s) {
    boolean quote = false;
    for (int k = 0; k < s.length() && !quote; k++) {
      char c = s.charAt(k);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /**
   * Items joined by {@code sep}; inside an item a backslash becomes {@code \\} and {@code sep}
   * becomes {@code \sep}. The result is plain text, to be passed to {@link #row} as a cell.
   */
  public static String list(Collection<String> items, char sep) {
    StringBuilder b = new StringBuilder();
    for (String item : items) {
      if (b.length() > 0) {
        b.append(sep);
      }
      b.append(escapeItem(item, sep));
    }
    return b.toString();
  }

  /** {@code item} with the backslash and {@code sep} escaped, for building a list cell. */
  public static String escapeItem(String item, char sep) {
    StringBuilder b = new StringBuilder(item.length());
    for (int k = 0; k < item.length(); k++) {
      char c = item.charAt(k);
      if (c == '\\' || c == sep) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** True when a spreadsheet would read the cell as a formula (and it is not a plain number). */
  static boolean formulaLike(String s) {
    char c = s.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return risky && !PLAIN_NUMBER.matcher(s).matches();
  }
}
