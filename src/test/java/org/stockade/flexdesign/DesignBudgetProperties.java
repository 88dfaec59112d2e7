package org.stockade.flexdesign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the joint optimum over random small instances (jqwik). */
class DesignBudgetProperties {
  private static final DesignOptions EXACT = DesignOptions.defaults()
      .withTimeLimit(Duration.ofSeconds(60));

  private static DesignProblem withBudget(DesignProblem p, Integer k) {
    return new DesignProblem(p.base(), p.candidates(), k, null, null);
  }

  @Property(tries = 12)
  void largerArcBudget_neverCostsMore(@ForAll @LongRange(min = 1, max = 100_000) long seed,
      @ForAll @IntRange(min = 0, max = 3) int k) {
    DesignProblem p = DesignInstances.random(seed, 7);
    DesignResult small = new DesignSolver(EXACT).solve(withBudget(p, k));
    DesignResult large = new DesignSolver(EXACT).solve(withBudget(p, k + 1));
    assertThat(small.status()).isEqualTo(DesignStatus.OPTIMAL);
    assertThat(large.status()).isEqualTo(DesignStatus.OPTIMAL);
    assertThat(large.cost()).as("seed %d, K %d -> %d", seed, k, k + 1)
        .isLessThanOrEqualTo(small.cost() + 1e-6 * Math.max(1, small.cost()));
    assertThat(large.chosen().size()).isLessThanOrEqualTo(k + 1);
  }

  @Property(tries = 10)
  void optimum_isNeverAboveTheExistingDesignsCost(
      @ForAll @LongRange(min = 1, max = 100_000) long seed) {
    DesignProblem p = withBudget(DesignInstances.random(seed, 7), null);
    DesignResult r = new DesignSolver(EXACT).solve(p);
    double base = new org.stockade.robust.EnumerationSolver().solve(p.base()).cost();
    assertThat(r.cost()).isLessThanOrEqualTo(base + 1e-6 * Math.max(1, base));
    assertThat(r.lowerBound()).isLessThanOrEqualTo(r.cost() + 1e-6 * Math.max(1, r.cost()));
  }
}
