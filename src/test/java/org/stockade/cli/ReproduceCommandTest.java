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
    Path root = dir.resolve("out");
    Path out = root.resolve("all-instances-2");
    SolveCommandTest.Run r = SolveCommandTest.run("reproduce", "all", "--out", root.toString(),
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
  void reproduce_twoRunsIntoOneFolder_keepBothReportsAndAnIndexListingTheirParameters(
      @TempDir Path dir) throws Exception {
    SolveCommandTest.Run a = SolveCommandTest.run("reproduce", "figure2", "--out",
        dir.toString(), "--no-progress");
    SolveCommandTest.Run b = SolveCommandTest.run("reproduce", "figure2", "--out",
        dir.toString(), "--no-progress", "--alpha", "1.5");
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(b.exit()).as(b.err()).isZero();
    assertThat(Files.readString(dir.resolve("figure2/report.md"))).doesNotContain("alpha = 1.5");
    assertThat(Files.readString(dir.resolve("figure2-alpha-1.5/report.md")))
        .contains("alpha = 1.5");
    assertThat(dir.resolve("report.md")).doesNotExist();
    String index = Files.readString(dir.resolve("index.md"));
    assertThat(index).contains("[figure2/](figure2/report.md)",
        "[figure2-alpha-1.5/](figure2-alpha-1.5/report.md)", "--alpha 1.5");
    assertThat(b.out()).contains("index.md");
  }

  @Test
  void reproduce_unknownTarget_exitsTwo() {
    SolveCommandTest.Run r = SolveCommandTest.run("reproduce", "table9");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("table9", "figure2", "gm-tables");
  }
}
