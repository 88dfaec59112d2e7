package org.stockade.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.stockade.flow.LostSales;
import org.stockade.model.Arc;
import org.stockade.model.CancelToken;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;

/**
 * Monte Carlo against exact expectations computed by enumerating every outcome of a discrete
 * model (two-point demands, plant failures) and weighting it by its probability.
 */
class MonteCarloTest {
  /** P1 makes V1, V2; P2 makes V2, V3 (a 2-chain fragment). */
  private static Network network() {
    return new Network("3x2", List.of(new Plant("P1", 100), new Plant("P2", 80)),
        List.of(new Product("V1", 60, 20), new Product("V2", 70, 30), new Product("V3", 40, 10)),
        List.of(new Arc("P1", "V1"), new Arc("P1", "V2"), new Arc("P2", "V2"),
            new Arc("P2", "V3")));
  }

  /** Exact {E[L], E[D], P(L > 0)} by enumerating demands x failure-group states. */
  private static double[] exact(Network n, ScenarioModel model, double[] r) {
    int p = model.products();
    int g = model.groupCount();
    double el = 0;
    double ed = 0;
    double pl = 0;
    for (int dm = 0; dm < (1 << p); dm++) {
      for (int fm = 0; fm < (1 << g); fm++) {
        double prob = 1;
        double[] d = new double[p];
        for (int j = 0; j < p; j++) {
          Marginal.TwoPoint tp = (Marginal.TwoPoint) model.demand().get(j);
          boolean hi = (dm >> j & 1) == 1;
          d[j] = hi ? tp.high() : tp.low();
          prob *= hi ? tp.pHigh() : 1 - tp.pHigh();
        }
        double[] c = model.capacity();
        for (int q = 0; q < g; q++) {
          boolean down = (fm >> q & 1) == 1;
          prob *= down ? model.failureProbability() : 1 - model.failureProbability();
        }
        for (int i = 0; i < c.length; i++) {
          if ((fm >> model.groupOf(i) & 1) == 1) {
            c[i] *= 1 - model.lossFraction();
          }
        }
        double l = LostSales.evaluate(n, r, d, c).lostSales();
        el += prob * l;
        ed += prob * (d[0] + d[1] + d[2]);
        pl += l > 1e-9 ? prob : 0;
      }
    }
    return new double[] {el, ed, pl};
  }

  private static ScenarioModel twoPointModel(double p, double loss, int[] groups) {
    return new ScenarioModel(List.of(new Marginal.TwoPoint(40, 90, 0.5),
        new Marginal.TwoPoint(50, 100, 0.3), new Marginal.TwoPoint(20, 70, 0.6)),
        new double[] {100, 80}, p, loss, groups);
  }

  @Test
  void meanLostSalesFillRateAndLossProbability_matchExactEnumeration() {
    Network n = network();
    ScenarioModel[] models = {twoPointModel(0.1, 1, null), twoPointModel(0.3, 0.5, null),
        twoPointModel(0.2, 1, new int[] {0, 0})};
    double[][] inventories = {{0, 0, 0}, {10, 25, 5}, {30, 0, 40}};
    long seed = 100;
    for (ScenarioModel model : models) {
      for (double[] r : inventories) {
        double[] ex = exact(n, model, r);
        ScenarioSet s = ScenarioGenerator.generate(model, 200_000, seed++, 2);
        MonteCarlo.Summary mc = MonteCarlo.evaluate(n, r, s, 2, null);
        String ctx = "model " + model.failureProbability() + "/" + model.lossFraction()
            + " r=" + java.util.Arrays.toString(r);
        // 4.5 standard errors: the 95% half-width is 1.96 SE
        double se = mc.lostSalesHalfWidth() / MonteCarlo.Z95;
        assertThat(mc.meanLostSales()).as("E[L]; " + ctx)
            .isCloseTo(ex[0], within(4.5 * se + 1e-9));
        assertThat(mc.fillRate()).as("fill rate; " + ctx).isCloseTo(1 - ex[0] / ex[1],
            within(4.5 * mc.fillRateHalfWidth() / MonteCarlo.Z95 + 1e-9));
        assertThat(mc.probabilityOfLoss()).as("P(L > 0); " + ctx).isCloseTo(ex[2],
            within(4.5 * mc.probabilityHalfWidth() / MonteCarlo.Z95 + 1e-9));
        // the interval is informative: far narrower than the quantity itself
        assertThat(mc.lostSalesHalfWidth()).isLessThan(0.05 * Math.max(1, ex[0]));
      }
    }
  }

  @Test
  void perScenarioValues_matchLostSalesEvaluate_andIgnoreThreadCount() {
    Network gm = Examples.gm();
    ScenarioSet s = ScenarioGenerator.generate(ScenarioModel.paper(gm, 0.15), 1500, 3, 2);
    Random rnd = new Random(4);
    double[] r = new double[16];
    for (int j = 0; j < 16; j++) {
      r[j] = 60 * rnd.nextDouble();
    }
    double[] one = MonteCarlo.lostSales(gm, r, s, 1, null);
    double[] three = MonteCarlo.lostSales(gm, r, s, 3, null);
    assertThat(three).containsExactly(one);
    for (int k = 0; k < s.size(); k += 37) {
      assertThat(one[k]).isCloseTo(LostSales.evaluate(gm, r, s.demand(k), s.capacity(k))
          .lostSales(), within(1e-9));
    }
  }

  @Test
  void summary_quantilesAndIntervals_onKnownNumbers() {
    // lost 0..99 with demand 100 each: mean 49.5, quantile(0.9) = 89, P(L > 0) = 0.99
    double[] lost = new double[100];
    double[] demand = new double[100];
    for (int k = 0; k < 100; k++) {
      lost[k] = k;
      demand[k] = 100;
    }
    MonteCarlo.Summary s = MonteCarlo.summarize(lost, demand);
    assertThat(s.meanLostSales()).isCloseTo(49.5, within(1e-12));
    assertThat(s.lostSalesQuantiles()).containsExactly(49, 89, 94, 98);
    assertThat(s.probabilityOfLoss()).isCloseTo(0.99, within(1e-12));
    assertThat(s.fillRate()).isCloseTo(1 - 49.5 / 100, within(1e-12));
    // sample sd of 0..99 is sqrt(841.666...)
    assertThat(s.lostSalesHalfWidth()).isCloseTo(MonteCarlo.Z95 * Math.sqrt(841.6666666666666
        / 100), within(1e-9));
  }

  @Test
  void lostSales_cancelledToken_throwsInsteadOfAPartialResult() {
    Network n = Examples.gm();
    ScenarioSet s = ScenarioGenerator.generate(ScenarioModel.paper(n, 0.1), 600, 3, 2);
    CancelToken cancel = CancelToken.create();
    double[] r = n.means();
    assertThat(MonteCarlo.lostSales(n, r, s, 2, null, cancel))
        .containsExactly(MonteCarlo.lostSales(n, r, s, 1, null));
    cancel.cancel();
    assertThatThrownBy(() -> MonteCarlo.lostSales(n, r, s, 2, null, cancel))
        .isInstanceOf(CancellationException.class);
    assertThatThrownBy(() -> ScenarioGenerator.generate(ScenarioModel.paper(n, 0.1), 600, 3, 2,
        cancel)).isInstanceOf(CancellationException.class);
  }
}
