package org.stockade.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.model.InvalidInputException;

/** General polyhedral demand and capacity sets on polytopes solved by hand. */
class PolyhedralSetTest {
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double TOL = 1e-7;

  private static LinearInequality row(double lo, double up, String label, double... coef) {
    return new LinearInequality(coef, lo, up, label);
  }

  private static BitSet bits(int... ks) {
    BitSet s = new BitSet();
    for (int k : ks) {
      s.set(k);
    }
    return s;
  }

  /**
   * D = { d >= 0 : 6 <= d1 + d2 <= 10, d1 - d2 <= 2, d1 <= 4, d2 <= 7 }.
   * Vertices (hand): d1 + d2 = 6 meets d1 - d2 = 2 at (4, 2); d1 = 4 meets d1 + d2 = 10 at (4, 6);
   * d2 = 7 meets d1 + d2 = 10 at (3, 7); d2 = 7 meets d1 = 0 at (0, 7); d1 = 0 meets
   * d1 + d2 = 6 at (0, 6). So the polygon is (4,2), (4,6), (3,7), (0,7), (0,6).
   */
  private static PolyhedralSet handDemand() {
    return PolyhedralSet.demand(2, List.of(
        row(6, 10, "total", 1, 1),
        row(-INF, 2, "skew", 1, -1),
        row(-INF, 4, "d1 cap", 1, 0),
        row(-INF, 7, "d2 cap", 0, 1)));
  }

  @Test
  void demandPolytope_maxAndBounds_matchHandComputedVertices() {
    PolyhedralSet d = handDemand();
    // Over the vertices (4,2), (4,6), (3,7), (0,7), (0,6):
    //   max d1 = 4, min d1 = 0, max d2 = 7, min d2 = 2, max d1 + d2 = 10 ((4,6) or (3,7)).
    assertThat(d.size()).isEqualTo(2);
    assertThat(d.lowerBounds()).containsExactly(new double[] {0, 2}, within(TOL));
    assertThat(d.upperBounds()).containsExactly(new double[] {4, 7}, within(TOL));
    assertThat(d.max(bits(0)).value()).isCloseTo(4, within(TOL));
    assertThat(d.max(bits(0)).point()[0]).isCloseTo(4, within(TOL));
    assertThat(d.max(bits(1)).value()).isCloseTo(7, within(TOL));
    assertThat(d.maxValue(bits(0, 1))).isCloseTo(10, within(TOL));
    double[] p = d.max(bits(0, 1)).point();
    assertThat(p[0] + p[1]).isCloseTo(10, within(TOL));
    assertThat(d.violation(p, 1e-7)).isNull();
    assertThat(d.maxPieces()).as("no closed form for a general polytope").isNull();
  }

  @Test
  void demandPolytope_violation_namesTheBrokenRow() {
    PolyhedralSet d = handDemand();
    assertThat(d.violation(new double[] {2, 5}, 1e-9)).isNull();
    assertThat(d.violation(new double[] {1, 3}, 1e-9)).contains("total");
    assertThat(d.violation(new double[] {4.5, 4}, 1e-9)).contains("d1 cap");
    assertThat(d.violation(new double[] {-1, 7}, 1e-9)).contains("d[1]");
  }

  @Test
  void demandPolytope_randomPointsInside_haveSubsetSumsBelowMax() {
    // Independent check of max(S): random convex combinations of the hand-computed vertices
    // never exceed it, and the vertices themselves attain it.
    PolyhedralSet d = handDemand();
    double[][] vertices = {{4, 2}, {4, 6}, {3, 7}, {0, 7}, {0, 6}};
    long seed = 42;
    Random rnd = new Random(seed);
    for (int mask = 1; mask < 4; mask++) {
      BitSet s = BitSet.valueOf(new long[] {mask});
      double max = d.maxValue(s);
      double best = Double.NEGATIVE_INFINITY;
      for (double[] v : vertices) {
        assertThat(d.violation(v, 1e-9)).as("vertex inside").isNull();
        best = Math.max(best, (s.get(0) ? v[0] : 0) + (s.get(1) ? v[1] : 0));
      }
      assertThat(max).as("S=%s", s).isCloseTo(best, within(TOL));
      for (int t = 0; t < 200; t++) {
        double[] w = new double[vertices.length];
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
          w[k] = rnd.nextDouble();
          sum += w[k];
        }
        double x0 = 0;
        double x1 = 0;
        for (int k = 0; k < w.length; k++) {
          x0 += w[k] / sum * vertices[k][0];
          x1 += w[k] / sum * vertices[k][1];
        }
        assertThat(d.violation(new double[] {x0, x1}, 1e-9)).as("seed %d", seed).isNull();
        assertThat((s.get(0) ? x0 : 0) + (s.get(1) ? x1 : 0)).as("seed %d", seed)
            .isLessThanOrEqualTo(max + TOL);
      }
    }
  }

  @Test
  void emptyDemandSet_isRejectedWithClearMessage() {
    // d1 + d2 <= -1 has no point with d >= 0
    assertThatThrownBy(() -> PolyhedralSet.demand(2, List.of(row(-INF, -1, "neg", 1, 1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty")
        .hasMessageContaining("d >= 0");
    // two contradictory rows: d1 >= 5 and d1 <= 3
    assertThatThrownBy(() -> PolyhedralSet.demand(1, List.of(
        row(5, INF, "low", 1), row(-INF, 3, "high", 1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void unboundedDemandSet_isRejectedWithClearMessageNamingTheVariable() {
    // only d1 is capped: d2 can grow without limit
    assertThatThrownBy(() -> PolyhedralSet.demand(2, List.of(row(-INF, 5, "d1 cap", 1, 0))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unbounded")
        .hasMessageContaining("d[2]")
        .hasMessageNotContaining("empty");
    // d1 - d2 <= 1 keeps a ray (1, 1): d1 is unbounded too
    assertThatThrownBy(() -> PolyhedralSet.demand(2, List.of(row(-INF, 1, "skew", 1, -1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unbounded")
        .hasMessageContaining("d[1]");
  }

  @Test
  void rowWithWrongLength_isRejected() {
    assertThatThrownBy(() -> PolyhedralSet.demand(3, List.of(row(-INF, 5, "short", 1, 1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("short")
        .hasMessageContaining("expected 3");
  }

  @Test
  void capacityPolytope_minMatchesHandComputation() {
    // c0 = (100, 80, 60), rows: c1 + c2 + c3 >= 150, c1 >= 50, with implicit 0 <= c <= c0.
    //   Cmin({1}) = 50 (c1 = 50 leaves c2 + c3 = 140 >= 100 reachable).
    //   Cmin({1,2}) = 150 - max c3 = 150 - 60 = 90, and c1 = 50 <= 90 so it is attainable.
    //   Cmin({2,3}) = 150 - max c1 = 50.     Cmin({1,2,3}) = 150.
    //   lower bounds: c1 >= 50; c2 >= 150 - 100 - 60 < 0 -> 0; c3 >= 150 - 180 < 0 -> 0.
    double[] c0 = {100, 80, 60};
    PolyhedralSet c = PolyhedralSet.capacity(c0, List.of(
        row(150, INF, "total", 1, 1, 1), row(50, INF, "c1 floor", 1, 0, 0)));
    assertThat(c.minValue(bits(0))).isCloseTo(50, within(TOL));
    assertThat(c.minValue(bits(0, 1))).isCloseTo(90, within(TOL));
    assertThat(c.minValue(bits(1, 2))).isCloseTo(50, within(TOL));
    assertThat(c.minValue(bits(0, 1, 2))).isCloseTo(150, within(TOL));
    assertThat(c.lowerBounds()).containsExactly(new double[] {50, 0, 0}, within(TOL));
    assertThat(c.upperBounds()).containsExactly(c0, within(TOL));
    Extreme ex = c.min(bits(0, 1));
    // the argmin is not unique (c1 anywhere in [50, 90] with c2 = 90 - c1), but c3 must be 60
    double[] pt = ex.point();
    assertThat(pt[0] + pt[1]).isCloseTo(90, within(TOL));
    assertThat(pt[2]).isCloseTo(60, within(TOL));
    assertThat(c.violation(ex.point(), 1e-7)).isNull();
    assertThat(c.negatedMinPieces()).isNull();
  }

  @Test
  void capacityPolytope_respectsZeroToNominalEvenWithoutRows() {
    double[] c0 = {100, 80, 60};
    PolyhedralSet free = PolyhedralSet.capacity(c0, List.of());
    assertThat(free.lowerBounds()).containsExactly(new double[] {0, 0, 0}, within(TOL));
    assertThat(free.upperBounds()).containsExactly(c0, within(TOL));
    assertThat(free.minValue(bits(0, 1, 2))).isCloseTo(0, within(TOL));
    // a row allowing more than nominal capacity cannot lift c above c0
    PolyhedralSet loose = PolyhedralSet.capacity(c0, List.of(row(-INF, 1000, "loose", 1, 1, 1)));
    assertThat(loose.upperBounds()).containsExactly(c0, within(TOL));
    // a row demanding more than nominal capacity makes the set empty
    assertThatThrownBy(() -> PolyhedralSet.capacity(c0, List.of(row(120, INF, "too big", 1, 0,
        0))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("empty")
        .hasMessageContaining("0 <= c <= c0");
    assertThat(loose.violation(new double[] {101, 0, 0}, 1e-9)).contains("c[1]");
    assertThat(loose.violation(new double[] {-1, 0, 0}, 1e-9)).contains("c[1]");
  }

  @Test
  void linearInequality_rejectsEmptyOrNanBoundsAndNonFiniteCoefficients() {
    assertThatThrownBy(() -> row(3, 2, "backwards", 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("backwards");
    assertThatThrownBy(() -> row(Double.NaN, 2, "nan", 1))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> row(0, 2, "infcoef", 1, INF))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("coefficient 2");
  }
}
