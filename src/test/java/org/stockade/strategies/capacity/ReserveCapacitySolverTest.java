package org.stockade.strategies.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.model.InvalidInputException;

class ReserveCapacitySolverTest {
  private final ReserveCapacitySolver solver = new ReserveCapacitySolver();

  /**
   * E[g(T)] = int_0^inf g'(t) (1 - F(t)) dt (g(0) = 0, g piecewise linear), by the midpoint
   * rule on [0, hi]: independent of the closed-form partial expectations.
   */
  static double shortageByQuadrature(ReserveCapacityProblem pr, double i0, double k,
      double hi) {
    int n = 400_000;
    double h = hi / n;
    double s = 0;
    for (int j = 0; j < n; j++) {
      double t = (j + 0.5) * h;
      double slope = (pr.shortage(t + h / 2, i0, k) - pr.shortage(t - h / 2, i0, k)) / h;
      s += slope * (1 - pr.duration().cdf(t)) * h;
    }
    return s;
  }

  static double shortageBySum(ReserveCapacityProblem pr, double i0, double k) {
    SurgeDuration.Discrete d = (SurgeDuration.Discrete) pr.duration();
    double s = 0;
    for (int i = 0; i < d.size(); i++) {
      s += d.probability(i) * pr.shortage(d.value(i), i0, k);
    }
    return s;
  }

  @Test
  void shortage_closedForm_matchesQuadratureForEveryDurationAndEveryPieceShape() {
    List<SurgeDuration> ds = List.of(new SurgeDuration.Exponential(5),
        new SurgeDuration.Uniform(1, 12), new SurgeDuration.LogNormal(1.5, 0.6));
    double[][] mixes = {{0, 0}, {15, 4}, {15, 10}, {15, 14}, {40, 25}, {80, 6}, {5, 0}};
    for (SurgeDuration d : ds) {
      ReserveCapacityProblem pr = new ReserveCapacityProblem(10, 2, d, 1, 3, 10);
      for (double[] m : mixes) {
        double exact = ReserveCapacitySolver.shortage(pr, m[0], m[1])[0];
        assertThat(exact).as(d.describe() + " I0=" + m[0] + " K=" + m[1])
            .isCloseTo(shortageByQuadrature(pr, m[0], m[1], 400), Offset.offset(2e-3));
      }
    }
  }

  @Test
  void shortage_closedForm_matchesDirectSumForDiscreteDurations() {
    Random rnd = new Random(11);
    for (int trial = 0; trial < 50; trial++) {
      double[] t = new double[1 + rnd.nextInt(8)];
      for (int i = 0; i < t.length; i++) {
        t[i] = rnd.nextInt(20) * 0.5;
      }
      ReserveCapacityProblem pr = new ReserveCapacityProblem(1 + rnd.nextInt(10),
          rnd.nextInt(5), SurgeDuration.Discrete.empirical(t, "test"), 1, 2, 10);
      double i0 = rnd.nextInt(60);
      double k = rnd.nextInt(15);
      assertThat(ReserveCapacitySolver.shortage(pr, i0, k)[0]).as("trial " + trial)
          .isCloseTo(shortageBySum(pr, i0, k), Offset.offset(1e-9));
    }
  }

  @Test
  void solve_discrete_lpMatchesGridSearchAndTheGoldenSearch() {
    Random rnd = new Random(5);
    for (int trial = 0; trial < 12; trial++) {
      double[] t = new double[2 + rnd.nextInt(5)];
      for (int i = 0; i < t.length; i++) {
        t[i] = 1 + rnd.nextInt(10);
      }
      ReserveCapacityProblem pr = new ReserveCapacityProblem(4, 1 + rnd.nextInt(3),
          SurgeDuration.Discrete.empirical(t, "test"), 1, 1 + rnd.nextInt(8), 8 + rnd.nextInt(10));
      ReserveCapacityResult lp = solver.solve(pr);
      assertThat(lp.method()).isEqualTo("lp");
      // brute force: the objective is piecewise linear on the arrangement of the lines
      // I0 + (t_s - tau)^+ K = lambda t_s, I0 = 0, K = 0; its minimum over I0, K >= 0 is at a
      // vertex, so enumerate every pairwise intersection
      List<double[]> lines = new java.util.ArrayList<>(); // a I0 + b K = c
      lines.add(new double[] {1, 0, 0});
      lines.add(new double[] {0, 1, 0});
      for (double ts : t) {
        lines.add(new double[] {1, Math.max(0, ts - pr.rampUp()), pr.rate() * ts});
      }
      double best = Double.POSITIVE_INFINITY;
      for (int x = 0; x < lines.size(); x++) {
        for (int y = x + 1; y < lines.size(); y++) {
          double[] a = lines.get(x);
          double[] b = lines.get(y);
          double det = a[0] * b[1] - a[1] * b[0];
          if (Math.abs(det) < 1e-12) {
            continue;
          }
          double i0 = (a[2] * b[1] - a[1] * b[2]) / det;
          double k = (a[0] * b[2] - a[2] * b[0]) / det;
          if (i0 >= -1e-12 && k >= -1e-12) {
            i0 = Math.max(0, i0);
            k = Math.max(0, k);
            best = Math.min(best, pr.cost(i0, k, shortageBySum(pr, i0, k)));
          }
        }
      }
      assertThat(lp.cost()).as("trial " + trial).isCloseTo(best, Offset.offset(1e-7));
      for (double i0 = 0; i0 <= 44; i0 += 0.5) {
        for (double k = 0; k <= 8; k += 0.25) {
          assertThat(lp.cost()).isLessThanOrEqualTo(pr.cost(i0, k, shortageBySum(pr, i0, k))
              + 1e-7);
        }
      }
      assertThat(solver.golden(pr).cost()).as("trial " + trial)
          .isCloseTo(lp.cost(), Offset.offset(1e-6));
    }
  }

  @Test
  void solve_continuous_beatsEveryGridPointOfTheQuadratureObjective() {
    ReserveCapacityProblem pr = new ReserveCapacityProblem(10, 2,
        new SurgeDuration.Exponential(5), 1, 3, 10);
    ReserveCapacityResult r = solver.solve(pr);
    assertThat(r.method()).isEqualTo("piecewise");
    double best = Double.POSITIVE_INFINITY;
    for (double i0 = 0; i0 <= 100; i0 += 4) {
      for (double k = 0; k <= 12; k += 0.5) {
        best = Math.min(best, pr.cost(i0, k, shortageByQuadrature(pr, i0, k, 300)));
      }
    }
    assertThat(r.cost()).isLessThanOrEqualTo(best + 1e-3);
    // and the neighbourhood of the optimum is no better (convexity: local = global)
    for (double di : new double[] {-0.5, 0, 0.5}) {
      for (double dk : new double[] {-0.05, 0, 0.05}) {
        double i0 = Math.max(0, r.stock() + di);
        double k = Math.max(0, r.capacity() + dk);
        assertThat(r.cost()).isLessThanOrEqualTo(
            pr.cost(i0, k, ReserveCapacitySolver.shortage(pr, i0, k)[0]) + 1e-9);
      }
    }
  }

  @Test
  void solve_prohibitiveCapacity_reducesToTheNewsvendorOnLambdaT() {
    // K too dear: I0* = lambda F^-1(1 - c_I/p) = lambda m ln(p / c_I) for exponential T
    ReserveCapacityProblem pr = new ReserveCapacityProblem(10, 2,
        new SurgeDuration.Exponential(5), 1, 1e6, 10);
    ReserveCapacityResult r = solver.solve(pr);
    assertThat(r.capacity()).isCloseTo(0, Offset.offset(1e-6));
    assertThat(r.stock()).isCloseTo(10 * 5 * Math.log(10), Offset.offset(1e-5));
    assertThat(r.shortageProbability()).isCloseTo(0.1, Offset.offset(1e-7));
  }

  @Test
  void mixCurve_cheaperCapacity_neverReservesLess() {
    ReserveCapacityProblem pr = new ReserveCapacityProblem(10, 2,
        new SurgeDuration.Uniform(1, 12), 1, 3, 10);
    List<ReserveCapacityResult> c = solver.mixCurve(pr, new double[] {0.5, 1, 2, 4, 8, 16});
    for (int j = 1; j < c.size(); j++) {
      assertThat(c.get(j).capacity()).isLessThanOrEqualTo(c.get(j - 1).capacity() + 1e-4);
      assertThat(c.get(j).cost()).isGreaterThanOrEqualTo(c.get(j - 1).cost() - 1e-9);
    }
  }

  @Test
  void problem_badValues_areRejectedNamingTheField() {
    assertThatThrownBy(() -> new ReserveCapacityProblem(0, 2, new SurgeDuration.Exponential(5),
        1, 1, 1)).isInstanceOf(InvalidInputException.class).hasMessageContaining("lambda");
    assertThatThrownBy(() -> new SurgeDuration.Uniform(5, 2))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("A < B");
    assertThatThrownBy(() -> new SurgeDuration.Discrete(new double[] {1, 2},
        new double[] {0.5, 0.6}, "x")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sum to");
  }
}
