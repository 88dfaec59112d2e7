package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stockade sweep}: outputs, failed rows and the errors of a missing Spark module. */
class SweepCommandTest {
  @Test
  void sgParamJson_hasOneRowPerValueAndABadValueAsAFailedRowWithExit3() throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("sweep", "sg-param", "--parameter",
        "capacity-loss", "--values", "0,0.1,-0.5", "--format", "json", "--no-progress");
    assertThat(r.exit()).as(r.err()).isEqualTo(3);
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertThat(o.get("engine").asText()).isEqualTo("local");
    assertThat(o.get("rows")).hasSize(3);
    assertThat(o.get("rows").get(0).get("cost").asDouble())
        .isLessThan(o.get("rows").get(1).get("cost").asDouble());
    assertThat(o.get("rows").get(2).get("ok").asBoolean()).isFalse();
    assertThat(o.get("rows").get(2).get("error").asText()).contains("capacity-loss", "-0.5");
  }

  @Test
  void monteCarloCsvToOut_writesTheSameRowsAsStdout(@TempDir Path dir) throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("sweep", "monte-carlo", "--samples", "1000",
        "--stock", "0.2", "--format", "csv", "--out", dir.toString(), "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("monte-carlo.csv"))).isEqualTo(r.out());
    assertThat(r.out().lines()).hasSize(1 + 4); // 1000 scenarios: 4 blocks of <= 256
  }

  @Test
  void engineSparkWithoutTheModule_isExit2WithTheBuildCommand() {
    SolveCommandTest.Run r = SolveCommandTest.run("sweep", "sg-param", "--engine", "spark");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("mvn -B -f stockade-spark/pom.xml package")
        .doesNotContain("Exception");
  }

  @Test
  void absurdSizes_areExit2NamingTheFlag() {
    for (String[] c : new String[][] {
        {"sweep", "monte-carlo", "--samples", "2000000000"},
        {"sweep", "monte-carlo", "--samples", "0"},
        {"sweep", "monte-carlo", "--p", "1.5"},
        {"sweep", "gm", "--instances", "1000000"},
        {"sweep", "design", "--max-arcs", "500"},
        {"sweep", "sg-param", "--parameter", "moon"}}) {
      SolveCommandTest.Run r = SolveCommandTest.run(c);
      assertThat(r.exit()).as(String.join(" ", c)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", c)).contains(c[2]).doesNotContain("Exception");
    }
  }

  @Test
  void reproduceWithEngineSparkWithoutTheModule_isExit2BeforeAnyWork(@TempDir Path dir) {
    SolveCommandTest.Run r = SolveCommandTest.run("reproduce", "gm-tables", "--engine", "spark",
        "--instances", "2", "--out", dir.toString(), "--no-progress");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("stockade-spark");
  }

  @Test
  void unknownKindAndMasterWithoutSpark_areExit2() {
    assertThat(SolveCommandTest.run("sweep", "nonsense").exit()).isEqualTo(2);
    SolveCommandTest.Run r = SolveCommandTest.run("sweep", "gm", "--master", "local[2]");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--engine spark");
  }
}
