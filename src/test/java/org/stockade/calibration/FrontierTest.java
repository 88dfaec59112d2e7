package org.stockade.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.stockade.design.Designs;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.robust.SgOptions;
import org.stockade.uncertainty.UncertaintySet;
import org.stockade.uncertainty.UncertaintySpec;

class FrontierTest {
  @Test
  void frontier_everyHeldOutPeriodInsideTheSet_losesNothingWithTheRobustAllocation() {
    Network sym = Examples.symmetric(6, 110, 100, 25);
    Network n = sym.withArcs("2-chain", Designs.kChain(sym, 2));
    HistoryGenerator.History h = HistoryGenerator.generate(n,
        new HistoryGenerator.Spec(150, 0.2, 0.08, 0.8, 0.05, 2, 0.5), 21);
    DemandHistory d = DemandHistory.of(h.table("h"), MissingPolicy.ERROR);
    Calibration.Inputs in = new Calibration.Inputs(d, h.log("o").lossShares(d, h.plants()),
        n.capacities());
    CalibrationOptions o = CalibrationOptions.defaults(0.9);
    Frontier.Outcome out = Frontier.run(n, in, o, UncertaintySpec.empty(),
        new double[] {0.6, 0.8, 0.95}, null, SgOptions.defaults());
    assertThat(out.points()).extracting(Frontier.Point::target)
        .containsExactly(0.6, 0.8, 0.9, 0.95);
    assertThat(out.trainPeriods()).isEqualTo(105);
    Calibration.Fit fit = Calibration.fit(in.slice(0, 105), o, null);
    Network planned = Calibration.network(n, fit);
    double[][] testD = Arrays.copyOfRange(d.demand(), 105, 150);
    double[][] testC = Backtest.capacities(n.capacities(),
        Arrays.copyOfRange(in.lossShares(), 105, 150), 45);
    double prev = 0;
    int insideTotal = 0;
    for (Frontier.Point p : out.points()) {
      assertThat(p.result().status().isOptimal()).isTrue();
      assertThat(p.result().cost()).isGreaterThanOrEqualTo(prev - 1e-6);
      prev = p.result().cost();
      // the set the solver protected against, rebuilt from the written settings
      UncertaintySet u = p.spec().build(planned);
      int inside = 0;
      for (int t = 0; t < 45; t++) {
        if (u.demand().violation(testD[t], 1e-9) == null
            && u.capacity().violation(testC[t], 1e-9) == null) {
          inside++;
          // SG with delta = 0: no (d, c) of the set loses a unit
          assertThat(p.backtest().lost()[t]).as("q %s, period %d", p.target(), t)
              .isCloseTo(0, within(1e-6));
        }
      }
      assertThat(inside).isEqualTo(p.heldOut().joint().covered());
      insideTotal += inside;
    }
    assertThat(insideTotal).isPositive();
    // SAA was held to the fill rate the main robust allocation reaches on the fitting periods
    double[][] trainD = Arrays.copyOfRange(d.demand(), 0, 105);
    double[][] trainC = Backtest.capacities(n.capacities(),
        Arrays.copyOfRange(in.lossShares(), 0, 105), 105);
    Frontier.Point main = out.points().get(2);
    assertThat(out.saaTarget()).isCloseTo(
        Backtest.replay(n, main.result().inventory(), trainD, trainC).fillRate(), within(1e-12));
    Frontier.Strategy saa = out.strategies().get(1);
    assertThat(Backtest.replay(n, saa.inventory(), trainD, trainC).fillRate())
        .isGreaterThanOrEqualTo(out.saaTarget() - 1e-6);
    assertThat(out.strategies()).hasSize(5);
  }
}
