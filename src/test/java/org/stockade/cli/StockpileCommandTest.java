package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StockpileCommandTest {
  @Test
  void stockpile_normal_jsonGivesTheFractileStockAndWritesTheChart(@TempDir Path dir)
      throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("strategy", "stockpile", "--demand",
        "normal:100:20", "--unit-cost", "0", "--holding-cost", "1", "--shortage-cost", "19",
        "--format", "json", "--out", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("stock").asDouble()).isCloseTo(132.897072, Offset.offset(1e-5));
    assertThat(j.get("cost_curve").size()).isEqualTo(101);
    assertThat(dir.resolve("stockpile-cost.png")).exists();
  }

  @Test
  void stockpile_empiricalCsv_csvAndTableFormats(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("d.csv");
    Files.writeString(f, "demand\n10\n20\n30\n40\n");
    SolveCommandTest.Run csv = SolveCommandTest.run("strategy", "stockpile", "--demand",
        "empirical:" + f, "--unit-cost", "1", "--shortage-cost", "4", "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    // fractile 3/4: third order statistic, 30; cost 30 + 4 * 10/4 = 40
    assertThat(csv.out().lines().skip(1).findFirst().orElseThrow())
        .startsWith("optimum,30.0,40.0,2.5,");
    SolveCommandTest.Run table = SolveCommandTest.run("strategy", "stockpile", "--demand",
        "empirical:" + f, "--shortage-cost", "4");
    assertThat(table.out()).contains("optimal stock S*", "30");
  }

  @Test
  void stockpile_badInput_exitsTwoNamingTheField(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("d.csv");
    Files.writeString(f, "demand\n10\nabc\n");
    for (String[] args : new String[][] {
        {"--demand", "normal:100", "--shortage-cost", "5"},
        {"--demand", "weibull:1:2", "--shortage-cost", "5"},
        {"--demand", "normal:100:20", "--shortage-cost", "0.5"},
        {"--demand", "normal:100:20", "--shortage-cost", "5", "--unit-cost", "-1"},
        {"--demand", "empirical:" + f, "--shortage-cost", "5"},
        {"--demand", "normal:100:20", "--shortage-cost", "5", "--format", "xml"}}) {
      String[] full = new String[args.length + 2];
      full[0] = "strategy";
      full[1] = "stockpile";
      System.arraycopy(args, 0, full, 2, args.length);
      SolveCommandTest.Run r = SolveCommandTest.run(full);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).doesNotContain("Exception");
    }
    SolveCommandTest.Run r = SolveCommandTest.run("strategy", "stockpile", "--demand",
        "empirical:" + f, "--shortage-cost", "5");
    assertThat(r.err()).contains("row 3", "abc");
  }
}
