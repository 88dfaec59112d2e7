package org.stockade.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.model.InvalidInputException;

class MarkovEvaluatorTest {
  private static final DemandDistribution SMALL = new DemandDistribution("small",
      new double[] {0.3, 0.4, 0.3});

  /** Ratio of the 99.9% to the 95% Student t quantile, 49 degrees of freedom (3.50 / 2.01). */
  private static final double CI999 = 3.500 / 2.0096;

  /** Exact cost inside the simulated 99.9% confidence interval (several checks per run). */
  private static void assertExactWithinSimulationCi(DualSourcingProblem p, IndexPolicy pol,
      long seed) {
    ChainResult exact = new MarkovEvaluator().evaluate(p, pol, pol.expediteLevel());
    SimulationResult sim = new Simulator(new SimulationOptions(seed, 1_000_000, 10_000))
        .simulate(p, pol);
    assertThat(exact.clampedMass()).isLessThan(1e-12);
    assertThat(exact.residual()).isLessThan(1e-12);
    assertThat(Math.abs(exact.cost() - sim.mean()))
        .as("%s on %s: exact %s, simulated %s +- %s", pol.describe(), p.describe(),
            exact.cost(), sim.mean(), sim.halfWidth())
        .isLessThanOrEqualTo(CI999 * sim.halfWidth());
    assertThat(sim.halfWidth()).isLessThan(0.01 * exact.cost());
    assertThat(exact.expedited()).isCloseTo(sim.expedited(), Offset.offset(0.02));
  }

  @Test
  void exactCost_fallsInsideTheSimulationConfidenceInterval_publishedInstance() {
    DualSourcingProblem p = DualSourcingProblem.gijsbrechts(3, 110);
    long seed = 11;
    for (IndexPolicy pol : List.of(new IndexPolicy(PolicyFamily.SINGLE_INDEX, 6, 1, 0),
        new IndexPolicy(PolicyFamily.DUAL_INDEX, 4, 5, 0),
        new IndexPolicy(PolicyFamily.TAILORED_BASE_SURGE, 4, 0, 1),
        new IndexPolicy(PolicyFamily.CAPPED_DUAL_INDEX, 4, 6, 2))) {
      assertExactWithinSimulationCi(p, pol, seed++);
    }
  }

  @Test
  void exactCost_ofTheReducedChain_matchesSimulationOfTheRealSystem_withExpeditedLeadTime() {
    // le = 1: the exact chain runs on IP_e with 2-period demand; the simulator on the real system
    DualSourcingProblem p = new DualSourcingProblem(SMALL, 1, 3, 12, 10, 1, 20, false);
    assertExactWithinSimulationCi(p, new IndexPolicy(PolicyFamily.DUAL_INDEX, 3, 2, 0), 21);
    assertExactWithinSimulationCi(p, new IndexPolicy(PolicyFamily.CAPPED_DUAL_INDEX, 4, 3, 1),
        22);
    assertExactWithinSimulationCi(p, new IndexPolicy(PolicyFamily.SINGLE_INDEX, 5, 2, 0), 23);
  }

  @Test
  void exactCost_matchesSimulation_underLostSales() {
    DualSourcingProblem p = new DualSourcingProblem(DemandDistribution.uniform(0, 3), 0, 2,
        11, 10, 1, 30, true);
    assertExactWithinSimulationCi(p, new IndexPolicy(PolicyFamily.DUAL_INDEX, 2, 3, 0), 31);
    assertExactWithinSimulationCi(p, new IndexPolicy(PolicyFamily.TAILORED_BASE_SURGE, 3, 0, 1),
        32);
  }

  @Test
  void pureExpediting_hasTheClosedFormCost() {
    // TBS with Q = 0: every period the stock is expedited back up to S, so the cost is
    // ce E[D] + E[h (S - D)^+ + b (D - S)^+]
    DualSourcingProblem p = DualSourcingProblem.gijsbrechts(2, 105);
    for (int s = 0; s <= 6; s++) {
      ChainResult r = new MarkovEvaluator().evaluate(p,
          new IndexPolicy(PolicyFamily.TAILORED_BASE_SURGE, s, 0, 0), s);
      double expected = 105 * 2;
      for (int d = 0; d <= 4; d++) {
        expected += 0.2 * (s >= d ? 5 * (s - d) : 495 * (d - s));
      }
      assertThat(r.cost()).isCloseTo(expected, Offset.offset(1e-9));
    }
  }

  @Test
  void shiftedCost_equalsADirectEvaluationAtTheShiftedLevels() {
    DualSourcingProblem p = DualSourcingProblem.gijsbrechts(3, 105);
    double[] lead = p.leadDemand().pmf();
    for (PolicyFamily f : PolicyFamily.values()) {
      IndexPolicy shape = new IndexPolicy(f, 0, 4, 1);
      ChainResult base = new MarkovEvaluator().evaluate(p, shape, 0);
      for (int s = -2; s <= 7; s += 3) {
        double direct = new MarkovEvaluator().evaluate(p, shape.withExpediteLevel(s), s).cost();
        assertThat(base.shiftedCost(p, lead, s)).as("%s shift %d", f, s)
            .isCloseTo(direct, Offset.offset(1e-8));
      }
    }
  }

  @Test
  void search_findsTheBruteForceBestDualIndexPolicy() {
    DualSourcingProblem p = DualSourcingProblem.gijsbrechts(2, 110);
    FamilyResult best = new PolicySearch(SimulationOptions.defaults()).best(p,
        PolicyFamily.DUAL_INDEX);
    double brute = Double.POSITIVE_INFINITY;
    for (int ze = -2; ze <= 10; ze++) {
      for (int delta = 0; delta <= 10; delta++) {
        IndexPolicy pol = new IndexPolicy(PolicyFamily.DUAL_INDEX, ze, delta, 0);
        brute = Math.min(brute, new MarkovEvaluator().evaluate(p, pol, ze).cost());
      }
    }
    assertThat(best.cost()).isCloseTo(brute, Offset.offset(1e-8));
  }

  @Test
  void simulatedSearch_findsPoliciesWithinHalfAPercentOfTheExactSearch() {
    DualSourcingProblem p = DualSourcingProblem.gijsbrechts(3, 110);
    SimulationOptions opts = new SimulationOptions(3, 400_000, 5_000);
    for (PolicyFamily f : PolicyFamily.values()) {
      FamilyResult exact = new PolicySearch(opts).best(p, f);
      FamilyResult simulated = new PolicySearch(opts, 0).best(p, f);
      assertThat(simulated.method()).isEqualTo("simulation");
      double trueCost = new MarkovEvaluator().evaluate(p, simulated.policy(),
          simulated.policy().expediteLevel()).cost();
      assertThat(trueCost).as("%s: %s", f, simulated.policy().describe())
          .isBetween(exact.cost() - 1e-9, exact.cost() * 1.005);
      assertThat(Math.abs(simulated.cost() - trueCost))
          .isLessThanOrEqualTo(CI999 * simulated.halfWidth());
    }
  }

  @Test
  void badInputs_nameTheField() {
    assertThatThrownBy(() -> new DualSourcingProblem(SMALL, 2, 2, 12, 10, 1, 20, false))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("lr");
    assertThatThrownBy(() -> new DualSourcingProblem(SMALL, 0, 2, 9, 10, 1, 20, false))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ce");
    assertThatThrownBy(() -> DemandDistribution.parse("uniform:4:1"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("uniform");
    assertThatThrownBy(() -> DemandDistribution.parse("pmf:0.5,0.6"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sum to 1");
    assertThatThrownBy(() -> DemandDistribution.parse("normal:3"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("normal:3");
    assertThat(DemandDistribution.parse("poisson:2").mean()).isCloseTo(2, Offset.offset(1e-9));
  }
}
