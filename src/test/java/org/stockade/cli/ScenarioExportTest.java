package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.sim.ScenarioFile;
import org.stockade.sim.ScenarioGenerator;
import org.stockade.sim.ScenarioModel;
import org.stockade.sim.ScenarioSet;

class ScenarioExportTest {
  @TempDir
  Path dir;

  @Test
  void exportScenarios_writesExactlyTheEvaluationScenariosCompareWouldGenerate() {
    Path csv = dir.resolve("sub/scenarios.csv");
    SolveCommandTest.Run r = SolveCommandTest.run("compare", "--example", "gm", "--test-samples",
        "300", "--seed", "5", "--failure-prob", "0.2", "--export-scenarios", csv.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("300 evaluation scenarios", "--test-scenarios");
    Network gm = Examples.gm();
    ScenarioSet expected = ScenarioGenerator.generate(ScenarioModel.paper(gm, 0.2), 300, 6, 1);
    assertThat(ScenarioFile.read(csv, gm).sameValues(expected)).isTrue();
  }

  @Test
  void exportedScenarios_areReadBackByTestScenarios() {
    Path csv = dir.resolve("s.csv");
    assertThat(SolveCommandTest.run("compare", "--example", "gm", "--test-samples", "50",
        "--export-scenarios", csv.toString()).exit()).isZero();
    SolveCommandTest.Run r = SolveCommandTest.run("compare", "--example", "gm", "--samples",
        "100", "--test-scenarios", csv.toString(), "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("evaluated on 50 scenarios", "file " + csv);
  }

  @Test
  void deprecatedP_stillSetsTheFailureProbabilityAndSaysSoOnStderr() {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    SolveCommandTest.Run old = SolveCommandTest.run("compare", "--example", "gm",
        "--test-samples", "20", "--p", "0.3", "--export-scenarios", a.toString());
    assertThat(old.exit()).isZero();
    assertThat(old.err().strip().lines()).hasSize(1);
    assertThat(old.err()).contains("--p is deprecated", "--failure-prob");
    SolveCommandTest.run("compare", "--example", "gm", "--test-samples", "20",
        "--failure-prob", "0.3", "--export-scenarios", b.toString());
    Network gm = Examples.gm();
    assertThat(ScenarioFile.read(a, gm).sameValues(ScenarioFile.read(b, gm))).isTrue();
  }
}
