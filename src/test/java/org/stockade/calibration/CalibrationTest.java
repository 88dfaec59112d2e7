package org.stockade.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.uncertainty.CapacityLossKind;

class CalibrationTest {
  private static final Network SYM = Examples.symmetric(4, 200, 100, 20);

  private static Calibration.Inputs inputs(HistoryGenerator.History h, Network n) {
    DemandHistory d = DemandHistory.of(h.table("h"), MissingPolicy.ERROR);
    return new Calibration.Inputs(d, h.log("o").lossShares(d, h.plants()), n.capacities());
  }

  @Test
  void run_heldOutAndRollingCounts_equalRefitsDoneByHand() {
    HistoryGenerator.History h = HistoryGenerator.generate(SYM,
        new HistoryGenerator.Spec(120, 0.1, 0.05, 0.5, 0.05, 2, 0.5), 4);
    Calibration.Inputs in = inputs(h, SYM);
    CalibrationOptions o = new CalibrationOptions(0.9, Estimator.PLAIN, SetParts.all(),
        CapacityLossKind.FRACTION, 0.75, 0.5, 12);
    Calibration.Result r = Calibration.run(in, o);
    assertThat(r.trainPeriods()).isEqualTo(90);
    assertThat(r.outOfSample().demand().total()).isEqualTo(30);
    // origins 60, 72, 84, 96, 108, each tested on the next 12 periods
    assertThat(r.rolling().origins()).isEqualTo(5);
    assertThat(r.rolling().coverage().demand().total()).isEqualTo(60);
    int covered = 0;
    for (int k = 60; k < 120; k += 12) {
      Calibration.Fit f = Calibration.fit(in.slice(0, k), o, null);
      // membership by the radii of the refit, independently of the set classes
      double[][] x = Arrays.copyOfRange(in.history().demand(), k, k + 12);
      DemandCalibrator.Radii rad = DemandCalibrator.radii(DemandCalibrator.standardize(x,
          f.estimate().location(), f.sigma()), f.sigma(), o.parts().form());
      for (int t = 0; t < 12; t++) {
        covered += rad.box()[t] <= f.demand().alpha() * (1 + 1e-12)
            && rad.aggregate()[t] <= f.demand().beta() * (1 + 1e-12)
            && rad.budget()[t] <= f.demand().gamma() * (1 + 1e-12) ? 1 : 0;
      }
    }
    assertThat(r.rolling().coverage().demand().covered()).isEqualTo(covered);
    // joint coverage needs both parts
    Calibration.Coverage c = r.inSample();
    assertThat(c.joint().covered()).isLessThanOrEqualTo(Math.min(c.demand().covered(),
        c.capacityAll().covered()));
    assertThat(c.capacityOutage().total()).isEqualTo((int) Arrays.stream(in.lossShares())
        .filter(row -> Arrays.stream(row).anyMatch(v -> v > 0)).count());
  }

  @Test
  void forecasts_setIsOnErrors_centredAtThePlanningForecastPlusTheMeanError() {
    // demand = forecast + 3 + N(0, 5^2); the forecast swings between 50 and 150
    Random rnd = new Random(3);
    int n = 400;
    long[] keys = new long[n];
    double[][] d = new double[n][2];
    double[][] f = new double[n][2];
    for (int t = 0; t < n; t++) {
      keys[t] = t + 1;
      for (int j = 0; j < 2; j++) {
        f[t][j] = 100 + 50 * Math.sin(t / 7.0 + j);
        d[t][j] = f[t][j] + 3 + 5 * rnd.nextGaussian();
      }
    }
    DemandHistory h = DemandHistory.of(new DemandTable("h", PeriodAxis.Kind.INDEX, keys,
        List.of("A", "B"), d, f, new double[] {120, 80}), MissingPolicy.ERROR);
    Calibration.Result r = Calibration.run(new Calibration.Inputs(h, null, new double[0]),
        CalibrationOptions.defaults(0.9));
    double[] mu = r.full().mu();
    double[] sigma = r.full().sigma();
    assertThat(mu[0]).isCloseTo(123, within(1.0)); // 120 + mean error 3 (SE 0.25)
    assertThat(mu[1]).isCloseTo(83, within(1.0));
    assertThat(sigma[0]).isCloseTo(5, within(0.7)); // not the ~36 of the demand itself
    // each period is judged against its own forecast: coverage near the target
    assertThat(r.outOfSample().demand().share()).isCloseTo(0.9, within(0.12));
    assertThat(r.inSample().demand().share()).isGreaterThanOrEqualTo(0.9);
    // without the forecasts the demand swings look like huge deviations: a much wider sigma
    DemandHistory plain = DemandHistory.of(new DemandTable("h", PeriodAxis.Kind.INDEX, keys,
        List.of("A", "B"), d, null, null), MissingPolicy.ERROR);
    Calibration.Result p = Calibration.run(new Calibration.Inputs(plain, null, new double[0]),
        CalibrationOptions.defaults(0.9));
    assertThat(p.full().sigma()[0]).isGreaterThan(30);
  }

  @Test
  void robustEstimator_surges_keepsSigmaNearTheCalmValue() {
    // 10% of periods surge by +150% on half the products
    double[][] x = HistoryGenerator.generate(SYM,
        new HistoryGenerator.Spec(2000, 0, 0.1, 1.5, 0, 1, 1), 8).demand();
    DemandEstimate e = DemandEstimate.of(x, Estimator.ROBUST);
    for (int j = 0; j < 4; j++) {
      assertThat(e.sd()[j]).isGreaterThan(35); // inflated by the surges
      assertThat(e.scale()[j]).isCloseTo(20, within(3.5)); // MAD barely moves
    }
  }

  @Test
  void run_tooFewPeriods_andNegativePlanningMean_areClearErrors() {
    DemandHistory three = DemandHistory.of(new DemandTable("h3", PeriodAxis.Kind.INDEX,
        new long[] {1, 2, 3}, List.of("A"), new double[][] {{1}, {2}, {3}}, null, null),
        MissingPolicy.ERROR);
    assertThatThrownBy(() -> Calibration.run(new Calibration.Inputs(three, null, new double[0]),
        CalibrationOptions.defaults(0.9))).hasMessageContaining("3 periods are too few");
    long[] k = {1, 2, 3, 4, 5};
    double[][] d = {{1}, {2}, {1}, {2}, {1}};
    double[][] f = {{5}, {6}, {5}, {6}, {5}};
    DemandHistory h = DemandHistory.of(new DemandTable("hf", PeriodAxis.Kind.INDEX, k,
        List.of("A"), d, f, new double[] {1}), MissingPolicy.ERROR);
    assertThatThrownBy(() -> Calibration.run(new Calibration.Inputs(h, null, new double[0]),
        CalibrationOptions.defaults(0.9))).hasMessageContaining("negative planning mean");
  }
}
