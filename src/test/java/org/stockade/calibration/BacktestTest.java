package org.stockade.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.testing.Cuts;

/** Backtest lost sales against the cut enumeration of {@link Cuts} (no max-flow code). */
class BacktestTest {
  @Test
  void replay_gmHistoryWithOutages_lostSalesEqualTheCutEnumeration() {
    Network gm = Examples.gm();
    HistoryGenerator.History h = HistoryGenerator.generate(gm,
        new HistoryGenerator.Spec(60, 0.2, 0.2, 0.8, 0.15, 2, 0.5), 9);
    DemandHistory hist = DemandHistory.of(h.table("g"), MissingPolicy.ERROR);
    double[][] f = h.log("o").lossShares(hist, h.plants());
    double[][] c = Backtest.capacities(gm.capacities(), f, hist.periods());
    double[] r = new double[16];
    for (int j = 0; j < 16; j++) {
      r[j] = 0.3 * gm.product(j).mu(); // some inventory, not enough for every surge
    }
    Backtest b = Backtest.replay(gm, r, hist.demand(), c);
    int lossy = 0;
    for (int t : new int[] {0, 1, 2, 3, 4, 5, 6, 7}) {
      assertThat(b.lost()[t]).as("period %d", t + 1)
          .isCloseTo(Cuts.lostSalesByEnumeration(gm, r, hist.demand()[t], c[t]), within(1e-6));
    }
    for (int t = 0; t < hist.periods(); t++) {
      boolean outage = java.util.Arrays.stream(f[t]).anyMatch(v -> v > 0);
      if (outage && lossy < 4) {
        lossy++;
        assertThat(b.lost()[t]).as("outage period %d", t + 1)
            .isCloseTo(Cuts.lostSalesByEnumeration(gm, r, hist.demand()[t], c[t]), within(1e-6));
      }
    }
    assertThat(lossy).isPositive();
    double total = 0;
    double dem = 0;
    for (int t = 0; t < hist.periods(); t++) {
      total += b.lost()[t];
      for (double v : hist.demand()[t]) {
        dem += v;
      }
    }
    assertThat(b.totalLost()).isCloseTo(total, within(1e-9));
    assertThat(b.fillRate()).isCloseTo(1 - total / dem, within(1e-12));
    assertThat(b.totalLost()).isPositive();
  }
}
