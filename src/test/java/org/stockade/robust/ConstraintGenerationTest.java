package org.stockade.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stockade.design.Designs;
import org.stockade.flow.LostSales;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.testing.RandomInstances;
import org.stockade.uncertainty.UncertaintySet;
import org.stockade.uncertainty.UncertaintySpec;

class ConstraintGenerationTest {
  private final ConstraintGenerationSolver cg = new ConstraintGenerationSolver();
  private final EnumerationSolver oracle = new EnumerationSolver();

  private static void assertAgrees(SgProblem p, SgResult res, SgResult exact, String ctx) {
    assertThat(res.status()).as(ctx + " " + res.message()).isEqualTo(SgStatus.OPTIMAL);
    double tol = 1e-6 * Math.max(1, Math.abs(exact.cost()));
    assertThat(res.cost()).as(ctx + " cost vs enumeration").isCloseTo(exact.cost(),
        org.assertj.core.data.Offset.offset(tol));
    for (BindingScenario b : res.certificate()) {
      double lost = LostSales.evaluate(p.network(), res.inventory(), b.demand(), b.capacity())
          .lostSales();
      assertThat(lost).as(ctx + " max-flow lost sales at " + b.productIds())
          .isLessThanOrEqualTo(p.delta() + 1e-6 * p.scale());
    }
    Verification v = SgVerifier.verify(p, res);
    assertThat(v.problems()).as(ctx + " verification").isEmpty();
  }

  @Test
  void solve_seededRandomNetworksOfEveryKindOfSet_matchesEnumeration() {
    for (int seed = 1; seed <= 70; seed++) {
      Random rnd = new Random(seed);
      int products = 2 + rnd.nextInt(9);
      int plants = 1 + rnd.nextInt(Math.min(products, 7));
      Network n = RandomInstances.network(rnd, plants, products, 0.15 + 0.5 * rnd.nextDouble());
      int kind = seed % RandomInstances.SET_KINDS;
      UncertaintySet u = RandomInstances.set(rnd, n, kind);
      double delta = rnd.nextInt(3) == 0 ? rnd.nextDouble() * 40 : 0;
      SgProblem p = new SgProblem(n, u, delta);
      SgResult exact = oracle.solve(p);
      String ctx = "seed " + seed + " kind " + kind + " " + n + " " + u.summary();
      assertAgrees(p, cg.solve(p, SgOptions.defaults().withProof(SgOptions.Proof.MILP)), exact,
          ctx + " [milp]");
      assertAgrees(p, cg.solve(p, SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION)),
          exact, ctx + " [enumeration]");
    }
  }

  @Test
  void solve_withoutHeuristic_exactMilpAloneMatchesEnumeration() {
    for (int seed = 100; seed < 115; seed++) {
      Random rnd = new Random(seed);
      Network n = RandomInstances.network(rnd, 4, 8, 0.35);
      UncertaintySet u = RandomInstances.set(rnd, n, seed % RandomInstances.SET_KINDS);
      SgProblem p = new SgProblem(n, u, 0);
      assertAgrees(p, cg.solve(p, SgOptions.defaults().withHeuristic(false)), oracle.solve(p),
          "seed " + seed);
    }
  }

  @Test
  @Tag("slow")
  void solve_twelveProductNetworks_matchEnumeration() {
    for (int seed = 200; seed < 206; seed++) {
      Random rnd = new Random(seed);
      Network n = RandomInstances.network(rnd, 6, 12, 0.25);
      UncertaintySet u = RandomInstances.set(rnd, n, seed % RandomInstances.SET_KINDS);
      SgProblem p = new SgProblem(n, u, 0);
      assertAgrees(p, cg.solve(p), oracle.solve(p), "seed " + seed);
    }
  }

  @Test
  void solve_twoChainUnderSinglePlantLoss_matchesEnumeration() {
    Network base = Examples.symmetric(8, 100, 100, 30);
    Network chain = base.withArcs("2-chain", Designs.kChain(base, 2));
    UncertaintySet u = UncertaintySpec.empty()
        .overriddenBy(new UncertaintySpec(2.0, null, null, null, null, null,
            org.stockade.uncertainty.CapacityLossKind.PLANTS, 1.0, null, null))
        .build(chain);
    SgProblem p = new SgProblem(chain, u, 0);
    assertAgrees(p, cg.solve(p), oracle.solve(p), "8x8 2-chain, one plant down");
  }

  @Test
  void solve_gmDefaultSettingAllDesigns_matchesEnumerationAndVerifies() {
    Network gm = Examples.gm();
    Network[] designs = {gm, gm.withArcs("g2", Designs.generalizedChain(gm, 2, 1)),
        gm.withArcs("g3", Designs.generalizedChain(gm, 3, 1)),
        gm.withArcs("full", Designs.full(gm))};
    for (Network n : designs) {
      SgProblem p = new SgProblem(n, UncertaintySpec.empty().build(n), 0);
      assertAgrees(p, cg.solve(p, SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION)),
          oracle.solve(p), n.name());
    }
  }

  @Test
  void certificate_bindingScenarios_haveZeroSlackAndDualBoundEqualsCost() {
    Network gm = Examples.gm();
    SgProblem p = new SgProblem(gm, UncertaintySpec.empty().build(gm), 0);
    SgResult r = cg.solve(p);
    assertThat(r.certificate()).isNotEmpty();
    double bound = 0;
    for (BindingScenario b : r.certificate()) {
      assertThat(b.inventory()).isCloseTo(b.g(), org.assertj.core.data.Offset.offset(1e-6));
      bound += b.multiplier() * b.g();
      BitSet s = b.products();
      assertThat(gm.plantsOf(s)).isEqualTo(b.plants());
    }
    assertThat(bound).isCloseTo(r.cost(), org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void verify_tamperedInventory_isRejected() {
    Network gm = Examples.gm();
    SgProblem p = new SgProblem(gm, UncertaintySpec.empty().build(gm), 0);
    SgResult r = cg.solve(p);
    double[] less = r.inventory();
    int j = 0;
    while (less[j] < 1) {
      j++;
    }
    less[j] -= 1;
    SgResult tampered = new SgResult(r.status(), r.message(), less, r.cost() - 1,
        r.lowerBound(), r.maxViolation(), r.iterations(), r.generatedSubsets(),
        r.exactSeparations(), r.certificate(), r.millis());
    Verification v = SgVerifier.verify(p, tampered);
    assertThat(v.ok()).isFalse();
    assertThat(v.maxViolation()).isGreaterThan(0.5);
  }

  @Test
  void solve_timeLimitTooShort_reportsStatusNotCrash() {
    Network gm = Examples.gm();
    Network full = gm.withArcs("full", Designs.full(gm));
    SgProblem p = new SgProblem(full, UncertaintySpec.empty().build(full), 0);
    SgResult r = cg.solve(p, SgOptions.defaults().withTimeLimit(java.time.Duration.ofNanos(1)));
    assertThat(r.status()).isEqualTo(SgStatus.TIME_LIMIT);
    assertThat(r.hasSolution()).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(r::cost)
        .isInstanceOf(IllegalStateException.class);
  }
}
