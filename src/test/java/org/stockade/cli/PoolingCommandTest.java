package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoolingCommandTest {
  @Test
  void pooling_scenarioFile_matchesHandComputedTwoLocationCase(@TempDir Path dir)
      throws Exception {
    // two locations, two equally likely scenarios (10, 0) and (0, 10); c = 1, p = 5, t = 0.
    // separate: each location is a newsvendor on {0, 10} with fractile 4/5 -> stock 10, cost
    // 10 each = 20. pooled: total demand is always 10 -> stock 10 in total, cost 10. Value 10.
    Path f = dir.resolve("s.csv");
    Files.writeString(f, "a,b\n10,0\n0,10\n");
    SolveCommandTest.Run r = SolveCommandTest.run("strategy", "pooling", "--scenarios",
        f.toString(), "--unit-cost", "1", "--shortage-cost", "5", "--format", "json", "--out",
        dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("separate_cost").asDouble()).isCloseTo(20, Offset.offset(1e-9));
    assertThat(j.get("pooled_cost").asDouble()).isCloseTo(10, Offset.offset(1e-9));
    assertThat(j.get("value_of_pooling").asDouble()).isCloseTo(10, Offset.offset(1e-9));
    assertThat(j.get("sampling_seed").isNull()).isTrue();
    assertThat(dir.resolve("pooling-stock.png")).exists();
    SolveCommandTest.Run csv = SolveCommandTest.run("strategy", "pooling", "--scenarios",
        f.toString(), "--unit-cost", "1", "--shortage-cost", "5", "--format", "csv");
    assertThat(csv.out()).startsWith("location,pooled_stock,separate_stock\n");
  }

  @Test
  void pooling_sampled_recordsTheSeedAndIsReproducible() throws Exception {
    String[] args = {"strategy", "pooling", "--demand", "normal:100:20", "--demand",
        "lognormal:4.5:0.3", "--names", "x,y", "--samples", "200", "--seed", "5",
        "--shortage-cost", "10", "--transshipment-cost", "1", "--format", "json"};
    SolveCommandTest.Run a = SolveCommandTest.run(args);
    SolveCommandTest.Run b = SolveCommandTest.run(args);
    assertThat(a.exit()).as(a.err()).isZero();
    assertThat(a.out()).isEqualTo(b.out());
    JsonNode j = new ObjectMapper().readTree(a.out());
    assertThat(j.get("sampling_seed").asLong()).isEqualTo(5);
    assertThat(j.get("value_of_pooling").asDouble()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void pooling_badInput_exitsTwo(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("s.csv");
    Files.writeString(f, "a,b,probability\n10,0,0.5\n0,10,0.6\n");
    String[][] cases = {
        {"--shortage-cost", "5"},
        {"--scenarios", f.toString(), "--shortage-cost", "5"},
        {"--demand", "normal:1:1", "--names", "a,b", "--shortage-cost", "5"},
        {"--demand", "normal:1:1", "--samples", "0", "--shortage-cost", "5"}};
    for (String[] args : cases) {
      String[] full = new String[args.length + 2];
      full[0] = "strategy";
      full[1] = "pooling";
      System.arraycopy(args, 0, full, 2, args.length);
      SolveCommandTest.Run r = SolveCommandTest.run(full);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).doesNotContain("Exception");
    }
  }
}
