package org.stockade.report.chart;

import java.util.List;

/**
 * A line chart: one line (with point markers, and error bars where the series has them) per
 * series, plotted against the series' own x values.
 *
 * @throws IllegalArgumentException if a text field is null, there are no series, a series is null
 *     or has no x values, or two series share a name
 */
public record LineChartSpec(String title, String xLabel, String yLabel, List<Series> series) {

  private static final String KIND = "line chart";

  public LineChartSpec {
    SpecChecks.requireText(KIND, "title", title);
    SpecChecks.requireText(KIND, "xLabel", xLabel);
    SpecChecks.requireText(KIND, "yLabel", yLabel);
    series = SpecChecks.requireSeries(KIND + " '" + title + "'", series);
    for (Series s : series) {
      if (!s.hasX()) {
        throw new IllegalArgumentException(
            KIND + " '" + title + "': series '" + s.name() + "' has no x values");
      }
    }
  }
}
