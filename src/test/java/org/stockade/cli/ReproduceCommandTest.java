package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproduceCommandTest {
  @Test
  void reproduceAll_smallRun_writesReportCsvAndCharts(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    SolveCommandTest.Run r = SolveCommandTest.run("reproduce", "all", "--out", out.toString(),
        "--instances", "2", "--no-progress", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    for (String f : List.of("report.md", "figure2.csv", "figure2.png", "figure2.svg",
        "gm-instances.csv", "gm-summary.csv", "gm-cost.png", "gm-share.svg", "flipping.csv",
        "gm-standardized-beta8-summary.csv", "gm-standardized-beta8-cost.png",
        "tts-instances.csv", "tts-summary.csv", "tts.png", "tts.svg",
        "flipping.png")) {
      assertThat(out.resolve(f)).as(f).exists();
      assertThat(Files.size(out.resolve(f))).as(f).isPositive();
    }
    String report = Files.readString(out.resolve("report.md"));
    assertThat(report).contains("Regenerate with: `./stockade reproduce all", "--seed 2018",
        "Tables 1 and 3", "Tables 2 and 4", "standardized aggregate, beta = 8", "Time-to-survive by design", "![Figure 2](figure2.png)", "Flipping effect");
    assertThat(Files.readAllLines(out.resolve("gm-instances.csv"))).hasSize(1 + 2 * 5 * 2);
    assertThat(r.out()).contains("report.md");
  }

  @Test
  void reproduce_unknownTarget_exitsTwo() {
    SolveCommandTest.Run r = SolveCommandTest.run("reproduce", "table9");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("table9", "figure2", "gm-tables");
  }
}
