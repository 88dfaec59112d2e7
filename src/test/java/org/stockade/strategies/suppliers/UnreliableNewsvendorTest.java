package org.stockade.strategies.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class UnreliableNewsvendorTest {
  private static final NormalDistribution N01 = NormalDistribution.of(0, 1);

  static Supplier cap(String name, double c, CapacityDistribution k) {
    return new Supplier(name, 0, c, Double.NaN, Double.NaN, k);
  }

  static SupplierProblem problem(double mu, double sigma, double r, double v, Payment pay,
      Supplier... s) {
    return new SupplierProblem(mu, sigma, List.of(s), pay, Double.NaN, Double.NaN, Double.NaN,
        r, v);
  }

  /**
   * Expected profit by Simpson quadrature over demand (independent of the solver's loss-function
   * formula), summing over every capacity combination.
   */
  static double profitByQuadrature(SupplierProblem p, double[] q) {
    int n = p.size();
    int combos = 1;
    for (Supplier s : p.suppliers()) {
      combos *= s.capacity().size();
    }
    double mu = p.demandMean();
    double sd = p.demandSd();
    double total = 0;
    for (int w = 0; w < combos; w++) {
      int rest = w;
      double prob = 1;
      double y = 0;
      double pay = 0;
      for (int i = 0; i < n; i++) {
        CapacityDistribution c = p.supplier(i).capacity();
        int k = rest % c.size();
        rest /= c.size();
        prob *= c.probability(k);
        double d = Math.min(q[i], c.value(k));
        y += d;
        pay += p.supplier(i).unitCost() * (p.payment() == Payment.DELIVERED ? d : q[i]);
      }
      int m = 4000;
      double a = mu - 10 * sd;
      double b = mu + 10 * sd;
      double h = (b - a) / m;
      double e = 0;
      for (int j = 0; j <= m; j++) {
        double d = a + j * h;
        double f = (p.price() * Math.min(y, d) + p.salvage() * Math.max(0, y - d))
            * N01.density((d - mu) / sd) / sd;
        e += f * (j == 0 || j == m ? 1 : j % 2 == 1 ? 4 : 2);
      }
      total += prob * (e * h / 3 - pay);
    }
    return total;
  }

  @Test
  void profit_matchesQuadrature() {
    SupplierProblem p = problem(1000, 200, 30, 4, Payment.DELIVERED,
        cap("a", 9, new CapacityDistribution(new double[] {0, 400, Double.POSITIVE_INFINITY},
            new double[] {0.3, 0.3, 0.4})), cap("b", 12, CapacityDistribution.allOrNothing(0.9)));
    UnreliableNewsvendor nv = new UnreliableNewsvendor(p);
    for (double[] q : new double[][] {{0, 0}, {500, 700}, {1500, 0}, {300, 1200}}) {
      double quad = profitByQuadrature(p, q);
      assertThat(nv.profit(q)).isCloseTo(quad, Offset.offset(1e-6 * (1 + Math.abs(quad))));
    }
  }

  @Test
  void singleSupplier_ordersTheReliableNewsvendorQuantity_whateverItsReliability() {
    // pay per delivered unit: dPi/dQ = P(K > Q) [r - c - (r - v) F(Q)], so Q* = F^-1((r-c)/(r-v))
    double q = 1000 + 200 * N01.inverseCumulativeProbability((30.0 - 12) / (30 - 4));
    for (double rel : new double[] {1, 0.9, 0.5}) {
      SupplierProblem p = problem(1000, 200, 30, 4, Payment.DELIVERED,
          cap("a", 12, CapacityDistribution.allOrNothing(rel)));
      NewsvendorResult r = new UnreliableNewsvendor(p).solve();
      assertThat(r.orders()[0]).as("reliability " + rel).isCloseTo(q, Offset.offset(1e-6));
      // Simpson's rule across the kink of min(y, d): about 1e-7 relative
      assertThat(r.expectedProfit()).isCloseTo(profitByQuadrature(p, r.orders()),
          Offset.offset(1e-6 * r.expectedProfit()));
    }
  }

  @Test
  void twoSuppliers_optimum_matchesBruteForceGrid() {
    Random rnd = new Random(31);
    for (int trial = 0; trial < 6; trial++) {
      double k1 = 200 + 600 * rnd.nextDouble();
      SupplierProblem p = problem(1000, 100 + 200 * rnd.nextDouble(), 30, 3,
          trial % 2 == 0 ? Payment.DELIVERED : Payment.ORDERED,
          cap("a", 6 + 6 * rnd.nextDouble(), new CapacityDistribution(
              new double[] {0, k1, Double.POSITIVE_INFINITY}, new double[] {0.2, 0.3, 0.5})),
          cap("b", 8 + 8 * rnd.nextDouble(),
              CapacityDistribution.allOrNothing(0.6 + 0.4 * rnd.nextDouble())));
      UnreliableNewsvendor nv = new UnreliableNewsvendor(p);
      NewsvendorResult r = nv.solve();
      // grid of step 5 on [0, 2500]^2, then a local grid of step 0.05 around the best point
      double[] best = {0, 0};
      double bv = nv.profit(best);
      for (int a = 0; a <= 500; a++) {
        for (int b = 0; b <= 500; b++) {
          double v = nv.profit(new double[] {5.0 * a, 5.0 * b});
          if (v > bv) {
            bv = v;
            best = new double[] {5.0 * a, 5.0 * b};
          }
        }
      }
      double[] c = best.clone();
      for (int a = -100; a <= 100; a++) {
        for (int b = -100; b <= 100; b++) {
          double[] q = {Math.max(0, c[0] + 0.05 * a), Math.max(0, c[1] + 0.05 * b)};
          bv = Math.max(bv, nv.profit(q));
        }
      }
      assertThat(r.expectedProfit()).as("trial " + trial).isGreaterThanOrEqualTo(bv - 1e-6);
      assertThat(r.expectedProfit()).isLessThanOrEqualTo(bv + 0.01);
    }
  }

  @Property(tries = 60)
  void costPrecedesReliability(@ForAll @DoubleRange(min = 5, max = 20) double c1,
      @ForAll @DoubleRange(min = 5, max = 20) double c2,
      @ForAll @DoubleRange(min = 5, max = 20) double c3,
      @ForAll @DoubleRange(min = 0.05, max = 1) double r1,
      @ForAll @DoubleRange(min = 0.05, max = 1) double r2,
      @ForAll @DoubleRange(min = 0.05, max = 1) double k3,
      @ForAll @DoubleRange(min = 20, max = 400) double sd) {
    // two all-or-nothing suppliers and one with a partial capacity; pay per delivered unit
    SupplierProblem p = problem(1000, sd, 25, 2, Payment.DELIVERED,
        cap("a", c1, CapacityDistribution.allOrNothing(r1)),
        cap("b", c2, CapacityDistribution.allOrNothing(r2)),
        cap("c", c3, new CapacityDistribution(new double[] {0, 1000 * k3, 2000},
            new double[] {0.2, 0.5, 0.3})));
    NewsvendorResult r = new UnreliableNewsvendor(p).solve();
    for (int j = 0; j < 3; j++) {
      for (int i = 0; i < 3; i++) {
        if (r.uses(j) && p.supplier(i).unitCost() < p.supplier(j).unitCost()) {
          assertThat(r.uses(i)).as("%s (c=%s) used but cheaper %s (c=%s) not; orders %s",
              p.supplier(j).name(), p.supplier(j).unitCost(), p.supplier(i).name(),
              p.supplier(i).unitCost(), java.util.Arrays.toString(r.orders())).isTrue();
        }
      }
    }
    assertThat(r.costPrecedesReliability()).isTrue();
  }

  @Test
  void payPerOrdered_canPreferAReliableDearerSupplier() {
    // paying for ordered units, a cheap supplier that delivers only 30% of the time costs 8/0.3
    // per expected unit: the dearer reliable one is used alone
    SupplierProblem p = problem(1000, 100, 25, 0, Payment.ORDERED,
        cap("cheap", 8, CapacityDistribution.allOrNothing(0.3)),
        cap("reliable", 12, CapacityDistribution.allOrNothing(1)));
    NewsvendorResult r = new UnreliableNewsvendor(p).solve();
    assertThat(r.uses(1)).isTrue();
    assertThat(r.uses(0)).isFalse();
    assertThat(r.costPrecedesReliability()).isFalse();
  }

  @Test
  void monteCarlo_profitWithinItsConfidenceInterval() {
    SupplierProblem p = problem(1000, 200, 30, 4, Payment.DELIVERED,
        cap("a", 9, new CapacityDistribution(new double[] {0, 400, Double.POSITIVE_INFINITY},
            new double[] {0.3, 0.3, 0.4})), cap("b", 12, CapacityDistribution.allOrNothing(0.9)));
    NewsvendorResult r = new UnreliableNewsvendor(p).solve();
    MonteCarloCheck mc = MonteCarloCheck.capacities(p, r.orders(), 200_000, 1);
    assertThat(Math.abs(mc.mean() - r.expectedProfit()))
        .isLessThanOrEqualTo(3 * mc.meanHalfWidth());
  }
}
