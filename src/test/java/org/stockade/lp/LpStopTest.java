package org.stockade.lp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LpSolver#solve(LinearProgram, LpOptions, java.util.function.BooleanSupplier)}: a stop
 * signal ends a hard SCIP solve long before its time limit, and a signal that never fires
 * changes nothing.
 */
class LpStopTest {
  /** A seeded multi-dimensional 0-1 knapsack (hard for branch and bound at gap 0). */
  private static LinearProgram knapsack(int n, int m, long seed) {
    Random r = new Random(seed);
    LinearProgram lp = new LinearProgram();
    int[] x = new int[n];
    for (int j = 0; j < n; j++) {
      x[j] = lp.addBinary("x" + j);
    }
    double[] value = new double[n];
    for (int i = 0; i < m; i++) {
      double[] w = new double[n];
      double sum = 0;
      for (int j = 0; j < n; j++) {
        w[j] = 1 + r.nextInt(1000);
        value[j] += w[j] / m;
        sum += w[j];
      }
      lp.addLessEq(LinearExpr.of(x, w, 0), sum / 2, "c" + i);
    }
    for (int j = 0; j < n; j++) {
      value[j] += r.nextInt(500);
    }
    lp.maximize(LinearExpr.of(x, value, 0));
    return lp;
  }

  @Test
  void stopSignal_endsAHardMilpWellBeforeItsTimeLimit() {
    LinearProgram hard = knapsack(150, 20, 3);
    LpOptions exact = new LpOptions(null, 0, 0);
    // hard enough: 2 s are not enough to prove optimality
    assertThat(LpSolver.orTools().solve(hard, exact.withTimeLimit(Duration.ofSeconds(2)))
        .status()).isNotEqualTo(LpStatus.OPTIMAL);
    long t0 = System.nanoTime();
    long stopAt = t0 + 300_000_000L;
    LpResult r = LpSolver.orTools().solve(hard, exact.withTimeLimit(Duration.ofSeconds(120)),
        () -> System.nanoTime() > stopAt);
    double secs = (System.nanoTime() - t0) / 1e9;
    assertThat(secs).isLessThan(3.0);
    assertThat(r.status()).isNotEqualTo(LpStatus.OPTIMAL);
  }

  @Test
  void signalThatNeverFires_givesTheSameResult() {
    LinearProgram small = knapsack(12, 3, 5);
    LpResult a = LpSolver.orTools().solve(small, LpOptions.defaults(), () -> false);
    LpResult b = LpSolver.orTools().solve(small, LpOptions.defaults());
    assertThat(a.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(a.objective()).isEqualTo(b.objective());
    assertThat(a.values()).containsExactly(b.values());
  }
}
