package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.sourcing.DisruptedBaseStock;
import org.stockade.sourcing.DisruptedEoq;
import org.stockade.sourcing.MarkovSupplier;

/** Issue 17, newcomer friction: per-model help, --at, exposure baseline and --disrupt. */
class NewcomerOptionsTest {
  @TempDir
  Path dir;

  private static JsonNode json(String... args) throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void reservesModelHelp_describesThatModelOnly() {
    SolveCommandTest.Run bs = SolveCommandTest.run("sourcing", "reserves", "base-stock", "--help");
    assertThat(bs.exit()).isZero();
    assertThat(bs.out()).contains("reserves base-stock", "--failure-prob", "--backorder-cost",
        "--at=S").doesNotContain("--order-cost", "--cu", "--failure-rate");
    SolveCommandTest.Run eoq = SolveCommandTest.run("sourcing", "reserves", "eoq", "--help");
    assertThat(eoq.out()).contains("--order-cost", "--failure-rate", "--at=Q")
        .doesNotContain("--failure-prob", "--cu");
    SolveCommandTest.Run t = SolveCommandTest.run("sourcing", "reserves", "tomlin", "--help");
    assertThat(t.out()).contains("--reliable-cost", "--unreliable-cost").doesNotContain("--at");
  }

  @Test
  void reservesBaseStockAt_pricesTheGivenLevelExactly() throws Exception {
    JsonNode o = json("sourcing", "reserves", "base-stock", "--failure-prob", "0.05",
        "--recovery-prob", "0.25", "--backorder-cost", "19", "--at", "3.5", "--format", "json");
    DisruptedBaseStock m = new DisruptedBaseStock(new MarkovSupplier(0.05, 0.25), 1, 1, 19);
    // JSON numbers carry 12 significant digits (docs/output.md)
    assertThat(o.get("at").get("cost").asDouble()).isCloseTo(m.cost(3.5),
        Offset.offset(1e-11 * Math.abs(m.cost(3.5))));
    assertThat(o.get("at").get("excess_over_optimum").asDouble()).isPositive();
  }

  @Test
  void reservesEoqAt_pricesTheGivenQuantityExactly() throws Exception {
    JsonNode o = json("sourcing", "reserves", "eoq", "--rate", "100", "--order-cost", "50",
        "--h", "2", "--pi", "10", "--failure-rate", "0.5", "--recovery-rate", "2", "--at", "80",
        "--format", "json");
    DisruptedEoq m = new DisruptedEoq(100, 50, 2, 0, 10, 0, 0.5, 2);
    assertThat(o.get("at").get("cost").asDouble()).isCloseTo(m.cost(80), Offset.offset(1e-9));
  }

  @Test
  void reservesDeprecatedSpellings_giveTheSameAnswerWithOneNoteEach() {
    SolveCommandTest.Run old = SolveCommandTest.run("sourcing", "reserves", "base-stock",
        "--fail", "0.05", "--recover", "0.25", "--p", "19", "--format", "json");
    SolveCommandTest.Run now = SolveCommandTest.run("sourcing", "reserves", "base-stock",
        "--failure-prob", "0.05", "--recovery-prob", "0.25", "--backorder-cost", "19",
        "--format", "json");
    assertThat(old.exit()).isZero();
    assertThat(old.out()).isEqualTo(now.out());
    assertThat(now.err()).isEmpty();
    assertThat(old.err().lines().toList()).hasSize(3)
        .allMatch(l -> l.startsWith("note: ") && l.contains("deprecated"));
  }

  @Test
  void reservesWrongKindOfFailureFlag_isRejectedNamingTheRightOne() {
    SolveCommandTest.Run r = SolveCommandTest.run("sourcing", "reserves", "base-stock",
        "--failure-rate", "0.5", "--recovery-prob", "0.2");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--failure-rate");
    r = SolveCommandTest.run("sourcing", "reserves", "base-stock", "--failure-prob", "1.5",
        "--recovery-prob", "0.2");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--failure-prob", "(0, 1]", "1.5");
    r = SolveCommandTest.run("sourcing", "reserves");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("base-stock", "eoq", "tomlin");
  }

  @Test
  void exposure_startsWithANothingDownBaseline() throws Exception {
    JsonNode o = json("exposure", "--example", "tiers30", "--no-progress", "--format", "json");
    assertThat(o.get("baseline").get("lost_profit").asDouble()).isZero();
    assertThat(o.get("baseline").get("tts").asText()).isEqualTo("unbounded");
    SolveCommandTest.Run t = SolveCommandTest.run("exposure", "--example", "tiers30",
        "--no-progress");
    assertThat(t.out()).contains("(nothing down)");
    SolveCommandTest.Run c = SolveCommandTest.run("exposure", "--example", "tiers30",
        "--no-progress", "--format", "csv");
    assertThat(c.out().lines().skip(1).findFirst().orElseThrow()).startsWith("0,(nothing down)");
  }

  @Test
  void exposureDisrupt_limitsTheSingleNodeScenariosToTheGivenKinds() throws Exception {
    JsonNode all = json("exposure", "--example", "tiers30", "--no-progress", "--format", "json");
    JsonNode sup = json("exposure", "--example", "tiers30", "--no-progress", "--format", "json",
        "--disrupt", "suppliers");
    JsonNode both = json("exposure", "--example", "tiers30", "--no-progress", "--format",
        "json", "--disrupt", "suppliers,plants");
    int s = sup.get("scenarios").size();
    int sp = both.get("scenarios").size();
    assertThat(s).isPositive().isLessThan(sp);
    assertThat(sp).isLessThan(all.get("scenarios").size());
    // a supplier's result does not depend on which other scenarios run
    JsonNode first = sup.get("scenarios").get(0);
    String id = first.get("disrupted").get(0).asText();
    for (JsonNode row : all.get("scenarios")) {
      if (row.get("disrupted").size() == 1 && row.get("disrupted").get(0).asText().equals(id)) {
        assertThat(row.get("lost_profit").asDouble()).isCloseTo(
            first.get("lost_profit").asDouble(), Offset.offset(1e-6));
      }
    }
    SolveCommandTest.Run bad = SolveCommandTest.run("exposure", "--example", "tiers30",
        "--disrupt", "vendors");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--disrupt", "vendors", "suppliers");
  }

  @Test
  void chartsGoToOut_andDeprecatedChartStillWorks() {
    for (List<String> args : List.of(
        List.of("exposure", "--example", "tiers30", "--no-progress", "--out"),
        List.of("sourcing", "reserves", "tomlin", "--out"))) {
      Path d = dir.resolve(args.get(0) + "-new");
      List<String> a = new java.util.ArrayList<>(args);
      a.add(d.toString());
      SolveCommandTest.Run r = SolveCommandTest.run(a.toArray(String[]::new));
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(d.toFile().list()).isNotEmpty();
      a.set(a.size() - 2, "--chart");
      a.set(a.size() - 1, dir.resolve(args.get(0) + "-old").toString());
      SolveCommandTest.Run old = SolveCommandTest.run(a.toArray(String[]::new));
      assertThat(old.exit()).isZero();
      assertThat(old.err()).contains("--chart is deprecated; use --out");
      assertThat(dir.resolve(args.get(0) + "-old").toFile().list()).isNotEmpty();
    }
  }

  @Test
  void ttsCapacityLoss_isTheSameFailureSetAsTheDeprecatedFailureFlag() throws Exception {
    SolveCommandTest.Run now = SolveCommandTest.run("tts", "--example", "gm", "--budget", "1",
        "--capacity-loss", "plants:1", "--format", "json");
    SolveCommandTest.Run old = SolveCommandTest.run("tts", "--example", "gm", "--budget", "1",
        "--failure", "single-plant", "--format", "json");
    SolveCommandTest.Run plain = SolveCommandTest.run("tts", "--example", "gm", "--budget", "1",
        "--format", "json");
    assertThat(now.exit()).as(now.err()).isZero();
    double tts = new ObjectMapper().readTree(now.out()).get("tts").asDouble();
    assertThat(new ObjectMapper().readTree(old.out()).get("tts").asDouble()).isEqualTo(tts);
    assertThat(new ObjectMapper().readTree(plain.out()).get("tts").asDouble()).isEqualTo(tts);
    assertThat(old.err()).contains("--failure is deprecated; use --capacity-loss");
  }

  @Test
  void timeLimit_onALongCommand_exitsThreeSayingWhatToDo() {
    SolveCommandTest.Run r = SolveCommandTest.run("compare", "--example", "gm",
        "--no-progress", "--time-limit", "0.2"); // takes a few seconds in full
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("--time-limit 0.2", "compare");
    assertThat(r.out()).isEmpty();
    SolveCommandTest.Run bad = SolveCommandTest.run("exposure", "--example", "tiers30",
        "--time-limit", "-1");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--time-limit");
  }

  @Test
  void everyLongCommand_takesTimeLimitThreadsAndNoProgress() {
    for (String cmd : List.of("compare", "exposure", "sourcing", "tts", "reproduce")) {
      SolveCommandTest.Run r = SolveCommandTest.run(cmd, "--help");
      assertThat(r.out()).as(cmd).contains("--time-limit", "--threads", "--no-progress");
    }
  }

  @Test
  void everyHelpText_pointsOnlyInsideTheRepository() {
    List<picocli.CommandLine> all = new java.util.ArrayList<>(List.of(Main.commandLine()));
    for (int k = 0; k < all.size(); k++) {
      all.addAll(all.get(k).getSubcommands().values());
    }
    java.util.regex.Pattern doc = java.util.regex.Pattern.compile("docs/[a-z-]+\\.md");
    int pointers = 0;
    for (picocli.CommandLine cl : all) {
      String help = cl.getUsageMessage().replaceAll("\\s+", " ");
      assertThat(help).as(cl.getCommandName()).doesNotContain("shared/spec", "spec section");
      java.util.regex.Matcher m = doc.matcher(help);
      while (m.find()) {
        assertThat(Path.of(m.group())).as(cl.getCommandName()).exists();
        pointers++;
      }
    }
    assertThat(pointers).isGreaterThanOrEqualTo(5);
  }
}
