package org.stockade.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Gijsbrechts, Boute, Van Mieghem & Zhang (MSOM 2022) Fig. 9: published optimality gaps. */
class DualSourcingPublishedTest {

  @Test
  void fig9_everyPublishedGap_isMatchedWithinTwoHundredthsOfAPoint() {
    List<DualSourcingReproduction.Row> rows = DualSourcingReproduction.run();
    assertThat(rows).hasSize(6);
    for (DualSourcingReproduction.Row r : rows) {
      SourcingAnalysis a = r.analysis();
      assertThat(a.dp().converged()).isTrue();
      assertThat(a.dp().upper() - a.dp().lower()).isLessThan(1e-6);
      assertThat(a.truncationBinds()).as("lr %d ce %s: enlarged DP box changes the optimum",
          r.lr(), r.ce()).isFalse();
      for (int k = 0; k < 4; k++) {
        FamilyResult f = a.families().get(k);
        assertThat(f.method()).isEqualTo("markov-chain");
        assertThat(f.cost()).as("the optimum is a lower bound").isGreaterThanOrEqualTo(
            a.optimum() - 1e-6);
        assertThat(a.gapPercent(f)).as("lr %d ce %s %s", r.lr(), r.ce(), f.family())
            .isCloseTo(r.published()[k], Offset.offset(0.02));
      }
    }
    assertThat(DualSourcingReproduction.maxDifference(rows)).isLessThan(0.02);
  }

  @Test
  void fig9_dpPolicy_evaluatedAsAMarkovChain_achievesTheDpCost() {
    for (int lr = 2; lr <= 4; lr++) {
      DualSourcingProblem p = DualSourcingProblem.gijsbrechts(lr, 110);
      DpResult dp = new DualSourcingDp().solve(p);
      ChainResult c = new MarkovEvaluator().evaluate(p, dp.policy(), 0);
      assertThat(c.cost()).isCloseTo(dp.gain(), Offset.offset(1e-5));
    }
  }
}
