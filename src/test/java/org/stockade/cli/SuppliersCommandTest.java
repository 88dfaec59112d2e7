package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppliersCommandTest {
  private static JsonNode json(String... args) throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void serviceModel_singleNearlyReliableSupplier_ordersTheClosedFormQuantity(@TempDir Path dir)
      throws Exception {
    // one supplier, yield mean m, cv v: T - mu = z sqrt(sigma^2 + v^2 T^2), order T / m
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "demand: {mean: 100, sd: 10}\nalpha: 0.9\nsuppliers:\n"
        + "  - {name: a, unit_cost: 2, yield_mean: 0.8, yield_sd: 0.08}\n");
    JsonNode j = json("strategy", "suppliers", f.toString(), "--samples", "1000", "--format",
        "json", "--out", dir.toString());
    double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.9);
    double v = 0.1;
    double a = 1 - z * z * v * v;
    double t = (100 + z * Math.sqrt(100 * a + 100 * 100 * v * v)) / a;
    assertThat(j.get("suppliers").get(0).get("order").asDouble()).isCloseTo(t / 0.8,
        Offset.offset(1e-6));
    assertThat(j.get("optimal").get("total_cost").asDouble()).isCloseTo(2 * t,
        Offset.offset(1e-6));
    assertThat(j.get("monte_carlo").get("seed").asLong()).isEqualTo(1);
    assertThat(dir.resolve("suppliers-orders.png")).exists();
    assertThat(dir.resolve("suppliers-prefix-cost.svg")).exists();
  }

  @Test
  void examples_runInEveryModelAndFormat() throws Exception {
    for (String m : new String[] {"service", "cost", "newsvendor"}) {
      JsonNode j = json("strategy", "suppliers", "examples/suppliers-service.yaml", "--model", m,
          "--samples", "2000", "--format", "json");
      assertThat(j.get("model").asText()).isEqualTo(m);
      SolveCommandTest.Run csv = SolveCommandTest.run("strategy", "suppliers",
          "examples/suppliers-service.yaml", "--model", m, "--samples", "0", "--format", "csv");
      assertThat(csv.exit()).isZero();
      assertThat(csv.out()).startsWith("supplier,");
      SolveCommandTest.Run table = SolveCommandTest.run("strategy", "suppliers",
          "examples/suppliers-service.yaml", "--model", m, "--samples", "1000");
      assertThat(table.out()).contains("suppliers used", "Monte Carlo");
    }
    JsonNode nv = json("strategy", "suppliers", "examples/suppliers-newsvendor.yaml", "--model",
        "newsvendor", "--samples", "1000", "--format", "json");
    assertThat(nv.get("cost_precedes_reliability").asBoolean()).isTrue();
  }

  @Test
  void sameSeed_sameReport() {
    String[] args = {"strategy", "suppliers", "examples/suppliers-service.yaml", "--samples",
        "5000", "--seed", "9", "--format", "json"};
    assertThat(SolveCommandTest.run(args).out()).isEqualTo(SolveCommandTest.run(args).out());
  }

  @Test
  void badInput_exitsTwoNamingTheField(@TempDir Path dir) throws Exception {
    String ok = "demand: {mean: 100, sd: 10}\nalpha: 0.9\nprice: 5\nsuppliers:\n";
    String[][] cases = {
        {ok + "  - {name: a, yield_mean: 0.8, yield_sd: 0.1}\n", "unit_cost"},
        {ok + "  - {name: a, unit_cost: 1, yield_mean: 0.8, yield_sd: 0.45}\n", "yield_sd"},
        {ok + "  - {name: a, unit_cost: 1, yield_mean: 1.8, yield_sd: 0.1}\n", "yield_mean"},
        {ok + "  - {name: a, unit_cost: 1, yield_mean: 0.8, yield_sd: 0.1, colour: red}\n",
            "colour"},
        {ok.replace("alpha: 0.9", "alpha: 1.2")
            + "  - {name: a, unit_cost: 1, yield_mean: 0.8, yield_sd: 0.1}\n", "alpha"},
        {ok.replace("sd: 10", "sd: -1")
            + "  - {name: a, unit_cost: 1, yield_mean: 0.8, yield_sd: 0.1}\n", "demand.sd"},
        {ok + "  - {name: a, unit_cost: 1, reliability: 1.5}\n", "reliability"},
        {ok + "  - {name: a, unit_cost: 1, capacity: {values: [0, 5], probabilities: [0.5, 0.6]}}"
            + "\n", "capacity"},
        {ok + "  - {name: a, unit_cost: 1}\n  - {name: a, unit_cost: 2}\n", "name"},
        {"demand: {mean: 100}\nsuppliers: []\n", "demand"},
        {ok.replace("alpha: 0.9\n", "")
            + "  - {name: a, unit_cost: 1, yield_mean: 0.8, yield_sd: 0.1}\n", "alpha"}};
    int k = 0;
    for (String[] c : cases) {
      Path f = dir.resolve("bad" + (k++) + ".yaml");
      Files.writeString(f, c[0]);
      SolveCommandTest.Run r = SolveCommandTest.run("strategy", "suppliers", f.toString());
      assertThat(r.exit()).as(c[0]).isEqualTo(2);
      assertThat(r.err()).as(c[0]).contains(c[1]).doesNotContain("Exception");
    }
    Path good = dir.resolve("good.yaml");
    Files.writeString(good, ok + "  - {name: a, unit_cost: 1, yield_mean: 0.8, yield_sd: 0.1}\n");
    String[][] flags = {{"--model", "magic"}, {"--samples", "5"}, {"--alpha", "0.3"},
        {"--payment", "later"}, {"--model", "newsvendor"}, {"--model", "cost"}};
    String[] named = {"--model", "--samples", "--alpha", "--payment", "capacity",
        "holding_cost"};
    for (int i = 0; i < flags.length; i++) {
      SolveCommandTest.Run r = SolveCommandTest.run("strategy", "suppliers", good.toString(),
          flags[i][0], flags[i][1]);
      assertThat(r.exit()).as(flags[i][0]).isEqualTo(2);
      assertThat(r.err()).as(flags[i][0]).contains(named[i]).doesNotContain("Exception");
    }
    SolveCommandTest.Run missing = SolveCommandTest.run("strategy", "suppliers",
        dir.resolve("nope.yaml").toString());
    assertThat(missing.exit()).isEqualTo(2);
  }
}
