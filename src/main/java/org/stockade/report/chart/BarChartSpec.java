package org.stockade.report.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A grouped bar chart: one group of bars per category, one bar per series in each group. Each
 * series' {@code y} holds one value per category, in the order of {@code categories}; its {@code
 * x} is ignored. Error bars (e.g. 95% CI half-widths) are drawn where a series has them.
 *
 * @throws IllegalArgumentException if a text field is null, there are no categories or no series,
 *     a category is null, blank or repeated, two series share a name, or a series does not have
 *     exactly one value per category
 */
public record BarChartSpec(
    String title, String xLabel, String yLabel, List<String> categories, List<Series> series) {

  private static final String KIND = "bar chart";

  public BarChartSpec {
    SpecChecks.requireText(KIND, "title", title);
    SpecChecks.requireText(KIND, "xLabel", xLabel);
    SpecChecks.requireText(KIND, "yLabel", yLabel);
    String where = KIND + " '" + title + "'";
    if (categories == null) {
      throw new IllegalArgumentException(where + ": categories must not be null");
    }
    if (categories.isEmpty()) {
      throw new IllegalArgumentException(where + " has no categories");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < categories.size(); i++) {
      String c = categories.get(i);
      if (c == null || c.isBlank()) {
        throw new IllegalArgumentException(where + ": category[" + i + "] is null or blank");
      }
      if (!seen.add(c)) {
        throw new IllegalArgumentException(where + ": duplicate category '" + c + "'");
      }
    }
    categories = List.copyOf(categories);
    series = SpecChecks.requireSeries(where, series);
    for (Series s : series) {
      if (s.size() != categories.size()) {
        throw new IllegalArgumentException(
            where
                + ": series '"
                + s.name()
                + "' has "
                + s.size()
                + " values but there are "
                + categories.size()
                + " categories");
      }
    }
  }
}
