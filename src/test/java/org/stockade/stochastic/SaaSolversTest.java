package org.stockade.stochastic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.design.Designs;
import org.stockade.model.Arc;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;
import org.stockade.sim.ScenarioGenerator;
import org.stockade.sim.ScenarioModel;
import org.stockade.sim.ScenarioSet;
import org.stockade.testing.RandomInstances;

/**
 * The extensive-form LP and the max-flow cutting planes are independent computations of the
 * same sample optimum: they must agree to 1e-6 relative, and each inventory must meet the
 * target when re-evaluated by max-flow.
 */
class SaaSolversTest {
  private static final ExtensiveFormSolver EXTENSIVE = new ExtensiveFormSolver();
  private static final CuttingPlaneSolver CUTS = new CuttingPlaneSolver();

  private static Network randomNetwork(Random rnd) {
    int m = 1 + rnd.nextInt(4);
    int p = 1 + rnd.nextInt(5);
    List<Plant> plants = new ArrayList<>();
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      plants.add(new Plant("P" + (i + 1), 20 + 80 * rnd.nextDouble()));
    }
    for (int j = 0; j < p; j++) {
      double mu = 10 + 90 * rnd.nextDouble();
      products.add(new Product("V" + (j + 1), mu, mu * 0.5 * rnd.nextDouble(),
          0.5 + rnd.nextDouble(), null));
    }
    return new Network("random", plants, products, RandomInstances.arcs(rnd, m, p, 0.4));
  }

  private static void assertAgree(SaaProblem problem, String ctx) {
    SaaResult a = EXTENSIVE.solve(problem);
    SaaResult b = CUTS.solve(problem);
    SaaResult c = CUTS.solve(problem, SaaOptions.defaults().withCuts(SaaOptions.Cuts.MULTI));
    SaaResult kelley = CUTS.solve(problem, SaaOptions.defaults().withStabilization(1));
    assertThat(kelley.status()).as("plain Kelley; " + ctx).isEqualTo(SaaStatus.OPTIMAL);
    assertThat(kelley.cost()).as("plain Kelley vs extensive; " + ctx)
        .isCloseTo(a.cost(), within(1e-6 * Math.max(1, Math.abs(a.cost()))));
    assertThat(a.status()).as("extensive; " + ctx + " " + a.message())
        .isEqualTo(SaaStatus.OPTIMAL);
    assertThat(b.status()).as("aggregated; " + ctx + " " + b.message())
        .isEqualTo(SaaStatus.OPTIMAL);
    assertThat(c.status()).as("multi-cut; " + ctx + " " + c.message())
        .isEqualTo(SaaStatus.OPTIMAL);
    double tol = 1e-6 * Math.max(1, Math.abs(a.cost()));
    assertThat(b.cost()).as("aggregated vs extensive; " + ctx).isCloseTo(a.cost(), within(tol));
    assertThat(c.cost()).as("multi-cut vs extensive; " + ctx).isCloseTo(a.cost(), within(tol));
    // every answer meets the target when re-evaluated by max-flow (independent of its LP)
    double allowed = problem.allowance() / problem.samples().size();
    double slack = 1e-6 * problem.scale() / problem.samples().size();
    for (SaaResult x : List.of(a, b, c)) {
      assertThat(x.expectedLostSales()).as("%s meets the target; %s", x.method(), ctx)
          .isLessThanOrEqualTo(allowed + slack);
    }
  }

  @Test
  void randomSmallNetworks_bothTargets_methodsAgree() {
    for (long seed = 1; seed <= 40; seed++) {
      Random rnd = new Random(seed);
      Network n = randomNetwork(rnd);
      ScenarioModel model = ScenarioModel.paper(n, 0.2 * rnd.nextDouble());
      ScenarioSet s = ScenarioGenerator.generate(model, 5 + rnd.nextInt(40), seed, 1);
      ServiceTarget target = seed % 2 == 0 ? ServiceTarget.fillRate(0.7 + 0.3 * rnd.nextDouble())
          : ServiceTarget.lostSales(20 * rnd.nextDouble());
      assertAgree(new SaaProblem(n, s, target), "seed " + seed + " " + n.arcs() + " " + target);
    }
  }

  @Test
  void gmDesigns_smallSamples_methodsAgree() {
    Network gm = Examples.gm();
    Network[] designs = {gm, gm.withArcs("2-chain", Designs.generalizedChain(gm, 2, 3)),
        gm.withArcs("full", Designs.full(gm))};
    for (Network n : designs) {
      ScenarioSet s = ScenarioGenerator.generate(ScenarioModel.paper(n, 0.1), 60, 7, 2);
      assertAgree(new SaaProblem(n, s, ServiceTarget.fillRate(0.95)), n.name());
      assertAgree(new SaaProblem(n, s, ServiceTarget.lostSales(50)), n.name() + " budget");
    }
  }

  @Test
  void fullTarget_needsEveryDemandCoveredInEverySample() {
    // tau = 1 on a dedicated 1x1 network: r must cover the largest sampled shortfall
    // max_n (d^n - c^n)^+ exactly (a closed form).
    Network n = new Network("1x1", List.of(new Plant("P1", 50)),
        List.of(new Product("V1", 60, 20, 1.0, null)), List.of(new Arc("P1", "V1")));
    ScenarioSet s = ScenarioGenerator.generate(ScenarioModel.paper(n, 0.3), 200, 3, 1);
    double need = 0;
    for (int k = 0; k < s.size(); k++) {
      need = Math.max(need, s.demand(k, 0) - s.capacity(k, 0));
    }
    SaaProblem problem = new SaaProblem(n, s, ServiceTarget.fillRate(1.0));
    assertThat(CUTS.solve(problem).cost()).isCloseTo(need, within(1e-6 * need));
    assertThat(EXTENSIVE.solve(problem).cost()).isCloseTo(need, within(1e-6 * need));
  }

  @Test
  void decomposition_isIndependentOfThreadCount_andRecordsSeedAndSize() {
    Network n = Examples.gm().withArcs("3", Designs.generalizedChain(Examples.gm(), 3, 1));
    ScenarioSet s = ScenarioGenerator.generate(ScenarioModel.paper(n, 0.1), 700, 12, 2);
    SaaProblem problem = new SaaProblem(n, s, ServiceTarget.fillRate(0.95));
    SaaResult one = CUTS.solve(problem, SaaOptions.defaults().withThreads(1));
    SaaResult two = CUTS.solve(problem, SaaOptions.defaults().withThreads(2));
    assertThat(two.inventory()).containsExactly(one.inventory());
    assertThat(one.seed()).isEqualTo(12);
    assertThat(one.samples()).isEqualTo(700);
    assertThat(one.achievedFillRate()).isGreaterThanOrEqualTo(0.95 - 1e-8);
    assertThat(one.lowerBound()).isLessThanOrEqualTo(one.cost())
        .isGreaterThanOrEqualTo(one.cost() * (1 - 1e-9));
  }

  @Test
  void timeLimits_areStatuses_andDecompositionKeepsAFeasibleInventory() {
    Network gm = Examples.gm();
    ScenarioSet s = ScenarioGenerator.generate(ScenarioModel.paper(gm, 0.1), 2000, 4, 2);
    SaaProblem problem = new SaaProblem(gm, s, ServiceTarget.fillRate(0.95));
    SaaOptions tiny = SaaOptions.defaults().withTimeLimit(java.time.Duration.ofMillis(1));
    SaaResult ext = EXTENSIVE.solve(problem, tiny);
    assertThat(ext.status()).as(ext.message()).isEqualTo(SaaStatus.TIME_LIMIT);
    assertThat(ext.hasSolution()).isFalse();
    SaaResult dec = CUTS.solve(problem, tiny);
    assertThat(dec.status()).isEqualTo(SaaStatus.TIME_LIMIT);
    assertThat(dec.hasSolution()).isTrue();
    assertThat(dec.achievedFillRate()).isGreaterThanOrEqualTo(0.95 - 1e-9);
    assertThat(dec.lowerBound()).isLessThanOrEqualTo(dec.cost());
  }
}
