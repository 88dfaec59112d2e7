package org.stockade.io;

import org.stockade.model.InvalidInputException;

/**
 * The position of a value in an input file, for error messages: the file, and either a path
 * in the YAML/JSON tree ({@code products[3].mu}) or a CSV line and column
 * ({@code line 5, column 'mu'}), plus an optional note on the element ({@code product 'V4'}).
 */
final class Where {
  private final String file;
  private final String path;
  private final boolean csv;
  private final String about;

  private Where(String file, String path, boolean csv, String about) {
    this.file = file;
    this.path = path;
    this.csv = csv;
    this.about = about;
  }

  /** The top level of a YAML or JSON file. */
  static Where root(String file) {
    return new Where(file, "", false, null);
  }

  /** A data row of a CSV file, at 1-based {@code line}. */
  static Where csvRow(String file, int line) {
    return new Where(file, "line " + line, true, null);
  }

  /** A data row of a spreadsheet, at 1-based {@code row} of sheet {@code sheet}. */
  static Where sheetRow(String file, String sheet, int row) {
    return new Where(file, "sheet '" + sheet + "', row " + row, true, null);
  }

  /** The value under {@code key} (a CSV column for a CSV row). */
  Where key(String key) {
    if (csv) {
      return new Where(file, path + ", column '" + key + "'", true, about);
    }
    return new Where(file, path.isEmpty() ? key : path + "." + key, false, about);
  }

  /** Element {@code i} (0-based) of a list. */
  Where index(int i) {
    return new Where(file, path + "[" + i + "]", csv, about);
  }

  /** The same position, described further, e.g. {@code product 'V4'}. */
  Where about(String note) {
    return new Where(file, path, csv, note);
  }

  String file() {
    return file;
  }

  boolean isCsv() {
    return csv;
  }

  /** E.g. {@code products[3].mu (product 'V4')}. */
  String describe() {
    String p = path.isEmpty() ? "top level" : path;
    return about == null ? p : p + " (" + about + ")";
  }

  /** {@code file: position: problem; fix}. */
  InvalidInputException fail(String problem, String fix) {
    return new InvalidInputException(file + ": " + describe() + ": " + problem
        + (fix == null || fix.isEmpty() ? "" : "; " + fix));
  }

  /** A warning string in the same format. */
  String warning(String text) {
    return file + ": " + describe() + ": " + text;
  }

  @Override
  public String toString() {
    return file + ": " + describe();
  }
}
