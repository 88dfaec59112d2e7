package org.stockade.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EstimatorsTest {
  private static final double[] X = {2, 4, 4, 4, 5, 5, 7, 9};

  @Test
  void meanAndSd_handData_matchClosedForms() {
    // sum 40, mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; sd = sqrt(32/7)
    assertThat(Estimators.mean(X)).isEqualTo(5.0);
    assertThat(Estimators.sd(X)).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
    assertThat(Estimators.sd(new double[] {3})).isZero();
  }

  @Test
  void medianAndMad_handData_matchClosedForms() {
    // median of 8 values: (4 + 5) / 2; |x - 4.5| = 2.5,.5,.5,.5,.5,.5,2.5,4.5 -> median 0.5
    assertThat(Estimators.median(X)).isEqualTo(4.5);
    assertThat(Estimators.median(new double[] {9, 1, 5})).isEqualTo(5.0);
    assertThat(Estimators.madSigma(X)).isCloseTo(0.5 * 1.482602218505602, within(1e-9));
    // a single surge moves the mean and sd, barely the median and MAD
    double[] surged = X.clone();
    surged[7] = 900;
    assertThat(Estimators.median(surged)).isEqualTo(4.5);
    assertThat(Estimators.madSigma(surged)).isCloseTo(Estimators.madSigma(X), within(1e-12));
    assertThat(Estimators.sd(surged)).isGreaterThan(100);
  }

  @Test
  void correlation_linearSeries_isPlusOrMinusOne_andConstantIsZero() {
    double[] y = new double[X.length];
    double[] w = new double[X.length];
    for (int k = 0; k < X.length; k++) {
      y[k] = 3 * X[k] + 1;
      w[k] = -2 * X[k];
    }
    assertThat(Estimators.correlation(X, y)).isCloseTo(1, within(1e-12));
    assertThat(Estimators.correlation(X, w)).isCloseTo(-1, within(1e-12));
    assertThat(Estimators.correlation(X, new double[8])).isZero();
    // hand value: x = 1,2,3 / y = 1,3,2: sxy = 1, sxx = syy = 2 -> 0.5
    assertThat(Estimators.correlation(new double[] {1, 2, 3}, new double[] {1, 3, 2}))
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  void coverQuantile_isTheCeilNPlusOneQthOrderStatistic() {
    double[] v = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6}; // n = 10
    // q = 0.5: ceil(11 * 0.5) = 6 -> 6; q = 0.9: ceil(9.9) = 10 -> 10; q = 0.95: 11 > 10 -> inf
    assertThat(Estimators.coverQuantile(v, 0.5)).isEqualTo(6.0);
    assertThat(Estimators.coverQuantile(v, 0.9)).isEqualTo(10.0);
    assertThat(Estimators.coverQuantile(v, 0.95)).isInfinite();
    assertThat(Estimators.coverRank(19, 0.95)).isEqualTo(19);
    assertThat(Estimators.coverRank(18, 0.95)).isEqualTo(19);
  }

  @Test
  void wilson_matchesThePublishedInterval() {
    // 81 of 263 (Newcombe 1998 Stat Med 17, example): 0.2553 .. 0.3662
    double[] ci = Estimators.wilson(81, 263);
    assertThat(ci[0]).isCloseTo(0.2553, within(5e-4));
    assertThat(ci[1]).isCloseTo(0.3662, within(5e-4));
    assertThat(Estimators.wilson(0, 10)[0]).isZero();
  }

  @Test
  void normalQuantile_andMadScale_matchTables() {
    assertThat(Estimators.normalQuantile(0.975)).isCloseTo(1.959963984540054, within(1e-9));
    assertThat(Estimators.MAD_SCALE).isCloseTo(1.482602218505602, within(1e-9));
  }
}
