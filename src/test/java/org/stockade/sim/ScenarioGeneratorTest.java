package org.stockade.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockade.model.Examples;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/** Reproducibility and distributional checks of the scenario generator. */
class ScenarioGeneratorTest {
  private static final Network GM = Examples.gm();

  @Test
  void sameSeed_sameScenarios_forAnyThreadCount() {
    ScenarioModel model = ScenarioModel.paper(GM, 0.1);
    ScenarioSet one = ScenarioGenerator.generate(model, 3001, 42, 1);
    ScenarioSet two = ScenarioGenerator.generate(model, 3001, 42, 2);
    ScenarioSet five = ScenarioGenerator.generate(model, 3001, 42, 5);
    assertThat(one.sameValues(two)).isTrue();
    assertThat(one.sameValues(five)).isTrue();
    assertThat(ScenarioGenerator.generate(model, 3001, 42, 3).sameValues(one)).isTrue();
    assertThat(ScenarioGenerator.generate(model, 3001, 43, 2).sameValues(one)).isFalse();
    assertThat(one.seed()).isEqualTo(42);
  }

  @Test
  void prefixOfALargerSet_isTheSmallerSet() {
    // scenario k depends only on (seed, k): the first 500 of 2000 equal a 500-scenario run
    ScenarioModel model = ScenarioModel.paper(GM, 0.2);
    ScenarioSet big = ScenarioGenerator.generate(model, 2000, 9, 2);
    ScenarioSet small = ScenarioGenerator.generate(model, 500, 9, 1);
    for (int k = 0; k < 500; k++) {
      assertThat(big.demand(k)).containsExactly(small.demand(k));
      assertThat(big.capacity(k)).containsExactly(small.capacity(k));
    }
  }

  @Test
  void truncatedNormal_staysInBand_andHasTheRightMoments() {
    ScenarioSet s = ScenarioGenerator.generate(ScenarioModel.paper(GM, 0.1), 40_000, 1, 2);
    double[] mu = GM.means();
    double[] sigma = GM.sigmas();
    // variance of N(0,1) truncated to [-2, 2]: 1 - 4 phi(2) / (2 Phi(2) - 1)
    double phi2 = Math.exp(-2) / Math.sqrt(2 * Math.PI);
    double truncVar = 1 - 4 * phi2 / 0.9544997361036416;
    for (int j = 0; j < mu.length; j++) {
      double sum = 0;
      double sq = 0;
      for (int k = 0; k < s.size(); k++) {
        double d = s.demand(k, j);
        assertThat(d).isBetween(mu[j] - 2 * sigma[j], mu[j] + 2 * sigma[j]);
        sum += d;
        sq += (d - mu[j]) * (d - mu[j]);
      }
      double sd = sigma[j] * Math.sqrt(truncVar);
      assertThat(sum / s.size()).as("mean of product %d", j)
          .isCloseTo(mu[j], within(5 * sd / Math.sqrt(s.size())));
      assertThat(Math.sqrt(sq / s.size())).as("sd of product %d", j)
          .isCloseTo(sd, within(0.03 * sd));
    }
  }

  @Test
  void independentFailures_haveFrequencyP_andPartialLossKeepsTheRest() {
    ScenarioModel model = ScenarioModel.paper(GM, 0.25).withLossFraction(0.4);
    ScenarioSet s = ScenarioGenerator.generate(model, 40_000, 5, 2);
    double[] cap = GM.capacities();
    int both = 0;
    for (int i = 0; i < cap.length; i++) {
      int failed = 0;
      for (int k = 0; k < s.size(); k++) {
        double c = s.capacity(k, i);
        assertThat(c == cap[i] || Math.abs(c - 0.6 * cap[i]) < 1e-9).isTrue();
        if (c < cap[i]) {
          failed++;
        }
      }
      double freq = (double) failed / s.size();
      assertThat(freq).isCloseTo(0.25, within(5 * Math.sqrt(0.25 * 0.75 / s.size())));
    }
    for (int k = 0; k < s.size(); k++) {
      if (s.capacity(k, 0) < cap[0] && s.capacity(k, 1) < cap[1]) {
        both++;
      }
    }
    // independence: P(P1 and P2 down) = p^2
    assertThat((double) both / s.size()).isCloseTo(0.0625,
        within(5 * Math.sqrt(0.0625 * 0.9375 / s.size())));
  }

  @Test
  void failureGroups_failTogether() {
    int[] groups = {0, 0, 1, 1, 2, 2, 3, 3};
    ScenarioModel model = ScenarioModel.paper(GM, 0.3).withFailureGroups(groups);
    ScenarioSet s = ScenarioGenerator.generate(model, 5000, 8, 2);
    int downs = 0;
    for (int k = 0; k < s.size(); k++) {
      for (int i = 0; i < 8; i += 2) {
        boolean a = s.capacity(k, i) == 0;
        boolean b = s.capacity(k, i + 1) == 0;
        assertThat(a).as("plants %d and %d share a group", i, i + 1).isEqualTo(b);
        downs += a ? 1 : 0;
      }
    }
    assertThat((double) downs / (4 * s.size())).isCloseTo(0.3, within(0.02));
  }

  @Test
  void badModels_areRejectedWithTheField() {
    assertThatThrownBy(() -> ScenarioModel.paper(GM, 1.5))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("--p");
    assertThatThrownBy(() -> ScenarioModel.paper(GM, 0.1).withLossFraction(0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("loss fraction");
    assertThatThrownBy(() -> ScenarioModel.paper(GM, 0.1).withFailureGroups(new int[] {0, 2, 2,
        2, 2, 2, 2, 2})).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("group 1 has no plant");
    assertThatThrownBy(() -> ScenarioGenerator.generate(ScenarioModel.paper(GM, 0.1), 0, 1, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> new Marginal.TruncatedNormal(10, -1, 2))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("sigma");
    assertThatThrownBy(() -> new ScenarioModel(List.of(new Marginal.TwoPoint(1, 2, 0.5)),
        new double[] {-1}, 0.1, 1, null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("capacity of plant 1");
  }
}
