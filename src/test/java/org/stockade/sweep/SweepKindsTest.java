package org.stockade.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.experiments.ParameterSweep;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.EnumerationSolver;
import org.stockade.robust.SgProblem;
import org.stockade.sim.MonteCarlo;
import org.stockade.sim.MonteCarloSweep;
import org.stockade.sim.ScenarioGenerator;
import org.stockade.sim.ScenarioModel;
import org.stockade.sim.ScenarioSet;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySpec;

/** The adapted sweeps against independent computations of the same quantities. */
class SweepKindsTest {
  @Test
  void monteCarloBlocksAddUpToTheInMemoryEvaluationOfTheSameSeed() {
    Network gm = Examples.gm();
    double[] r = gm.means();
    Arrays.setAll(r, j -> r[j] * 0.3);
    ScenarioModel model = ScenarioModel.paper(gm, 0.2);
    int n = 1000;
    SweepResult res = new LocalSweepEngine().run(MonteCarloSweep.of(gm, r, model, n, 11),
        SweepEngine.Settings.local(2));
    assertThat(res.failures()).isEmpty();
    ScenarioSet all = ScenarioGenerator.generate(model, n, 11, 1);
    double[] lost = MonteCarlo.lostSales(gm, r, all, 1, null);
    for (SweepRow row : res.rows()) {
      int from = (int) (long) (Long) row.value(0);
      int to = from + (int) (long) (Long) row.value(1);
      double sum = 0;
      double max = 0;
      for (int k = from; k < to; k++) {
        sum += lost[k];
        max = Math.max(max, lost[k]);
      }
      assertThat(row.real(2)).isEqualTo(sum);
      assertThat(row.real(6)).isEqualTo(max);
    }
    MonteCarlo.Summary s = MonteCarlo.evaluate(gm, r, all, 1, null);
    MonteCarloSweep.Summary b = MonteCarloSweep.summary(res);
    assertThat(b.meanLostSales()).isCloseTo(s.meanLostSales(), Offset.offset(1e-9));
    assertThat(b.lostSalesHalfWidth()).isCloseTo(s.lostSalesHalfWidth(), Offset.offset(1e-6));
    assertThat(b.fillRate()).isCloseTo(s.fillRate(), Offset.offset(1e-12));
    assertThat(b.probabilityOfLoss()).isEqualTo(s.probabilityOfLoss());
  }

  @Test
  void exposureSweepGivesTheExposureSolversResultsReiAndLostProductsIncluded() {
    org.stockade.exposure.SupplyNetwork net = org.stockade.exposure.NetworkGenerator.generate(
        org.stockade.exposure.NetworkGenerator.Spec.parse("tiers=3,per-tier=6,12,20", 9));
    java.util.List<org.stockade.exposure.Scenario> list =
        org.stockade.exposure.Scenario.singles(net);
    var m = org.stockade.exposure.ExposureSolver.Method.RESTRICTED;
    SweepResult res = new LocalSweepEngine().run(
        org.stockade.exposure.ExposureSweep.of(net, list, m), SweepEngine.Settings.local(2));
    var viaSweep = org.stockade.exposure.ExposureSweep.toResult(net, list, res, m, 2);
    var direct = new org.stockade.exposure.ExposureSolver().solve(net, list,
        new org.stockade.exposure.ExposureSolver.Options(m, 1, null));
    boolean someLoss = false;
    for (int k = 0; k < list.size(); k++) {
      var a = viaSweep.scenarios().get(k);
      var b = direct.scenarios().get(k);
      assertThat(a.scenario()).isEqualTo(b.scenario());
      assertThat(a.lostProfit()).isEqualTo(b.lostProfit());
      assertThat(a.tts()).isEqualTo(b.tts());
      assertThat(a.rei()).isEqualTo(b.rei());
      assertThat(a.lostByProduct()).isEqualTo(b.lostByProduct());
      someLoss |= !b.lostByProduct().isEmpty();
    }
    assertThat(someLoss).isTrue();
  }

  @Test
  void designSweepIsTheFrontierAndBudgetZeroIsTheSgOptimumOfTheBaseDesign() {
    SweepResult res = new LocalSweepEngine().run(
        org.stockade.flexdesign.DesignSweep.frontier(6, 50, 2, 4, 60),
        SweepEngine.Settings.local(2));
    assertThat(res.failures()).isEmpty();
    int total = res.column("total_cost");
    Network gm = Examples.gm();
    double sg = new EnumerationSolver().solve(new SgProblem(gm,
        UncertaintySpec.empty().build(gm), 0)).cost();
    assertThat(res.rows().get(0).real(total)).isCloseTo(sg, Offset.offset(1e-6 * sg));
    for (int k = 1; k < 3; k++) {
      assertThat(res.rows().get(k).real(total))
          .isLessThanOrEqualTo(res.rows().get(k - 1).real(total) + 1e-6);
    }
  }

  @Test
  void gmStudyOnTheSweepEngineGivesGmStudyRunsCells() {
    var s = new org.stockade.experiments.GmStudy.Settings(2, 41,
        new UncertaintySpec(null, 1.5, null, null, null, null, null, null, null, null), 2, true);
    var direct = org.stockade.experiments.GmStudy.run(s, k -> { });
    var swept = org.stockade.experiments.GmSweep.run(s, "local", null, null);
    assertThat(swept).hasSameSizeAs(direct);
    for (int k = 0; k < direct.size(); k++) {
      var a = swept.get(k);
      var b = direct.get(k);
      assertThat(a.instance()).isEqualTo(b.instance());
      assertThat(a.design()).isEqualTo(b.design());
      assertThat(a.capacity()).isEqualTo(b.capacity());
      assertThat(a.seed()).isEqualTo(b.seed());
      assertThat(a.arcs()).isEqualTo(b.arcs());
      assertThat(a.cost()).isEqualTo(b.cost());
      assertThat(a.highShareMin()).isEqualTo(b.highShareMin());
      assertThat(a.highShareMax()).isEqualTo(b.highShareMax());
    }
  }

  @Test
  void capacityLossSweepMatchesTheEnumerationLpAtEachValue() {
    double[] zetas = {0, 0.05, 0.15};
    SweepResult res = new LocalSweepEngine().run(
        ParameterSweep.of("capacity-loss", "base", zetas, 1), SweepEngine.Settings.local(2));
    int cost = res.column("cost");
    for (int k = 0; k < zetas.length; k++) {
      Network gm = Examples.gm();
      UncertaintySpec spec = new UncertaintySpec(null, null, null, null, null, null,
          CapacityLossKind.FRACTION, zetas[k], null, null);
      double ref = new EnumerationSolver().solve(new SgProblem(gm, spec.build(gm), 0)).cost();
      assertThat(res.rows().get(k).real(cost)).as("zeta " + zetas[k])
          .isCloseTo(ref, Offset.offset(1e-6 * Math.max(1, ref)));
    }
    assertThat(new ConstraintGenerationSolver()).isNotNull();
  }
}
