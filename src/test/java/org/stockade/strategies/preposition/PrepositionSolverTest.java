package org.stockade.strategies.preposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.lp.LpStatus;

class PrepositionSolverTest {
  private static final PrepositionOptions TIGHT = PrepositionOptions.defaults().withGap(1e-7);

  @Test
  void recourseSubgradient_underestimatesTheRecourseEverywhere_andMatchesFiniteDifferences() {
    PrepositionProblem p = PrepositionGenerator.generate(5, 2, 2, 3, 11);
    Random rnd = new Random(3);
    for (int s = 0; s < p.scenarioCount(); s++) {
      double[][] q = randomStock(p, rnd);
      RecourseLp.Outcome at = RecourseLp.solve(p, s, q);
      for (int t = 0; t < 20; t++) {
        double[][] q2 = randomStock(p, rnd);
        double lin = at.value();
        for (int i = 0; i < q.length; i++) {
          for (int k = 0; k < q[i].length; k++) {
            lin += at.gradient()[i][k] * (q2[i][k] - q[i][k]);
          }
        }
        // convexity: the cut never cuts off the true recourse value
        assertThat(RecourseLp.solve(p, s, q2).value()).isGreaterThanOrEqualTo(lin - 1e-6);
      }
      // a one-sided difference in each coordinate lies between the one-sided derivatives,
      // and the subgradient must lie between them too: check the upper one-sided difference
      // against the gradient from the right (Q convex so (Q(q+h)-Q(q))/h >= g).
      for (int i = 0; i < q.length; i++) {
        for (int k = 0; k < q[i].length; k++) {
          double[][] up = copy(q);
          up[i][k] += 1e-3;
          double diff = (RecourseLp.solve(p, s, up).value() - at.value()) / 1e-3;
          assertThat(diff).isGreaterThanOrEqualTo(at.gradient()[i][k] - 1e-4);
        }
      }
    }
  }

  @Test
  void extensiveForm_equalsBruteForceOverEveryFacilityChoice_onTinyInstances() {
    for (long seed = 1; seed <= 4; seed++) {
      PrepositionProblem p = PrepositionGenerator.generate(3, 2, 2, 4, seed);
      double brute = Double.POSITIVE_INFINITY;
      int n = p.locationCount();
      int[] size = new int[n];
      Arrays.fill(size, -1);
      while (true) {
        brute = Math.min(brute, ExtensiveForm.solveWithSizes(p, size));
        int i = 0;
        while (i < n && size[i] == p.sizesOf(i).size() - 1) {
          size[i] = -1;
          i++;
        }
        if (i == n) {
          break;
        }
        size[i]++;
      }
      PrepositionResult r = new PrepositionSolver(TIGHT).solve(p,
          List.of(PrepositionResult.Method.EXTENSIVE), null);
      PrepositionResult.Run run = r.runs().get(0);
      assertThat(run.status()).isEqualTo(LpStatus.OPTIMAL);
      assertThat(run.objective()).as("seed " + seed)
          .isCloseTo(brute, Offset.offset(1e-6 * Math.max(1, brute)));
      // the re-evaluated cost split adds up to the MILP objective
      assertThat(r.cost().total()).isCloseTo(brute, Offset.offset(1e-5 * Math.max(1, brute)));
    }
  }

  @Test
  void benders_agreesWithExtensiveForm_onSeededRandomInstances() {
    for (long seed = 21; seed <= 24; seed++) {
      PrepositionProblem p = PrepositionGenerator.generate(6, 3, 2, 12, seed);
      PrepositionResult r = new PrepositionSolver(TIGHT.withGap(1e-6)).solve(p,
          List.of(PrepositionResult.Method.EXTENSIVE, PrepositionResult.Method.BENDERS), null);
      PrepositionResult.Run ext = r.runs().get(0);
      PrepositionResult.Run ben = r.runs().get(1);
      assertThat(ext.status()).isEqualTo(LpStatus.OPTIMAL);
      assertThat(ben.status()).as("seed " + seed).isEqualTo(LpStatus.OPTIMAL);
      assertThat(ben.objective()).as("seed " + seed)
          .isCloseTo(ext.objective(), Offset.offset(3e-6 * ext.objective()));
      assertThat(ben.lowerBound()).isLessThanOrEqualTo(ext.objective() * (1 + 1e-6));
      assertThat(ext.lowerBound()).isLessThanOrEqualTo(ben.objective() * (1 + 1e-6));
    }
  }

  @Test
  void benders_isDeterministic_whateverTheThreadCount() {
    PrepositionProblem p = PrepositionGenerator.generate(5, 3, 2, 9, 5);
    PrepositionResult.Run one = new PrepositionSolver(new PrepositionOptions(null, 1e-6, 1))
        .solve(p, List.of(PrepositionResult.Method.BENDERS), null).runs().get(0);
    PrepositionResult.Run four = new PrepositionSolver(new PrepositionOptions(null, 1e-6, 4))
        .solve(p, List.of(PrepositionResult.Method.BENDERS), null).runs().get(0);
    assertThat(four.iterations()).isEqualTo(one.iterations());
    assertThat(four.cuts()).isEqualTo(one.cuts());
    assertThat(four.objective()).isEqualTo(one.objective());
  }

  @Test
  void singleLocationWithoutDestruction_isTheNewsvendorFractile() {
    // one location, one commodity, ample capacity, no fixed cost, no arcs: stock q minimises
    // c q + sum_s P_s [p (d_s - q)^+ + h (q - d_s)^+], solved by the smallest d with
    // F(d) >= (p - c) / (p + h) over the discrete scenarios.
    double[] d = {20, 50, 80, 110, 140};
    double[] pr = {0.1, 0.3, 0.25, 0.2, 0.15};
    double c = 2;
    double pen = 9;
    double h = 1;
    List<Scenario> sc = new ArrayList<>();
    for (int s = 0; s < d.length; s++) {
      sc.add(new Scenario("s" + s, pr[s], new double[][] {{d[s]}}, new double[][] {{0}},
          new double[0], new double[0]));
    }
    PrepositionProblem p = new PrepositionProblem("newsvendor", List.of("depot"),
        List.of(List.of(new SizeOption("big", 0, 1e6))),
        List.of(new Commodity("water", c, 1, pen, h)), List.of(), sc);
    double fractile = (pen - c) / (pen + h);
    double cum = 0;
    double star = Double.NaN;
    for (int s = 0; s < d.length; s++) {
      cum += pr[s];
      if (cum >= fractile - 1e-12) {
        star = d[s];
        break;
      }
    }
    double cost = c * star;
    for (int s = 0; s < d.length; s++) {
      cost += pr[s] * (pen * Math.max(0, d[s] - star) + h * Math.max(0, star - d[s]));
    }
    PrepositionResult r = new PrepositionSolver(TIGHT).solve(p,
        List.of(PrepositionResult.Method.EXTENSIVE, PrepositionResult.Method.BENDERS), null);
    for (PrepositionResult.Run run : r.runs()) {
      assertThat(run.objective()).as(run.method().label())
          .isCloseTo(cost, Offset.offset(1e-6 * cost));
      assertThat(run.plan().stock(0, 0)).as(run.method().label())
          .isCloseTo(star, Offset.offset(1e-6 * star));
    }
  }

  private static double[][] randomStock(PrepositionProblem p, Random rnd) {
    double[][] q = new double[p.locationCount()][p.commodityCount()];
    for (double[] row : q) {
      for (int k = 0; k < row.length; k++) {
        row[k] = 300 * rnd.nextDouble();
      }
    }
    return q;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
