package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class TtsCommandTest {
  private static JsonNode json(String... args) throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void tts_gmThreeChain_isLinearInBudgetAndFlagsExposedPlants() throws Exception {
    JsonNode one = json("tts", "--example", "gm", "--design", "generalized:3", "--budget", "1",
        "--ttr", "100", "--format", "json");
    JsonNode two = json("tts", "--example", "gm", "--design", "generalized:3", "--budget", "2",
        "--format", "json");
    double t1 = one.get("tts").asDouble();
    assertThat(t1).isPositive();
    assertThat(two.get("tts").asDouble()).isCloseTo(2 * t1, Offset.offset(1e-9 * t1));
    assertThat(one.get("budget_units").asDouble()).isCloseTo(2060, Offset.offset(1e-9));
    double total = 0;
    for (JsonNode v : one.get("allocation")) {
      total += v.asDouble();
    }
    assertThat(total).isCloseTo(2060, Offset.offset(1e-6));
    double worst = Double.POSITIVE_INFINITY;
    boolean anyExposed = false;
    for (JsonNode p : one.get("per_facility")) {
      if (!p.get("tts").isNull()) {
        worst = Math.min(worst, p.get("tts").asDouble());
      }
      anyExposed |= p.has("exposed") && p.get("exposed").asBoolean();
    }
    assertThat(worst).isCloseTo(t1, Offset.offset(1e-6 * t1));
    assertThat(anyExposed).as("a 100-week recovery outlasts every TTS").isTrue();
  }

  @Test
  void tts_badInputs_exitTwo() {
    SolveCommandTest.Run r = SolveCommandTest.run("tts", "--example", "gm", "--budget", "1",
        "--failure", "meteor");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--failure", "meteor");
    r = SolveCommandTest.run("tts", "--example", "gm", "--budget", "1", "--ttr", "P99=3");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("P99", "declared plants");
    r = SolveCommandTest.run("tts", "--example", "gm");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--budget");
  }
}
