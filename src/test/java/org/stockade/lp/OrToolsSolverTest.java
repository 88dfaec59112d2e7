package org.stockade.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The OR-Tools backend on small LPs and MILPs whose optima are computed by hand (LPs) or by
 * brute force inside the test (MILPs).
 */
class OrToolsSolverTest {
  private static final double TOL = 1e-7;
  private final LpSolver solver = LpSolver.orTools();

  @Test
  void solve_smallLp_matchesHandComputedVertex() {
    // max 3x + 2y  s.t.  x + y <= 4,  x + 3y <= 6,  x <= 3,  x, y >= 0.
    // Vertices of the feasible polygon and objective values:
    //   (0,0) -> 0;  (3,0) -> 9;  (3,1): x = 3, x + y = 4 => y = 1, and x + 3y = 6 also holds
    //   (a degenerate vertex) -> 9 + 2 = 11;  (0,2): x = 0, x + 3y = 6 => y = 2 -> 4.
    // The maximum over the vertices is 11 at (3, 1).
    LinearProgram lp = new LinearProgram();
    int x = lp.addVariable(0, Double.POSITIVE_INFINITY, "x");
    int y = lp.addVariable(0, Double.POSITIVE_INFINITY, "y");
    lp.addLessEq(LinearExpr.of(x).plusTerm(1, y), 4, "c1");
    lp.addLessEq(LinearExpr.of(x).plusTerm(3, y), 6, "c2");
    lp.addLessEq(LinearExpr.of(x), 3, "c3");
    lp.maximize(LinearExpr.affine(0, 3, x).plusTerm(2, y));

    LpResult r = solver.solve(lp);

    assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(r.objective()).isCloseTo(11, within(TOL));
    assertThat(r.bestBound()).isCloseTo(11, within(TOL));
    assertThat(r.value(x)).isCloseTo(3, within(TOL));
    assertThat(r.value(y)).isCloseTo(1, within(TOL));
    assertThat(r.values()).hasSize(2);
    assertThat(r.hasDuals()).isTrue();
  }

  @Test
  void solve_minimizationWithGreaterEqRows_matchesHandComputedVertex() {
    // min 2x + 3y  s.t.  x + y >= 4,  x + 3y >= 6,  x, y >= 0.
    // Vertices of the (unbounded) region: (6,0) -> 12; (0,4) -> 12; and the intersection of
    // x + y = 4 with x + 3y = 6 => 2y = 2, y = 1, x = 3 -> 2*3 + 3*1 = 9. Minimum 9 at (3, 1).
    LinearProgram lp = new LinearProgram();
    int x = lp.addVariable(0, Double.POSITIVE_INFINITY, "x");
    int y = lp.addVariable(0, Double.POSITIVE_INFINITY, "y");
    lp.addGreaterEq(LinearExpr.of(x).plusTerm(1, y), 4, "c1");
    lp.addGreaterEq(LinearExpr.of(x).plusTerm(3, y), 6, "c2");
    lp.minimize(LinearExpr.affine(0, 2, x).plusTerm(3, y));

    LpResult r = solver.solve(lp);

    assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(r.objective()).isCloseTo(9, within(TOL));
    assertThat(r.value(x)).isCloseTo(3, within(TOL));
    assertThat(r.value(y)).isCloseTo(1, within(TOL));
    // Dual (hand): max 4u + 6v s.t. u + v <= 2, u + 3v <= 3, u, v >= 0; both primal rows bind
    // and x, y > 0, so both dual rows are tight: u + v = 2, u + 3v = 3 => v = 1/2, u = 3/2,
    // dual objective 4*1.5 + 6*0.5 = 9 = primal optimum.
    assertThat(r.dual(0)).isCloseTo(1.5, within(TOL));
    assertThat(r.dual(1)).isCloseTo(0.5, within(TOL));
  }

  @Test
  void duals_wyndorLp_matchHandValuesAndComplementarySlackness() {
    // Wyndor Glass: max 3x + 5y s.t. x <= 4, 2y <= 12, 3x + 2y <= 18, x, y >= 0.
    // Optimum (hand): rows 2 and 3 bind: y = 6, 3x = 18 - 12 => x = 2; objective 6 + 30 = 36.
    // Row 1 has slack 4 - 2 = 2, so its dual is 0 (complementary slackness).
    // Dual rows for x > 0 and y > 0 are tight: u1 + 3 u3 = 3, 2 u2 + 2 u3 = 5 with u1 = 0
    // => u3 = 1, u2 = 3/2; dual objective 4*0 + 12*1.5 + 18*1 = 36.
    LinearProgram lp = wyndor(4, 12, 18);

    LpResult r = solver.solve(lp);

    assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(r.objective()).isCloseTo(36, within(TOL));
    assertThat(r.value(0)).isCloseTo(2, within(TOL));
    assertThat(r.value(1)).isCloseTo(6, within(TOL));
    assertThat(r.dual(0)).isCloseTo(0, within(TOL));
    assertThat(r.dual(1)).isCloseTo(1.5, within(TOL));
    assertThat(r.dual(2)).isCloseTo(1, within(TOL));
    // strong duality: b'u = c'x
    double dualObjective = 4 * r.dual(0) + 12 * r.dual(1) + 18 * r.dual(2);
    assertThat(dualObjective).isCloseTo(r.objective(), within(TOL));
  }

  @Test
  void duals_equalRhsSensitivity_forMaxAndMinProblems() {
    // The dual of a row is the rate of change of the optimum in that row's right-hand side.
    // Checked by re-solving with the rhs moved by a small step (the basis does not change).
    double[] b = {4, 12, 18};
    double base = solver.solve(wyndor(b[0], b[1], b[2])).objective();
    LpResult r = solver.solve(wyndor(b[0], b[1], b[2]));
    for (int row = 0; row < 3; row++) {
      double[] bb = b.clone();
      bb[row] += 0.5;
      double moved = solver.solve(wyndor(bb[0], bb[1], bb[2])).objective();
      assertThat(r.dual(row)).as("max problem, row %d", row)
          .isCloseTo((moved - base) / 0.5, within(1e-6));
    }
    // the minimization of the previous test: min 2x + 3y s.t. x + y >= b1, x + 3y >= b2
    double[] c = {4, 6};
    LpResult m = solver.solve(covering(c[0], c[1]));
    for (int row = 0; row < 2; row++) {
      double[] cc = c.clone();
      cc[row] += 0.25;
      double moved = solver.solve(covering(cc[0], cc[1])).objective();
      assertThat(m.dual(row)).as("min problem, row %d", row)
          .isCloseTo((moved - m.objective()) / 0.25, within(1e-6));
    }
  }

  private static LinearProgram wyndor(double b1, double b2, double b3) {
    LinearProgram lp = new LinearProgram();
    int x = lp.addVariable(0, Double.POSITIVE_INFINITY, "x");
    int y = lp.addVariable(0, Double.POSITIVE_INFINITY, "y");
    lp.addLessEq(LinearExpr.of(x), b1, "r1");
    lp.addLessEq(LinearExpr.affine(0, 2, y), b2, "r2");
    lp.addLessEq(LinearExpr.affine(0, 3, x).plusTerm(2, y), b3, "r3");
    lp.maximize(LinearExpr.affine(0, 3, x).plusTerm(5, y));
    return lp;
  }

  private static LinearProgram covering(double b1, double b2) {
    LinearProgram lp = new LinearProgram();
    int x = lp.addVariable(0, Double.POSITIVE_INFINITY, "x");
    int y = lp.addVariable(0, Double.POSITIVE_INFINITY, "y");
    lp.addGreaterEq(LinearExpr.of(x).plusTerm(1, y), b1, "c1");
    lp.addGreaterEq(LinearExpr.of(x).plusTerm(3, y), b2, "c2");
    lp.minimize(LinearExpr.affine(0, 2, x).plusTerm(3, y));
    return lp;
  }

  @Test
  void knapsackMilp_fixedInstance_matchesBruteForce() {
    double[] value = {10, 13, 7, 8, 11, 4, 9};
    double[] weight = {5, 7, 3, 4, 6, 2, 5};
    double cap = 15;
    // Hand: items {2,3,4,5} weigh 3+4+6+2 = 15 <= 15 and are worth 7+8+11+4 = 30, while e.g.
    // {0,2,3,5} (weight 14) gives only 29; the brute force over all 2^7 subsets below confirms
    // that 30 is the maximum.
    double best = bruteForceKnapsack(value, weight, cap);
    LpResult r = solver.solve(knapsack(value, weight, cap));

    assertThat(best).isEqualTo(30);
    assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(r.objective()).isCloseTo(best, within(1e-6));
    assertThat(r.bestBound()).isCloseTo(best, within(1e-6));
    assertThat(r.hasDuals()).as("a MILP has no duals").isFalse();
    assertThatThrownBy(() -> r.dual(0)).isInstanceOf(IllegalStateException.class);
    double w = 0;
    double v = 0;
    for (int k = 0; k < value.length; k++) {
      double xk = r.value(k);
      assertThat(Math.min(Math.abs(xk), Math.abs(xk - 1))).as("x%d integral", k)
          .isLessThan(1e-6);
      w += weight[k] * Math.round(xk);
      v += value[k] * Math.round(xk);
    }
    assertThat(w).isLessThanOrEqualTo(cap);
    assertThat(v).isCloseTo(best, within(1e-6));
  }

  @Test
  void knapsackMilp_randomInstances_matchBruteForce() {
    for (long seed = 1; seed <= 15; seed++) {
      Random rnd = new Random(seed);
      int n = 4 + rnd.nextInt(9); // 4..12 items, brute force over at most 4096 subsets
      double[] value = new double[n];
      double[] weight = new double[n];
      double total = 0;
      for (int k = 0; k < n; k++) {
        value[k] = 1 + rnd.nextInt(30);
        weight[k] = 1 + rnd.nextInt(20);
        total += weight[k];
      }
      double cap = Math.floor(total * (0.2 + 0.5 * rnd.nextDouble()));
      double best = bruteForceKnapsack(value, weight, cap);
      LpResult r = solver.solve(knapsack(value, weight, cap));
      assertThat(r.status()).as("seed %d", seed).isEqualTo(LpStatus.OPTIMAL);
      assertThat(r.objective()).as("seed %d", seed).isCloseTo(best, within(1e-6));
    }
  }

  private static LinearProgram knapsack(double[] value, double[] weight, double cap) {
    LinearProgram lp = new LinearProgram();
    LinearExpr obj = LinearExpr.constant(0);
    LinearExpr row = LinearExpr.constant(0);
    for (int k = 0; k < value.length; k++) {
      int x = lp.addBinary("x" + k);
      obj = obj.plusTerm(value[k], x);
      row = row.plusTerm(weight[k], x);
    }
    lp.addLessEq(row, cap, "capacity");
    lp.maximize(obj);
    assertThat(lp.isMip()).isTrue();
    return lp;
  }

  private static double bruteForceKnapsack(double[] value, double[] weight, double cap) {
    double best = 0;
    for (int mask = 0; mask < (1 << value.length); mask++) {
      double w = 0;
      double v = 0;
      for (int k = 0; k < value.length; k++) {
        if ((mask >> k & 1) == 1) {
          w += weight[k];
          v += value[k];
        }
      }
      if (w <= cap) {
        best = Math.max(best, v);
      }
    }
    return best;
  }

  @Test
  void solve_integerProgramWithGeneralIntegers_matchesEnumeration() {
    // max 5x + 4y s.t. 6x + 4y <= 24, x + 2y <= 6, x, y integer in [0, 10].
    // LP relaxation optimum is (3, 1.5) -> 21; over integers, enumerate below.
    double best = Double.NEGATIVE_INFINITY;
    for (int x = 0; x <= 10; x++) {
      for (int y = 0; y <= 10; y++) {
        if (6 * x + 4 * y <= 24 && x + 2 * y <= 6) {
          best = Math.max(best, 5 * x + 4 * y);
        }
      }
    }
    // (4,0) -> 20, (3,1) -> 19, (2,2) -> 18: best 20
    assertThat(best).isEqualTo(20);
    LinearProgram lp = new LinearProgram();
    // integer variables through the record constructor are not exposed: use binaries as bits
    // x = b0 + 2 b1 + 4 b2 + 8 b3 (0..15, capped at 10 by a row), same for y
    int[] xb = new int[4];
    int[] yb = new int[4];
    LinearExpr x = LinearExpr.constant(0);
    LinearExpr y = LinearExpr.constant(0);
    for (int k = 0; k < 4; k++) {
      xb[k] = lp.addBinary("xb" + k);
      yb[k] = lp.addBinary("yb" + k);
      x = x.plusTerm(1 << k, xb[k]);
      y = y.plusTerm(1 << k, yb[k]);
    }
    lp.addLessEq(x, 10, "xmax");
    lp.addLessEq(y, 10, "ymax");
    lp.addLessEq(x.times(6).plus(y.times(4)), 24, "r1");
    lp.addLessEq(x.plus(y.times(2)), 6, "r2");
    lp.maximize(x.times(5).plus(y.times(4)));

    LpResult r = solver.solve(lp);

    assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(r.objective()).isCloseTo(best, within(1e-6));
    assertThat(x.evaluate(r.values())).isCloseTo(4, within(1e-6));
    assertThat(y.evaluate(r.values())).isCloseTo(0, within(1e-6));
  }

  @Test
  void solve_infeasibleLp_reportsInfeasibleAndAccessorsThrow() {
    // x + y >= 5 with 0 <= x, y <= 1 is empty (x + y <= 2).
    LinearProgram lp = new LinearProgram();
    int x = lp.addVariable(0, 1, "x");
    int y = lp.addVariable(0, 1, "y");
    lp.addGreaterEq(LinearExpr.of(x).plusTerm(1, y), 5, "too much");
    lp.minimize(LinearExpr.of(x));

    LpResult r = solver.solve(lp);

    assertThat(r.status()).isEqualTo(LpStatus.INFEASIBLE);
    assertThat(r.status().hasSolution()).isFalse();
    assertThatThrownBy(r::objective).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("INFEASIBLE");
    assertThatThrownBy(r::bestBound).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.value(0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(r::values).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.dual(0)).isInstanceOf(IllegalStateException.class);
    assertThat(r.hasDuals()).isFalse();
  }

  @Test
  void solve_infeasibleMilp_reportsInfeasible() {
    // 2 b1 + 2 b2 = 3 has no 0-1 solution (the left side is even).
    LinearProgram lp = new LinearProgram();
    int b1 = lp.addBinary("b1");
    int b2 = lp.addBinary("b2");
    lp.addEquals(LinearExpr.affine(0, 2, b1).plusTerm(2, b2), 3, "odd");
    lp.maximize(LinearExpr.of(b1));

    LpResult r = solver.solve(lp);

    assertThat(r.status()).isEqualTo(LpStatus.INFEASIBLE);
    assertThatThrownBy(r::objective).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void solve_unboundedLp_reportsUnbounded() {
    // max x s.t. x - y <= 1, x, y >= 0: the ray (1, 1) keeps x - y = 0 and x grows without limit.
    LinearProgram lp = new LinearProgram();
    int x = lp.addVariable(0, Double.POSITIVE_INFINITY, "x");
    int y = lp.addVariable(0, Double.POSITIVE_INFINITY, "y");
    lp.addLessEq(LinearExpr.of(x).plusTerm(-1, y), 1, "r");
    lp.maximize(LinearExpr.of(x));

    LpResult r = solver.solve(lp);

    assertThat(r.status()).isEqualTo(LpStatus.UNBOUNDED);
    assertThatThrownBy(r::values).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("UNBOUNDED");
  }

  @Test
  void solve_unboundedMilp_reportsUnbounded() {
    LinearProgram lp = new LinearProgram();
    int x = lp.addVariable(0, Double.POSITIVE_INFINITY, "x");
    int b = lp.addBinary("b");
    lp.addLessEq(LinearExpr.of(b).plusTerm(-1, x), 0, "b <= x");
    lp.maximize(LinearExpr.of(x).plusTerm(1, b));

    LpResult r = solver.solve(lp);

    assertThat(r.status()).isEqualTo(LpStatus.UNBOUNDED);
  }

  @Test
  void rowConstant_isMovedToBounds() {
    // Row (x + y + 5) <= 9, i.e. x + y <= 4; row (2x - 3) >= 1, i.e. x >= 2; max x + 2y.
    // Hand: y = 4 - x with x >= 2 => x + 2(4 - x) = 8 - x, best at x = 2, y = 2 -> 6.
    // If the constant were ignored, x + y <= 9 would give x = 2, y = 7 -> 16.
    LinearProgram lp = new LinearProgram();
    int x = lp.addVariable(0, Double.POSITIVE_INFINITY, "x");
    int y = lp.addVariable(0, Double.POSITIVE_INFINITY, "y");
    lp.addLessEq(LinearExpr.affine(5, 1, x).plusTerm(1, y), 9, "shifted");
    lp.addGreaterEq(LinearExpr.affine(-3, 2, x), 1, "shifted-ge");
    lp.maximize(LinearExpr.of(x).plusTerm(2, y));

    LpResult r = solver.solve(lp);

    assertThat(r.objective()).isCloseTo(6, within(TOL));
    assertThat(r.value(x)).isCloseTo(2, within(TOL));
    assertThat(r.value(y)).isCloseTo(2, within(TOL));
  }

  @Test
  void objectiveConstant_andRepeatedVariables_areAccumulated() {
    // objective 100 + x + x (x listed twice => coefficient 2), row x + x <= 6 (=> x <= 3)
    // Hand: x = 3, objective 100 + 6 = 106.
    LinearProgram lp = new LinearProgram();
    int x = lp.addVariable(0, 10, "x");
    lp.addLessEq(LinearExpr.of(x).plus(LinearExpr.of(x)), 6, "twice");
    lp.maximize(LinearExpr.constant(100).plus(LinearExpr.of(x)).plus(LinearExpr.of(x)));

    LpResult r = solver.solve(lp);

    assertThat(r.objective()).isCloseTo(106, within(TOL));
    assertThat(r.value(x)).isCloseTo(3, within(TOL));
  }

  @Test
  void equalityRows_andRangeRows_areHonoured() {
    // min x + y s.t. x - y = 1, x + 2y = 7 (a unique point: 3y = 6 => y = 2, x = 3) -> 5.
    LinearProgram lp = new LinearProgram();
    int x = lp.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "x");
    int y = lp.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "y");
    lp.addEquals(LinearExpr.of(x).plusTerm(-1, y), 1, "e1");
    lp.addEquals(LinearExpr.of(x).plusTerm(2, y), 7, "e2");
    lp.minimize(LinearExpr.of(x).plusTerm(1, y));
    LpResult r = solver.solve(lp);
    assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(r.objective()).isCloseTo(5, within(TOL));
    assertThat(r.value(x)).isCloseTo(3, within(TOL));
    assertThat(r.value(y)).isCloseTo(2, within(TOL));

    // range row 2 <= x + 1 <= 5 on a free x: max x -> 4, min x -> 1
    for (boolean max : new boolean[] {true, false}) {
      LinearProgram q = new LinearProgram();
      int v = q.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "v");
      q.addRow(LinearExpr.affine(1, 1, v), 2, 5, "range");
      if (max) {
        q.maximize(LinearExpr.of(v));
      } else {
        q.minimize(LinearExpr.of(v));
      }
      assertThat(solver.solve(q).objective()).as("max=%s", max)
          .isCloseTo(max ? 4 : 1, within(TOL));
    }
  }

  @Test
  void timeLimitOption_isAcceptedAndSmallMilpStillOptimal() {
    double[] value = {10, 13, 7, 8, 11, 4, 9};
    double[] weight = {5, 7, 3, 4, 6, 2, 5};
    LpResult r = solver.solve(knapsack(value, weight, 15),
        LpOptions.defaults().withTimeLimit(Duration.ofSeconds(10)));
    assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(r.objective()).isCloseTo(30, within(1e-6));

    LpResult lp = solver.solve(wyndor(4, 12, 18),
        LpOptions.defaults().withTimeLimit(Duration.ofMillis(5000)));
    assertThat(lp.objective()).isCloseTo(36, within(TOL));
  }

  @Test
  void decisionTarget_answersWhetherTheOptimumIsAboveIt() {
    // the knapsack above: optimum 30. Each answer must be right whenever the solve stops early:
    // "yes" with an incumbent at least the target, "no" with a bound at most the target
    double[] value = {10, 13, 7, 8, 11, 4, 9};
    double[] weight = {5, 7, 3, 4, 6, 2, 5};
    for (double target : new double[] {12.5, 29.5, 30.5, 45}) {
      LpResult r = solver.solve(knapsack(value, weight, 15),
          LpOptions.defaults().withDecisionTarget(target));
      assertThat(r.status().hasSolution()).as("target %s: %s", target, r).isTrue();
      if (target < 30) {
        assertThat(r.objective()).as("target %s: %s", target, r).isGreaterThanOrEqualTo(target);
      } else {
        assertThat(r.bestBound()).as("target %s: %s", target, r).isLessThanOrEqualTo(target);
      }
    }
    assertThatThrownBy(() -> LpOptions.defaults().withDecisionTarget(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lpOptions_rejectNonPositiveTimeLimitAndBadGaps() {
    assertThatThrownBy(() -> LpOptions.defaults().withTimeLimit(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LpOptions.defaults().withTimeLimit(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LpOptions(null, 1.0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LpOptions(null, Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LpOptions(null, 0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lpResult_failed_throwsIllegalStateOnEveryAccessor() {
    LpResult r = LpResult.failed(LpStatus.TIME_LIMIT, "no incumbent");
    assertThat(r.status().hasSolution()).isFalse();
    assertThat(r.message()).isEqualTo("no incumbent");
    assertThatThrownBy(r::objective).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TIME_LIMIT");
    assertThatThrownBy(r::bestBound).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(r::values).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.value(0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> r.dual(0)).isInstanceOf(IllegalStateException.class);
    for (LpStatus s : LpStatus.values()) {
      assertThat(s.hasSolution()).as(s.toString())
          .isEqualTo(s == LpStatus.OPTIMAL || s == LpStatus.FEASIBLE);
    }
  }

  @Test
  void lpResult_valuesAreDefensiveCopies() {
    double[] v = {1, 2};
    LpResult r = new LpResult(LpStatus.OPTIMAL, 3, 3, v, new double[] {0.5}, "ok");
    v[0] = 99;
    double[] out = r.values();
    out[1] = 99;
    assertThat(r.values()).containsExactly(1, 2);
    assertThat(r.dual(0)).isEqualTo(0.5);
  }
}
