package org.stockade.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CoveringLp} (the covering LP solved as its dual packing LP, cuts as columns) against
 * the same covering LP written as rows and solved by {@link IncrementalLp}, and against LP
 * duality itself: the returned x is covering-feasible, the returned multipliers are
 * packing-feasible, and both have the reported value.
 */
class CoveringLpTest {
  private record Cut(int[] vars, double rhs) {}

  private static double rowForm(double[] w, List<Cut> cuts, boolean[] active) {
    try (IncrementalLp lp = new IncrementalLp()) {
      for (int j = 0; j < w.length; j++) {
        lp.addVariable(0, Double.POSITIVE_INFINITY);
      }
      lp.setObjective(w, false);
      for (int k = 0; k < cuts.size(); k++) {
        if (active[k]) {
          double[] ones = new double[cuts.get(k).vars().length];
          java.util.Arrays.fill(ones, 1);
          lp.addRow(cuts.get(k).vars(), ones, cuts.get(k).rhs(), Double.POSITIVE_INFINITY);
        }
      }
      if (lp.rowCount() == 0) {
        return 0;
      }
      LpResult r = lp.solve();
      assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
      return r.objective();
    }
  }

  private static void assertDualPair(double[] w, List<Cut> cuts, boolean[] active, LpResult r) {
    double tol = 1e-6 * Math.max(1, Math.abs(r.objective()));
    double[] x = r.values();
    double cost = 0;
    for (int j = 0; j < w.length; j++) {
      assertThat(x[j]).isGreaterThanOrEqualTo(0);
      cost += w[j] * x[j];
    }
    assertThat(cost).as("w.x").isCloseTo(r.objective(), within(tol));
    double[] load = new double[w.length];
    double dualValue = 0;
    for (int k = 0; k < cuts.size(); k++) {
      double lhs = 0;
      for (int j : cuts.get(k).vars()) {
        lhs += x[j];
        load[j] += r.dual(k);
      }
      if (active[k]) {
        assertThat(lhs).as("cut " + k + " covered").isGreaterThanOrEqualTo(cuts.get(k).rhs() - tol);
      } else {
        assertThat(r.dual(k)).as("switched-off cut " + k + " has no multiplier").isZero();
      }
      assertThat(r.dual(k)).isGreaterThanOrEqualTo(0);
      dualValue += cuts.get(k).rhs() * r.dual(k);
    }
    for (int j = 0; j < w.length; j++) {
      assertThat(load[j]).as("packing row " + j).isLessThanOrEqualTo(w[j] + tol);
    }
    assertThat(dualValue).as("b.y").isCloseTo(r.objective(), within(tol));
  }

  @Test
  void solve_growingRandomCoveringLps_equalsRowFormAndSatisfiesDuality() {
    for (int seed = 1; seed <= 25; seed++) {
      Random rnd = new Random(seed);
      int n = 3 + rnd.nextInt(20);
      double[] w = new double[n];
      for (int j = 0; j < n; j++) {
        w[j] = seed % 3 == 0 ? 1 : 0.5 + 2 * rnd.nextDouble();
      }
      List<Cut> cuts = new ArrayList<>();
      try (CoveringLp lp = new CoveringLp(w)) {
        for (int round = 0; round < 5; round++) {
          int add = 1 + rnd.nextInt(2 * n);
          for (int a = 0; a < add; a++) {
            int size = 1 + rnd.nextInt(Math.min(n, 6));
            int[] vars = rnd.ints(0, n).distinct().limit(size).toArray();
            Cut c = new Cut(vars, 10 * rnd.nextDouble() * size);
            assertThat(lp.addCut(c.vars(), c.rhs())).isEqualTo(cuts.size());
            cuts.add(c);
          }
          boolean[] active = new boolean[cuts.size()];
          java.util.Arrays.fill(active, true);
          LpResult r = lp.solve();
          assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
          String ctx = "seed " + seed + " round " + round;
          assertThat(r.objective()).as(ctx)
              .isCloseTo(rowForm(w, cuts, active), within(1e-6 * Math.max(1, r.objective())));
          assertDualPair(w, cuts, active, r);
        }
      }
    }
  }

  @Test
  void setActive_offThenOn_dropsAndRestoresTheCut() {
    for (int seed = 1; seed <= 15; seed++) {
      Random rnd = new Random(100 + seed);
      int n = 4 + rnd.nextInt(10);
      double[] w = new double[n];
      java.util.Arrays.fill(w, 1);
      List<Cut> cuts = new ArrayList<>();
      try (CoveringLp lp = new CoveringLp(w)) {
        for (int a = 0; a < 3 * n; a++) {
          int[] vars = rnd.ints(0, n).distinct().limit(1 + rnd.nextInt(4)).toArray();
          cuts.add(new Cut(vars, 1 + 9 * rnd.nextDouble()));
          lp.addCut(vars, cuts.get(a).rhs());
        }
        boolean[] active = new boolean[cuts.size()];
        java.util.Arrays.fill(active, true);
        double all = lp.solve().objective();
        for (int k = 0; k < cuts.size(); k += 2) {
          lp.setActive(k, false);
          active[k] = false;
        }
        LpResult half = lp.solve();
        assertThat(half.objective()).isCloseTo(rowForm(w, cuts, active), within(1e-6 * all));
        assertDualPair(w, cuts, active, half);
        for (int k = 0; k < cuts.size(); k += 2) {
          lp.setActive(k, true);
        }
        assertThat(lp.solve().objective()).isCloseTo(all, within(1e-6 * all));
      }
    }
  }

  @Test
  void solve_withoutCuts_isZeroAndNegativeWeightsAreRefused() {
    try (CoveringLp lp = new CoveringLp(new double[] {1, 2})) {
      LpResult r = lp.solve();
      assertThat(r.objective()).isZero();
      assertThat(r.values()).containsExactly(0, 0);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CoveringLp(new double[] {1, -1}))
        .hasMessageContaining("weight 1");
  }
}
