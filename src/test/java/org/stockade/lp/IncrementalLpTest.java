package org.stockade.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IncrementalLpTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  /** min x0 + x1 + x2 s.t. x0 + x1 >= 3, x1 + x2 >= 4, x0 >= 2 (row 2), x >= 0: optimum 5. */
  private static IncrementalLp threeRows() {
    IncrementalLp lp = new IncrementalLp();
    for (int k = 0; k < 3; k++) {
      lp.addVariable(0, INF);
    }
    lp.setObjective(new double[] {1, 1, 1}, false);
    lp.addRow(new int[] {0, 1}, new double[] {1, 1}, 3, INF);
    lp.addRow(new int[] {1, 2}, new double[] {1, 1}, 4, INF);
    lp.addRow(new int[] {0}, new double[] {1}, 2, INF);
    return lp;
  }

  @Test
  void solve_afterAddingRows_matchesHandOptimum() {
    try (IncrementalLp lp = threeRows()) {
      LpResult first = lp.solve();
      assertThat(first.objective()).isCloseTo(6, within(1e-9)); // e.g. x0 = 2, x1 = 4
      lp.addRow(new int[] {2}, new double[] {1}, 4, INF); // e.g. x0 = 2, x1 = 1, x2 = 4
      assertThat(lp.solve().objective()).isCloseTo(7, within(1e-9));
    }
  }

  @Test
  void relax_thenCompact_keepsTheModelAndRemapsRows() {
    try (IncrementalLp lp = threeRows()) {
      lp.relax(2); // without x0 >= 2 the optimum is 4 (e.g. x1 = 4 covers both rows)
      assertThat(lp.solve().objective()).isCloseTo(4, within(1e-9));
      int[] map = lp.compact(new boolean[] {true, true, false});
      assertThat(map).containsExactly(0, 1, -1);
      assertThat(lp.rowCount()).isEqualTo(2);
      LpResult after = lp.solve();
      assertThat(after.objective()).isCloseTo(4, within(1e-9));
      // rows added after the rebuild land after the kept ones and still bind
      assertThat(lp.addRow(new int[] {0}, new double[] {1}, 1, INF)).isEqualTo(2);
      assertThat(lp.solve().objective()).isCloseTo(5, within(1e-9));
    }
  }
}
