package org.stockade.strategies.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.model.InvalidInputException;

class ServiceModelTest {
  private static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.95);

  @Test
  void twoSuppliersWithEqualCosts_orderInProportionToReliability_closedForm() {
    // equal effective costs: x_i proportional to 1/v_i^2 (Cauchy-Schwarz), Gamma = sum 1/v^2,
    // and the total T solves T - mu = z sqrt(sigma^2 + T^2 / Gamma):
    // T = (mu + z sqrt(sigma^2 (1 - z^2/Gamma) + mu^2/Gamma)) / (1 - z^2/Gamma).
    double mu = 1000;
    double sigma = 150;
    SupplierProblem p = Instances.service(mu, sigma, 0.95, Instances.y("a", 0, 10, 0.8, 0.2),
        Instances.y("b", 0, 10, 0.9, 0.1));
    double v1 = 0.25;
    double v2 = 1.0 / 9;
    double gamma = 1 / (v1 * v1) + 1 / (v2 * v2);
    double a = 1 - Z95 * Z95 / gamma;
    double t = (mu + Z95 * Math.sqrt(sigma * sigma * a + mu * mu / gamma)) / a;
    SelectionResult r = SupplierSelection.solve(p, "service");
    double[] x = r.best().expectedDelivery();
    assertThat(x[0]).isCloseTo(t / (v1 * v1) / gamma, Offset.offset(1e-6 * t));
    assertThat(x[1]).isCloseTo(t / (v2 * v2) / gamma, Offset.offset(1e-6 * t));
    assertThat(r.best().total()).isCloseTo(10 * t, Offset.offset(1e-6 * t));
    assertThat(r.best().cltService()).isCloseTo(0.95, Offset.offset(1e-9));
    assertThat(r.best().orders()[0]).isCloseTo(x[0] / 0.8, Offset.offset(1e-9 * t));
  }

  @Test
  void twoSuppliers_fixedSetOptimum_matchesBruteForceOverDirections() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 20; trial++) {
      List<Supplier> s = Instances.random(rnd, 2, 0);
      double mu = 200 + 1000 * rnd.nextDouble();
      double sigma = 300 * rnd.nextDouble();
      double alpha = 0.6 + 0.39 * rnd.nextDouble();
      SupplierProblem p = Instances.service(mu, sigma, alpha, s.get(0), s.get(1));
      ServiceModel m = new ServiceModel(p);
      SetModel.Solution sol = m.solve(new int[] {0, 1});
      double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(alpha);
      double brute = bruteForce(s, mu, sigma, z);
      if (sol == null) {
        assertThat(brute).isInfinite();
        continue;
      }
      assertThat(m.variableObjective(sol.x())).as("trial " + trial)
          .isCloseTo(brute, Offset.offset(1e-7 * brute));
    }
  }

  /**
   * min over directions (cos th, sin th), th in [0, pi/2], of e.d times the smallest feasible
   * scale, found by bisection on the constraint (independent of the solver's quadratic); a fine
   * grid then golden-section refinement.
   */
  private static double bruteForce(List<Supplier> s, double mu, double sigma, double z) {
    java.util.function.DoubleUnaryOperator cost = th -> {
      double[] d = {Math.cos(th), Math.sin(th)};
      double lo = 0;
      double hi = 1;
      while (!feasible(s, d, hi, mu, sigma, z) && hi < 1e15) {
        hi *= 2;
      }
      if (hi >= 1e15) {
        return Double.POSITIVE_INFINITY;
      }
      for (int k = 0; k < 200; k++) {
        double mid = 0.5 * (lo + hi);
        if (feasible(s, d, mid, mu, sigma, z)) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      return hi * (s.get(0).unitCost() * d[0] + s.get(1).unitCost() * d[1]);
    };
    int n = 2000;
    double best = Double.POSITIVE_INFINITY;
    int arg = 0;
    for (int k = 0; k <= n; k++) {
      double c = cost.applyAsDouble(Math.PI / 2 * k / n);
      if (c < best) {
        best = c;
        arg = k;
      }
    }
    if (Double.isInfinite(best)) {
      return best;
    }
    double a = Math.PI / 2 * Math.max(0, arg - 1) / n;
    double b = Math.PI / 2 * Math.min(n, arg + 1) / n;
    double g = (Math.sqrt(5) - 1) / 2;
    for (int k = 0; k < 100; k++) {
      double c1 = b - g * (b - a);
      double c2 = a + g * (b - a);
      if (cost.applyAsDouble(c1) < cost.applyAsDouble(c2)) {
        b = c2;
      } else {
        a = c1;
      }
    }
    return Math.min(best, cost.applyAsDouble(0.5 * (a + b)));
  }

  private static boolean feasible(List<Supplier> s, double[] d, double t, double mu,
      double sigma, double z) {
    double mean = -mu;
    double var = sigma * sigma;
    for (int i = 0; i < d.length; i++) {
      double x = t * d[i];
      double v = s.get(i).yieldCv();
      mean += x;
      var += v * v * x * x;
    }
    return mean >= z * Math.sqrt(var);
  }

  @Test
  void sixSuppliers_fixedSetOptimum_carriesAKktCertificate() {
    // SOCP optimality: constraint tight, and one multiplier lambda > 0 with
    // e_i = lambda (1 - z v_i^2 x_i / R) where x_i > 0 and e_i >= lambda where x_i = 0
    Random rnd = new Random(13);
    for (int trial = 0; trial < 20; trial++) {
      List<Supplier> s = Instances.random(rnd, 6, 0);
      double mu = 1000;
      double sigma = 300 * rnd.nextDouble();
      SupplierProblem p = Instances.service(mu, sigma, 0.95, s.toArray(Supplier[]::new));
      SetModel.Solution sol = new ServiceModel(p).solve(new int[] {0, 1, 2, 3, 4, 5});
      double[] x = sol.x();
      double sum = 0;
      double var = sigma * sigma;
      for (int i = 0; i < 6; i++) {
        double v = s.get(i).yieldCv();
        sum += x[i];
        var += v * v * x[i] * x[i];
      }
      double r = Math.sqrt(var);
      assertThat(sum - mu).isCloseTo(Z95 * r, Offset.offset(1e-9 * mu));
      Double lambda = null;
      for (int i = 0; i < 6; i++) {
        double v = s.get(i).yieldCv();
        if (x[i] > 0) {
          double l = s.get(i).unitCost() / (1 - Z95 * v * v * x[i] / r);
          if (lambda == null) {
            lambda = l;
          }
          assertThat(l).as("trial %d", trial).isCloseTo(lambda, Offset.offset(1e-7 * lambda));
        }
      }
      assertThat(lambda).isNotNull().isPositive();
      for (int i = 0; i < 6; i++) {
        if (x[i] == 0) {
          assertThat(s.get(i).unitCost()).isGreaterThanOrEqualTo(lambda * (1 - 1e-9));
        }
      }
    }
  }

  @Test
  void zeroFixedCosts_usedSuppliersAreTheCheapestPrefix_andGreedyIsExact() {
    Random rnd = new Random(11);
    for (int trial = 0; trial < 30; trial++) {
      List<Supplier> s = Instances.random(rnd, 6, 0);
      SupplierProblem p = Instances.service(500 + 500 * rnd.nextDouble(), 200 * rnd.nextDouble(),
          0.9 + 0.09 * rnd.nextDouble(), s.toArray(Supplier[]::new));
      SelectionResult r = SupplierSelection.solve(p, "service");
      Selection b = r.best();
      for (int i = 0; i < s.size(); i++) {
        // used iff e_i below the KKT threshold: cheapest first, whatever the yield cv
        assertThat(b.uses(i)).isEqualTo(s.get(i).unitCost() < b.threshold());
      }
      assertThat(r.greedyExactByTheory()).isTrue();
      assertThat(r.greedy().total()).isCloseTo(b.total(), Offset.offset(1e-7 * b.total()));
    }
  }

  @Test
  void dominanceChain_greedyOverPrefixes_equalsSubsetEnumeration() {
    Random rnd = new Random(3);
    for (int trial = 0; trial < 25; trial++) {
      int n = 5;
      double[] c = sorted(rnd, n, 5, 15);
      double[] cv = sorted(rnd, n, 0.05, 0.5);
      double[] k = sorted(rnd, n, 0, 3000);
      Supplier[] s = new Supplier[n];
      for (int i = 0; i < n; i++) {
        double m = 0.9;
        s[i] = Instances.y("s" + i, k[i], c[i], m, Math.min(cv[i] * m, 0.29));
      }
      SupplierProblem p = Instances.service(1000, 100 + 200 * rnd.nextDouble(), 0.95, s);
      SelectionResult r = SupplierSelection.solve(p, "service");
      assertThat(r.greedyExactByTheory()).isTrue();
      assertThat(r.subsets()).isEqualTo(31);
      assertThat(r.greedy().total()).as("trial " + trial)
          .isCloseTo(r.best().total(), Offset.offset(1e-7 * r.best().total()));
    }
  }

  @Test
  void generalFixedCosts_greedyIsNeverBetterThanEnumeration_andSometimesWorse() {
    Random rnd = new Random(5);
    int worse = 0;
    for (int trial = 0; trial < 40; trial++) {
      List<Supplier> s = Instances.random(rnd, 6, 3000);
      SupplierProblem p = Instances.service(1000, 150, 0.95, s.toArray(Supplier[]::new));
      SelectionResult r = SupplierSelection.solve(p, "service");
      assertThat(r.greedyGap()).isGreaterThanOrEqualTo(-1e-7 * r.best().total());
      // enumeration's optimum is no worse than any single subset's plan
      assertThat(r.best().total()).isLessThanOrEqualTo(
          SupplierSelection.plan(p, new ServiceModel(p), new int[] {0, 1, 2, 3, 4, 5}).total()
              + 1e-9);
      if (r.greedyGap() > 1e-6 * r.best().total()) {
        worse++;
      }
    }
    assertThat(worse).as("the greedy is a heuristic with general fixed costs").isPositive();
  }

  private static double[] sorted(Random rnd, int n, double lo, double hi) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = lo + (hi - lo) * rnd.nextDouble();
    }
    java.util.Arrays.sort(a);
    return a;
  }

  @Test
  void tooUnreliableSuppliers_cannotMeetTheTarget() {
    // one supplier: feasible iff 1/v^2 > z^2, i.e. v < 1/z = 0.608 at alpha 0.95
    SupplierProblem p = Instances.service(100, 10, 0.95, Instances.y("a", 0, 1, 0.5, 0.35));
    assertThatThrownBy(() -> SupplierSelection.solve(p, "service"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("alpha");
  }

  @Test
  void monteCarlo_manySuppliersSmallCv_serviceLevelWithinItsCiOfTheTarget() {
    // 12 suppliers of cv 0.1 and a demand sd that dominates: the sum is close to normal
    List<Supplier> s = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      s.add(Instances.y("s" + i, 0, 10, 0.9, 0.09));
    }
    SupplierProblem p = Instances.service(1200, 150, 0.95, s.toArray(Supplier[]::new));
    SelectionResult r = SupplierSelection.solve(p, "service");
    MonteCarloCheck mc = MonteCarloCheck.yields(p, r.best().orders(), false, 400_000, 1);
    assertThat(mc.seed()).isEqualTo(1);
    assertThat(Math.abs(mc.serviceLevel() - 0.95)).isLessThanOrEqualTo(mc.serviceHalfWidth());
    // the simulated cost is the expected procurement cost: E[c Y Q] = c m Q
    assertThat(Math.abs(mc.mean() - r.best().total())).isLessThanOrEqualTo(mc.meanHalfWidth());
  }

  @Test
  void monteCarlo_oneVeryVariableSupplier_cltIsOffByMoreThanTheCi() {
    // a single supplier with yield cv 0.5 (Beta(0.5, 0.5)-like, U-shaped) and a small demand sd:
    // the supply is far from normal, and the CLT service level misses the simulated one
    SupplierProblem p = Instances.service(1000, 20, 0.95, Instances.y("a", 0, 10, 0.5, 0.25));
    SelectionResult r = SupplierSelection.solve(p, "service");
    MonteCarloCheck mc = MonteCarloCheck.yields(p, r.best().orders(), false, 200_000, 1);
    assertThat(Math.abs(mc.serviceLevel() - 0.95)).isGreaterThan(3 * mc.serviceHalfWidth());
  }
}
