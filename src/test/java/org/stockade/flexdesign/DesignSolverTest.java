package org.stockade.flexdesign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stockade.design.Designs;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.robust.Verification;
import org.stockade.uncertainty.UncertaintySpec;

class DesignSolverTest {
  private static final DesignOptions EXACT = DesignOptions.defaults()
      .withTimeLimit(Duration.ofSeconds(120));

  private static double tol(double v) {
    return 1e-5 * Math.max(1, Math.abs(v));
  }

  @Test
  void solve_randomSmallNetworks_matchesBruteForceOverEveryCandidateSubset() {
    for (long seed = 1; seed <= 21; seed++) {
      DesignProblem p = DesignInstances.random(seed, 8);
      double brute = DesignInstances.bruteForce(p);
      DesignResult r = new DesignSolver(EXACT).solve(p);
      assertThat(r.status()).as("seed %d: %s", seed, r.message())
          .isEqualTo(DesignStatus.OPTIMAL);
      assertThat(r.cost()).as("seed %d", seed).isCloseTo(brute, within(tol(brute)));
      assertThat(r.lowerBound()).as("seed %d", seed).isLessThanOrEqualTo(brute + tol(brute));
      assertThat(DesignVerifier.verify(p, r).problems()).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  @Tag("slow")
  void solve_twelveCandidates_matchesBruteForceOverAll4096Designs() {
    int checked = 0;
    for (long seed = 100; checked < 3; seed++) {
      DesignProblem p = DesignInstances.random(seed, 12);
      if (p.candidates().size() < 10) {
        continue; // too few pairs outside the design in this draw
      }
      checked++;
      double brute = DesignInstances.bruteForce(p);
      DesignResult r = new DesignSolver(EXACT).solve(p);
      assertThat(r.status()).as("seed %d", seed).isEqualTo(DesignStatus.OPTIMAL);
      assertThat(r.cost()).as("seed %d", seed).isCloseTo(brute, within(tol(brute)));
    }
  }

  private static SgProblem gmLike(Network n) {
    return new SgProblem(n, UncertaintySpec.empty().build(n), 0);
  }

  @Test
  void solve_zeroArcCost_equalsFullFlexibilityInventory() {
    Network n = Examples.symmetric(5, 100, 100, 30);
    DesignProblem p = DesignProblem.allPairs(gmLike(n), 0, null);
    DesignResult r = new DesignSolver(EXACT).solve(p);
    SgResult full = new ConstraintGenerationSolver().solve(
        gmLike(n.withArcs("full", Designs.full(n))), SgOptions.defaults());
    assertThat(r.status()).isEqualTo(DesignStatus.OPTIMAL);
    assertThat(r.cost()).isCloseTo(full.cost(), within(tol(full.cost())));
    assertThat(r.arcCost()).isZero();
  }

  @Test
  void solve_prohibitiveArcCost_keepsTheExistingDesign() {
    Network n = Examples.symmetric(5, 100, 100, 30);
    DesignProblem p = DesignProblem.allPairs(gmLike(n), 1e6, null);
    DesignResult r = new DesignSolver(EXACT).solve(p);
    SgResult base = new ConstraintGenerationSolver().solve(gmLike(n), SgOptions.defaults());
    assertThat(r.status()).isEqualTo(DesignStatus.OPTIMAL);
    assertThat(r.chosen()).isEmpty();
    assertThat(r.cost()).isCloseTo(base.cost(), within(tol(base.cost())));
  }

  @Test
  void heuristic_neverBeatsTheExactOptimum_andItsBoundIsBelowIt() {
    for (long seed = 30; seed <= 41; seed++) {
      DesignProblem p = DesignInstances.random(seed, 8);
      DesignResult exact = new DesignSolver(EXACT).solve(p);
      assertThat(exact.status()).isEqualTo(DesignStatus.OPTIMAL);
      for (int rounds : new int[] {0, 1, 3}) {
        DesignResult h = new DesignSolver(EXACT.withMethod(DesignOptions.Method.HEURISTIC)
            .withMaxRounds(rounds)).solve(p);
        assertThat(h.hasSolution()).isTrue();
        assertThat(h.greedyCost()).as("seed %d", seed)
            .isGreaterThanOrEqualTo(exact.cost() - tol(exact.cost()));
        assertThat(h.cost()).as("seed %d rounds %d", seed, rounds)
            .isGreaterThanOrEqualTo(exact.cost() - tol(exact.cost()));
        assertThat(h.lowerBound()).as("seed %d rounds %d", seed, rounds)
            .isLessThanOrEqualTo(exact.cost() + tol(exact.cost()));
        assertThat(h.gap()).isGreaterThanOrEqualTo(0);
      }
    }
  }

  @Test
  void solve_forcedArcsOverBudget_isInfeasibleNotACrash() {
    DesignProblem p0 = DesignProblem.allPairs(gmLike(Examples.symmetric(3, 100, 100, 30)), 5,
        null);
    DesignProblem p = new DesignProblem(p0.base(), p0.candidates(), 1, null, new int[] {0, 1});
    DesignResult r = new DesignSolver(EXACT).solve(p);
    assertThat(r.status()).isEqualTo(DesignStatus.INFEASIBLE);
    assertThat(r.hasSolution()).isFalse();
    assertThat(r.message()).contains("budget");
  }

  @Test
  void verify_catchesTamperedResults() {
    DesignProblem p = DesignProblem.allPairs(gmLike(Examples.symmetric(4, 100, 100, 30)), 20,
        null);
    DesignResult r = new DesignSolver(EXACT).solve(p);
    assertThat(DesignVerifier.verify(p, r).ok()).isTrue();
    boolean[] flipped = r.design();
    int k = r.chosen().isEmpty() ? 0 : r.chosen().get(0);
    flipped[k] = !flipped[k];
    List<DesignResult> tampered = List.of(
        new DesignResult(r.status(), r.message(), r.design(), r.arcCost(),
            r.inventoryCost() * 0.9, r.lowerBound(), r.certificate(), r.greedyCost(),
            r.rounds(), r.cuts(), r.sgSolves(), r.millis()),
        new DesignResult(r.status(), r.message(), flipped, r.arcCost(), r.inventoryCost(),
            r.lowerBound(), r.certificate(), r.greedyCost(), r.rounds(), r.cuts(),
            r.sgSolves(), r.millis()),
        new DesignResult(r.status(), r.message(), r.design(), r.arcCost() - 1,
            r.inventoryCost(), r.lowerBound(), r.certificate(), r.greedyCost(), r.rounds(),
            r.cuts(), r.sgSolves(), r.millis()),
        new DesignResult(r.status(), r.message(), r.design(), r.arcCost(), r.inventoryCost(),
            r.cost() * 1.5, r.certificate(), r.greedyCost(), r.rounds(), r.cuts(),
            r.sgSolves(), r.millis()));
    for (DesignResult t : tampered) {
      Verification v = DesignVerifier.verify(p, t);
      assertThat(v.ok()).as("tampered %s", t).isFalse();
    }
  }

  @Test
  void groups_gmBaseDesign_hasTheSixGroupsOfThePaper() {
    int[] g = DesignGreedy.groups(Examples.gm());
    assertThat(java.util.Arrays.stream(g).distinct().count()).isEqualTo(6);
    // P3 makes V4 and V5, P4 makes V5 and V6: one group
    assertThat(g[2]).isEqualTo(g[3]).isEqualTo(g[8 + 5]);
    assertThat(g[0]).isNotEqualTo(g[1]);
  }
}
