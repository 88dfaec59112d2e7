package org.stockade.strategies.stockpile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.model.InvalidInputException;

class StockpileSolverTest {
  private final StockpileSolver solver = new StockpileSolver();

  /** Composite Simpson rule on [a, b] with n (even) panels. */
  static double simpson(DoubleUnaryOperator f, double a, double b, int n) {
    double h = (b - a) / n;
    double s = f.applyAsDouble(a) + f.applyAsDouble(b);
    for (int i = 1; i < n; i++) {
      s += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
    }
    return s * h / 3;
  }

  /** E[(D - s)^+] = int_s^hi (1 - F(x)) dx by quadrature, hi far in the tail. */
  static double shortageByQuadrature(SurgeDistribution d, double s, double hi) {
    return s >= hi ? 0 : simpson(x -> 1 - d.cdf(x), s, hi, 20_000);
  }

  /**
   * C(S) = c S + h int_lo^S F + p int_S^hi (1 - F) by quadrature; lo, hi far in the tails
   * (the lower tail of F below 0 matters only for S >= lo).
   */
  static double costByQuadrature(StockpileProblem p, double s, double lo, double hi) {
    SurgeDistribution d = p.demand();
    double left = s <= lo ? 0 : simpson(d::cdf, lo, s, 20_000);
    return p.unitCost() * s + p.holdingCost() * left
        + p.shortageCost() * shortageByQuadrature(d, s, hi);
  }

  @Test
  void solve_normal_matchesTabulatedFractileAndStandardNormalLoss() {
    // c = 0, h = 1, p = 19: fractile 0.95, z = 1.6448536 (table), L(z) = 0.0208932.
    StockpileProblem p = new StockpileProblem(new SurgeDistribution.Normal(100, 20), 0, 1, 19);
    StockpileResult r = solver.solve(p);
    assertThat(r.criticalFractile()).isCloseTo(0.95, Offset.offset(1e-15));
    assertThat(r.stock()).isCloseTo(100 + 20 * 1.6448536, Offset.offset(1e-5));
    double phi = Math.exp(-1.6448536 * 1.6448536 / 2) / Math.sqrt(2 * Math.PI);
    double loss = phi - 1.6448536 * 0.05;
    assertThat(r.expectedShortage()).isCloseTo(20 * loss, Offset.offset(1e-5));
    assertThat(r.expectedLeftover()).isCloseTo(20 * 1.6448536 + 20 * loss, Offset.offset(1e-4));
    assertThat(r.stockoutProbability()).isCloseTo(0.05, Offset.offset(1e-9));
    // table values of the standard normal loss function
    assertThat(SurgeDistribution.standardNormalLoss(0)).isCloseTo(0.3989423, Offset.offset(1e-7));
    assertThat(SurgeDistribution.standardNormalLoss(1)).isCloseTo(0.0833155, Offset.offset(1e-7));
  }

  @Test
  void expectedShortage_everyDistribution_matchesNumericalIntegration() {
    List<SurgeDistribution> ds = List.of(new SurgeDistribution.Normal(100, 20),
        new SurgeDistribution.LogNormal(4.6, 0.4),
        new SurgeDistribution.Mixture(100, 20, 0.1, 300, 80));
    for (SurgeDistribution d : ds) {
      double hi = d.quantile(1 - 1e-12) * 1.5;
      for (double q : new double[] {0.05, 0.3, 0.5, 0.8, 0.95, 0.99}) {
        double s = d.quantile(q);
        assertThat(d.cdf(s)).as(d.describe() + " cdf(quantile)").isCloseTo(q,
            Offset.offset(1e-9));
        assertThat(d.expectedShortage(s)).as(d.describe() + " at q " + q)
            .isCloseTo(shortageByQuadrature(d, s, hi), Offset.offset(1e-5));
      }
    }
  }

  @Test
  void expectedShortage_lognormal_matchesMonteCarloMean() {
    SurgeDistribution.LogNormal d = new SurgeDistribution.LogNormal(4.6, 0.4);
    Random rnd = new Random(7);
    int n = 400_000;
    double sum = 0;
    double sumD = 0;
    for (int i = 0; i < n; i++) {
      double x = Math.exp(4.6 + 0.4 * rnd.nextGaussian());
      sum += Math.max(0, x - 120);
      sumD += x;
    }
    assertThat(d.mean()).isCloseTo(sumD / n, Offset.offset(0.3));
    assertThat(d.expectedShortage(120)).isCloseTo(sum / n, Offset.offset(0.15));
  }

  @Test
  void solve_continuous_isTheMinimumOfTheQuadratureCostOnAGrid() {
    List<SurgeDistribution> ds = List.of(new SurgeDistribution.Normal(100, 20),
        new SurgeDistribution.LogNormal(4.6, 0.4),
        new SurgeDistribution.Mixture(100, 20, 0.1, 300, 80));
    for (SurgeDistribution d : ds) {
      StockpileProblem p = new StockpileProblem(d, 1, 0.5, 10);
      StockpileResult r = solver.solve(p);
      double lo = Math.min(0, d.quantile(1e-12)) - 1;
      double hi = d.quantile(1 - 1e-12) * 1.5;
      assertThat(r.cost()).as(d.describe()).isCloseTo(costByQuadrature(p, r.stock(), lo, hi),
          Offset.offset(1e-3));
      double best = Double.POSITIVE_INFINITY;
      double arg = 0;
      double top = d.quantile(0.9999);
      for (int i = 0; i <= 400; i++) {
        double s = top * i / 400;
        double c = p.cost(s);
        if (c < best) {
          best = c;
          arg = s;
        }
      }
      assertThat(r.cost()).as(d.describe()).isLessThanOrEqualTo(best + 1e-9);
      assertThat(r.stock()).as(d.describe()).isCloseTo(arg, Offset.offset(top / 400 + 1e-9));
    }
  }

  @Test
  void solve_mixtureWithoutSurge_equalsTheNormal() {
    StockpileResult a = solver.solve(new StockpileProblem(
        new SurgeDistribution.Mixture(100, 20, 0, 300, 80), 1, 0.5, 10));
    StockpileResult b = solver.solve(new StockpileProblem(
        new SurgeDistribution.Normal(100, 20), 1, 0.5, 10));
    assertThat(a.stock()).isCloseTo(b.stock(), Offset.offset(1e-8));
    assertThat(a.cost()).isCloseTo(b.cost(), Offset.offset(1e-8));
  }

  @Test
  void solve_empirical_isTheBestObservationByDirectAveraging() {
    Random rnd = new Random(3);
    for (int trial = 0; trial < 20; trial++) {
      int n = 1 + rnd.nextInt(30);
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = rnd.nextInt(50) + (rnd.nextDouble() < 0.2 ? 100 : 0);
      }
      double c = rnd.nextInt(3);
      double h = rnd.nextInt(3);
      double pen = c + 1 + rnd.nextInt(20);
      StockpileProblem p = new StockpileProblem(new SurgeDistribution.Empirical(v, "test"), c,
          h, pen);
      StockpileResult r = solver.solve(p);
      double best = Double.POSITIVE_INFINITY;
      for (double s = 0; s <= 160; s += 0.5) {
        double cost = c * s;
        for (double d : v) {
          cost += (h * Math.max(0, s - d) + pen * Math.max(0, d - s)) / n;
        }
        best = Math.min(best, cost);
      }
      assertThat(r.cost()).as("trial " + trial).isCloseTo(best, Offset.offset(1e-9));
    }
  }

  @Test
  void problem_shortageNotAboveUnitCost_isRejectedWithAFix() {
    assertThatThrownBy(() -> new StockpileProblem(new SurgeDistribution.Normal(100, 20), 5, 0,
        5)).isInstanceOf(InvalidInputException.class).hasMessageContaining("raise p");
    assertThatThrownBy(() -> new SurgeDistribution.Mixture(100, 20, 1.5, 3, 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("probability");
    assertThatThrownBy(() -> new SurgeDistribution.Empirical(new double[0], "x.csv"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("x.csv");
  }

  @Test
  void solve_negativeQuantile_stocksZero() {
    StockpileResult r = solver.solve(new StockpileProblem(new SurgeDistribution.Normal(-50, 10),
        1, 0, 10));
    assertThat(r.stock()).isZero();
    assertThat(r.unconstrainedQuantile()).isNegative();
  }
}
