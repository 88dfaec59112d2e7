package org.stockade.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.design.Designs;
import org.stockade.experiments.Figure2;
import org.stockade.experiments.Flipping;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * The paper's stylized findings (Simchi-Levi, Wang & Wei 2018, §3) as checks on generated
 * instances, each computed by the general constraint-generation solver (not the closed form).
 */
class StylizedFindingsTest {
  private final ConstraintGenerationSolver cg = new ConstraintGenerationSolver();
  private final SgOptions opt = SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION);

  private double cost(int n, double sigma, int k, UncertaintySpec spec) {
    Network base = Examples.symmetric(n, 1, 1, sigma);
    Network chain = base.withArcs(k + "-chain", Designs.kChain(base, k));
    SgResult r = cg.solve(new SgProblem(chain, spec.build(chain), 0), opt);
    assertThat(r.status()).isEqualTo(SgStatus.OPTIMAL);
    return r.cost();
  }

  private static UncertaintySpec units(double zeta) {
    return new UncertaintySpec(null, null, null, null, null, null, CapacityLossKind.UNITS, zeta,
        null, null);
  }

  /** Proposition 2: the 2-chain's excess over the 3-chain and over full flexibility grows. */
  @Test
  void twoChainGapToLongerChains_growsWithCapacityLossUpToTwoPlants() {
    for (double sigma : new double[] {0.1, 0.3, 0.5}) {
      double prev3 = -1;
      double prevFull = -1;
      for (double zeta = 0; zeta <= 2.0 + 1e-9; zeta += 0.25) {
        double two = cost(10, sigma, 2, units(zeta));
        double gap3 = two - cost(10, sigma, 3, units(zeta));
        double gapFull = two - cost(10, sigma, 10, units(zeta));
        String ctx = "sigma " + sigma + " zeta " + zeta;
        assertThat(gap3).as(ctx).isGreaterThanOrEqualTo(prev3 - 1e-7);
        assertThat(gapFull).as(ctx).isGreaterThanOrEqualTo(prevFull - 1e-7);
        prev3 = gap3;
        prevFull = gapFull;
      }
      assertThat(prev3).as("sigma " + sigma + ": the gap is real").isGreaterThan(1);
    }
  }

  /** Corollary 1: with two plants' capacity lost, the 2-chain needs as much as dedicated. */
  @Test
  void twoChainWithTwoPlantsLost_needsAsMuchAsDedicated() {
    for (double sigma : new double[] {0.1, 0.3, 0.5}) {
      for (UncertaintySpec loss : List.of(units(2.0), new UncertaintySpec(null, null, null, null,
          null, null, CapacityLossKind.PLANTS, 2.0, null, null))) {
        double dedicated = cost(10, sigma, 1, loss);
        assertThat(cost(10, sigma, 2, loss)).as("sigma " + sigma)
            .isCloseTo(dedicated, Offset.offset(1e-6 * dedicated));
        assertThat(cost(10, sigma, 3, loss)).as("3-chain still helps").isLessThan(dedicated - 1);
      }
    }
  }

  /** Propositions 3–4 (flipping): whole optimal face, aggregate constraint binding. */
  @Test
  void flippingEffect_dedicatedFavoursHighVariabilityFullFavoursLow() {
    for (CapacityLossKind kind : new CapacityLossKind[] {CapacityLossKind.FRACTION,
        CapacityLossKind.NONE, CapacityLossKind.DETERMINISTIC}) {
      UncertaintySpec s = new UncertaintySpec(null, null, null, null, null, null, kind, null,
          null, null);
      List<Flipping.Row> rows = Flipping.run(8, s);
      Flipping.Row dedicated = rows.get(0);
      Flipping.Row full = rows.get(rows.size() - 1);
      assertThat(dedicated.shareMin()).as(kind + " dedicated").isGreaterThan(0.5);
      assertThat(full.shareMax()).as(kind + " full").isLessThan(0.5);
    }
  }

  @Test
  void figure2_closedFormPoints_matchConstraintGeneration() {
    Figure2.Settings s = new Figure2.Settings(10, new double[] {0.3}, 3.0, 0.5, new int[] {2, 3,
        10}, UncertaintySpec.empty());
    for (Figure2.Point p : Figure2.run(s)) {
      assertThat(p.cost()).as(p.toString())
          .isCloseTo(cost(10, p.sigma(), p.k(), units(p.zeta())), Offset.offset(1e-6));
    }
  }
}
