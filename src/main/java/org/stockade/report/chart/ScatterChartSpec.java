package org.stockade.report.chart;

import java.util.List;

/**
 * A scatter plot: markers only, one colour and marker per series; every series needs {@code x}.
 * With {@code identityLine} a dashed {@code y = x} reference line is drawn across the data
 * (e.g. TTS = TTR, below which a node is exposed).
 *
 * @throws IllegalArgumentException if a text field is null, there are no series, two series share
 *     a name, or a series has no {@code x}
 */
public record ScatterChartSpec(String title, String xLabel, String yLabel, List<Series> series,
    boolean identityLine) {
  private static final String KIND = "scatter chart";

  public ScatterChartSpec {
    SpecChecks.requireText(KIND, "title", title);
    SpecChecks.requireText(KIND, "xLabel", xLabel);
    SpecChecks.requireText(KIND, "yLabel", yLabel);
    String where = KIND + " '" + title + "'";
    series = SpecChecks.requireSeries(where, series);
    for (Series s : series) {
      if (!s.hasX()) {
        throw new IllegalArgumentException(where + ": series '" + s.name() + "' has no x values");
      }
    }
  }
}
