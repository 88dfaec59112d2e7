package org.stockade.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;

/** The weighted closed forms against the support function computed by an LP directly. */
class WeightedPiecesTest {
  private static double[][] candidates(Random rnd, int n, boolean nonNegative) {
    double[][] v = new double[n][];
    for (int j = 0; j < n; j++) {
      int k = 1 + rnd.nextInt(3);
      v[j] = new double[k];
      for (int q = 0; q < k; q++) {
        v[j][q] = nonNegative ? rnd.nextInt(4) * 2.5 : rnd.nextInt(7) - 2;
      }
    }
    return v;
  }

  private static double minOfPieces(List<AffinePiece> pieces, double[][] values, int[] pick) {
    double best = Double.POSITIVE_INFINITY;
    for (AffinePiece p : pieces) {
      double s = p.constant();
      int off = 0;
      for (int j = 0; j < values.length; j++) {
        s += p.coef()[off + pick[j]];
        off += values[j].length;
      }
      best = Math.min(best, s);
    }
    return best;
  }

  private static double lp(LinearProgram lp, LinearExpr[] x, double[] w, boolean max) {
    LinearExpr obj = LinearExpr.constant(0);
    for (int k = 0; k < x.length; k++) {
      obj = obj.plus(x[k].times(w[k]));
    }
    if (max) {
      lp.maximize(obj);
    } else {
      lp.minimize(obj);
    }
    LpResult r = LpSolver.orTools().solve(lp);
    assertThat(r.status().hasSolution()).isTrue();
    return r.objective();
  }

  @Test
  void demandPieces_equalTheLpSupportFunctionForEverySelection() {
    for (long seed = 1; seed <= 60; seed++) {
      Random rnd = new Random(seed);
      int n = 1 + rnd.nextInt(5);
      double[] mu = new double[n];
      double[] sigma = new double[n];
      double[] tau = new double[n];
      for (int j = 0; j < n; j++) {
        mu[j] = 10 + rnd.nextInt(100);
        sigma[j] = rnd.nextInt(4) == 0 ? 0 : mu[j] * (rnd.nextBoolean() ? 0.5 : 0.25);
        tau[j] = rnd.nextInt(3) == 0 ? 0.9 : 1;
      }
      double alpha = rnd.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : 0.5 + rnd.nextDouble() * 2;
      double gamma = alpha == Double.POSITIVE_INFINITY || rnd.nextBoolean()
          ? 0.5 + rnd.nextDouble() * 3 : Double.POSITIVE_INFINITY;
      double beta = rnd.nextInt(3) == 0 ? Double.POSITIVE_INFINITY : rnd.nextDouble() * 2;
      ParametricDemandSet d = new ParametricDemandSet(mu, sigma, tau, alpha, beta,
          rnd.nextBoolean() ? AggregateForm.STANDARDIZED : AggregateForm.UNSTANDARDIZED, gamma);
      double[][] values = candidates(rnd, n, false);
      List<AffinePiece> pieces = d.weightedMaxPieces(values);
      for (int trial = 0; trial < 5; trial++) {
        int[] pick = new int[n];
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
          pick[j] = rnd.nextInt(values[j].length);
          w[j] = values[j][pick[j]];
        }
        LinearProgram lp = new LinearProgram();
        double expected = lp(lp, d.describeIn(lp), w, true);
        assertThat(minOfPieces(pieces, values, pick)).as("seed %d", seed)
            .isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
      }
    }
  }

  @Test
  void capacityPieces_equalTheNegatedLpMinimumForEverySelection() {
    for (long seed = 1; seed <= 60; seed++) {
      Random rnd = new Random(seed);
      int m = 1 + rnd.nextInt(5);
      double[] c0 = new double[m];
      for (int i = 0; i < m; i++) {
        c0[i] = 20 + rnd.nextInt(200);
      }
      CapacityLossKind kind = CapacityLossKind.values()[rnd.nextInt(5)];
      double zeta = switch (kind) {
        case NONE -> 0;
        case UNITS -> rnd.nextDouble() * 150;
        case FRACTION, DETERMINISTIC -> rnd.nextDouble() * 0.5;
        case PLANTS -> rnd.nextDouble() * 2.5;
      };
      CapacityLoss c = new CapacityLoss(c0, kind, zeta);
      double[][] values = candidates(rnd, m, true);
      List<AffinePiece> pieces = c.weightedNegatedMinPieces(values);
      for (int trial = 0; trial < 5; trial++) {
        int[] pick = new int[m];
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
          pick[i] = rnd.nextInt(values[i].length);
          w[i] = values[i][pick[i]];
        }
        LinearProgram lp = new LinearProgram();
        double expected = -lp(lp, c.describeIn(lp), w, false);
        assertThat(minOfPieces(pieces, values, pick)).as("seed %d %s", seed, kind)
            .isCloseTo(expected, within(1e-6 * Math.max(1, Math.abs(expected))));
      }
    }
  }
}
