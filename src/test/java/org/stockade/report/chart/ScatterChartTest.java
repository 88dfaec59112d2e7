package org.stockade.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScatterChartTest {
  @TempDir
  Path tmp;

  @Test
  void writesPngAndSvgWithTheIdentityLine() throws Exception {
    ScatterChartSpec spec = new ScatterChartSpec("TTS vs TTR", "TTR", "TTS", List.of(
        new Series("exposed", new double[] {2, 4, 8}, new double[] {1, 3, 2}),
        new Series("not exposed", new double[] {1, 3}, new double[] {2, 5})), true);
    List<Path> files = Charts.writeScatter(spec, tmp, "scatter");
    BufferedImage png = ImageIO.read(files.get(0).toFile());
    assertThat(png.getWidth()).isEqualTo(Charts.WIDTH);
    assertThat(png.getHeight()).isEqualTo(Charts.HEIGHT);
    String svg = Files.readString(files.get(1));
    assertThat(svg).contains("<title>TTS vs TTR</title>").contains("Scatter plot")
        .contains("y = x").contains("not exposed");
  }

  @Test
  void rejectsSeriesWithoutX() {
    assertThatThrownBy(() -> new ScatterChartSpec("t", "x", "y",
        List.of(new Series("a", null, new double[] {1})), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no x values");
  }
}
