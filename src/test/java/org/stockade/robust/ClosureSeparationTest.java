package org.stockade.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.lp.LpOptions;
import org.stockade.model.Network;
import org.stockade.testing.RandomInstances;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLoss;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.ParametricDemandSet;
import org.stockade.uncertainty.UncertaintySet;

/**
 * The minimum-cut separation ({@link ClosureSeparation}) against enumeration of all subsets and
 * against the separation MILP.
 */
class ClosureSeparationTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  /** A demand box {@code mu + alpha sigma} and no or deterministic capacity loss. */
  private static UncertaintySet boxSet(Random rnd, Network n) {
    double[] tau = new double[n.productCount()];
    Arrays.fill(tau, 1.0);
    ParametricDemandSet d = new ParametricDemandSet(n.means(), n.sigmas(), tau,
        0.5 + 2.5 * rnd.nextDouble(), INF, AggregateForm.UNSTANDARDIZED, INF);
    CapacityLoss c = rnd.nextBoolean() ? new CapacityLoss(n.capacities(), CapacityLossKind.NONE, 0)
        : new CapacityLoss(n.capacities(), CapacityLossKind.DETERMINISTIC,
            0.4 * rnd.nextDouble());
    return new UncertaintySet(d, c);
  }

  private static double[] randomInventory(Random rnd, Network n) {
    double[] r = new double[n.productCount()];
    for (int j = 0; j < r.length; j++) {
      r[j] = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble() * 40;
    }
    return r;
  }

  @Test
  void solve_boxDemandFixedCapacity_equalsEnumerationAndMilp() {
    for (int seed = 1; seed <= 60; seed++) {
      Random rnd = new Random(seed);
      Network n = RandomInstances.network(rnd, 2 + rnd.nextInt(7), 2 + rnd.nextInt(12),
          0.15 + 0.4 * rnd.nextDouble());
      UncertaintySet u = boxSet(rnd, n);
      assertThat(ClosureSeparation.applicable(u)).as("seed %d", seed).isTrue();
      double[] r = randomInventory(rnd, n);
      ClosureSeparation.Outcome cut = ClosureSeparation.solve(n, u, r, null);
      EnumerationSeparation.Outcome all = EnumerationSeparation.solve(n, u, r);
      SeparationMilp.Outcome milp = SeparationMilp.solve(n, u, r,
          new LpOptions(Duration.ofSeconds(30), 1e-9, 1e-9));
      String ctx = "seed " + seed;
      assertThat(cut.exact()).as(ctx).isTrue();
      Offset<Double> tol = Offset.offset(1e-7 * (1 + Math.abs(all.maxViolation())));
      // enumeration covers non-empty subsets only; the cut and the MILP may take the empty set
      // (value 0)
      assertThat(cut.bound()).as(ctx).isCloseTo(Math.max(0, all.maxViolation()), tol);
      assertThat(milp.value()).as(ctx).isCloseTo(cut.bound(), tol);
      if (!cut.best().isEmpty()) {
        double v = u.g(cut.best(), n.plantsOf(cut.best()));
        for (int j = cut.best().nextSetBit(0); j >= 0; j = cut.best().nextSetBit(j + 1)) {
          v -= r[j];
        }
        assertThat(v).as(ctx + " g(S) - r(S) of the returned S").isCloseTo(cut.bound(), tol);
      }
    }
  }

  @Test
  void solve_withAggregateBudgetsAndCapacityLoss_boundsTheEnumerationMaximum() {
    int checked = 0;
    for (int seed = 1; seed <= 120; seed++) {
      Random rnd = new Random(seed);
      Network n = RandomInstances.network(rnd, 2 + rnd.nextInt(6), 2 + rnd.nextInt(10),
          0.2 + 0.4 * rnd.nextDouble());
      UncertaintySet u = RandomInstances.set(rnd, n, seed % CapacityLossKind.values().length);
      if (!ClosureSeparation.applicable(u)) {
        continue;
      }
      checked++;
      double[] r = randomInventory(rnd, n);
      ClosureSeparation.Outcome cut = ClosureSeparation.solve(n, u, r, null);
      EnumerationSeparation.Outcome all = EnumerationSeparation.solve(n, u, r);
      assertThat(cut.bound()).as("seed %d", seed)
          .isGreaterThanOrEqualTo(all.maxViolation() - 1e-7 * (1 + Math.abs(all.maxViolation())));
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void separationMilp_plantsDownWrittenCompactly_equalsEnumeration() {
    // the MILP writes "K plants down" with z_i <= y_i, sum z_i <= K instead of one piece per
    // distinct capacity; integer and fractional K, every demand set kind with closed forms
    int checked = 0;
    for (int seed = 1; seed <= 50; seed++) {
      Random rnd = new Random(1000 + seed);
      Network n = RandomInstances.network(rnd, 2 + rnd.nextInt(7), 2 + rnd.nextInt(10),
          0.2 + 0.4 * rnd.nextDouble());
      UncertaintySet base = RandomInstances.set(rnd, n, seed % RandomInstances.SET_KINDS);
      if (base.demand().maxPieces() == null) {
        continue;
      }
      checked++;
      double k = seed % 3 == 0 ? 0.5 + 2 * rnd.nextDouble() : 1 + rnd.nextInt(2);
      UncertaintySet u = new UncertaintySet(base.demand(),
          new CapacityLoss(n.capacities(), CapacityLossKind.PLANTS, k));
      double[] r = randomInventory(rnd, n);
      EnumerationSeparation.Outcome all = EnumerationSeparation.solve(n, u, r);
      SeparationMilp.Outcome milp = SeparationMilp.solve(n, u, r,
          new LpOptions(Duration.ofSeconds(30), 1e-9, 1e-9));
      String ctx = "seed " + seed + ", K = " + k;
      Offset<Double> tol = Offset.offset(1e-6 * (1 + Math.abs(all.maxViolation())));
      assertThat(milp.value()).as(ctx).isCloseTo(Math.max(0, all.maxViolation()), tol);
      if (!milp.products().isEmpty()) {
        double v = u.g(milp.products(), n.plantsOf(milp.products()));
        for (int j = milp.products().nextSetBit(0); j >= 0;
            j = milp.products().nextSetBit(j + 1)) {
          v -= r[j];
        }
        assertThat(v).as(ctx + ": g(S) - r(S) of the MILP's S").isCloseTo(milp.value(), tol);
      }
    }
    assertThat(checked).isGreaterThan(25);
  }

  @Test
  void solve_restrictedToAComponent_neverReturnsProductsOutsideIt() {
    Random rnd = new Random(5);
    Network n = RandomInstances.network(rnd, 6, 10, 0.3);
    UncertaintySet u = boxSet(rnd, n);
    double[] r = new double[n.productCount()];
    BitSet allowed = new BitSet();
    allowed.set(0, 4);
    ClosureSeparation.Outcome cut = ClosureSeparation.solve(n, u, r, allowed);
    BitSet outside = (BitSet) cut.best().clone();
    outside.andNot(allowed);
    assertThat(outside.isEmpty()).isTrue();
  }

  @Test
  void sgSolve_boxSetAboveEnumerationSize_provedByMinimumCutWithTheMilpOptimum() {
    Network n = org.stockade.design.ScaleNetworks.parse("sparse:3,n=40", 3);
    UncertaintySet u = boxSet(new Random(9), n);
    SgProblem problem = new SgProblem(n, u, 0.0);
    ConstraintGenerationSolver cg = new ConstraintGenerationSolver();
    SgResult auto = cg.solve(problem, SgOptions.defaults());
    SgResult milp = cg.solve(problem, SgOptions.defaults().withProof(SgOptions.Proof.MILP));
    assertThat(auto.status()).isEqualTo(SgStatus.OPTIMAL);
    assertThat(auto.message()).contains("minimum-cut");
    assertThat(milp.status()).isEqualTo(SgStatus.OPTIMAL);
    assertThat(auto.cost()).isCloseTo(milp.cost(), Offset.offset(1e-6 * milp.cost()));
    assertThat(SgVerifier.verify(problem, auto).problems()).isEmpty();
  }
}
