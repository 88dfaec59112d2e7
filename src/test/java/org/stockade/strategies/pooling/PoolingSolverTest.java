package org.stockade.strategies.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.model.InvalidInputException;

class PoolingSolverTest {
  private final PoolingSolver solver = new PoolingSolver();

  /**
   * Expected cost of stock vector S by the closed-form recourse with one transshipment cost:
   * move m = min(total surplus, total deficit) units when t < p + h, none otherwise.
   */
  static double bruteCost(PoolingProblem pr, int[] stock, boolean pooling) {
    double cost = 0;
    for (int i = 0; i < stock.length; i++) {
      cost += pr.unitCost() * stock[i];
    }
    for (int s = 0; s < pr.scenarios(); s++) {
      double surplus = 0;
      double deficit = 0;
      for (int i = 0; i < stock.length; i++) {
        surplus += Math.max(0, stock[i] - pr.demand(s, i));
        deficit += Math.max(0, pr.demand(s, i) - stock[i]);
      }
      double m = pooling && pr.transshipmentCost() < pr.shortageCost() + pr.holdingCost()
          ? Math.min(surplus, deficit) : 0;
      cost += pr.probability(s) * (pr.transshipmentCost() * m + pr.shortageCost()
          * (deficit - m) + pr.holdingCost() * (surplus - m));
    }
    return cost;
  }

  static double bruteOptimum(PoolingProblem pr, int max, boolean pooling) {
    int n = pr.size();
    int[] s = new int[n];
    double best = Double.POSITIVE_INFINITY;
    while (true) {
      best = Math.min(best, bruteCost(pr, s, pooling));
      int k = 0;
      while (k < n && s[k] == max) {
        s[k++] = 0;
      }
      if (k == n) {
        return best;
      }
      s[k]++;
    }
  }

  @Test
  void solve_tinyDiscrete_matchesEnumerationOfIntegerStocks() {
    Random rnd = new Random(21);
    for (int trial = 0; trial < 15; trial++) {
      int n = 2 + rnd.nextInt(2);
      int m = 2 + rnd.nextInt(3);
      double[][] d = new double[m][n];
      double[] pi = new double[m];
      double tot = 0;
      for (int s = 0; s < m; s++) {
        for (int i = 0; i < n; i++) {
          d[s][i] = rnd.nextInt(7);
        }
        pi[s] = 1 + rnd.nextInt(4);
        tot += pi[s];
      }
      for (int s = 0; s < m; s++) {
        pi[s] /= tot;
      }
      PoolingProblem pr = new PoolingProblem(n == 2 ? List.of("a", "b") : List.of("a", "b", "c"),
          d, pi, rnd.nextInt(3), rnd.nextInt(3), 5 + rnd.nextInt(10), rnd.nextInt(6));
      PoolingResult r = solver.solve(pr, null);
      // integer demands: every vertex of the piecewise-linear cost has integer stocks
      assertThat(r.pooledCost()).as("trial " + trial).isCloseTo(bruteOptimum(pr, 6, true),
          Offset.offset(1e-7));
      assertThat(r.separateCost()).as("trial " + trial).isCloseTo(bruteOptimum(pr, 6, false),
          Offset.offset(1e-7));
      assertThat(r.valueOfPooling()).isGreaterThanOrEqualTo(-1e-9);
    }
  }

  @Test
  void solve_twoSymmetricNormalsFreeTransshipment_recoversSqrtPooling() {
    double mu = 100;
    double sigma = 20;
    double c = 1;
    double h = 0.5;
    double p = 10;
    NormalDistribution nd = NormalDistribution.of(mu, sigma);
    DoubleUnaryOperator q = nd::inverseCumulativeProbability;
    double[][] d = PoolingSolver.sample(List.of(q, q), 3000, 9);
    double[] pi = new double[d.length];
    java.util.Arrays.fill(pi, 1.0 / d.length);
    PoolingResult r = solver.solve(new PoolingProblem(List.of("a", "b"), d, pi, c, h, p, 0), 9L);
    // closed form: C* = c mu + sigma [(c + h) z + (p + h) L(z)], z = Phi^-1((p - c)/(p + h))
    double z = NormalDistribution.of(0, 1).inverseCumulativeProbability((p - c) / (p + h));
    double loss = NormalDistribution.of(0, 1).density(z)
        - z * NormalDistribution.of(0, 1).survivalProbability(z);
    double k = (c + h) * z + (p + h) * loss;
    double separate = 2 * c * mu + 2 * sigma * k;
    double pooled = 2 * c * mu + Math.sqrt(2) * sigma * k;
    assertThat(r.separateCost()).isCloseTo(separate, Offset.offset(0.02 * separate));
    assertThat(r.pooledCost()).isCloseTo(pooled, Offset.offset(0.02 * pooled));
    assertThat(r.valueOfPooling()).isCloseTo((2 - Math.sqrt(2)) * sigma * k,
        Offset.offset(0.15 * (2 - Math.sqrt(2)) * sigma * k));
    assertThat(r.pooledStock()[0] + r.pooledStock()[1]).isCloseTo(2 * mu
        + Math.sqrt(2) * sigma * z, Offset.offset(4.0));
  }

  @Test
  void solve_freeTransshipment_equalsTheNewsvendorOnTotalDemand() {
    Random rnd = new Random(4);
    int m = 40;
    double[][] d = new double[m][3];
    double[] pi = new double[m];
    double[] total = new double[m];
    for (int s = 0; s < m; s++) {
      for (int i = 0; i < 3; i++) {
        d[s][i] = rnd.nextInt(30);
        total[s] += d[s][i];
      }
      pi[s] = 1.0 / m;
    }
    PoolingResult r = solver.solve(new PoolingProblem(List.of("a", "b", "c"), d, pi, 1, 1, 6, 0),
        null);
    double best = Double.POSITIVE_INFINITY;
    for (double tot : total) {
      double cost = tot;
      for (double dd : total) {
        cost += (Math.max(0, tot - dd) + 6 * Math.max(0, dd - tot)) / m;
      }
      best = Math.min(best, cost);
    }
    assertThat(r.pooledCost()).isCloseTo(best, Offset.offset(1e-7));
  }

  @Test
  void problem_badScenarios_areRejected() {
    assertThatThrownBy(() -> new PoolingProblem(List.of("a"), new double[][] {{1}},
        new double[] {0.5}, 1, 0, 5, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sum to");
    assertThatThrownBy(() -> new PoolingProblem(List.of("a", "b"), new double[][] {{1}},
        new double[] {1}, 1, 0, 5, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("one per location");
  }
}
