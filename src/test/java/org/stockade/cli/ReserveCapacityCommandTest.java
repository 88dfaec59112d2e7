package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReserveCapacityCommandTest {
  @Test
  void reserveCapacity_uniform_jsonOptimumSweepAndChart(@TempDir Path dir) throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("strategy", "reserve-capacity", "--rate", "10",
        "--ramp-up", "3", "--duration", "uniform:1:12", "--stock-cost", "1", "--capacity-cost",
        "20", "--shortage-cost", "10", "--ratios", "0.1,1,20", "--format", "json", "--out",
        dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    // capacity too dear: newsvendor on lambda T, I0 = 10 F^-1(1 - 1/10) = 10 * 10.9 = 109
    assertThat(j.get("optimum").get("stock").asDouble()).isCloseTo(109, Offset.offset(1e-6));
    assertThat(j.get("optimum").get("capacity").asDouble()).isCloseTo(0, Offset.offset(1e-6));
    assertThat(j.get("mix_curve")).hasSize(3);
    assertThat(j.get("method").asText()).isEqualTo("piecewise");
    assertThat(dir.resolve("reserve-capacity-mix.png")).exists();
  }

  @Test
  void reserveCapacity_empiricalCsv_isAnLpAndCsvHasTheOptimumFirst(@TempDir Path dir)
      throws Exception {
    Path f = dir.resolve("t.csv");
    Files.writeString(f, "duration\n2\n4\n6\n8\n");
    SolveCommandTest.Run r = SolveCommandTest.run("strategy", "reserve-capacity", "--rate", "1",
        "--ramp-up", "0", "--duration", "empirical:" + f, "--stock-cost", "1",
        "--capacity-cost", "100", "--shortage-cost", "3", "--ratios", "100", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    // K = 0: newsvendor on T, P(T > I0) <= 1/3 -> I0 = 6, cost 6 + 3 * 2/4 = 7.5
    assertThat(r.out().lines().skip(1).findFirst().orElseThrow())
        .startsWith("optimum,100.0,6.0,0.0,0.5,0.25,7.5");
  }

  @Test
  void reserveCapacity_badInput_exitsTwo() {
    for (String[] args : new String[][] {
        {"--rate", "0", "--duration", "exponential:5", "--stock-cost", "1", "--capacity-cost",
            "1", "--shortage-cost", "5"},
        {"--rate", "1", "--duration", "gamma:5", "--stock-cost", "1", "--capacity-cost",
            "1", "--shortage-cost", "5"},
        {"--rate", "1", "--duration", "uniform:5:1", "--stock-cost", "1", "--capacity-cost",
            "1", "--shortage-cost", "5"},
        {"--rate", "1", "--duration", "exponential:5", "--stock-cost", "1", "--capacity-cost",
            "1", "--shortage-cost", "5", "--ratios", "1,x"}}) {
      String[] full = new String[args.length + 2];
      full[0] = "strategy";
      full[1] = "reserve-capacity";
      System.arraycopy(args, 0, full, 2, args.length);
      SolveCommandTest.Run r = SolveCommandTest.run(full);
      assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).doesNotContain("Exception");
    }
  }
}
