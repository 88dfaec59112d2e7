package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  @Test
  void benchSg_oneRun_reportsEveryDesignWithRatiosToTheBaseline() throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("bench", "sg", "--warmup", "0", "--runs", "1",
        "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertThat(rows).hasSize(5);
    for (JsonNode row : rows) {
      assertThat(row.get("enumeration LP").get("ratio").asDouble()).isEqualTo(1.0);
      assertThat(row.get("CG + MILP proof").get("median_ms").asDouble()).isPositive();
    }
  }

  @Test
  void bench_unknownTarget_exitsTwo() {
    SolveCommandTest.Run r = SolveCommandTest.run("bench", "warp");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("warp", "sg");
  }
}
