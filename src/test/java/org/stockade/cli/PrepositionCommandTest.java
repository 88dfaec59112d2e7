package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepositionCommandTest {
  private static final String NET = """
      name: tiny
      sizes:
        - {name: small, capacity: 100, fixed_cost: 50}
        - {name: big, capacity: 400, fixed_cost: 120}
      commodities:
        - {name: water, unit_cost: 1, volume: 1, shortage_penalty: 20, surplus_penalty: 0.5}
        - {name: food, unit_cost: 2, volume: 2, shortage_penalty: 30}
      locations: [a, b, c]
      arcs:
        - {from: a, to: b, cost: 1, capacity: 80, two_way: true}
        - {from: b, to: c, cost: {water: 1, food: 2}, two_way: true}
      """;
  private static final String SCEN = """
      scenario,probability,location,commodity,demand,destroyed,from,to,capacity_factor
      s1,0.5,a,water,60,,,,
      s1,,a,food,20,,,,
      s1,,a,*,,0.5,,,
      s1,,,,,,a,b,0.5
      s2,0.3,c,water,90,0.2,,,
      s2,,b,food,10,,,,
      s3,0.2,b,water,10,,,,
      """;

  private static Path[] files(Path dir, String net, String scen) throws Exception {
    Path n = dir.resolve("net.yaml");
    Path s = dir.resolve("scen.csv");
    Files.writeString(n, net);
    Files.writeString(s, scen);
    return new Path[] {n, s};
  }

  @Test
  void preposition_bothMethods_agreeAndTheCostSplitAddsUp(@TempDir Path dir) throws Exception {
    Path[] f = files(dir, NET, SCEN);
    SolveCommandTest.Run r = SolveCommandTest.run("strategy", "preposition", f[0].toString(),
        "--scenarios", f[1].toString(), "--method", "both", "--gap", "1e-6", "--format", "json",
        "--out", dir.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    JsonNode ext = j.get("runs").get(0);
    JsonNode ben = j.get("runs").get(1);
    assertThat(ext.get("status").asText()).isEqualTo("OPTIMAL");
    assertThat(ben.get("status").asText()).isEqualTo("OPTIMAL");
    double obj = ext.get("objective").asDouble();
    assertThat(ben.get("objective").asDouble()).isCloseTo(obj, Offset.offset(1e-5 * obj));
    assertThat(j.get("agreement").get("agree").asBoolean()).isTrue();
    JsonNode c = j.get("expected_cost");
    double sum = c.get("fixed").asDouble() + c.get("acquisition").asDouble()
        + c.get("shipping").asDouble() + c.get("shortage").asDouble()
        + c.get("surplus").asDouble();
    assertThat(c.get("total").asDouble()).isCloseTo(sum, Offset.offset(1e-9 * sum));
    assertThat(c.get("total").asDouble()).isCloseTo(obj, Offset.offset(1e-5 * obj));
    assertThat(j.get("scenarios")).hasSize(3);
    assertThat(dir.resolve("preposition-stock.png")).exists();
    assertThat(dir.resolve("preposition-stock.svg")).exists();
    SolveCommandTest.Run csv = SolveCommandTest.run("strategy", "preposition", f[0].toString(),
        "--scenarios", f[1].toString(), "--format", "csv");
    assertThat(csv.exit()).as(csv.err()).isZero();
    assertThat(csv.out()).startsWith("location,size,capacity,commodity,stock\n");
    assertThat(csv.out().lines().count()).isEqualTo(1 + 3 * 2);
  }

  @Test
  void preposition_example_runsBothMethods() {
    SolveCommandTest.Run r = SolveCommandTest.run("strategy", "preposition",
        "examples/preposition-gulf.yaml", "--scenarios",
        "examples/preposition-gulf-scenarios.csv", "--method", "both");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("extensive", "benders", "agreement", "expected cost",
        "miami-cat5");
  }

  @Test
  void preposition_generated_recordsTheSeedAndIsReproducible() throws Exception {
    String[] args = {"strategy", "preposition", "--generate", "locations=4,scenarios=5,sizes=2,"
        + "commodities=2", "--seed", "9", "--method", "benders", "--format", "json"};
    SolveCommandTest.Run a = SolveCommandTest.run(args);
    SolveCommandTest.Run b = SolveCommandTest.run(args);
    assertThat(a.exit()).as(a.err()).isZero();
    JsonNode ja = new ObjectMapper().readTree(a.out());
    JsonNode jb = new ObjectMapper().readTree(b.out());
    assertThat(ja.get("generator_seed").asLong()).isEqualTo(9);
    assertThat(ja.get("plan")).isEqualTo(jb.get("plan"));
    assertThat(ja.get("expected_cost")).isEqualTo(jb.get("expected_cost"));
  }

  @Test
  void preposition_badInput_exitsTwoAndNamesTheField(@TempDir Path dir) throws Exception {
    String[][] cases = {
        // {network, scenarios, extra option or "", expected fragment}
        {NET, SCEN.replace("demand,destroyed", "demnd,destroyed"), "", "unknown column 'demnd'"},
        {NET, SCEN.replace("90,0.2", "90,1.5"), "", "destroyed"},
        {NET, SCEN.replace("s3,0.2,b", "s3,0.2,bb"), "", "unknown location 'bb'"},
        {NET, SCEN.replace("s3,0.2", "s3,0.4"), "", "sum to"},
        {NET, SCEN.replace("c,water,90", "c,wine,90"), "", "unknown commodity 'wine'"},
        {NET, SCEN + "s2,0.1,a,water,5,,,,\n", "", "probability"},
        {NET, SCEN.replace("a,b,0.5", "a,c,0.5"), "", "no arc a->c"},
        {NET.replace("volume: 2, ", ""), SCEN, "", "volume"},
        {NET.replace("capacity: 100", "capacity: -100"), SCEN, "", "capacity"},
        {NET.replace("to: c, cost", "to: d, cost"), SCEN, "", "unknown location 'd'"},
        {NET.replace("{water: 1, food: 2}", "{water: 1}"), SCEN, "", "food"},
        {NET, SCEN, "--method=fast", "--method"},
        {NET, SCEN, "--gap=2", "--gap"},
        {NET, SCEN, "--time-limit=0", "--time-limit"},
    };
    for (String[] c : cases) {
      Path[] f = files(dir, c[0], c[1]);
      SolveCommandTest.Run r = c[2].isEmpty()
          ? SolveCommandTest.run("strategy", "preposition", f[0].toString(), "--scenarios",
              f[1].toString())
          : SolveCommandTest.run("strategy", "preposition", f[0].toString(), "--scenarios",
              f[1].toString(), c[2]);
      assertThat(r.exit()).as(c[3] + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).as(c[3]).contains(c[3]).doesNotContain("Exception");
    }
    Path[] f = files(dir, NET, SCEN);
    String[][] other = {
        {"strategy", "preposition", f[0].toString()},
        {"strategy", "preposition"},
        {"strategy", "preposition", "--generate", "locations=0,scenarios=5"},
        {"strategy", "preposition", "--generate", "locations=3"},
        {"strategy", "preposition", "--generate", "places=3,scenarios=2"},
        {"strategy", "preposition", f[0].toString(), "--scenarios", f[1].toString(),
            "--generate", "locations=3,scenarios=2"}};
    String[] want = {"--scenarios", "FILE", "locations", "scenarios=N", "places=3", "not both"};
    for (int k = 0; k < other.length; k++) {
      SolveCommandTest.Run r = SolveCommandTest.run(other[k]);
      assertThat(r.exit()).as(String.join(" ", other[k])).isEqualTo(2);
      assertThat(r.err()).contains(want[k]).doesNotContain("Exception");
    }
  }
}
