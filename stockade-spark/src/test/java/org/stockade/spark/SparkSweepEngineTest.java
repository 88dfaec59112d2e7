package org.stockade.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.experiments.GmSweep;
import org.stockade.experiments.ParameterSweep;
import org.stockade.exposure.ExposureResult;
import org.stockade.exposure.ExposureSolver;
import org.stockade.exposure.ExposureSweep;
import org.stockade.exposure.NetworkGenerator;
import org.stockade.exposure.Scenario;
import org.stockade.exposure.ScenarioResult;
import org.stockade.exposure.SupplyNetwork;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.sim.MonteCarlo;
import org.stockade.sim.MonteCarloSweep;
import org.stockade.sim.ScenarioGenerator;
import org.stockade.sim.ScenarioModel;
import org.stockade.sim.ScenarioSet;
import org.stockade.sweep.LocalSweepEngine;
import org.stockade.sweep.Sweep;
import org.stockade.sweep.SweepEngine;
import org.stockade.sweep.SweepEngines;
import org.stockade.sweep.SweepResult;
import org.stockade.sweep.SweepRow;
import org.stockade.sweep.SweepTask;

/**
 * Every sweep kind gives the same rows on Spark {@code local[2]} as on the local runner with
 * the same seeds (integers bitwise, reals to 1e-12), and tasks that fail on bad input come back
 * as failed rows with their ids. One local[2] session serves the whole class.
 */
class SparkSweepEngineTest {
  private static final SweepEngine.Settings SPARK =
      new SweepEngine.Settings("local[2]", 1, null, null);
  private static final SweepEngine.Settings LOCAL = SweepEngine.Settings.local(2);

  @AfterAll
  static void stopSpark() {
    SparkSweepEngine.stop();
  }

  private static <T extends SweepTask> SweepResult[] both(Sweep<T> sweep) {
    SweepResult spark = new SparkSweepEngine().run(sweep, SPARK);
    SweepResult local = new LocalSweepEngine().run(sweep, LOCAL);
    assertThat(spark.engine()).isEqualTo("spark");
    SweepRows.assertSame(spark, local);
    return new SweepResult[] {spark, local};
  }

  @Test
  void sparkEngineIsFoundByNameThroughServiceLoader() {
    assertThat(SweepEngines.get("spark")).isInstanceOf(SparkSweepEngine.class);
  }

  @Test
  void exposureScenariosOnSparkEqualLocalAndTheExposureSolver() {
    SupplyNetwork net = NetworkGenerator.generate(NetworkGenerator.Spec.parse(
        "tiers=3,per-tier=8,15,25", 5));
    List<Scenario> scenarios = new ArrayList<>(Scenario.singles(net));
    scenarios.add(Scenario.parse(net, net.node(0).id() + "+" + net.node(1).id()));
    Sweep<ExposureSweep.Task> sweep = ExposureSweep.of(net, scenarios,
        ExposureSolver.Method.RESTRICTED);
    // a scenario naming a node that does not exist: a failed row, not a lost task
    List<ExposureSweep.Task> tasks = new ArrayList<>(sweep.tasks());
    tasks.add(new ExposureSweep.Task(tasks.size(), 0, List.of("no-such-node"), 1));
    sweep = new Sweep<>(sweep.kind(), tasks, sweep.function());
    SweepResult spark = both(sweep)[0];

    assertThat(spark.failures()).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo(scenarios.size());
      assertThat(r.error()).contains("no-such-node");
    });
    // independent path: the exposure solver's own parallel run, whole-network LPs
    ExposureResult ref = new ExposureSolver().solve(net, scenarios,
        new ExposureSolver.Options(ExposureSolver.Method.FULL, 1, null));
    int pi = spark.column("lost_profit");
    for (int k = 0; k < scenarios.size(); k++) {
      ScenarioResult r = ref.scenarios().get(k);
      assertThat(spark.rows().get(k).real(pi))
          .isCloseTo(r.lostProfit(), org.assertj.core.data.Offset.offset(
              1e-6 * Math.max(1, r.lostProfit())));
    }
  }

  @Test
  void monteCarloBlocksOnSparkEqualLocalAndTheInMemoryEvaluation() {
    Network gm = Examples.gm();
    double[] r = gm.means();
    for (int j = 0; j < r.length; j++) {
      r[j] *= 0.2;
    }
    ScenarioModel model = ScenarioModel.paper(gm, 0.1);
    int n = 2000; // 8 blocks, the last one partial
    Sweep<MonteCarloSweep.Block> sweep = MonteCarloSweep.of(gm, r, model, n, 42);
    SweepResult spark = both(sweep)[0];
    assertThat(spark.failures()).isEmpty();

    // independent path: all scenarios generated in memory, lost sales by MonteCarlo
    ScenarioSet all = ScenarioGenerator.generate(model, n, 42, 2);
    double[] lost = MonteCarlo.lostSales(gm, r, all, 2, null);
    int block = ScenarioGenerator.BLOCK;
    for (SweepRow row : spark.rows()) {
      int from = (int) (long) (Long) row.value(0);
      int to = from + (int) (long) (Long) row.value(1);
      assertThat(from).isEqualTo(row.id() * block);
      double sum = 0;
      for (int k = from; k < to; k++) {
        sum += lost[k];
      }
      assertThat(row.real(2)).isEqualTo(sum);
    }
    MonteCarlo.Summary s = MonteCarlo.evaluate(gm, r, all, 2, null);
    MonteCarloSweep.Summary b = MonteCarloSweep.summary(spark);
    assertThat(b.scenarios()).isEqualTo(n);
    assertThat(b.meanLostSales()).isCloseTo(s.meanLostSales(),
        org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, s.meanLostSales())));
    assertThat(b.fillRate()).isCloseTo(s.fillRate(), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(b.probabilityOfLoss()).isEqualTo(s.probabilityOfLoss());
  }

  @Test
  void sgParameterSweepOnSparkEqualsLocalAndReportsABadValueByItsId() {
    double[] betas = {0, 1, 2, 3, -1};
    SweepResult spark = both(ParameterSweep.of("beta", "base", betas, 7))[0];
    assertThat(spark.failures()).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo(4);
      assertThat(r.error()).contains("beta").contains("-1");
    });
    // cost is non-decreasing in beta: a larger set needs at least as much inventory
    int cost = spark.column("cost");
    for (int k = 1; k < 4; k++) {
      assertThat(spark.rows().get(k).real(cost))
          .isGreaterThanOrEqualTo(spark.rows().get(k - 1).real(cost) - 1e-9);
    }
  }

  @Test
  void designFrontierOnSparkEqualsLocal() {
    SweepResult spark = both(org.stockade.flexdesign.DesignSweep.frontier(6, 50, 2, 4, 60))[0];
    assertThat(spark.failures()).isEmpty();
    assertThat(spark.rows()).hasSize(3);
  }

  @Test
  void reproduceGmStudyOnSparkGivesTheLocalCellsShareRangeIncluded() {
    var s = new org.stockade.experiments.GmStudy.Settings(1, 8,
        new org.stockade.uncertainty.UncertaintySpec(null, 1.0, null, null, null, null, null,
            null, null, null), 2, true);
    var spark = org.stockade.experiments.GmSweep.run(s, "spark", "local[2]", null);
    var local = org.stockade.experiments.GmSweep.run(s, "local", null, null);
    assertThat(spark).hasSize(10);
    for (int k = 0; k < 10; k++) {
      assertThat(spark.get(k).cost()).isEqualTo(local.get(k).cost());
      assertThat(spark.get(k).highShareMin()).isEqualTo(local.get(k).highShareMin());
      assertThat(spark.get(k).highShareMax()).isEqualTo(local.get(k).highShareMax());
      assertThat(spark.get(k).design()).isEqualTo(local.get(k).design());
    }
  }

  @Test
  void gmStudyInstancesOnSparkEqualLocal() {
    SweepResult spark = both(GmSweep.of(1, 3))[0];
    assertThat(spark.rows()).hasSize(10);
    assertThat(spark.failures()).isEmpty();
  }

  private static String[] cli(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = org.stockade.cli.Main.commandLine(out, err).execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void exposureCommandWithEngineSparkPrintsWhatTheLocalRunPrints() {
    String[] spark = cli("exposure", "--example", "tiers30", "--engine", "spark", "--master",
        "local[2]", "--format", "csv", "--no-progress");
    String[] local = cli("exposure", "--example", "tiers30", "--format", "csv",
        "--no-progress");
    assertThat(spark[0]).as(spark[2]).isEqualTo("0");
    assertThat(spark[1]).isEqualTo(local[1]).isNotBlank();
  }

  @Test
  void resultsAreWrittenAsParquetAndCsvThatReadBackToTheSameRows(@TempDir Path dir) {
    double[] zetas = {0, 0.05, 0.1};
    Sweep<ParameterSweep.Point> sweep = ParameterSweep.of("capacity-loss", "base", zetas, 1);
    SweepResult res = new SparkSweepEngine().run(sweep, SPARK.withOut(dir.toString()));
    assertThat(res.files()).hasSize(3);
    List<Row> back = SparkSweepEngine.session("local[2]").read()
        .parquet(dir.resolve("sg-param.parquet").toString()).orderBy("id").collectAsList();
    assertThat(back).hasSize(3);
    int cost = res.column("cost");
    for (int k = 0; k < 3; k++) {
      assertThat(back.get(k).getLong(0)).isEqualTo(k);
      assertThat(back.get(k).getDouble(4 + cost)).isEqualTo(res.rows().get(k).real(cost));
    }
    assertThat(dir.resolve("sg-param-csv")).isDirectory();
    assertThat(Files.exists(dir.resolve("sg-param.csv"))).isTrue();
  }
}
