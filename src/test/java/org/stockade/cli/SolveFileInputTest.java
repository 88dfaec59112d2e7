package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolveFileInputTest {
  private static double cost(SolveCommandTest.Run r) throws Exception {
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out()).get("cost").asDouble();
  }

  @Test
  void solve_gmExampleFilesInEveryFormat_giveTheBuiltInOptimum() throws Exception {
    double builtIn = cost(SolveCommandTest.run("solve", "--example", "gm", "--format", "json"));
    for (String f : new String[] {"examples/gm.yaml", "examples/gm.json", "examples/gm-csv"}) {
      assertThat(cost(SolveCommandTest.run("solve", f, "--format", "json"))).as(f)
          .isCloseTo(builtIn, Offset.offset(1e-6));
    }
  }

  @Test
  void solve_flagsOverrideTheFileSettings() throws Exception {
    double file = cost(SolveCommandTest.run("solve", "examples/gm.yaml", "--format", "json"));
    double moreLoss = cost(SolveCommandTest.run("solve", "examples/gm.yaml", "--format", "json",
        "--zeta", "0.2"));
    assertThat(moreLoss).isGreaterThan(file + 1);
  }

  @Test
  void solve_symmetricChainExample_solvesAndVerifies() throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("solve",
        "examples/symmetric-10x10-chain2.yaml");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("OPTIMAL", "verify    OK", "2-chain");
  }

  @Test
  void solve_badFiles_exitTwoWithFileFieldAndValue(@TempDir Path dir) throws Exception {
    Path undeclared = dir.resolve("bad-arc.yaml");
    Files.writeString(undeclared, "plants: [{id: P1, capacity: 10}]\n"
        + "products: [{id: V1, mu: 5, sigma: 1}]\narcs: [{plant: P9, product: V1}]\n");
    SolveCommandTest.Run r = SolveCommandTest.run("solve", undeclared.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("P9", "not declared", "P1").doesNotContain("\tat ");

    Path malformed = dir.resolve("broken.yaml");
    Files.writeString(malformed, "plants:\n  - {id: P1, capacity: 10\nproducts: []\n");
    r = SolveCommandTest.run("solve", malformed.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("broken.yaml", "line").doesNotContain("\tat ");

    Path negative = dir.resolve("neg.json");
    Files.writeString(negative, "{\"plants\": [{\"id\": \"P1\", \"capacity\": -4}],"
        + " \"products\": [{\"id\": \"V1\", \"mu\": 5, \"sigma\": 1}], \"arcs\": []}");
    r = SolveCommandTest.run("solve", negative.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("capacity", "-4");

    r = SolveCommandTest.run("solve", dir.resolve("missing.yaml").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("missing.yaml", "not found");
  }

  @Test
  void solve_productWithoutArcs_warnsButSolves(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("orphan.yaml");
    Files.writeString(f, "plants: [{id: P1, capacity: 100}]\nproducts: [{id: V1, mu: 50, sigma:"
        + " 10}, {id: V2, mu: 20, sigma: 5}]\narcs: [{plant: P1, product: V1}]\n");
    SolveCommandTest.Run r = SolveCommandTest.run("solve", f.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("warning", "V2");
  }
}
