package org.stockade.report;

import java.util.List;

/** Test helpers from {@link CsvTest} for tests in other packages. */
public final class CsvTestAccess {
  private CsvTestAccess() {}

  /** Splits a list cell written by {@link Csv#list} back into its (unescaped) items. */
  public static List<String> splitList(String cell, char sep) {
    return CsvTest.splitList(cell, sep);
  }
}
