package org.stockade.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.model.InvalidInputException;

/**
 * The closed-form {@code Dmax(S)} of {@link ParametricDemandSet} against LPs: the class's own
 * LP ({@link ParametricDemandSet#max}) and an LP written from the spec's definition inside this
 * test (z = z+ - z-, |z| <= alpha as z+ + z- <= alpha, budget and aggregate rows).
 */
class ParametricDemandSetTest {
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double REL = 1e-7;

  /** A random set and its parameters (kept for the independent LP and the messages). */
  private record Instance(double[] mu, double[] sigma, double[] tau, double alpha, double beta,
      AggregateForm form, double gamma, ParametricDemandSet set) {
    @Override
    public String toString() {
      return "mu=" + Arrays.toString(mu) + " sigma=" + Arrays.toString(sigma) + " tau="
          + Arrays.toString(tau) + " alpha=" + alpha + " beta=" + beta + " " + form + " gamma="
          + gamma;
    }
  }

  private static Instance randomInstance(Random rnd) {
    int n = 1 + rnd.nextInt(8);
    double[] mu = new double[n];
    double[] sigma = new double[n];
    double[] tau = new double[n];
    for (int j = 0; j < n; j++) {
      mu[j] = rnd.nextInt(10) == 0 ? 0 : 200 * rnd.nextDouble();
      sigma[j] = rnd.nextInt(5) == 0 ? 0 : (rnd.nextBoolean() ? 0.6 * mu[j] : 50) * rnd.nextDouble();
      tau[j] = rnd.nextInt(3) == 0 ? 1.0 : 1.0 - 0.9 * rnd.nextDouble(); // in (0.1, 1]
    }
    double alpha = rnd.nextInt(3) == 0 ? INF : 3 * rnd.nextDouble();
    double beta = rnd.nextInt(3) == 0 ? INF : (rnd.nextInt(8) == 0 ? 0 : 4 * rnd.nextDouble());
    double gamma = alpha == INF || rnd.nextBoolean() ? 2 * n * rnd.nextDouble() : INF;
    AggregateForm form = rnd.nextBoolean() ? AggregateForm.STANDARDIZED
        : AggregateForm.UNSTANDARDIZED;
    return new Instance(mu, sigma, tau, alpha, beta, form, gamma,
        new ParametricDemandSet(mu, sigma, tau, alpha, beta, form, gamma));
  }

  private static BitSet randomSubset(Random rnd, int n) {
    BitSet s = new BitSet(n);
    while (s.isEmpty()) {
      for (int j = 0; j < n; j++) {
        if (rnd.nextBoolean()) {
          s.set(j);
        }
      }
    }
    return s;
  }

  private static BitSet all(int n) {
    BitSet s = new BitSet(n);
    s.set(0, n);
    return s;
  }

  private static void assertRelClose(double actual, double expected, String what) {
    assertThat(actual).as(what)
        .isCloseTo(expected, within(REL * Math.max(1, Math.abs(expected))));
  }

  /**
   * Dmax(S) from the spec's definition, as an LP built here from scratch:
   * {@code max sum_S tau_j (mu_j + sigma_j (zp_j - zn_j))} s.t. {@code zp, zn >= 0},
   * {@code zp_j + zn_j <= alpha}, {@code sum (zp + zn) <= gamma},
   * {@code |sum a_j (zp_j - zn_j)| <= B}, demand non-negative ({@code sigma_j zn_j <= mu_j},
   * i.e. {@code d_j >= 0}); products with sigma = 0 are fixed at mu.
   */
  private static double independentDmax(Instance in, BitSet s) {
    int n = in.mu().length;
    LinearProgram lp = new LinearProgram();
    LinearExpr obj = LinearExpr.constant(0);
    LinearExpr aggregate = LinearExpr.constant(0);
    LinearExpr budget = LinearExpr.constant(0);
    double sumSq = 0;
    for (int j = 0; j < n; j++) {
      sumSq += in.sigma()[j] * in.sigma()[j];
    }
    double bound = in.form() == AggregateForm.STANDARDIZED ? in.beta()
        : in.beta() * Math.sqrt(sumSq);
    int used = 0;
    for (int j = 0; j < n; j++) {
      if (s.get(j)) {
        obj = obj.plus(LinearExpr.constant(in.tau()[j] * in.mu()[j]));
      }
      if (in.sigma()[j] == 0) {
        continue;
      }
      int zp = lp.addVariable(0, INF, "zp" + j);
      int zn = lp.addVariable(0, INF, "zn" + j);
      used++;
      if (in.alpha() < INF) {
        lp.addLessEq(LinearExpr.of(zp).plusTerm(1, zn), in.alpha(), "box" + j);
      }
      lp.addLessEq(LinearExpr.of(zn), in.mu()[j] / in.sigma()[j], "d>=0 " + j);
      budget = budget.plusTerm(1, zp).plusTerm(1, zn);
      double a = in.form() == AggregateForm.STANDARDIZED ? 1 : in.sigma()[j];
      aggregate = aggregate.plusTerm(a, zp).plusTerm(-a, zn);
      if (s.get(j)) {
        double w = in.tau()[j] * in.sigma()[j];
        obj = obj.plusTerm(w, zp).plusTerm(-w, zn);
      }
    }
    if (used > 0 && in.gamma() < INF) {
      lp.addLessEq(budget, in.gamma(), "budget");
    }
    if (used > 0 && in.beta() < INF) {
      lp.addRow(aggregate, -bound, bound, "aggregate");
    }
    lp.maximize(obj);
    LpResult r = LpSolver.orTools().solve(lp);
    assertThat(r.status()).as("independent LP for %s S=%s", in, s).isEqualTo(LpStatus.OPTIMAL);
    return r.objective();
  }

  /** Membership of d in D computed here from the definition (not with violation()). */
  private static boolean independentlyContains(Instance in, double[] d, double tol) {
    int n = in.mu().length;
    double sumSq = 0;
    for (int j = 0; j < n; j++) {
      sumSq += in.sigma()[j] * in.sigma()[j];
    }
    double agg = 0;
    double bud = 0;
    for (int j = 0; j < n; j++) {
      double raw = d[j] / in.tau()[j];
      if (in.sigma()[j] == 0) {
        if (Math.abs(raw - in.mu()[j]) > tol * Math.max(1, in.mu()[j])) {
          return false;
        }
        continue;
      }
      double z = (raw - in.mu()[j]) / in.sigma()[j];
      if (Math.abs(z) > in.alpha() + tol || d[j] < -tol * Math.max(1, in.mu()[j])) {
        return false;
      }
      agg += (in.form() == AggregateForm.STANDARDIZED ? 1 : in.sigma()[j]) * z;
      bud += Math.abs(z);
    }
    double bound = in.form() == AggregateForm.STANDARDIZED ? in.beta()
        : in.beta() * Math.sqrt(sumSq);
    return Math.abs(agg) <= bound + tol * Math.max(1, bound)
        && bud <= in.gamma() + tol * Math.max(1, in.gamma());
  }

  @Test
  void maxValue_randomSetsAndSubsets_matchesLpOptimum() {
    int checked = 0;
    for (long seed = 1; seed <= 600; seed++) {
      Random rnd = new Random(seed);
      Instance in = randomInstance(rnd);
      int n = in.mu().length;
      for (int t = 0; t < 4; t++) {
        BitSet s = t == 0 ? all(n) : randomSubset(rnd, n);
        String ctx = "seed " + seed + ", " + in + ", S=" + s;
        double closed = in.set().maxValue(s);
        Extreme ex = in.set().max(s);
        double independent = independentDmax(in, s);

        assertRelClose(closed, ex.value(), "closed form vs max(S) LP; " + ctx);
        assertRelClose(closed, independent, "closed form vs independent LP; " + ctx);

        double[] d = ex.point();
        assertThat(d).as(ctx).hasSize(n);
        assertThat(in.set().violation(d, 1e-7)).as("violation of argmax; " + ctx).isNull();
        assertThat(independentlyContains(in, d, 1e-7)).as("argmax in D; " + ctx).isTrue();
        double sumS = 0;
        for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
          sumS += d[j];
        }
        assertRelClose(sumS, ex.value(), "S-sum of argmax; " + ctx);

        double[] lo = in.set().lowerBounds();
        double[] up = in.set().upperBounds();
        for (int j = 0; j < n; j++) {
          double slack = 1e-7 * Math.max(1, Math.abs(d[j]));
          assertThat(d[j]).as("bounds of d[%d]; %s", j, ctx)
              .isBetween(lo[j] - slack, up[j] + slack);
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(2400);
  }

  @Test
  void maxPieces_minimumOverPieces_equalsMaxValueForEverySubset() {
    for (long seed = 1001; seed <= 1400; seed++) {
      Random rnd = new Random(seed);
      Instance in = randomInstance(rnd);
      int n = in.mu().length;
      List<AffinePiece> pieces = in.set().maxPieces();
      assertThat(pieces).as("seed %d", seed).isNotEmpty();
      for (int mask = 1; mask < (1 << n); mask++) {
        BitSet s = BitSet.valueOf(new long[] {mask});
        double viaPieces = pieces.stream().mapToDouble(p -> p.valueAt(s)).min().orElseThrow();
        assertRelClose(viaPieces, in.set().maxValue(s),
            "min over pieces vs maxValue; seed " + seed + ", " + in + ", S=" + s);
      }
    }
  }

  @Test
  void maxPieces_matchIndependentLpOnRandomSubsets() {
    for (long seed = 2001; seed <= 2060; seed++) {
      Random rnd = new Random(seed);
      Instance in = randomInstance(rnd);
      List<AffinePiece> pieces = in.set().maxPieces();
      BitSet s = randomSubset(rnd, in.mu().length);
      double viaPieces = pieces.stream().mapToDouble(p -> p.valueAt(s)).min().orElseThrow();
      assertRelClose(viaPieces, independentDmax(in, s),
          "pieces vs independent LP; seed " + seed + ", " + in + ", S=" + s);
    }
  }

  @Test
  void maxValue_handComputedBoxAndStandardizedAggregate() {
    // mu = (100, 50, 80), sigma = (20, 10, 0), tau = 1, alpha = 2, standardized beta = 1.
    // S = {1,2}: max 20 z1 + 10 z2 s.t. |z1|, |z2| <= 2, |z1 + z2| <= 1.
    //   With z1 + z2 = 1 binding: 20 z1 + 10 (1 - z1) = 10 + 10 z1, largest at z1 = 2, z2 = -1
    //   -> 30. Dmax = 100 + 50 + 30 = 180, attained at d = (140, 40, 80).
    // S = {1}: z1 = 2 is feasible with z2 = -1 (or -2) -> 100 + 40 = 140.
    // S = {3}: sigma = 0 fixes d3 = 80.   S = {1,2,3}: 180 + 80 = 260.
    ParametricDemandSet set = new ParametricDemandSet(new double[] {100, 50, 80},
        new double[] {20, 10, 0}, new double[] {1, 1, 1}, 2, 1, AggregateForm.STANDARDIZED, INF);
    assertThat(set.maxValue(bits(0, 1))).isCloseTo(180, within(1e-9));
    assertThat(set.max(bits(0, 1)).point()).containsExactly(new double[] {140, 40, 80},
        within(1e-7));
    assertThat(set.maxValue(bits(0))).isCloseTo(140, within(1e-9));
    assertThat(set.maxValue(bits(2))).isCloseTo(80, within(1e-9));
    assertThat(set.maxValue(bits(0, 1, 2))).isCloseTo(260, within(1e-9));
    // bounds: tau (mu +- alpha sigma): (60..140, 30..70, 80..80)
    assertThat(set.lowerBounds()).containsExactly(new double[] {60, 30, 80}, within(1e-12));
    assertThat(set.upperBounds()).containsExactly(new double[] {140, 70, 80}, within(1e-12));
  }

  @Test
  void maxValue_handComputedUnstandardizedAggregate() {
    // Same data, unstandardized beta = 1: |20 z1 + 10 z2| <= 1 * sqrt(20^2 + 10^2 + 0^2)
    // = sqrt(500) = 22.3607. S = {1,2}: the objective 20 z1 + 10 z2 IS the aggregate, so
    // Dmax = 150 + sqrt(500) (reachable: z1 = 1.118, z2 = 0 is inside the box).
    ParametricDemandSet set = new ParametricDemandSet(new double[] {100, 50, 80},
        new double[] {20, 10, 0}, new double[] {1, 1, 1}, 2, 1, AggregateForm.UNSTANDARDIZED,
        INF);
    assertThat(set.maxValue(bits(0, 1))).isCloseTo(150 + Math.sqrt(500), within(1e-9));
    // S = {1}: max 20 z1, z1 <= 2 and 20 z1 + 10 z2 <= 22.36 with z2 >= -2 => z1 <= 2.118,
    // so the box binds: 100 + 40 = 140.
    assertThat(set.maxValue(bits(0))).isCloseTo(140, within(1e-9));
  }

  @Test
  void maxValue_handComputedBudgetWithServiceLevel() {
    // mu = (100, 50, 80), sigma = (20, 10, 0), tau = (0.9, 1, 1), alpha = 2, no aggregate,
    // gamma = 3. S = {1,2}: max 0.9*20 z1 + 10 z2 = 18 z1 + 10 z2 with |z| <= 2 and
    // |z1| + |z2| <= 3: spend the budget on the larger weight first: z1 = 2 (36), z2 = 1 (10)
    // -> 46. Dmax = 0.9*100 + 50 + 46 = 186.
    ParametricDemandSet set = new ParametricDemandSet(new double[] {100, 50, 80},
        new double[] {20, 10, 0}, new double[] {0.9, 1, 1}, 2, INF,
        AggregateForm.STANDARDIZED, 3);
    assertThat(set.maxValue(bits(0, 1))).isCloseTo(186, within(1e-9));
    assertThat(set.max(bits(0, 1)).value()).isCloseTo(186, within(1e-7));
    assertThat(set.max(bits(0, 1)).point()).containsExactly(new double[] {126, 60, 80},
        within(1e-7));
    // gamma = 3 with alpha absent: each |z_j| <= 3 alone. S = {2}: 50 + 10*3 = 80.
    ParametricDemandSet budgetOnly = new ParametricDemandSet(new double[] {100, 50, 80},
        new double[] {20, 10, 0}, new double[] {0.9, 1, 1}, INF, INF,
        AggregateForm.STANDARDIZED, 3);
    assertThat(budgetOnly.maxValue(bits(1))).isCloseTo(80, within(1e-9));
  }

  @Test
  void constructor_alphaAndGammaBothAbsentWithPositiveSigma_throws() {
    assertThatThrownBy(() -> new ParametricDemandSet(new double[] {10, 20},
        new double[] {0, 5}, new double[] {1, 1}, INF, 2, AggregateForm.STANDARDIZED, INF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unbounded")
        .hasMessageContaining("alpha")
        .hasMessageContaining("gamma");
    // with every sigma zero the set is a single point: no box or budget needed
    assertThatCode(() -> new ParametricDemandSet(new double[] {10, 20}, new double[] {0, 0},
        new double[] {1, 1}, INF, INF, AggregateForm.UNSTANDARDIZED, INF))
        .doesNotThrowAnyException();
    ParametricDemandSet point = new ParametricDemandSet(new double[] {10, 20},
        new double[] {0, 0}, new double[] {0.5, 1}, INF, INF, AggregateForm.UNSTANDARDIZED, INF);
    assertThat(point.maxValue(bits(0, 1))).isCloseTo(25, within(1e-12));
    assertThat(point.max(bits(0, 1)).value()).isCloseTo(25, within(1e-9));
  }

  @Test
  void constructor_serviceLevelOutsideUnitInterval_throws() {
    for (double tau : new double[] {0, -0.1, 1.0000001, 1.5, Double.NaN, INF}) {
      assertThatThrownBy(() -> new ParametricDemandSet(new double[] {10, 20},
          new double[] {1, 2}, new double[] {1, tau}, 2, 2, AggregateForm.STANDARDIZED, INF))
          .as("tau = %s", tau)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("service level of product 2")
          .hasMessageContaining("(0, 1]");
    }
    assertThatCode(() -> new ParametricDemandSet(new double[] {10}, new double[] {1},
        new double[] {1e-9}, 2, 2, AggregateForm.STANDARDIZED, INF)).doesNotThrowAnyException();
  }

  @Test
  void constructor_negativeOrNanParameters_throw() {
    for (double bad : new double[] {-1, Double.NaN}) {
      assertThatThrownBy(() -> new ParametricDemandSet(new double[] {10}, new double[] {1},
          new double[] {1}, bad, 2, AggregateForm.STANDARDIZED, INF))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("alpha");
      assertThatThrownBy(() -> new ParametricDemandSet(new double[] {10}, new double[] {1},
          new double[] {1}, 2, bad, AggregateForm.STANDARDIZED, INF))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("beta");
      assertThatThrownBy(() -> new ParametricDemandSet(new double[] {10}, new double[] {1},
          new double[] {1}, 2, 2, AggregateForm.STANDARDIZED, bad))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("gamma");
    }
  }

  @Test
  void violation_pointOutsideBox_isReported() {
    ParametricDemandSet set = new ParametricDemandSet(new double[] {100, 50},
        new double[] {20, 10}, new double[] {1, 1}, 2, INF, AggregateForm.STANDARDIZED, INF);
    assertThat(set.violation(new double[] {140, 70}, 1e-9)).isNull();
    assertThat(set.violation(new double[] {141, 50}, 1e-9)).contains("z[1]");
  }

  private static BitSet bits(int... js) {
    BitSet s = new BitSet();
    for (int j : js) {
      s.set(j);
    }
    return s;
  }

  @Test
  void maxValue_highVariabilityProductOutsideS_compensatesOnlyDownToZeroDemand() {
    // product 2 has cv 1: mu - alpha sigma = -10, so without the floor the aggregate constraint
    // could be relaxed by pushing its demand to -10; with d >= 0 it stops at 0
    ParametricDemandSet set = new ParametricDemandSet(new double[] {100, 10},
        new double[] {50, 10}, new double[] {1, 1}, 2, 0.5, AggregateForm.UNSTANDARDIZED,
        Double.POSITIVE_INFINITY);
    BitSet s = new BitSet();
    s.set(0);
    double b = 0.5 * Math.sqrt(50 * 50 + 10 * 10);
    assertThat(set.maxValue(s)).isCloseTo(100 + b + 10, within(1e-9));
    Extreme ex = set.max(s);
    assertThat(ex.value()).isCloseTo(100 + b + 10, within(1e-9));
    assertThat(ex.point()[1]).isCloseTo(0, within(1e-9));
    assertThat(set.lowerBounds()[1]).isZero();
    assertThat(set.violation(new double[] {100, -1}, 1e-9)).contains("demand >= 0");
  }
}
