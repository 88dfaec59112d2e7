package org.stockade.strategies.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CostModelTest {
  private static final NormalDistribution N01 = NormalDistribution.of(0, 1);

  /** E[h N^+ + p N^-] for N ~ Normal(m, s) by Simpson quadrature on m +- 12 s. */
  private static double penaltyByQuadrature(double m, double s, double h, double p) {
    int n = 20000;
    double a = m - 12 * s;
    double b = m + 12 * s;
    double step = (b - a) / n;
    double sum = 0;
    for (int k = 0; k <= n; k++) {
      double x = a + k * step;
      double f = (h * Math.max(0, x) + p * Math.max(0, -x))
          * NormalDistribution.of(m, s).density(x);
      sum += f * (k == 0 || k == n ? 1 : k % 2 == 1 ? 4 : 2);
    }
    return sum * step / 3;
  }

  @Test
  void penalty_closedForm_matchesQuadrature() {
    SupplierProblem pr = Instances.cost(1000, 150, 2, 40, Instances.y("a", 0, 10, 0.8, 0.2),
        Instances.y("b", 0, 12, 0.9, 0.05));
    CostModel m = new CostModel(pr);
    for (double[] x : new double[][] {{0, 0}, {500, 400}, {900, 300}, {2000, 100}}) {
      double[] ms = m.moments(x);
      double quad = penaltyByQuadrature(ms[0], ms[1], 2, 40);
      assertThat(m.penalty(x)).isCloseTo(quad, Offset.offset(1e-6 * (1 + quad)));
    }
  }

  @Test
  void nearlyReliableSingleSupplier_isTheNewsvendorFractile() {
    // v -> 0: delivery is deterministic, so x* = mu + sigma Phi^-1((p - c)/(p + h))
    SupplierProblem pr = Instances.cost(1000, 150, 2, 40, Instances.y("a", 0, 10, 0.9, 1e-5));
    SelectionResult r = SupplierSelection.solve(pr, "cost");
    double x = 1000 + 150 * N01.inverseCumulativeProbability((40.0 - 10) / (40 + 2));
    assertThat(r.best().expectedDelivery()[0]).isCloseTo(x, Offset.offset(1e-3));
    assertThat(r.best().cltService()).isCloseTo(30.0 / 42, Offset.offset(1e-6));
  }

  @Test
  void twoSuppliers_kktOptimum_matchesBruteForceMinimisation() {
    Random rnd = new Random(17);
    for (int trial = 0; trial < 15; trial++) {
      List<Supplier> s = Instances.random(rnd, 2, 0);
      double h = 5 * rnd.nextDouble();
      double p = 20 + 40 * rnd.nextDouble();
      SupplierProblem pr = Instances.cost(1000, 50 + 200 * rnd.nextDouble(), h, p, s.get(0),
          s.get(1));
      CostModel m = new CostModel(pr);
      double kkt = m.variableObjective(m.solve(new int[] {0, 1}).x());
      double brute = bruteForce(s, pr);
      assertThat(kkt).as("trial " + trial).isCloseTo(brute, Offset.offset(1e-6 * brute));
    }
  }

  /**
   * Independent objective (quadrature of the penalty) minimised by a grid on [0, 3 mu]^2 and
   * cyclic golden-section refinement.
   */
  private static double bruteForce(List<Supplier> s, SupplierProblem pr) {
    java.util.function.ToDoubleFunction<double[]> f = x -> {
      double m = x[0] + x[1] - pr.demandMean();
      double var = pr.demandSd() * pr.demandSd();
      for (int i = 0; i < 2; i++) {
        double v = s.get(i).yieldCv();
        var += v * v * x[i] * x[i];
      }
      double sd = Math.sqrt(var);
      double k = m / sd;
      double loss = N01.density(k) - k * N01.survivalProbability(k);
      return s.get(0).unitCost() * x[0] + s.get(1).unitCost() * x[1] + pr.holdingCost() * m
          + (pr.holdingCost() + pr.shortageCost()) * sd * loss;
    };
    double top = 3 * pr.demandMean();
    double[] best = {0, 0};
    double bv = f.applyAsDouble(best);
    int n = 150;
    for (int a = 0; a <= n; a++) {
      for (int b = 0; b <= n; b++) {
        double[] x = {top * a / n, top * b / n};
        double v = f.applyAsDouble(x);
        if (v < bv) {
          bv = v;
          best = x;
        }
      }
    }
    double g = (Math.sqrt(5) - 1) / 2;
    for (int sweep = 0; sweep < 200; sweep++) {
      for (int i = 0; i < 2; i++) {
        double lo = 0;
        double hi = top;
        for (int it = 0; it < 80; it++) {
          double c1 = hi - g * (hi - lo);
          double c2 = lo + g * (hi - lo);
          double[] x1 = best.clone();
          double[] x2 = best.clone();
          x1[i] = c1;
          x2[i] = c2;
          if (f.applyAsDouble(x1) < f.applyAsDouble(x2)) {
            hi = c2;
          } else {
            lo = c1;
          }
        }
        best[i] = 0.5 * (lo + hi);
        if (f.applyAsDouble(new double[] {0, best[1]}) < f.applyAsDouble(best) && i == 0) {
          best[0] = 0;
        }
        if (f.applyAsDouble(new double[] {best[0], 0}) < f.applyAsDouble(best) && i == 1) {
          best[1] = 0;
        }
      }
    }
    return Math.min(bv, f.applyAsDouble(best));
  }

  @Test
  void fiveSuppliers_optimumSatisfiesKktByFiniteDifferences() {
    // convex problem: x is optimal iff dC/dx_i = 0 where x_i > 0 and >= 0 where x_i = 0;
    // gradients by central differences of an objective written here from the formula
    Random rnd = new Random(41);
    for (int trial = 0; trial < 10; trial++) {
      List<Supplier> s = Instances.random(rnd, 5, 0);
      double h = 3 * rnd.nextDouble();
      double p = 15 + 40 * rnd.nextDouble();
      double mu = 1000;
      double sigma = 50 + 300 * rnd.nextDouble();
      SupplierProblem pr = Instances.cost(mu, sigma, h, p, s.toArray(Supplier[]::new));
      double[] x = new CostModel(pr).solve(new int[] {0, 1, 2, 3, 4}).x();
      java.util.function.ToDoubleFunction<double[]> f = y -> {
        double m = -mu;
        double var = sigma * sigma;
        double c = 0;
        for (int i = 0; i < y.length; i++) {
          double v = s.get(i).yieldCv();
          m += y[i];
          var += v * v * y[i] * y[i];
          c += s.get(i).unitCost() * y[i];
        }
        double sd = Math.sqrt(var);
        double k = m / sd;
        return c + h * m + (h + p) * sd * (N01.density(k) - k * N01.survivalProbability(k));
      };
      for (int i = 0; i < 5; i++) {
        double d = 1e-3;
        double[] up = x.clone();
        double[] dn = x.clone();
        up[i] += d;
        dn[i] = Math.max(0, dn[i] - d);
        double grad = (f.applyAsDouble(up) - f.applyAsDouble(dn)) / (up[i] - dn[i]);
        if (x[i] > 1e-6) {
          assertThat(grad).as("trial %d supplier %d", trial, i).isCloseTo(0, Offset.offset(1e-4));
        } else {
          assertThat(grad).as("trial %d supplier %d", trial, i).isGreaterThan(-1e-4);
        }
      }
    }
  }

  @Test
  void zeroFixedCosts_cheapestFirst_andGreedyEqualsEnumeration() {
    Random rnd = new Random(23);
    for (int trial = 0; trial < 15; trial++) {
      List<Supplier> s = Instances.random(rnd, 5, 0);
      SupplierProblem pr = Instances.cost(1000, 150, 1, 30, s.toArray(Supplier[]::new));
      SelectionResult r = SupplierSelection.solve(pr, "cost");
      for (int i = 0; i < s.size(); i++) {
        assertThat(r.best().uses(i)).isEqualTo(s.get(i).unitCost() < r.best().threshold());
      }
      assertThat(r.greedy().total()).isCloseTo(r.best().total(),
          Offset.offset(1e-7 * r.best().total()));
    }
  }

  @Test
  void fixedCosts_enumerationIsNoWorseThanGreedy() {
    Random rnd = new Random(29);
    for (int trial = 0; trial < 15; trial++) {
      List<Supplier> s = Instances.random(rnd, 5, 2000);
      SupplierProblem pr = Instances.cost(1000, 150, 1, 30, s.toArray(Supplier[]::new));
      SelectionResult r = SupplierSelection.solve(pr, "cost");
      assertThat(r.greedyGap()).isGreaterThanOrEqualTo(-1e-7 * r.best().total());
    }
  }

  @Test
  void monteCarlo_costMatchesTheNormalApproximation_whenDemandNoiseDominates() {
    SupplierProblem pr = Instances.cost(1000, 200, 2, 40, Instances.y("a", 0, 10, 0.9, 0.05),
        Instances.y("b", 0, 11, 0.95, 0.03));
    SelectionResult r = SupplierSelection.solve(pr, "cost");
    MonteCarloCheck mc = MonteCarloCheck.yields(pr, r.best().orders(), true, 400_000, 3);
    // Beta yields have the model's mean and sd; the net supply is then close to normal
    assertThat(Math.abs(mc.mean() - r.best().total())).isLessThanOrEqualTo(3 * mc.meanHalfWidth());
    assertThat(Math.abs(mc.serviceLevel() - r.best().cltService()))
        .isLessThanOrEqualTo(3 * mc.serviceHalfWidth());
  }
}
