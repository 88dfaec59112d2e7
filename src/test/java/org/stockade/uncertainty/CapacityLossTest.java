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
 * The closed-form {@code Cmin(P)} of {@link CapacityLoss} against LPs: one built on the set's
 * own {@code describeIn}, one written here from the spec's definition of each kind.
 */
class CapacityLossTest {
  private static final double REL = 1e-7;

  private static double randomZeta(Random rnd, CapacityLossKind kind, double[] c0) {
    double total = Arrays.stream(c0).sum();
    return switch (kind) {
      case NONE -> 0;
      case UNITS -> rnd.nextInt(6) == 0 ? 1.2 * total * rnd.nextDouble()
          : 0.5 * total * rnd.nextDouble();
      case FRACTION, DETERMINISTIC -> rnd.nextInt(8) == 0 ? (rnd.nextBoolean() ? 0 : 1)
          : rnd.nextDouble();
      case PLANTS -> rnd.nextInt(4) == 0 ? rnd.nextInt(c0.length + 2)
          : (c0.length + 0.5) * rnd.nextDouble();
    };
  }

  private static BitSet randomSubset(Random rnd, int n) {
    BitSet s = new BitSet(n);
    while (s.isEmpty()) {
      for (int i = 0; i < n; i++) {
        if (rnd.nextBoolean()) {
          s.set(i);
        }
      }
    }
    return s;
  }

  private static double sumOver(BitSet p, double[] c) {
    double v = 0;
    for (int i = p.nextSetBit(0); i >= 0; i = p.nextSetBit(i + 1)) {
      v += c[i];
    }
    return v;
  }

  /** min sum_{i in P} c_i over the set as described by its own describeIn. */
  private static double lpMinViaDescribeIn(CapacitySet set, BitSet p) {
    LinearProgram lp = new LinearProgram();
    LinearExpr[] c = set.describeIn(lp);
    LinearExpr obj = LinearExpr.constant(0);
    for (int i = p.nextSetBit(0); i >= 0; i = p.nextSetBit(i + 1)) {
      obj = obj.plus(c[i]);
    }
    lp.minimize(obj);
    LpResult r = LpSolver.orTools().solve(lp);
    assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
    return r.objective();
  }

  /** min sum_{i in P} c_i written from spec section 3, independent of the class. */
  private static double lpMinFromSpec(double[] c0, CapacityLossKind kind, double zeta, BitSet p) {
    int m = c0.length;
    double total = Arrays.stream(c0).sum();
    LinearProgram lp = new LinearProgram();
    int[] c = new int[m];
    for (int i = 0; i < m; i++) {
      c[i] = lp.addVariable(0, c0[i], "c" + i);
    }
    LinearExpr loss = LinearExpr.constant(0);
    switch (kind) {
      case NONE -> {
        for (int i = 0; i < m; i++) {
          lp.addEquals(LinearExpr.of(c[i]), c0[i], "fixed" + i);
        }
      }
      case DETERMINISTIC -> {
        for (int i = 0; i < m; i++) {
          lp.addEquals(LinearExpr.of(c[i]), (1 - zeta) * c0[i], "fixed" + i);
        }
      }
      case UNITS, FRACTION -> {
        for (int i = 0; i < m; i++) {
          loss = loss.plus(LinearExpr.affine(c0[i], -1, c[i])); // c0_i - c_i
        }
        lp.addLessEq(loss, kind == CapacityLossKind.UNITS ? zeta : zeta * total, "budget");
      }
      case PLANTS -> {
        for (int i = 0; i < m; i++) {
          loss = loss.plus(LinearExpr.affine(1, -1 / c0[i], c[i])); // 1 - c_i / c0_i
        }
        lp.addLessEq(loss, zeta, "k plants");
      }
    }
    LinearExpr obj = LinearExpr.constant(0);
    for (int i = p.nextSetBit(0); i >= 0; i = p.nextSetBit(i + 1)) {
      obj = obj.plusTerm(1, c[i]);
    }
    lp.minimize(obj);
    LpResult r = LpSolver.orTools().solve(lp);
    assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
    return r.objective();
  }

  @Test
  void min_everyKindRandomPlantSets_matchesLpMinimum() {
    int checked = 0;
    for (CapacityLossKind kind : CapacityLossKind.values()) {
      for (long seed = 1; seed <= 80; seed++) {
        Random rnd = new Random(seed * 31 + kind.ordinal());
        int m = 1 + rnd.nextInt(8);
        double[] c0 = new double[m];
        for (int i = 0; i < m; i++) {
          c0[i] = rnd.nextInt(5) == 0 ? 100 : 10 + 390 * rnd.nextDouble(); // some ties at 100
        }
        double zeta = randomZeta(rnd, kind, c0);
        CapacityLoss set = new CapacityLoss(c0, kind, zeta);
        List<AffinePiece> pieces = set.negatedMinPieces();
        for (int t = 0; t < 4; t++) {
          BitSet p = randomSubset(rnd, m);
          String ctx = kind + " seed " + seed + " c0=" + Arrays.toString(c0) + " zeta=" + zeta
              + " P=" + p;
          Extreme ex = set.min(p);
          double tol = REL * Math.max(1, Math.abs(ex.value()));

          assertThat(ex.value()).as("min vs describeIn LP; " + ctx)
              .isCloseTo(lpMinViaDescribeIn(set, p), within(tol));
          assertThat(ex.value()).as("min vs spec LP; " + ctx)
              .isCloseTo(lpMinFromSpec(c0, kind, zeta, p), within(tol));
          assertThat(set.minValue(p)).as(ctx).isCloseTo(ex.value(), within(tol));

          double[] c = ex.point();
          assertThat(c).as(ctx).hasSize(m);
          assertThat(set.violation(c, 1e-7)).as("violation; " + ctx).isNull();
          assertThat(sumOver(p, c)).as("P-sum of the point; " + ctx)
              .isCloseTo(ex.value(), within(tol));
          double[] lo = set.lowerBounds();
          double[] up = set.upperBounds();
          for (int i = 0; i < m; i++) {
            assertThat(c[i]).as("c[%d] in [0, c0] and bounds; %s", i, ctx)
                .isBetween(Math.max(0, lo[i]) - 1e-9, Math.min(c0[i], up[i]) + 1e-9);
          }

          double viaPieces = pieces.stream().mapToDouble(pc -> pc.valueAt(p)).min()
              .orElseThrow();
          assertThat(viaPieces).as("min over negatedMinPieces; " + ctx)
              .isCloseTo(-ex.value(), within(tol));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(5 * 80 * 4);
  }

  @Test
  void negatedMinPieces_everyPlantSet_equalsMinusCmin() {
    for (CapacityLossKind kind : CapacityLossKind.values()) {
      for (long seed = 500; seed < 540; seed++) {
        Random rnd = new Random(seed + 1000L * kind.ordinal());
        int m = 1 + rnd.nextInt(7);
        double[] c0 = new double[m];
        for (int i = 0; i < m; i++) {
          c0[i] = 10 + 390 * rnd.nextDouble();
        }
        double zeta = randomZeta(rnd, kind, c0);
        CapacityLoss set = new CapacityLoss(c0, kind, zeta);
        List<AffinePiece> pieces = set.negatedMinPieces();
        for (int mask = 1; mask < (1 << m); mask++) {
          BitSet p = BitSet.valueOf(new long[] {mask});
          double viaPieces = pieces.stream().mapToDouble(pc -> pc.valueAt(p)).min()
              .orElseThrow();
          assertThat(viaPieces).as("%s seed %d P=%s", kind, seed, p)
              .isCloseTo(-set.minValue(p), within(1e-9 * Math.max(1, set.minValue(p))));
        }
      }
    }
  }

  @Test
  void min_kPlantsDown_handComputedFractionalKnapsack() {
    // c0 = (100, 300, 200, 50), k = 1.5 plants down, P = {1, 3, 4} (0-based {0, 2, 3}).
    // Fractional knapsack on P, largest first: plant 3 (200) fully down (u = 1, 0.5 of k left),
    // then plant 1 (100) half down (u = 0.5), plant 4 (50) untouched.
    // Cmin(P) = 0 + 50 + 50 = 100 (= 350 - 200 - 50). Plant 2 is outside P and stays at 300.
    CapacityLoss set = new CapacityLoss(new double[] {100, 300, 200, 50},
        CapacityLossKind.PLANTS, 1.5);
    BitSet p = new BitSet();
    p.set(0);
    p.set(2);
    p.set(3);
    Extreme ex = set.min(p);
    assertThat(ex.value()).isCloseTo(100, within(1e-12));
    assertThat(ex.point()).containsExactly(new double[] {50, 300, 0, 50}, within(1e-12));
    // k = 1: only the largest plant of P fails: 350 - 200 = 150
    assertThat(new CapacityLoss(new double[] {100, 300, 200, 50}, CapacityLossKind.PLANTS, 1)
        .minValue(p)).isCloseTo(150, within(1e-12));
    // k = 5 > |P|: everything in P fails
    assertThat(new CapacityLoss(new double[] {100, 300, 200, 50}, CapacityLossKind.PLANTS, 5)
        .minValue(p)).isCloseTo(0, within(1e-12));
  }

  @Test
  void min_unitAndFractionBudgets_handComputed() {
    double[] c0 = {380, 230, 250};
    BitSet p = new BitSet();
    p.set(1);
    p.set(2);
    // UNITS 100: 230 + 250 - 100 = 380;  FRACTION 0.1 of 860 = 86: 480 - 86 = 394
    assertThat(new CapacityLoss(c0, CapacityLossKind.UNITS, 100).minValue(p))
        .isCloseTo(380, within(1e-9));
    assertThat(new CapacityLoss(c0, CapacityLossKind.FRACTION, 0.1).minValue(p))
        .isCloseTo(394, within(1e-9));
    // a budget larger than the capacity of P empties P: 1000 units > 480
    assertThat(new CapacityLoss(c0, CapacityLossKind.UNITS, 1000).minValue(p))
        .isCloseTo(0, within(1e-9));
    // DETERMINISTIC 0.1: 0.9 * 480 = 432;  NONE: 480
    assertThat(new CapacityLoss(c0, CapacityLossKind.DETERMINISTIC, 0.1).minValue(p))
        .isCloseTo(432, within(1e-9));
    assertThat(new CapacityLoss(c0, CapacityLossKind.NONE, 0.7).minValue(p))
        .isCloseTo(480, within(1e-9));
  }

  @Test
  void constructor_fractionAboveOneOrNegativeZeta_rejected() {
    double[] c0 = {100, 200};
    assertThatThrownBy(() -> new CapacityLoss(c0, CapacityLossKind.FRACTION, 1.01))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("fraction").hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> new CapacityLoss(c0, CapacityLossKind.DETERMINISTIC, 2))
        .isInstanceOf(InvalidInputException.class);
    for (CapacityLossKind kind : List.of(CapacityLossKind.UNITS, CapacityLossKind.FRACTION,
        CapacityLossKind.PLANTS, CapacityLossKind.DETERMINISTIC)) {
      assertThatThrownBy(() -> new CapacityLoss(c0, kind, -0.5)).as(kind.toString())
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("zeta");
      assertThatThrownBy(() -> new CapacityLoss(c0, kind, Double.NaN)).as(kind.toString())
          .isInstanceOf(InvalidInputException.class);
    }
    // units and plants are not fractions: values above 1 are fine
    assertThatCode(() -> new CapacityLoss(c0, CapacityLossKind.UNITS, 150))
        .doesNotThrowAnyException();
    assertThatCode(() -> new CapacityLoss(c0, CapacityLossKind.PLANTS, 1.5))
        .doesNotThrowAnyException();
    assertThatCode(() -> new CapacityLoss(c0, CapacityLossKind.FRACTION, 1))
        .doesNotThrowAnyException();
  }

  @Test
  void violation_detectsExcessLossAndOutOfRangeCapacity() {
    CapacityLoss set = new CapacityLoss(new double[] {100, 200}, CapacityLossKind.UNITS, 50);
    assertThat(set.violation(new double[] {70, 180}, 1e-9)).isNull();
    assertThat(set.violation(new double[] {60, 180}, 1e-9)).contains("exceeds the budget");
    assertThat(set.violation(new double[] {110, 200}, 1e-9)).contains("c[1]");
    CapacityLoss plants = new CapacityLoss(new double[] {100, 200}, CapacityLossKind.PLANTS, 1);
    assertThat(plants.violation(new double[] {50, 100}, 1e-9)).isNull(); // 0.5 + 0.5 = 1
    assertThat(plants.violation(new double[] {40, 100}, 1e-9)).contains("exceeds");
  }
}
