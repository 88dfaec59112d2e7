package org.stockade.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.model.Arc;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;
import org.stockade.testing.RandomInstances;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLoss;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.ParametricDemandSet;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Invariants of the SG optimum, checked on seeded random instances (seeded loops rather than a
 * property-testing library; every failure names its seed): more flexibility never needs more
 * inventory; larger uncertainty (zeta, alpha, beta, gamma) never needs less; a larger allowance
 * delta never needs more; scaling demand and capacity by k scales the cost by k.
 */
class SgMonotonicityTest {
  private static final int CASES = 25;
  private final ConstraintGenerationSolver solver = new ConstraintGenerationSolver();
  private final SgOptions options = SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION);

  /** One random instance's parameters. */
  private record Params(double alpha, double beta, AggregateForm form, double gamma,
      CapacityLossKind kind, double zeta, double delta) {}

  private static Params params(Random rnd) {
    CapacityLossKind kind = rnd.nextBoolean() ? CapacityLossKind.UNITS : CapacityLossKind.PLANTS;
    return new Params(0.5 + 2 * rnd.nextDouble(), 0.5 + 2 * rnd.nextDouble(),
        rnd.nextBoolean() ? AggregateForm.STANDARDIZED : AggregateForm.UNSTANDARDIZED,
        rnd.nextBoolean() ? Double.POSITIVE_INFINITY : 1 + 3 * rnd.nextDouble(), kind,
        kind == CapacityLossKind.UNITS ? 100 * rnd.nextDouble() : rnd.nextDouble() * 1.5,
        rnd.nextInt(3) == 0 ? 20 * rnd.nextDouble() : 0);
  }

  private double cost(Network n, Params q) {
    double[] tau = new double[n.productCount()];
    java.util.Arrays.fill(tau, 1.0);
    UncertaintySet u = new UncertaintySet(
        new ParametricDemandSet(n.means(), n.sigmas(), tau, q.alpha(), q.beta(), q.form(),
            q.gamma()),
        new CapacityLoss(n.capacities(), q.kind(), q.zeta()));
    SgResult r = solver.solve(new SgProblem(n, u, q.delta()), options);
    assertThat(r.status()).isEqualTo(SgStatus.OPTIMAL);
    return r.cost();
  }

  private static Network instance(Random rnd) {
    return RandomInstances.network(rnd, 2 + rnd.nextInt(4), 3 + rnd.nextInt(5), 0.35);
  }

  private static void assertAtMost(double a, double b, String ctx) {
    assertThat(a).as(ctx).isLessThanOrEqualTo(b + 1e-6 * Math.max(1, Math.abs(b)));
  }

  @Test
  void addingAnArc_neverRaisesTheOptimalCost() {
    for (int seed = 1; seed <= CASES; seed++) {
      Random rnd = new Random(seed);
      Network n = instance(rnd);
      Params q = params(rnd);
      int i = rnd.nextInt(n.plantCount());
      int j = rnd.nextInt(n.productCount());
      List<Arc> more = new ArrayList<>(n.arcs());
      more.add(new Arc(n.plant(i).id(), n.product(j).id()));
      assertAtMost(cost(n.withArcs("more", more), q), cost(n, q), "seed " + seed);
    }
  }

  @Test
  void raisingUncertaintyParameters_neverLowersTheOptimalCost() {
    int positive = 0;
    for (int seed = 1; seed <= CASES; seed++) {
      Random rnd = new Random(seed);
      Network n = instance(rnd);
      Params q = params(rnd);
      double base = cost(n, q);
      positive += base > 1 ? 1 : 0;
      double up = 1.3;
      Params[] larger = {
          new Params(q.alpha() * up, q.beta(), q.form(), q.gamma(), q.kind(), q.zeta(), q.delta()),
          new Params(q.alpha(), q.beta() * up, q.form(), q.gamma(), q.kind(), q.zeta(), q.delta()),
          new Params(q.alpha(), q.beta(), q.form(), q.gamma() * up, q.kind(), q.zeta(), q.delta()),
          new Params(q.alpha(), q.beta(), q.form(), q.gamma(), q.kind(), q.zeta() * up + 1,
              q.delta())};
      String[] names = {"alpha", "beta", "gamma", "zeta"};
      for (int k = 0; k < larger.length; k++) {
        assertAtMost(base, cost(n, larger[k]), "seed " + seed + " raising " + names[k]);
      }
    }
    assertThat(positive).as("instances needing inventory (the check is not vacuous)")
        .isGreaterThan(CASES / 2);
  }

  @Test
  void raisingDelta_neverRaisesTheOptimalCost() {
    for (int seed = 1; seed <= CASES; seed++) {
      Random rnd = new Random(seed);
      Network n = instance(rnd);
      Params q = params(rnd);
      Params looser = new Params(q.alpha(), q.beta(), q.form(), q.gamma(), q.kind(), q.zeta(),
          q.delta() + 5 + 10 * rnd.nextDouble());
      assertAtMost(cost(n, looser), cost(n, q), "seed " + seed);
    }
  }

  @Test
  void scalingDemandAndCapacityByK_scalesTheCostByK() {
    for (int seed = 1; seed <= CASES; seed++) {
      Random rnd = new Random(seed);
      Network n = instance(rnd);
      Params q = params(rnd);
      double k = 0.5 + 3 * rnd.nextDouble();
      List<Plant> plants = n.plants().stream()
          .map(p -> new Plant(p.id(), p.capacity() * k)).toList();
      List<Product> products = n.products().stream()
          .map(p -> new Product(p.id(), p.mu() * k, p.sigma() * k, p.holdingCost(), p.group()))
          .toList();
      Network scaled = new Network("scaled", plants, products, n.arcs());
      // loss budgets in units and the allowance scale with the network; plant counts do not
      Params qs = new Params(q.alpha(), q.beta(), q.form(), q.gamma(), q.kind(),
          q.kind() == CapacityLossKind.UNITS ? q.zeta() * k : q.zeta(), q.delta() * k);
      double expected = k * cost(n, q);
      assertThat(cost(scaled, qs)).as("seed " + seed + " k " + k)
          .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, expected)));
    }
  }
}
