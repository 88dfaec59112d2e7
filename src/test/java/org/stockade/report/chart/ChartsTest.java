package org.stockade.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartsTest {

  @TempDir Path tmp;

  private static LineChartSpec lineSpec(String title) {
    return new LineChartSpec(
        title,
        "Budget B",
        "Worst-case shortfall",
        List.of(
            new Series("K-chain", new double[] {0, 1, 2, 3, 4}, new double[] {10, 7, 5, 4, 3.5}),
            new Series(
                "Full flexibility",
                new double[] {0, 1, 2, 3, 4},
                new double[] {9, 5, 3, 2, 1.5},
                new double[] {0.5, 0.4, 0.3, 0.3, 0.2})));
  }

  private static BarChartSpec barSpec() {
    return new BarChartSpec(
        "Cost by design",
        "Design",
        "Expected cost",
        List.of("Dedicated", "2-chain", "3-chain", "Full"),
        List.of(
            new Series("Nominal", null, new double[] {12, 9, 8.5, 8}, new double[] {1, 0.8, 0.7, 0.6}),
            new Series("Robust", null, new double[] {15, 10.5, 9.2, 8.4}, null)));
  }

  // ---- rendering ----

  @Test
  void lineChartWritesPngAndSvgIntoNewDirectory() throws Exception {
    Path dir = tmp.resolve("nested/out");
    LineChartSpec spec = lineSpec("Shortfall vs budget");

    List<Path> files = Charts.writeLine(spec, dir, "shortfall");

    assertThat(files).containsExactly(dir.resolve("shortfall.png"), dir.resolve("shortfall.svg"));
    assertThat(files).allSatisfy(f -> assertThat(f).isRegularFile());
    assertThat(System.getProperty("java.awt.headless")).isNotNull();
    assertDrawnPng(files.get(0));
    Document svg = parseSvg(files.get(1));
    assertThat(titleOf(svg)).isEqualTo("Shortfall vs budget");
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("Shortfall vs budget", "K-chain", "Full flexibility", "Budget B",
            "Worst-case shortfall");
    // the chart itself is drawn, not just the metadata
    assertThat(svg.getElementsByTagNameNS("*", "path").getLength()).isGreaterThan(10);
  }

  @Test
  void barChartWithErrorBarsWritesPngAndSvg() throws Exception {
    BarChartSpec spec = barSpec();

    List<Path> files = Charts.writeBar(spec, tmp, "cost");

    assertThat(files).containsExactly(tmp.resolve("cost.png"), tmp.resolve("cost.svg"));
    assertDrawnPng(files.get(0));
    Document svg = parseSvg(files.get(1));
    assertThat(titleOf(svg)).isEqualTo("Cost by design");
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("Cost by design", "Nominal", "Robust", "Dedicated", "3-chain", "Full");
  }

  @Test
  void markupInTextIsEscapedInSvg() throws Exception {
    LineChartSpec spec =
        new LineChartSpec(
            "Cost <B> & \"risk\"",
            "x",
            "y",
            List.of(new Series("a<b & c", new double[] {1, 2}, new double[] {3, 4})));

    List<Path> files = Charts.writeLine(spec, tmp, "escaped");

    Document svg = parseSvg(files.get(1));
    assertThat(titleOf(svg)).isEqualTo("Cost <B> & \"risk\"");
    assertThat(svg.getDocumentElement().getTextContent()).contains("a<b & c");
  }

  @Test
  void singlePointSeriesAndOverwriteWork() throws Exception {
    LineChartSpec spec =
        new LineChartSpec("One", "x", "y", List.of(new Series("p", new double[] {2}, new double[] {5})));
    Charts.writeLine(spec, tmp, "one");
    List<Path> again = Charts.writeLine(spec, tmp, "one");
    assertDrawnPng(again.get(0));
    parseSvg(again.get(1));
  }

  @Test
  void crowdedChartsRender() throws Exception {
    List<String> cats = new ArrayList<>();
    List<Series> bars = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      cats.add("Plant-group " + (char) ('A' + i));
    }
    double[] y = new double[12];
    for (int i = 0; i < 12; i++) {
      y[i] = i - 6;
    }
    bars.add(new Series("negative and positive", null, y, null));
    assertDrawnPng(
        Charts.writeBar(new BarChartSpec("Crowded", "c", "v", cats, bars), tmp, "crowded").get(0));

    List<Series> lines = new ArrayList<>();
    for (int k = 0; k < 9; k++) {
      lines.add(new Series("Series number " + k, new double[] {0, 1}, new double[] {k, k + 1}));
    }
    Path svg = Charts.writeLine(new LineChartSpec("Many", "x", "y", lines), tmp, "many").get(1);
    assertThat(parseSvg(svg).getDocumentElement().getTextContent()).contains("Series number 8");
  }

  @Test
  void layoutAdaptsToLabelAndLegendLength() {
    assertThat(Charts.categoryLabelRotation(List.of("Dedicated", "2-chain", "3-chain", "Full")))
        .isZero();
    List<String> longCats = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      longCats.add("Plant-group " + i);
    }
    assertThat(Charts.categoryLabelRotation(longCats)).isEqualTo(90);
    assertThat(Charts.legendFitsBelow(List.of("K-chain", "Full flexibility"))).isTrue();
    List<String> many = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      many.add("Series number " + k);
    }
    assertThat(Charts.legendFitsBelow(many)).isFalse();
  }

  // ---- validation ----

  @Test
  void seriesRejectsBadData() {
    assertThatThrownBy(() -> new Series("s", new double[] {1, 2, 3}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series 's'")
        .hasMessageContaining("x has 3 values but y has 2");
    assertThatThrownBy(() -> new Series("s", new double[] {1, 2}, new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("y[1] is NaN");
    assertThatThrownBy(() -> new Series("s", new double[] {Double.NaN}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x[0] is NaN");
    assertThatThrownBy(
            () -> new Series("s", null, new double[] {1}, new double[] {Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("errorBars[0] is infinite");
    assertThatThrownBy(() -> new Series("s", new double[0], new double[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series 's' is empty");
    assertThatThrownBy(() -> new Series("s", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("y must not be null");
    assertThatThrownBy(() -> new Series(" ", null, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series name");
    assertThatThrownBy(() -> new Series("s", null, new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("errorBars has 1 values but y has 2");
    assertThatThrownBy(() -> new Series("s", null, new double[] {1, 2}, new double[] {1, -0.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("errorBars[1] is negative");
  }

  @Test
  void lineSpecRejectsBadSeries() {
    assertThatThrownBy(() -> new LineChartSpec("T", "x", "y", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line chart 'T' has no series");
    assertThatThrownBy(
            () -> new LineChartSpec("T", "x", "y", List.of(new Series("s", null, new double[] {1}))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series 's' has no x values");
    Series s = new Series("dup", new double[] {1}, new double[] {1});
    assertThatThrownBy(() -> new LineChartSpec("T", "x", "y", List.of(s, s)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate series name 'dup'");
    assertThatThrownBy(() -> new LineChartSpec(null, "x", "y", List.of(s)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title must not be null");
    List<Series> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> new LineChartSpec("T", "x", "y", withNull))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series[0] is null");
  }

  @Test
  void barSpecRejectsMismatchedCategories() {
    Series two = new Series("s", null, new double[] {1, 2});
    assertThatThrownBy(() -> new BarChartSpec("T", "x", "y", List.of("a", "b", "c"), List.of(two)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("series 's' has 2 values but there are 3 categories");
    assertThatThrownBy(() -> new BarChartSpec("T", "x", "y", List.of(), List.of(two)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no categories");
    assertThatThrownBy(() -> new BarChartSpec("T", "x", "y", List.of("a", "a"), List.of(two)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate category 'a'");
    assertThatThrownBy(() -> new BarChartSpec("T", "x", "y", List.of("a", "b"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bar chart 'T' has no series");
  }

  @Test
  void writeRejectsBadArguments() {
    LineChartSpec spec = lineSpec("T");
    assertThatThrownBy(() -> Charts.writeLine(spec, tmp, "../escape"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain file name");
    assertThatThrownBy(() -> Charts.writeLine(spec, tmp, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseName");
    assertThatThrownBy(() -> Charts.writeBar(null, tmp, "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spec must not be null");
    assertThatThrownBy(() -> Charts.writeBar(barSpec(), null, "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("directory must not be null");
  }

  @Test
  void seriesIsImmutable() {
    double[] x = {1, 2};
    double[] y = {3, 4};
    Series s = new Series("s", x, y);
    x[0] = 99;
    y[0] = 99;
    s.y()[1] = 99;
    assertThat(s.x()).containsExactly(1, 2);
    assertThat(s.y()).containsExactly(3, 4);
    assertThat(s).isEqualTo(new Series("s", new double[] {1, 2}, new double[] {3, 4}));
  }

  // ---- helpers ----

  private static void assertDrawnPng(Path png) throws IOException {
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img).as("PNG decodes").isNotNull();
    assertThat(img.getWidth()).isEqualTo(800);
    assertThat(img.getHeight()).isEqualTo(500);
    int background = img.getRGB(0, 0);
    int differing = 0;
    boolean firstSeriesColour = false;
    for (int yy = 0; yy < img.getHeight(); yy++) {
      for (int xx = 0; xx < img.getWidth(); xx++) {
        int rgb = img.getRGB(xx, yy);
        if (rgb != background) {
          differing++;
        }
        if ((rgb & 0xFFFFFF) == 0x0072B2) {
          firstSeriesColour = true;
        }
      }
    }
    assertThat(differing).as("pixels differing from the background").isGreaterThan(1000);
    assertThat(firstSeriesColour).as("first series is drawn in its colour").isTrue();
  }

  private static Document parseSvg(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(svg.toFile());
    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("viewBox")).isNotBlank();
    assertThat(Files.size(svg)).isGreaterThan(1000);
    return doc;
  }

  private static String titleOf(Document svg) {
    return svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
  }
}
