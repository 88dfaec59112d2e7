package org.stockade.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockade.uncertainty.CapacityLossKind;

class CapacityCalibratorTest {
  /** Four weekly periods starting Monday 2024-01-01 (epoch days). */
  private static DemandHistory weekly() {
    long d0 = PeriodAxis.key(PeriodAxis.Kind.DATE, "2024-01-01");
    long[] keys = {d0, d0 + 7, d0 + 14, d0 + 21};
    double[][] dem = {{1}, {1}, {1}, {1}};
    return DemandHistory.of(new DemandTable("h", PeriodAxis.Kind.DATE, keys, List.of("A"), dem,
        null, null), MissingPolicy.ERROR);
  }

  private static long day(String s) {
    return PeriodAxis.key(PeriodAxis.Kind.DATE, s);
  }

  @Test
  void lossShares_partialWeeks_areTheOverlapTimesTheFraction() {
    // P1 at 50% from Sat 2024-01-06 to Tue 2024-01-09: 2 days of week 1, 2 days of week 2
    // P2 fully down 2024-01-15..2024-01-28: all of weeks 3 and 4
    OutageLog log = new OutageLog("o", PeriodAxis.Kind.DATE, List.of(
        new Outage("P1", day("2024-01-06"), day("2024-01-09"), 0.5, 2),
        new Outage("P2", day("2024-01-15"), day("2024-01-28"), 1, 3)));
    double[][] f = log.lossShares(weekly(), List.of("P1", "P2"));
    assertThat(f[0][0]).isCloseTo(0.5 * 2 / 7, within(1e-12));
    assertThat(f[1][0]).isCloseTo(0.5 * 2 / 7, within(1e-12));
    assertThat(f[2][1]).isEqualTo(1.0);
    assertThat(f[3][1]).isEqualTo(1.0);
    assertThat(f[0][1]).isZero();
  }

  @Test
  void lossShares_overlapAbove100Percent_isRefusedNamingBothLines() {
    OutageLog log = new OutageLog("o", PeriodAxis.Kind.DATE, List.of(
        new Outage("P1", day("2024-01-01"), day("2024-01-07"), 0.7, 2),
        new Outage("P1", day("2024-01-01"), day("2024-01-07"), 0.6, 5)));
    assertThatThrownBy(() -> log.lossShares(weekly(), List.of("P1")))
        .hasMessageContaining("line 5").hasMessageContaining("line 2");
    OutageLog unknown = new OutageLog("o", PeriodAxis.Kind.DATE, List.of(
        new Outage("PX", day("2024-01-01"), day("2024-01-02"), 1, 4)));
    assertThatThrownBy(() -> unknown.lossShares(weekly(), List.of("P1")))
        .hasMessageContaining("line 4, column 'plant': 'PX' is not a plant");
  }

  @Test
  void calibrate_budgetIsTheCoverageQuantileOverOutagePeriods_andCoverageUsesTheSolverSet() {
    double[] c0 = {100, 300};
    // period losses (fraction of 400): 0, 25/400, 0, 150/400, 75/400, 0
    double[][] f = {{0, 0}, {0.25, 0}, {0, 0}, {0, 0.5}, {0.75, 0}, {0, 0}};
    double[] l = CapacityCalibrator.losses(CapacityLossKind.FRACTION, c0, f);
    assertThat(l).containsExactly(0, 0.0625, 0, 0.375, 0.1875, 0);
    assertThat(CapacityCalibrator.losses(CapacityLossKind.UNITS, c0, f)[3]).isEqualTo(150.0);
    assertThat(CapacityCalibrator.losses(CapacityLossKind.PLANTS, c0, f)[4]).isEqualTo(0.75);
    // 3 outage periods, q = 0.5: rank ceil(4 * 0.5) = 2 -> the middle loss 0.1875
    CapacityCalibrator.Budget b = CapacityCalibrator.calibrate(CapacityLossKind.FRACTION, c0, f,
        0.5);
    assertThat(b.budget()).isEqualTo(0.1875);
    assertThat(b.outagePeriods()).isEqualTo(3);
    assertThat(CapacityCalibrator.covered(b, c0, f))
        .containsExactly(true, true, true, false, true, true);
    // q = 0.9 needs rank 4 > 3 outage periods: not certified, the largest loss
    CapacityCalibrator.Budget c = CapacityCalibrator.calibrate(CapacityLossKind.FRACTION, c0, f,
        0.9);
    assertThat(c.certified()).isFalse();
    assertThat(c.budget()).isEqualTo(0.375);
  }
}
