package org.stockade.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.uncertainty.AggregateForm;

class DemandCalibratorTest {
  private static final Network SYM = Examples.symmetric(6, 200, 100, 20);

  /** Demand of a calm history (independent normals, mu 100, sigma 20), split at {@code n}. */
  private static double[][] calm(int periods, long seed) {
    return HistoryGenerator.generate(SYM, HistoryGenerator.Spec.calm(periods), seed).demand();
  }

  @Test
  void radii_handMadePeriods_matchClosedForms() {
    double[][] z = {{1, -2}, {0.5, 0.5}, {-3, 0}};
    double[] sigma = {3, 4};
    DemandCalibrator.Radii u = DemandCalibrator.radii(z, sigma, AggregateForm.UNSTANDARDIZED);
    DemandCalibrator.Radii s = DemandCalibrator.radii(z, sigma, AggregateForm.STANDARDIZED);
    assertThat(u.box()).containsExactly(2, 0.5, 3);
    assertThat(u.budget()).containsExactly(3, 1, 3);
    // unstandardized: |3 z1 + 4 z2| / 5
    assertThat(u.aggregate()).containsExactly(1, 3.5 / 5, 9.0 / 5);
    assertThat(s.aggregate()).containsExactly(1, 1, 3);
  }

  @Test
  void standardize_zeroSigmaProduct_isCoveredOnlyAtItsMean() {
    double[][] z = DemandCalibrator.standardize(new double[][] {{10, 5}, {12, 5}, {11, 6}},
        new double[] {11, 5}, new double[] {1, 0});
    assertThat(z[0]).containsExactly(-1, 0);
    assertThat(z[2][1]).isInfinite();
  }

  @Test
  void calibrate_coverageByRadiiEqualsTheSolversMembershipTest() {
    double[][] x = HistoryGenerator.generate(SYM, HistoryGenerator.Spec.disrupted(300), 3)
        .demand();
    for (SetParts parts : new SetParts[] {SetParts.all(),
        new SetParts(true, true, false, AggregateForm.STANDARDIZED),
        new SetParts(false, true, true, AggregateForm.UNSTANDARDIZED)}) {
      DemandEstimate est = DemandEstimate.of(x, Estimator.ROBUST);
      CalibratedDemandSet set = DemandCalibrator.calibrate(est, x, 0.9, 0.9, parts);
      DemandCalibrator.Radii r = DemandCalibrator.radii(
          DemandCalibrator.standardize(x, est.location(), est.scale()), est.scale(),
          parts.form());
      double[][] center = new double[x.length][];
      Arrays.fill(center, est.location());
      boolean[] in = DemandCalibrator.covered(set, center, est.scale(), x);
      int byRadii = 0;
      for (int t = 0; t < x.length; t++) {
        boolean inside = r.box()[t] <= set.alpha() * (1 + 1e-12)
            && r.aggregate()[t] <= set.beta() * (1 + 1e-12)
            && r.budget()[t] <= set.gamma() * (1 + 1e-12);
        assertThat(in[t]).as("period %d", t).isEqualTo(inside);
        byRadii += inside ? 1 : 0;
      }
      // in sample the joint set holds at least ceil((n + 1) q) of the n periods
      assertThat(byRadii).isGreaterThanOrEqualTo(Estimators.coverRank(x.length, 0.9));
      assertThat(set.certified()).isTrue();
    }
  }

  @Test
  void calibrate_normalData_estimatesConvergeAndBoxMatchesTheNormalValue() {
    // 4000 periods of N(100, 20^2), six independent products
    double[][] x = calm(4000, 11);
    DemandEstimate est = DemandEstimate.of(x, Estimator.PLAIN);
    DemandEstimate rob = DemandEstimate.of(x, Estimator.ROBUST);
    for (int j = 0; j < 6; j++) {
      // standard errors at n = 4000: mean 0.32, sd 0.22, median 0.40, MAD ~0.37; 4 SE
      assertThat(est.mean()[j]).isCloseTo(100, within(1.3));
      assertThat(est.sd()[j]).isCloseTo(20, within(0.9));
      assertThat(rob.median()[j]).isCloseTo(100, within(1.6));
      assertThat(rob.madSigma()[j]).isCloseTo(20, within(1.5));
      for (int k = j + 1; k < 6; k++) {
        assertThat(est.correlation()[j][k]).isCloseTo(0, within(0.07)); // 4.4 / sqrt(n)
      }
    }
    CalibratedDemandSet box = DemandCalibrator.calibrate(est, x, 0.9, 0.9,
        new SetParts(true, false, false, AggregateForm.UNSTANDARDIZED));
    // all six |z| within alpha w.p. 0.9: alpha = Phi^-1((1 + 0.9^(1/6)) / 2) = 2.3780
    assertThat(box.reference().alphaJoint()).isCloseTo(2.3780, within(1e-3));
    assertThat(box.alpha()).isCloseTo(2.3780, within(0.1));
    CalibratedDemandSet agg = DemandCalibrator.calibrate(est, x, 0.9, 0.9, SetParts.all());
    // the aggregate alone: the CLT value Phi^-1(0.95) = 1.645 for independent demand
    assertThat(agg.reference().betaIndependent()).isCloseTo(1.6449, within(1e-3));
    assertThat(agg.reference().betaEmpirical()).isCloseTo(1.6449, within(0.1));
    assertThat(agg.reference().betaCorrelated()).isCloseTo(1.6449, within(0.15));
  }

  @Test
  void calibrate_normalData_heldOutCoverageIsWithinSamplingErrorOfTheTarget() {
    // fit on 400 periods, judge on 4000 later ones from the same distribution
    double[][] all = calm(4400, 5);
    double[][] train = Arrays.copyOfRange(all, 0, 400);
    double[][] test = Arrays.copyOfRange(all, 400, 4400);
    for (double q : new double[] {0.8, 0.9, 0.95}) {
      DemandEstimate est = DemandEstimate.of(train, Estimator.PLAIN);
      CalibratedDemandSet set = DemandCalibrator.calibrate(est, train, q, q, SetParts.all());
      double[][] center = new double[test.length][];
      Arrays.fill(center, est.location());
      CoverageCount c = CoverageCount.of(DemandCalibrator.covered(set, center, est.scale(),
          test));
      // the conditional coverage given the 400 fitting periods varies with sd
      // sqrt(q (1 - q) / 401), the 4000 test periods add sqrt(q (1 - q) / 4000): 3 sd
      double tol = 3 * Math.sqrt(q * (1 - q) * (1.0 / 401 + 1.0 / 4000));
      assertThat(c.share()).as("q = %s", q).isCloseTo(q, within(tol));
    }
  }

  @Property(tries = 25)
  void coverage_isMonotoneInTheTarget_withOneShape(@ForAll @LongRange(min = 1, max = 10_000)
      long seed, @ForAll @DoubleRange(min = 0.3, max = 0.97) double q1,
      @ForAll @DoubleRange(min = 0.3, max = 0.97) double q2) {
    double lo = Math.min(q1, q2);
    double hi = Math.max(q1, q2);
    double[][] x = HistoryGenerator.generate(SYM, HistoryGenerator.Spec.disrupted(160), seed)
        .demand();
    double[][] fit = Arrays.copyOfRange(x, 0, 100);
    double[][] later = Arrays.copyOfRange(x, 100, 160);
    DemandEstimate est = DemandEstimate.of(fit, Estimator.PLAIN);
    double[] shape = DemandCalibrator.calibrate(est, fit, 0.9, 0.9, SetParts.all()).shape();
    CalibratedDemandSet a = DemandCalibrator.withShape(est, fit, lo, shape, 0.9, SetParts.all());
    CalibratedDemandSet b = DemandCalibrator.withShape(est, fit, hi, shape, 0.9, SetParts.all());
    assertThat(a.alpha()).isLessThanOrEqualTo(b.alpha());
    assertThat(a.beta()).isLessThanOrEqualTo(b.beta());
    assertThat(a.gamma()).isLessThanOrEqualTo(b.gamma());
    for (double[][] data : new double[][][] {fit, later}) {
      double[][] center = new double[data.length][];
      Arrays.fill(center, est.location());
      int ca = CoverageCount.of(DemandCalibrator.covered(a, center, est.scale(), data))
          .covered();
      int cb = CoverageCount.of(DemandCalibrator.covered(b, center, est.scale(), data))
          .covered();
      assertThat(ca).isLessThanOrEqualTo(cb);
    }
  }
}
