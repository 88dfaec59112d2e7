package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExposureCommandTest {
  @TempDir
  Path tmp;

  @Test
  void exampleAsJsonRanksEveryNodeWithReiOneAtTheTop() throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("exposure", "--example", "tiers30",
        "--no-progress", "--format", "json", "--scenario", "chips-a+chips-b");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("network").asText()).isEqualTo("tiers30");
    JsonNode sc = j.get("scenarios");
    assertThat(sc).hasSize(31);
    assertThat(sc.get(0).get("rei").asDouble()).isEqualTo(1.0);
    assertThat(sc.get(0).get("lost_profit").asDouble())
        .isEqualTo(j.get("max_lost_profit").asDouble());
    double prev = 2;
    int exposed = 0;
    for (JsonNode s : sc) {
      assertThat(s.get("rei").asDouble()).isBetween(0.0, 1.0).isLessThanOrEqualTo(prev);
      prev = s.get("rei").asDouble();
      exposed += s.get("exposed").asBoolean() ? 1 : 0;
      if (s.get("tts").isTextual()) {
        assertThat(s.get("tts").asText()).isEqualTo("unbounded");
      }
    }
    assertThat(exposed).isEqualTo(j.get("exposed_count").asInt());
    // losing both chip suppliers is at least as bad as losing either
    double both = 0;
    double a = 0;
    for (JsonNode s : sc) {
      String label = String.join("+", new ObjectMapper().convertValue(s.get("disrupted"),
          String[].class));
      if (label.equals("chips-a+chips-b")) {
        both = s.get("lost_profit").asDouble();
      } else if (label.equals("chips-a")) {
        a = s.get("lost_profit").asDouble();
      }
    }
    assertThat(both).isGreaterThan(a);
  }

  @Test
  void tableCsvAndChartsFromAFileAndAGeneratedNetwork() throws Exception {
    SolveCommandTest.Run t = SolveCommandTest.run("exposure", "examples/tiers30.xlsx",
        "--no-progress", "--top", "5", "--chart", tmp.toString());
    assertThat(t.exit()).as(t.err()).isZero();
    assertThat(t.out()).contains("Stockade risk exposure").contains("rank").contains("wafer")
        .contains("25 more");
    assertThat(tmp.resolve("exposure-rei.png")).exists();
    assertThat(Files.readString(tmp.resolve("exposure-tts-ttr.svg"))).contains("TTS");
    SolveCommandTest.Run c = SolveCommandTest.run("exposure", "--generate",
        "tiers=3,per-tier=5,8,12", "--seed", "3", "--no-progress", "--format", "csv",
        "--method", "full", "--threads", "1");
    assertThat(c.exit()).as(c.err()).isZero();
    assertThat(c.out().lines()).hasSize(27).first().asString().startsWith("rank,disrupted,ttr");
  }

  @Test
  void benchExposureComparesWithTheWholeNetworkInOneProcess() throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("bench", "exposure", "--generate",
        "tiers=3,per-tier=4,6,8", "--sample", "3", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("nodes").asInt()).isEqualTo(18);
    assertThat(j.get("scenarios").asInt()).isEqualTo(18);
    assertThat(j.get("speedup_ratio").asDouble()).isPositive();
    assertThat(j.get("max_relative_difference").asDouble()).isLessThan(1e-6);
  }

  @Test
  void badInputExitsTwoWithAMessage() {
    SolveCommandTest.Run r = SolveCommandTest.run("exposure", "--example", "tiers30",
        "--scenario", "wafer+unobtainium");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unobtainium").doesNotContain("Exception");
    r = SolveCommandTest.run("exposure", "--generate", "tiers=3,per-tier=5,8");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("one size per tier");
    r = SolveCommandTest.run("exposure");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no network given");
    r = SolveCommandTest.run("exposure", "missing.yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("missing.yaml: file not found");
  }
}
