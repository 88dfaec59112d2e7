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
  void benchCm_oneRun_reportsBothCasesOptimalWithRatiosToSg() throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("bench", "cm", "--warmup", "0", "--runs", "1",
        "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertThat(rows).hasSize(2);
    for (JsonNode row : rows) {
      assertThat(row.get("status").asText()).isEqualTo("OPTIMAL");
      assertThat(row.get("ratio_to_sg").asDouble()).isCloseTo(
          row.get("median_ms").asDouble() / row.get("sg_median_ms").asDouble(),
          org.assertj.core.data.Offset.offset(1e-10 * row.get("ratio_to_sg").asDouble()));
    }
    // a loss cap can only raise the optimal cost
    assertThat(rows.get(1).get("total_cost").asDouble())
        .isGreaterThanOrEqualTo(rows.get(0).get("total_cost").asDouble() - 1e-6);
  }

  @Test
  void bench_unknownTarget_exitsTwo() {
    SolveCommandTest.Run r = SolveCommandTest.run("bench", "warp");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("warp", "sg", "cm");
  }
}
