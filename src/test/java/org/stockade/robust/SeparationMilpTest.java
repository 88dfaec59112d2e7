package org.stockade.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.lp.LpOptions;
import org.stockade.model.Network;
import org.stockade.testing.RandomInstances;
import org.stockade.uncertainty.CapacityLoss;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySet;

/** The separation MILP as the decision "a subset above the threshold?", against enumeration. */
class SeparationMilpTest {
  private static final LpOptions OPTIONS = new LpOptions(Duration.ofSeconds(30), 1e-9, 1e-9);

  @Test
  void solve_withThreshold_findsASubsetAboveItExactlyWhenEnumerationDoes() {
    int above = 0;
    int below = 0;
    for (int seed = 1; seed <= 60; seed++) {
      Random rnd = new Random(7000 + seed);
      Network n = RandomInstances.network(rnd, 2 + rnd.nextInt(7), 2 + rnd.nextInt(10),
          0.2 + 0.4 * rnd.nextDouble());
      UncertaintySet u = RandomInstances.set(rnd, n, seed % RandomInstances.SET_KINDS);
      if (u.demand().maxPieces() == null) {
        continue;
      }
      if (seed % 2 == 0 || u.capacity().negatedMinPieces() == null) {
        // one or two plants down, written compactly in the MILP
        u = new UncertaintySet(u.demand(),
            new CapacityLoss(n.capacities(), CapacityLossKind.PLANTS, 1 + rnd.nextInt(2)));
      }
      double[] r = new double[n.productCount()];
      for (int j = 0; j < r.length; j++) {
        r[j] = rnd.nextDouble() * 10;
      }
      double max = EnumerationSeparation.solve(n, u, r).maxViolation();
      String ctx = "seed " + seed + ", enumeration maximum " + max;
      double tol = 1e-6 * (1 + Math.abs(max));

      double over = Math.max(0, max) + 0.5 + 0.01 * Math.abs(max);
      SeparationMilp.Outcome none = SeparationMilp.solve(n, u, r, OPTIONS, null, over);
      assertThat(none.status().hasSolution()).as(ctx + ", threshold " + over).isTrue();
      assertThat(none.bound()).as(ctx + ": the bound proves no subset above " + over)
          .isLessThanOrEqualTo(over);
      assertThat(none.bound()).as(ctx + ": and is a bound").isGreaterThanOrEqualTo(max - tol);
      below++;

      if (max > 1) {
        double under = max - 0.5;
        SeparationMilp.Outcome some = SeparationMilp.solve(n, u, r, OPTIONS, null, under);
        assertThat(some.status().hasSolution()).as(ctx + ", threshold " + under).isTrue();
        assertThat(some.products().isEmpty()).as(ctx + ": S is empty").isFalse();
        assertThat(ExactSeparation.violation(n, u, some.products(), r)).as(ctx)
            .isGreaterThanOrEqualTo(under - tol);
        above++;
      }
    }
    assertThat(below).isGreaterThan(30);
    assertThat(above).isGreaterThan(10);
  }
}
