package org.stockade.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.model.InvalidInputException;

class ReservesTest {

  @Test
  void baseStock_newsvendorLevel_isTheBruteForceMinimum_onAFineGrid() {
    double[][] cases = {{0.05, 0.25, 1, 1, 19}, {0.2, 0.5, 2.5, 1, 4}, {0.01, 0.1, 3, 0.2, 50},
        {0.3, 0.9, 1, 2, 3}};
    for (double[] c : cases) {
      DisruptedBaseStock m = new DisruptedBaseStock(new MarkovSupplier(c[0], c[1]), c[2], c[3],
          c[4]);
      double opt = m.cost(m.optimalLevel());
      double best = Double.POSITIVE_INFINITY;
      double bestS = 0;
      for (double s = 0; s <= 80 * c[2]; s += c[2] / 20) {
        double v = m.cost(s);
        if (v < best - 1e-12) {
          best = v;
          bestS = s;
        }
      }
      assertThat(opt).isCloseTo(best, Offset.offset(1e-9));
      assertThat(bestS).isCloseTo(m.optimalLevel(), Offset.offset(1e-9));
    }
  }

  @Test
  void baseStock_costWithoutReserve_hasItsClosedForm_andCostsMatchSimulation() {
    MarkovSupplier s = new MarkovSupplier(0.05, 0.25);
    DisruptedBaseStock m = new DisruptedBaseStock(s, 2, 1, 19);
    // S = d: the backlog at the end of the K-th down period is d K, E[K] = pi_up fail / recover^2
    double ek = s.upProbability() * 0.05 / (0.25 * 0.25);
    assertThat(m.cost(2)).isCloseTo(19 * 2 * ek, Offset.offset(1e-9));
    assertThat(m.optimalReserve()).isPositive();
    long seed = 5;
    for (double level : new double[] {2, m.optimalLevel(), m.optimalLevel() + 3}) {
      double[] sim = m.simulate(level, 2_000_000, seed++);
      assertThat(Math.abs(sim[0] - m.cost(level))).as("S = %s: sim %s +- %s", level, sim[0],
          sim[1]).isLessThanOrEqualTo(1.75 * sim[1]);
    }
  }

  @Test
  void eoq_withoutDisruptions_isTheClassicalEoq() {
    DisruptedEoq m = new DisruptedEoq(100, 50, 2, 3, 10, 0, 0, 1);
    double[] opt = m.optimal();
    assertThat(opt[0]).isCloseTo(Math.sqrt(2 * 50 * 100 / 2.0), Offset.offset(1e-4));
    assertThat(opt[1]).isCloseTo(Math.sqrt(2 * 50 * 100 * 2.0) + 3 * 100, Offset.offset(1e-6));
  }

  @Test
  void eoq_exactCost_matchesRenewalRewardSimulation_andTheOptimumBeatsAFineGrid() {
    DisruptedEoq m = new DisruptedEoq(100, 50, 2, 0, 10, 5, 0.5, 2);
    double[] opt = m.optimal();
    assertThat(opt[0]).as("disruptions raise the order quantity").isGreaterThan(
        m.classicalEoq());
    for (double q = 1; q <= 2000; q += 0.5) {
      assertThat(m.cost(q)).isGreaterThanOrEqualTo(opt[1] - 1e-9);
    }
    long seed = 9;
    for (double q : new double[] {opt[0], 30, 300}) {
      double[] sim = m.simulate(q, 400_000, seed++);
      assertThat(Math.abs(sim[0] - m.cost(q))).as("Q = %s: sim %s +- %s", q, sim[0], sim[1])
          .isLessThanOrEqualTo(1.75 * sim[1]);
    }
  }

  @Test
  void tomlin_regions_followTheReview_andInventoryMitigationIsTheBestReserve() {
    TomlinComparison tc = new TomlinComparison(1, 0.05, 2, 1, 1.3);
    TomlinComparison.Point rareShort = tc.evaluate(new MarkovSupplier(0.001, 1));
    TomlinComparison.Point frequentShort = tc.evaluate(new MarkovSupplier(0.2, 0.8));
    TomlinComparison.Point rareLong = tc.evaluate(new MarkovSupplier(0.01, 1 / 60.0));
    assertThat(rareShort.best()).isEqualTo(TomlinComparison.Strategy.PASSIVE);
    assertThat(frequentShort.best()).isEqualTo(TomlinComparison.Strategy.INVENTORY);
    assertThat(rareLong.best()).isEqualTo(TomlinComparison.Strategy.SOURCING);
    // inventory mitigation = the best reserve: brute force over base-stock levels
    for (TomlinComparison.Point pt : List.of(rareShort, frequentShort, rareLong)) {
      DisruptedBaseStock bs = new DisruptedBaseStock(pt.supplier(), 1, 0.05, 2);
      double best = Double.POSITIVE_INFINITY;
      for (int s = 0; s <= 2000; s++) {
        best = Math.min(best, 1 + bs.cost(s));
      }
      assertThat(pt.inventory()).isCloseTo(best, Offset.offset(1e-9));
      assertThat(pt.inventory()).isLessThanOrEqualTo(pt.passive() + 1e-12);
    }
    List<TomlinComparison.Transition> tr = tc.transitions(3, 1e-4, 0.999, 200);
    assertThat(tr).isNotEmpty();
    for (TomlinComparison.Transition t : tr) {
      assertThat(tc.evaluate(new MarkovSupplier(t.fail() * 0.999, 1 / 3.0)).best())
          .isEqualTo(t.from());
      assertThat(tc.evaluate(new MarkovSupplier(t.fail() * 1.001, 1 / 3.0)).best())
          .isEqualTo(t.to());
    }
  }

  @Test
  void badInputs_nameTheField() {
    assertThatThrownBy(() -> new MarkovSupplier(0, 0.5)).isInstanceOf(
        InvalidInputException.class).hasMessageContaining("fail");
    assertThatThrownBy(() -> new MarkovSupplier(0.1, 1.5)).isInstanceOf(
        InvalidInputException.class).hasMessageContaining("recover");
    assertThatThrownBy(() -> new TomlinComparison(1, 1, 1, 2, 1)).isInstanceOf(
        InvalidInputException.class).hasMessageContaining("cr");
    assertThatThrownBy(() -> new DisruptedEoq(100, 0, 1, 0, 1, 0, 1, 1)).isInstanceOf(
        InvalidInputException.class).hasMessageContaining("order cost");
  }
}
