package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stockade.model.Examples;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgProblem;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * Regression tests of the bad-input sweep: each row is a command line that used to crash, exit 1,
 * clamp silently or print an unclear message. Every one must now exit 2 with a one-screen error
 * naming the flag or field and the value, without a stack trace or the whole usage text.
 */
class BadInputSweepTest {
  @TempDir
  static Path tmp;
  static String aFile;
  static String binary;
  static String truncated;
  static String empty;
  static String dup;

  @BeforeAll
  static void files() throws IOException {
    aFile = Files.writeString(tmp.resolve("a-file.txt"), "not a directory").toString();
    byte[] junk = new byte[200];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (0x80 + (i * 37) % 120);
    }
    binary = Files.write(tmp.resolve("junk.yaml"), junk).toString();
    truncated = Files.writeString(tmp.resolve("cut.yaml"), "demand: uniform:0:4\nlr: {a: 1,")
        .toString();
    empty = Files.writeString(tmp.resolve("empty.yaml"), "").toString();
    dup = Files.writeString(tmp.resolve("dup.yaml"), "demand: uniform:0:4\nlr: 2\nlr: 3\n")
        .toString();
  }

  /** args, then the fragments the error must contain. */
  record Case(List<String> args, List<String> fragments) {
    @Override
    public String toString() {
      return String.join(" ", args);
    }
  }

  private static Case c(String args, String... fragments) {
    List<String> a = new ArrayList<>();
    for (String s : args.split(" ")) {
      a.add(s.replace("@FILE", aFile).replace("@BIN", binary).replace("@CUT", truncated)
          .replace("@EMPTY", empty).replace("@DUP", dup));
    }
    return new Case(a, List.of(fragments));
  }

  static List<Case> solveCases() {
    return List.of(
        c("solve --example gm --time-limit 1e300", "--time-limit", "1.0E300", "1e7"),
        c("solve --example gm-two-tier --time-limit 1e300", "--time-limit", "1.0E300"),
        c("solve --example gm --model cm --time-limit 1e300", "--time-limit"),
        c("solve --example gm --alpha 1e400", "--alpha", "'1e400'", "finite"),
        c("solve --example gm --model cm --production-cost Infinity", "--production-cost",
            "finite"),
        c("solve --example gm --scenarios -5", "--scenarios", "-5"),
        c("solve --example gm-two-tier --scenarios -5", "--scenarios", "-5"),
        c("solve --example gm --service-level NaN", "--service-level", "(0, 1]", "'NaN'"),
        c("solve --example gm --service-level 1.5", "--service-level", "'1.5'"),
        c("solve --example gm --tolerance 5", "--tolerance", "5.0"),
        c("solve --example gm --model cm --tolerance 0.5", "--tolerance", "0.1", "0.5"),
        c("solve --example gm --scenarios abc", "--scenarios", "'abc'", "--help"),
        c("solve --example gm --time-limt 3", "--time-limt", "--time-limit"),
        c("solve --example gm --capacity-loss none --zeta 0.3", "--zeta 0.3", "none"),
        c("solve --example gm --capacity-loss units:5 --zeta 10", "units:5", "--zeta 10",
            "once"),
        c("solve --example gm --delta abc", "--delta", "'abc'", "plain number"));
  }

  static List<Case> ttsCompareCases() {
    return List.of(
        c("tts --example gm-two-tier --budget 1", "gm-two-tier", "multi-stage", "gm"),
        c("tts examples/gm-two-tier.yaml --budget 1", "multi-stage", "solve"),
        c("tts --example gm --budget 1 --ttr P1=3,P1=4", "--ttr", "P1", "twice"),
        c("tts --example gm --budget 1 --ttr P99=3", "--ttr", "P99"),
        c("tts --example gm --budget 1 --service-level NaN", "--service-level", "NaN"),
        c("tts --example gm", "--budget", "--help"),
        c("tts --example gm --budget 1e308", "--budget", "too large"),
        c("compare --example gm-two-tier --no-progress", "gm-two-tier", "multi-stage"),
        c("compare examples/gm-two-tier.yaml --no-progress", "multi-stage"),
        c("compare --example gm --samples 5 --test-samples 5 --no-progress --inventory V1=3,V1=4",
            "--inventory", "V1", "twice"),
        c("compare --example gm --samples 5 --test-samples 5 --no-progress --inventory V99=3",
            "--inventory", "V99"),
        c("compare --example gm --samples 5 --test-samples 5 --no-progress --failure-groups "
            + "P1,P99", "--failure-groups", "P99"),
        c("compare --example gm --samples 0 --no-progress", "--samples", "got 0"),
        c("compare --example gm --samples 5 --test-samples 5 --no-progress --chart @FILE",
            "--chart", "a-file.txt", "writable directory"));
  }

  static List<Case> otherCases() {
    return List.of(
        c("exposure --example tiers30 --no-progress --chart @FILE", "--chart", "a-file.txt"),
        c("exposure --example tiers30 --no-progress --chart /proc/stockade-qa", "--chart",
            "/proc/stockade-qa"),
        c("exposure --generate tiers=99999999,per-tier=5 --no-progress", "tiers", "2..50"),
        c("bench exposure --generate tiers=99999999,per-tier=5", "tiers", "2..50"),
        c("sourcing @BIN", "junk.yaml", "UTF-8"),
        c("sourcing @CUT", "cut.yaml", "line 2"),
        c("sourcing @EMPTY", "empty.yaml", "empty", "demand"),
        c("sourcing @DUP", "dup.yaml", "Duplicate", "'lr'", "line 3"),
        c("sourcing --demand uniform:0:1e9 --lr 2 --cr 100 --ce 105 --h 5 --b 495",
            "--demand", "uniform:0:1e9", "whole numbers"),
        c("sourcing --demand uniform:0:4 --lr 2 --cr 100 --ce 105 --h 5 --b 495 --chart @FILE",
            "--chart", "a-file.txt"),
        c("sourcing reserves tomlin --chart @FILE", "--chart", "a-file.txt"),
        c("reproduce gm-tables --instances 2 --no-progress --out @FILE", "--out", "a-file.txt"),
        c("reproduce dual-sourcing --out @FILE", "--out", "a-file.txt"),
        c("bench saa --time-limit 1e300", "--time-limit", "1.0E300"),
        c("bench sg --runs 0", "--runs 0", "--warmup 2"));
  }

  private static void assertCleanBadInput(Case k) {
    SolveCommandTest.Run r = SolveCommandTest.run(k.args().toArray(String[]::new));
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ").contains(k.fragments())
        .doesNotContain("Exception", "internal error", "\tat ", "Usage:", "For input string");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solveCases")
  void solve_badInput_exitTwoNamingFlagAndValue(Case k) {
    assertCleanBadInput(k);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ttsCompareCases")
  void ttsAndCompare_badInput_exitTwoNamingFlagAndValue(Case k) {
    assertCleanBadInput(k);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherCases")
  void exposureSourcingReproduceBench_badInput_exitTwoNamingFlagAndValue(Case k) {
    assertCleanBadInput(k);
  }

  @Test
  void solve_enumerationSolver_certificateVerifiesAndCostMatchesConstraintGeneration()
      throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("solve", "--example", "gm", "--solver",
        "enumeration", "--format", "json");
    assertThat(r.exit()).as(r.err() + r.out()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    double cg = new ConstraintGenerationSolver()
        .solve(new SgProblem(Examples.gm(), UncertaintySpec.empty().build(Examples.gm()), 0))
        .cost();
    assertThat(root.get("cost").asDouble()).isCloseTo(cg,
        org.assertj.core.data.Offset.offset(1e-6 * cg));
    assertThat(root.get("verification").get("ok").asBoolean()).as(r.out()).isTrue();
    assertThat(root.get("certificate").size()).isPositive();
  }

  @Test
  void tts_zeroBudget_isTtsZeroWithAPassingVerification() throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("tts", "--example", "gm", "--budget", "0",
        "--format", "json");
    assertThat(r.exit()).as(r.err() + r.out()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("tts").asDouble()).isZero();
    for (JsonNode v : root.get("allocation")) {
      assertThat(v.asDouble()).isZero();
    }
    // Independent: with no inventory, the GM network loses sales when P1 fails (mean demand
    // of V1 + V2 is 470 > 0 with nothing else able to make V1), so TTS 0 is right.
    assertThat(root.get("verification").get("ok").asBoolean()).as(r.out()).isTrue();
  }

  @Test
  void helpOfSourcingAndReproduce_rendersWithoutPicocliFormatWarnings() {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      SolveCommandTest.Run s = SolveCommandTest.run("sourcing", "--help");
      SolveCommandTest.Run p = SolveCommandTest.run("reproduce", "--help");
      assertThat(s.out()).contains("95%").doesNotContain("%%");
      assertThat(p.out()).contains("40%").doesNotContain("%%");
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
  }
}
