package org.stockade.cli;

import static org.stockade.cli.Sweep.bad;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The flag part of the bad-input sweep, one line per case, by subcommand: absurd magnitudes,
 * flags that used to be accepted silently, and combinations that make no sense.
 */
class FlagSweepTest {
  static final String SAMPLES = " --samples 5 --test-samples 5 --no-progress";

  static List<Sweep.Case> solveCases() {
    return List.of(
        bad("solve --example gm --alpha 1e300", "--alpha", "1e6"),
        bad("solve --example gm --alpha 2e6", "--alpha", "1e6"),
        bad("solve --example gm --beta 1e308", "--beta"),
        bad("solve --example gm --gamma 1e308", "--gamma"),
        bad("solve --example gm --alpha -1", "--alpha", "-1"),
        bad("solve --example gm --delta 1e308", "--delta", "1e9"),
        bad("solve --example gm --delta -3", "--delta", "-3"),
        bad("solve --example gm --capacity-loss units:1e308", "--capacity-loss", "1e9"),
        bad("solve --example gm --capacity-loss plants:1.5", "plants:1.5", "whole number"),
        bad("solve --example gm --capacity-loss plants:-1", "plants:-1"),
        bad("solve --example gm --capacity-loss fraction:2", "fraction"),
        bad("solve --example gm --capacity-loss moon:1", "moon"),
        bad("solve --example gm --zeta 1e308", "--zeta"),
        bad("solve --example gm --model cm --underage 1e308", "--underage", "1e9"),
        bad("solve --example gm --model cm --overage 1e300", "--overage"),
        bad("solve --example gm --model cm --loss-cap 1e308", "--loss-cap"),
        bad("solve --example gm --model cm --production-cost -1", "--production-cost"),
        bad("solve --example gm --underage 5", "--underage", "--model cm"),
        bad("solve --example gm --loss-cap 5", "--loss-cap"),
        bad("solve --example gm --model cm --delta 5", "--delta", "--loss-cap"),
        bad("solve --example gm-two-tier --underage 5", "--underage", "multi-stage"),
        bad("solve --example gm-two-tier --loss-cap 5", "--loss-cap", "multi-stage"),
        bad("solve --example gm-two-tier --overage 1", "--overage"),
        bad("solve --example gm-two-tier --model cm", "--model"),
        bad("solve --example gm-two-tier --design full", "--design"),
        bad("solve --example gm-two-tier --alpha 1e300", "--alpha"),
        bad("solve --example gm-two-tier --capacity-loss plants:0.5", "plants:0.5"),
        bad("solve --example gm --model xx", "--model", "xx"),
        bad("solve --example nope", "nope"),
        bad("solve --example gm --service-level 0", "--service-level"),
        bad("solve --example gm --time-limit 0", "--time-limit"),
        bad("solve --example gm --time-limit -1", "--time-limit"),
        bad("solve --example gm --format yaml", "--format", "yaml"),
        bad("solve --example gm --design k-chain:0", "K-chain"),
        bad("solve --example gm --aggregate sideways", "--aggregate", "sideways"),
        bad("solve @dir.yaml", "dir.yaml"),
        bad("solve @a-file.txt", "a-file.txt", ".txt"));
  }

  static List<Sweep.Case> ttsCompareCases() {
    return List.of(
        bad("tts --example gm --budget 1e308", "--budget"),
        bad("tts --example gm --budget -1", "--budget"),
        bad("tts --example gm --budget NaN", "--budget"),
        bad("tts --example gm --budget 1 --alpha 1e300", "--alpha"),
        bad("tts --example gm --budget 1 --ttr 1e308", "--ttr"),
        bad("tts --example gm --budget 1 --ttr P1=1e308", "--ttr"),
        bad("tts --example gm --budget 1 --ttr P1", "--ttr", "P1"),
        bad("tts --example gm --budget 1 --budget-unit parsecs", "--budget-unit"),
        bad("tts --example gm --budget 1 --failure meteor", "--failure"),
        bad("tts --example gm --budget 1 --format xml", "--format"),
        bad("compare --example gm --threads 100000" + SAMPLES, "--threads", "256"),
        bad("compare --example gm --threads 0" + SAMPLES, "--threads"),
        bad("compare --example gm --failure-groups ;;" + SAMPLES, "--failure-groups"),
        bad("compare --example gm --failure-groups ;" + SAMPLES, "--failure-groups"),
        bad("compare --example gm --failure-groups P1,,P2" + SAMPLES, "--failure-groups"),
        bad("compare --example gm --failure-groups P1;P1" + SAMPLES, "--failure-groups", "P1"),
        bad("compare --example gm --p 2" + SAMPLES, "--p"),
        bad("compare --example gm --p -0.1" + SAMPLES, "--p"),
        bad("compare --example gm --loss-fraction 5" + SAMPLES, "--loss-fraction"),
        bad("compare --example gm --fill-rate 2" + SAMPLES, "--fill-rate"),
        bad("compare --example gm --inventory V1=1e308" + SAMPLES, "--inventory"),
        bad("compare --example gm --inventory V1=-1" + SAMPLES, "--inventory"),
        bad("compare --example gm --test-samples -5 --no-progress", "--test-samples"),
        bad("compare --example gm" + SAMPLES + " --test-scenarios @scen-huge.csv",
            "scen-huge.csv", "1e9"),
        bad("compare --example gm" + SAMPLES + " --test-scenarios @scen-nan.csv",
            "scen-nan.csv"),
        bad("compare --example gm" + SAMPLES + " --test-scenarios @scen-header.csv",
            "scen-header.csv", "V99"),
        bad("compare --example gm" + SAMPLES + " --test-scenarios @no-such.csv", "no-such.csv"));
  }

  static List<Sweep.Case> exposureCases() {
    return List.of(
        bad("exposure --example tiers30 --no-progress --scenario wafer+wafer", "wafer",
            "twice"),
        bad("exposure --example tiers30 --no-progress --scenario wafer+", "--scenario"),
        bad("exposure --example tiers30 --no-progress --scenario +", "--scenario"),
        bad("exposure --example tiers30 --no-progress --scenario moon", "moon"),
        bad("exposure --example tiers30 --no-progress --threads 100000", "--threads", "256"),
        bad("exposure --example tiers30 --no-progress --threads 0", "--threads"),
        bad("exposure --example tiers30 --no-progress --top -1", "--top"),
        bad("exposure --example tiers30 --no-progress --method magic", "magic"),
        bad("exposure --example tiers30 --no-progress --no-singles", "--no-singles"),
        bad("exposure --example tiers30 --no-progress --format xml", "--format"),
        bad("exposure --example tiers30 --no-progress --chart @out-with-report",
            "report.md", "directory"),
        bad("exposure --example nope --no-progress", "nope"),
        bad("exposure --example tiers30 --no-progress --time-limit 0", "--time-limit"),
        bad("exposure --example tiers30 --no-progress --time-limit 1e300", "--time-limit"),
        bad("exposure --example tiers30 --no-progress --max-nodes 5", "--max-nodes"),
        bad("exposure --generate tiers=2,per-tier=30000,30000 --no-progress", "--max-nodes"),
        bad("sourcing --demand uniform:0:4 --lr 2 --cr 100 --ce 105 --h 5 --b 495"
            + " --time-limit 0", "--time-limit"),
        bad("exposure --generate tiers=3,per-tier=abc --no-progress", "per-tier"),
        bad("exposure --generate nonsense --no-progress", "nonsense"),
        bad("exposure --generate tiers=3,per-tier=-5 --no-progress", "per tier"));
  }

  static List<Sweep.Case> sourcingReservesCases() {
    String base = "sourcing --demand uniform:0:4 --lr 2 --cr 100 --ce 105 --h 5 --b 495";
    return List.of(
        bad("sourcing --demand uniform:0:2147483647 --lr 2 --cr 100 --ce 105 --h 5 --b 495",
            "--demand"),
        bad("sourcing --demand uniform:0:100000 --lr 2 --cr 100 --ce 105 --h 5 --b 495",
            "--demand"),
        bad(base.replace("--lr 2", "--lr -1"), "lr"),
        bad(base.replace("--lr 2", "--lr 1e9"), "--lr"),
        bad(base.replace("--cr 100", "--cr 1e308"), "--cr"),
        bad(base.replace("--h 5", "--h -5"), "--h"),
        bad(base.replace("--b 495", "--b NaN"), "--b"),
        bad(base + " --periods 3", "periods"),
        bad(base + " --format xml", "--format"),
        bad("sourcing @dir.yaml", "dir.yaml", "directory"),
        bad("sourcing reserves base-stock --fail 0.05 --recover 1e-9", "--recover"),
        bad("sourcing reserves base-stock --fail 0.05 --recover 0.25 --rate 3", "--rate",
            "base-stock"),
        bad("sourcing reserves base-stock --fail 0.05 --recover 0.25 --order-cost 3",
            "--order-cost"),
        bad("sourcing reserves base-stock --fail 0.05 --recover 0.25 --d 1e308", "--d", "1e9"),
        bad("sourcing reserves base-stock --fail 0.05 --recover 0.25 --h 1e308", "--h"),
        bad("sourcing reserves base-stock --fail 0.05 --recover 0.25 --p NaN", "--p"),
        bad("sourcing reserves base-stock --fail 2 --recover 0.25", "fail"),
        bad("sourcing reserves base-stock --fail 0.05", "--recover"),
        bad("sourcing reserves eoq --rate 100 --order-cost 50 --fail 0.5 --recover 2 --d 3",
            "--d", "eoq"),
        bad("sourcing reserves eoq --rate 1e308 --order-cost 50 --fail 0.5 --recover 2",
            "--rate"),
        bad("sourcing reserves eoq --order-cost 50 --fail 0.5 --recover 2", "--rate"),
        bad("sourcing reserves tomlin --rate 5", "--rate", "tomlin"),
        bad("sourcing reserves tomlin --cu 1e308", "--cu"),
        bad("sourcing reserves warp", "warp"));
  }

  static List<Sweep.Case> reproduceBenchCases() {
    return List.of(
        bad("reproduce gm-tables --alpha none --gamma none --no-progress --out @rep-a",
            "alpha", "gamma"),
        bad("reproduce gm-tables --alpha 1e300 --no-progress --out @rep-a", "--alpha"),
        bad("reproduce gm-tables --threads 100000 --no-progress --out @rep-a", "--threads"),
        bad("reproduce gm-tables --no-progress --out @out-with-report", "report.md",
            "directory"),
        bad("reproduce dual-sourcing --out @out-with-report", "report.md"),
        bad("reproduce gm-tables --instances 1 --no-progress --out @rep-a", "--instances"),
        bad("reproduce everything --out @rep-a", "everything"),
        bad("reproduce gm-tables --aggregate up --no-progress --out @rep-a", "--aggregate"),
        bad("bench sg --warmup -1", "--warmup"),
        bad("bench cm --runs 0", "--runs"),
        bad("bench saa --samples 0", "--samples"),
        bad("bench saa --samples abc", "--samples"),
        bad("bench exposure --generate nonsense", "nonsense"),
        bad("bench warp", "warp"),
        bad("frobnicate", "frobnicate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("solveCases")
  void solve_badFlag_exitTwoNamingTheFlag(Sweep.Case k) {
    Sweep.check(k);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ttsCompareCases")
  void ttsAndCompare_badFlag_exitTwoNamingTheFlag(Sweep.Case k) {
    StringBuilder head = new StringBuilder();
    StringBuilder row = new StringBuilder();
    for (int j = 1; j <= 16; j++) {
      head.append("V").append(j).append(',');
      row.append(j == 1 ? "1e308" : "100").append(',');
    }
    for (int i = 1; i <= 8; i++) {
      head.append("P").append(i).append(i < 8 ? "," : "\n");
      row.append("200").append(i < 8 ? "," : "\n");
    }
    SweepFiles.text("scen-huge.csv", head + row.toString());
    SweepFiles.text("scen-nan.csv", head + row.toString().replace("1e308", "NaN"));
    SweepFiles.text("scen-header.csv", head.toString().replace("V16", "V99") + row);
    Sweep.check(k);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exposureCases")
  void exposure_badFlag_exitTwoNamingTheFlag(Sweep.Case k) {
    Sweep.check(k);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sourcingReservesCases")
  void sourcingAndReserves_badFlag_exitTwoNamingTheFlag(Sweep.Case k) {
    Sweep.check(k);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reproduceBenchCases")
  void reproduceAndBench_badFlag_exitTwoNamingTheFlag(Sweep.Case k) {
    Sweep.check(k);
  }
}
