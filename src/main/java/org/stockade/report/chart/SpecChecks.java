package org.stockade.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validation shared by the chart specs; every failure is an IllegalArgumentException. */
final class SpecChecks {
  private SpecChecks() {}

  static void requireText(String kind, String field, String value) {
    if (value == null) {
      throw new IllegalArgumentException(kind + ": " + field + " must not be null");
    }
  }

  /** Non-null, non-empty, no null elements, distinct names; returns an immutable copy. */
  static List<Series> requireSeries(String kind, List<Series> series) {
    if (series == null) {
      throw new IllegalArgumentException(kind + ": series must not be null");
    }
    if (series.isEmpty()) {
      throw new IllegalArgumentException(kind + " has no series");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      if (s == null) {
        throw new IllegalArgumentException(kind + ": series[" + i + "] is null");
      }
      if (!names.add(s.name())) {
        throw new IllegalArgumentException(
            kind + ": duplicate series name '" + s.name() + "'");
      }
    }
    return List.copyOf(series);
  }
}
