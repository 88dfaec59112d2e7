package org.stockade.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.stockade.io.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Writes headless line and bar charts as PNG and SVG.
 *
 * <p>Both files come from the same XChart chart: the PNG from XChart's bitmap encoder, the SVG by
 * painting the chart onto a JFreeSVG {@link SVGGraphics2D}. XChart draws all text as glyph
 * outlines, so the SVG looks the same without the fonts installed; to keep it searchable and
 * accessible the SVG also carries the chart title in {@code <title>} and the axis labels, series
 * names and categories in {@code <desc>}.
 *
 * <p>Sets {@code java.awt.headless=true} if that property is not set yet, so no display is needed.
 */
public final class Charts {

  // First, before any AWT class (fonts included) is touched.
  static {
    ensureHeadless();
  }

  /** Image size in pixels (PNG) and user units (SVG). */
  public static final int WIDTH = 800;

  public static final int HEIGHT = 500;

  // Okabe–Ito colour-blind-safe palette, yellow dropped (too pale on white).
  private static final Color[] PALETTE = {
    new Color(0x0072B2), // blue
    new Color(0xE69F00), // orange
    new Color(0x009E73), // bluish green
    new Color(0xD55E00), // vermillion
    new Color(0xCC79A7), // reddish purple
    new Color(0x56B4E9), // sky blue
    new Color(0x000000), // black
  };

  private static final Marker[] MARKERS = {
    SeriesMarkers.CIRCLE,
    SeriesMarkers.SQUARE,
    SeriesMarkers.DIAMOND,
    SeriesMarkers.TRIANGLE_UP,
    SeriesMarkers.TRIANGLE_DOWN,
  };

  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
  private static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final int LEGEND_PADDING = 14;
  private static final int LEGEND_LINE_LENGTH = 24; // XChart's default legend series line length

  /** The font metrics XChart measures labels and legends with. */
  private static final FontRenderContext XCHART_METRICS = new FontRenderContext(null, true, false);

  private Charts() {}

  /**
   * Writes {@code baseName.png} and {@code baseName.svg} into {@code dir} (created if missing).
   *
   * @return the PNG path and the SVG path, in that order
   * @throws IllegalArgumentException if an argument is null or {@code baseName} is not a plain
   *     file name
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> writeLine(LineChartSpec spec, Path dir, String baseName) {
    requireArgs(spec, dir, baseName);
    XYChart chart = new XYChart(WIDTH, HEIGHT);
    chart.setTitle(spec.title());
    chart.setXAxisTitle(spec.xLabel());
    chart.setYAxisTitle(spec.yLabel());
    style(chart.getStyler(), names(spec.series()));
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    chart.getStyler().setErrorBarsColorSeriesColor(true);
    chart.getStyler().setSeriesMarkers(MARKERS.clone());
    chart.getStyler().setMarkerSize(8);
    for (Series s : spec.series()) {
      XYSeries xy = chart.addSeries(s.name(), s.x(), s.y(), s.errorBars());
      xy.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }
    String desc =
        "Line chart. x axis: "
            + spec.xLabel()
            + ". y axis: "
            + spec.yLabel()
            + ". Series: "
            + String.join("; ", names(spec.series()))
            + ".";
    return write(chart, spec.title(), desc, dir, baseName);
  }

  /**
   * Writes {@code baseName.png} and {@code baseName.svg} into {@code dir} (created if missing).
   *
   * @return the PNG path and the SVG path, in that order
   * @throws IllegalArgumentException if an argument is null or {@code baseName} is not a plain
   *     file name
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> writeBar(BarChartSpec spec, Path dir, String baseName) {
    requireArgs(spec, dir, baseName);
    CategoryChart chart = new CategoryChart(WIDTH, HEIGHT);
    chart.setTitle(spec.title());
    chart.setXAxisTitle(spec.xLabel());
    chart.setYAxisTitle(spec.yLabel());
    style(chart.getStyler(), names(spec.series()));
    chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Bar);
    chart.getStyler().setErrorBarsColor(new Color(0x333333));
    chart.getStyler().setAvailableSpaceFill(0.8);
    fitCategoryLabels(chart.getStyler(), spec.categories());
    for (Series s : spec.series()) {
      List<Double> y = boxed(s.y());
      List<Double> err = s.errorBars() == null ? null : boxed(s.errorBars());
      chart.addSeries(s.name(), spec.categories(), y, err);
    }
    String desc =
        "Bar chart. x axis: "
            + spec.xLabel()
            + ". y axis: "
            + spec.yLabel()
            + ". Categories: "
            + String.join("; ", spec.categories())
            + ". Series: "
            + String.join("; ", names(spec.series()))
            + ".";
    return write(chart, spec.title(), desc, dir, baseName);
  }

  /**
   * Writes a scatter plot as {@code baseName.png} and {@code baseName.svg} into {@code dir}.
   *
   * @return the PNG path and the SVG path, in that order
   * @throws IllegalArgumentException if an argument is null or {@code baseName} is not a plain
   *     file name
   * @throws UncheckedIOException if a file cannot be written
   */
  public static List<Path> writeScatter(ScatterChartSpec spec, Path dir, String baseName) {
    requireArgs(spec, dir, baseName);
    XYChart chart = new XYChart(WIDTH, HEIGHT);
    chart.setTitle(spec.title());
    chart.setXAxisTitle(spec.xLabel());
    chart.setYAxisTitle(spec.yLabel());
    List<String> names = new ArrayList<>(names(spec.series()));
    if (spec.identityLine()) {
      names.add("y = x");
    }
    style(chart.getStyler(), names);
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setSeriesMarkers(MARKERS.clone());
    chart.getStyler().setMarkerSize(7);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : spec.series()) {
      chart.addSeries(s.name(), s.x(), s.y());
      for (double v : s.x()) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      for (double v : s.y()) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (spec.identityLine()) {
      XYSeries line = chart.addSeries("y = x", new double[] {lo, hi}, new double[] {lo, hi});
      line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(new Color(0x777777));
      line.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {6f, 4f}, 0f));
    }
    String desc = "Scatter plot. x axis: " + spec.xLabel() + ". y axis: " + spec.yLabel()
        + ". Series: " + String.join("; ", names) + ".";
    return write(chart, spec.title(), desc, dir, baseName);
  }

  private static void style(AxesChartStyler st, List<String> seriesNames) {
    st.setChartBackgroundColor(Color.WHITE);
    st.setPlotBackgroundColor(Color.WHITE);
    st.setPlotBorderColor(new Color(0x999999));
    st.setPlotGridLinesColor(new Color(0xDDDDDD));
    st.setChartFontColor(new Color(0x222222));
    st.setAxisTickLabelsColor(new Color(0x333333));
    st.setChartTitleFont(TITLE_FONT);
    st.setAxisTitleFont(AXIS_TITLE_FONT);
    st.setAxisTickLabelsFont(TICK_FONT);
    st.setLegendFont(LEGEND_FONT);
    st.setLegendSeriesLineLength(LEGEND_LINE_LENGTH);
    st.setLegendVisible(true);
    st.setLegendBorderColor(new Color(0xCCCCCC));
    // XChart sizes the legend with integer font metrics; JFreeSVG's (fixed) fractional metrics
    // draw its glyphs a few px wider, so leave room for that in the SVG.
    st.setLegendPadding(LEGEND_PADDING);
    // One row under the plot when it fits, else a column at the right.
    if (legendFitsBelow(seriesNames)) {
      st.setLegendPosition(Styler.LegendPosition.OutsideS);
      st.setLegendLayout(Styler.LegendLayout.Horizontal);
    } else {
      st.setLegendPosition(Styler.LegendPosition.OutsideE);
      st.setLegendLayout(Styler.LegendLayout.Vertical);
    }
    st.setSeriesColors(PALETTE.clone());
    st.setAntiAlias(true);
    st.setTextAntiAlias(true);
  }

  /**
   * XChart shows only every n-th category label when a category is narrower than the x tick
   * spacing hint. Pick the smallest rotation (0, 45 or 90 degrees) at which the widest label fits
   * the room a category gets (estimated conservatively: the plot is narrower than the image by
   * the y axis and padding), and make the hint that label's width, so labels are dropped only
   * where they would really collide.
   */
  private static void fitCategoryLabels(AxesChartStyler st, List<String> categories) {
    int rotation = categoryLabelRotation(categories);
    st.setXAxisLabelRotation(rotation);
    st.setXAxisTickMarkSpacingHint((int) Math.ceil(widestLabel(categories, rotation) * 1.1));
  }

  /** 0, 45 or 90: the smallest rotation at which the category labels fit side by side. */
  static int categoryLabelRotation(List<String> categories) {
    double slot = (WIDTH - 150.0) / categories.size();
    for (int r : new int[] {0, 45}) {
      if (widestLabel(categories, r) * 1.1 < slot) {
        return r;
      }
    }
    return 90;
  }

  /** Whether a one-row legend under the plot fits the image width. */
  static boolean legendFitsBelow(List<String> seriesNames) {
    return horizontalLegendWidth(seriesNames) <= WIDTH - 2 * LEGEND_PADDING;
  }

  private static double widestLabel(List<String> labels, int rotationDegrees) {
    AffineTransform rot = AffineTransform.getRotateInstance(Math.toRadians(-rotationDegrees));
    double max = 0;
    for (String label : labels) {
      TextLayout layout = new TextLayout(label, TICK_FONT, XCHART_METRICS);
      max = Math.max(max, layout.getOutline(rot).getBounds().getWidth());
    }
    return max;
  }

  /** Width of a one-row legend, as XChart lays it out: per entry line, text and padding. */
  private static double horizontalLegendWidth(List<String> names) {
    double width = LEGEND_PADDING;
    for (String name : names) {
      double text = new TextLayout(name, LEGEND_FONT, XCHART_METRICS).getBounds().getWidth();
      width += LEGEND_LINE_LENGTH + 3 * LEGEND_PADDING + text;
    }
    return width;
  }

  private static List<Path> write(
      Chart<?, ?> chart, String title, String desc, Path dir, String baseName) {
    Path png = dir.resolve(baseName + ".png");
    Path svg = dir.resolve(baseName + ".svg");
    try {
      Files.createDirectories(dir);
      // Atomic: concurrent runs into one folder must never leave a half-written PNG or SVG.
      AtomicFiles.write(png, out -> BitmapEncoder.saveBitmap(chart, out,
          BitmapEncoder.BitmapFormat.PNG));
      AtomicFiles.writeString(svg, svgDocument(chart, title, desc));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart '" + baseName + "' to " + dir, e);
    }
    return List.of(png, svg);
  }

  /**
   * The chart as a standalone SVG document. Not {@link SVGGraphics2D#getSVGDocument()}: that adds
   * a DOCTYPE naming the external SVG 1.0 DTD, which XML parsers try to download.
   */
  static String svgDocument(Chart<?, ?> chart, String title, String desc) {
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.paint(g2, WIDTH, HEIGHT);
    g2.dispose();
    String element = g2.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    int afterOpenTag = element.indexOf('>') + 1;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + element.substring(0, afterOpenTag)
        + "<title>"
        + xmlText(title)
        + "</title><desc>"
        + xmlText(desc)
        + "</desc>"
        + element.substring(afterOpenTag)
        + "\n";
  }

  /** Escapes XML markup and replaces characters XML 1.0 cannot hold by a space. */
  static String xmlText(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> {
          boolean legal =
              c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
          b.append(legal ? c : ' ');
        }
      }
    }
    return b.toString();
  }

  private static void requireArgs(Object spec, Path dir, String baseName) {
    if (spec == null) {
      throw new IllegalArgumentException("chart spec must not be null");
    }
    if (dir == null) {
      throw new IllegalArgumentException("output directory must not be null");
    }
    if (baseName == null || baseName.isBlank()) {
      throw new IllegalArgumentException("baseName must not be null or blank");
    }
    if (baseName.contains("/")
        || baseName.contains("\\")
        || baseName.equals(".")
        || baseName.equals("..")) {
      throw new IllegalArgumentException(
          "baseName must be a plain file name without directories: '" + baseName + "'");
    }
  }

  /** AWT must go headless before its first use; an explicit setting by the caller wins. */
  private static void ensureHeadless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private static List<String> names(List<Series> series) {
    List<String> names = new ArrayList<>(series.size());
    for (Series s : series) {
      names.add(s.name());
    }
    return names;
  }

  private static List<Double> boxed(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return list;
  }
}
