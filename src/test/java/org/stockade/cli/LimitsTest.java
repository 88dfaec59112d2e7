package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs that used to take minutes or gigabytes are refused up front or bounded in time. */
class LimitsTest {
  private static SolveCommandTest.Run run(int seconds, String... args) {
    SolveCommandTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(seconds),
        () -> SolveCommandTest.run(args));
    Sweep.assertClean(String.join(" ", args), r);
    return r;
  }

  @Test
  void exposure_generateAboveMaxNodes_isRefusedBeforeGenerating() {
    SolveCommandTest.Run r = run(10, "exposure", "--generate",
        "tiers=3,per-tier=500000,1000000,500000", "--no-progress");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("2,000,000 nodes", "--max-nodes 20,000", "--max-nodes 2000000");
  }

  @Test
  void exposure_fileAboveMaxNodes_isRefusedNamingTheFlag() {
    SolveCommandTest.Run r = run(20, "exposure", "examples/tiers30.yaml", "--max-nodes", "10",
        "--no-progress");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("tiers30.yaml", "--max-nodes");
  }

  @Test
  void warnings_manyOfOneKind_collapseIntoACount() {
    List<String> ws = new ArrayList<>();
    for (int k = 0; k < 1000; k++) {
      ws.add("net.yaml: product 'V" + k + "' has no arc: only inventory can serve it");
    }
    ws.add("net.yaml: plant 'P1' has no arc");
    StringWriter out = new StringWriter();
    Warnings.print(new PrintWriter(out), ws);
    assertThat(out.toString().lines()).hasSize(Warnings.SHOWN_PER_KIND + 2);
    assertThat(out.toString()).contains("997 more like these (1000 in total)", "'P1'");
  }

  @Test
  void reserves_baseStockWithRareRecovery_isFastAndBounded() {
    SolveCommandTest.Run r = run(20, "sourcing", "reserves", "base-stock", "--fail", "0.05",
        "--recover", "1e-4", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().count()).isLessThan(50);
  }

  @Test
  @Tag("slow")
  void cmSolve_valuesAtTheMagnitudeLimit_honoursTheTimeLimit() throws Exception {
    String gm = java.nio.file.Files.readString(java.nio.file.Path.of("examples", "gm.yaml"))
        .replaceAll("mu: [0-9.]+, sigma: [0-9.]+", "mu: 1e9, sigma: 1e9")
        .replace("alpha: 2", "alpha: 1e6");
    java.nio.file.Path f = SweepFiles.path("edge-cm.yaml");
    java.nio.file.Files.writeString(f, gm);
    SolveCommandTest.Run r = run(60, "solve", f.toString(), "--model", "cm", "--time-limit",
        "3");
    assertThat(r.exit()).as(r.err()).isIn(0, 3);
  }

  @Test
  @Tag("slow")
  void sourcing_largeStateSpace_stopsAtTheTimeLimitWithExitThree() {
    SolveCommandTest.Run r = run(60, "sourcing", "--demand", "uniform:0:200", "--lr", "12",
        "--cr", "100", "--ce", "105", "--h", "5", "--b", "495", "--time-limit", "3",
        "--periods", "20000");
    assertThat(r.exit()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains("--time-limit 3", "best found so far");
  }
}
