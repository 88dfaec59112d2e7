package org.stockade.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.design.Designs;
import org.stockade.model.Examples;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.testing.RandomInstances;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySet;

class KChainClosedFormTest {
  private final KChainClosedForm closed = new KChainClosedForm();
  private final ConstraintGenerationSolver cg = new ConstraintGenerationSolver();

  @Test
  void closedForm_symmetricChainsOfEveryLengthAndSet_matchesConstraintGeneration() {
    int cases = 0;
    for (int seed = 1; seed <= 12; seed++) {
      Random rnd = new Random(seed);
      int n = 3 + rnd.nextInt(10); // 3..12
      double sigma = 10 + rnd.nextInt(40);
      Network base = Examples.symmetric(n, 100, 100, sigma);
      CapacityLossKind kind = CapacityLossKind.values()[seed % CapacityLossKind.values().length];
      for (int k = 1; k <= n; k++) {
        Network chain = base.withArcs(k + "-chain", Designs.kChain(base, k));
        Random setRnd = new Random(seed * 100L + k);
        UncertaintySet u = new UncertaintySet(
            symmetricDemand(setRnd, chain),
            RandomInstances.parametricCapacity(setRnd, chain, kind));
        double delta = seed % 3 == 0 ? 15 : 0;
        SgProblem p = new SgProblem(chain, u, delta);
        SgResult c = closed.solve(p);
        SgResult g = cg.solve(p, SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION));
        String ctx = "seed " + seed + " N " + n + " K " + k + " " + u.summary();
        assertThat(c.cost()).as(ctx).isCloseTo(g.cost(),
            Offset.offset(1e-6 * Math.max(1, g.cost())));
        assertThat(SgVerifier.verify(p, c).problems()).as(ctx).isEmpty();
        cases++;
      }
    }
    assertThat(cases).isGreaterThan(60);
  }

  private static org.stockade.uncertainty.DemandSet symmetricDemand(Random rnd, Network n) {
    // like RandomInstances.parametricDemand but with one common service level
    org.stockade.uncertainty.DemandSet d = RandomInstances.parametricDemand(rnd, n);
    org.stockade.uncertainty.ParametricDemandSet p = (org.stockade.uncertainty.ParametricDemandSet) d;
    double[] tau = new double[n.productCount()];
    java.util.Arrays.fill(tau, p.serviceLevels()[0]);
    return new org.stockade.uncertainty.ParametricDemandSet(n.means(), n.sigmas(), tau,
        p.alpha(), p.beta(), p.form(), p.gamma());
  }

  @Test
  void closedForm_handComputedTwoChain_matchesFormula() {
    // N = 4, c0 = mu = 100, sigma = 20, box alpha = 1 only (beta none, gamma none), one plant
    // down (k = 1). Dmax(k) = 120k; Cmin(l) = 100(l-1). 2-chain: l = min(k+1, 4).
    // k=1: 120-100=20; k=2: 240-200=40 -> 20/unit; k=3: 360-300=60 -> 20; k=4: 480-300=180 -> 45.
    // OPT = 4 * 45 = 180.
    Network base = Examples.symmetric(4, 100, 100, 20);
    Network chain = base.withArcs("2-chain", Designs.kChain(base, 2));
    UncertaintySet u = new org.stockade.uncertainty.UncertaintySpec(1.0,
        Double.POSITIVE_INFINITY, null, null, null, null, CapacityLossKind.PLANTS, 1.0, null,
        null).build(chain);
    SgResult r = closed.solve(new SgProblem(chain, u, 0));
    assertThat(r.cost()).isCloseTo(180, Offset.offset(1e-9));
    assertThat(r.inventory()).containsOnly(45.0);
  }

  @Test
  void closedForm_nonChainOrAsymmetricNetwork_isRejected() {
    Network gm = Examples.gm();
    SgProblem p = new SgProblem(gm, new org.stockade.uncertainty.UncertaintySpec(null, null,
        null, null, null, null, null, null, null, null).build(gm), 0);
    assertThatThrownBy(() -> closed.solve(p)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("as many plants as products");
  }
}
