package org.stockade.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
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
import org.stockade.model.Arc;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;
import org.stockade.testing.RandomInstances;

/**
 * Max-flow lost sales against (a) the min-cut formula by enumerating every product subset and
 * (b) the defining LP solved directly.
 */
class LostSalesTest {
  private static final double TOL = 1e-7;

  private static Network randomNetwork(Random rnd) {
    int m = 1 + rnd.nextInt(5);
    int p = 1 + rnd.nextInt(6);
    double density = 0.15 + 0.6 * rnd.nextDouble();
    List<Plant> plants = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      plants.add(new Plant("P" + (i + 1), 1));
    }
    List<Product> products = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      products.add(new Product("V" + (j + 1), 1, 0));
    }
    return new Network("random", plants, products, RandomInstances.arcs(rnd, m, p, density));
  }

  /** Values in [0, scale]; sometimes 0, sometimes integers (to create ties). */
  private static double[] randomVector(Random rnd, int n, double scale, boolean integers) {
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      if (rnd.nextInt(6) == 0) {
        v[k] = 0;
      } else {
        v[k] = integers ? rnd.nextInt((int) scale + 1) : scale * rnd.nextDouble();
      }
    }
    return v;
  }

  /** sum_{j in S} (d_j - r_j) - sum_{i in A(S)} c_i, with A(S) computed from the arc list. */
  private static double cutValue(Network n, BitSet s, double[] r, double[] d, double[] c) {
    double v = 0;
    BitSet plants = new BitSet();
    for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
      v += d[j] - r[j];
    }
    for (Arc a : n.arcs()) {
      int j = n.productIndex(a.product());
      if (s.get(j)) {
        plants.set(n.plantIndex(a.plant()));
      }
    }
    for (int i = plants.nextSetBit(0); i >= 0; i = plants.nextSetBit(i + 1)) {
      v -= c[i];
    }
    return v;
  }

  /** max(0, max over all product subsets S of cutValue). */
  private static double formulaByEnumeration(Network n, double[] r, double[] d, double[] c) {
    double best = 0;
    for (int mask = 1; mask < (1 << n.productCount()); mask++) {
      best = Math.max(best, cutValue(n, BitSet.valueOf(new long[] {mask}), r, d, c));
    }
    return best;
  }

  /**
   * min sum_j s_j  s.t.  s_j >= d_j - r_j - sum_i f_ij,  s >= 0,  f >= 0,  sum_j f_ij <= c_i,
   * f only on arcs.
   */
  private static double lostSalesLp(Network n, double[] r, double[] d, double[] c) {
    int m = n.plantCount();
    int p = n.productCount();
    LinearProgram lp = new LinearProgram();
    int[] s = new int[p];
    LinearExpr[] inflow = new LinearExpr[p];
    LinearExpr[] outflow = new LinearExpr[m];
    LinearExpr obj = LinearExpr.constant(0);
    for (int j = 0; j < p; j++) {
      s[j] = lp.addVariable(0, Double.POSITIVE_INFINITY, "s" + j);
      inflow[j] = LinearExpr.of(s[j]);
      obj = obj.plusTerm(1, s[j]);
    }
    for (int i = 0; i < m; i++) {
      outflow[i] = LinearExpr.constant(0);
    }
    for (Arc a : n.arcs()) {
      int i = n.plantIndex(a.plant());
      int j = n.productIndex(a.product());
      int f = lp.addVariable(0, Double.POSITIVE_INFINITY, "f" + i + "_" + j);
      inflow[j] = inflow[j].plusTerm(1, f);
      outflow[i] = outflow[i].plusTerm(1, f);
    }
    for (int j = 0; j < p; j++) {
      lp.addGreaterEq(inflow[j], d[j] - r[j], "short" + j); // s_j + sum_i f_ij >= d_j - r_j
    }
    for (int i = 0; i < m; i++) {
      lp.addLessEq(outflow[i], c[i], "cap" + i);
    }
    lp.minimize(obj);
    LpResult res = LpSolver.orTools().solve(lp);
    assertThat(res.status()).isEqualTo(LpStatus.OPTIMAL);
    return res.objective();
  }

  @Test
  void evaluate_randomNetworks_matchesMinCutEnumerationAndLp() {
    int positive = 0;
    for (long seed = 1; seed <= 800; seed++) {
      Random rnd = new Random(seed);
      Network n = randomNetwork(rnd);
      boolean integers = rnd.nextBoolean();
      double[] r = randomVector(rnd, n.productCount(), 40, integers);
      double[] d = randomVector(rnd, n.productCount(), 100, integers);
      double[] c = randomVector(rnd, n.plantCount(), 120, integers);
      String ctx = "seed " + seed + ", arcs " + n.arcs() + ", r=" + Arrays.toString(r) + ", d="
          + Arrays.toString(d) + ", c=" + Arrays.toString(c);

      LostSales.Evaluation ev = LostSales.evaluate(n, r, d, c);
      double formula = formulaByEnumeration(n, r, d, c);
      double lp = lostSalesLp(n, r, d, c);
      double tol = TOL * Math.max(1, formula);

      assertThat(ev.lostSales()).as("vs min-cut enumeration; " + ctx)
          .isCloseTo(formula, within(tol));
      assertThat(ev.lostSales()).as("vs LP; " + ctx).isCloseTo(lp, within(tol));
      BitSet s = ev.shortageSet();
      double atS = s.isEmpty() ? 0 : cutValue(n, s, r, d, c);
      assertThat(atS).as("shortage set %s attains the maximum; %s", s, ctx)
          .isCloseTo(formula, within(tol));

      double[] served = ev.served();
      double totalServed = 0;
      for (int j = 0; j < served.length; j++) {
        assertThat(served[j]).as("served[%d]; %s", j, ctx).isBetween(-tol, d[j] + tol);
        totalServed += served[j];
      }
      assertThat(totalServed).as("served + lost = demand; " + ctx)
          .isCloseTo(Arrays.stream(d).sum() - ev.lostSales(), within(tol));
      if (formula > 1e-6) {
        positive++;
      }
    }
    // the generator must exercise both shortage and no-shortage cases
    assertThat(positive).isBetween(100, 790);
  }

  @Test
  void evaluate_handChecked2x2() {
    // P1 (c = 5) makes V1 and V2; P2 (c = 3) makes V2. r = (1, 0), d = (10, 4).
    // Subsets: {V1}: (10 - 1) - c(P1) = 9 - 5 = 4; {V2}: 4 - (5 + 3) = -4;
    //          {V1,V2}: (9 + 4) - (5 + 3) = 5. So L = 5 with shortage set {V1, V2}.
    // Flow view: P2 sends 3 to V2, P1 splits 5 between V1 and V2, inventory 1 serves V1:
    // served 1 + 3 + 5 = 9 of 14, lost 5.
    Network n = twoByTwo();
    LostSales.Evaluation ev = LostSales.evaluate(n, new double[] {1, 0}, new double[] {10, 4},
        new double[] {5, 3});
    assertThat(ev.lostSales()).isCloseTo(5, within(1e-9));
    assertThat(ev.shortageSet().stream().toArray()).containsExactly(0, 1);
    assertThat(Arrays.stream(ev.served()).sum()).isCloseTo(9, within(1e-9));

    // With c(P1) = 10: {V1}: 9 - 10 = -1; {V2}: 4 - 13 < 0; {V1,V2}: 13 - 13 = 0 -> L = 0.
    LostSales.Evaluation none = LostSales.evaluate(n, new double[] {1, 0},
        new double[] {10, 4}, new double[] {10, 3});
    assertThat(none.lostSales()).isCloseTo(0, within(1e-9));
    assertThat(none.served()).containsExactly(new double[] {10, 4}, within(1e-9));

    // Only V1 short: c = (2, 3), d = (10, 1), r = (1, 0): {V1}: 9 - 2 = 7;
    // {V2}: 1 - 5 = -4; {V1,V2}: 10 - 5 = 5. L = 7 at S = {V1}.
    LostSales.Evaluation one = LostSales.evaluate(n, new double[] {1, 0},
        new double[] {10, 1}, new double[] {2, 3});
    assertThat(one.lostSales()).isCloseTo(7, within(1e-9));
    assertThat(one.shortageSet().stream().toArray()).containsExactly(0);
  }

  @Test
  void evaluate_productWithoutArcs_isServedOnlyFromInventory() {
    // V2 has no plant: L = (d2 - r2)^+ plus whatever V1 lacks. c = 100 covers V1 fully.
    Network n = new Network("orphan", List.of(new Plant("P1", 1)),
        List.of(new Product("V1", 1, 0), new Product("V2", 1, 0)),
        List.of(new Arc("P1", "V1")));
    LostSales.Evaluation ev = LostSales.evaluate(n, new double[] {0, 3}, new double[] {50, 10},
        new double[] {100});
    assertThat(ev.lostSales()).isCloseTo(7, within(1e-9));
    assertThat(ev.shortageSet().stream().toArray()).containsExactly(1);
  }

  @Test
  void evaluate_rejectsWrongLengthsAndInvalidEntries() {
    Network n = twoByTwo();
    assertThatThrownBy(() -> LostSales.evaluate(n, new double[] {1}, new double[] {1, 1},
        new double[] {1, 1})).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("inventory r");
    assertThatThrownBy(() -> LostSales.evaluate(n, new double[] {1, -1}, new double[] {1, 1},
        new double[] {1, 1})).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("r[2]");
    assertThatThrownBy(() -> LostSales.evaluate(n, new double[] {1, 1}, new double[] {1, 1},
        new double[] {1, Double.NaN})).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("c[2]");
    assertThatThrownBy(() -> LostSales.evaluate(n, new double[] {1, 1},
        new double[] {Double.POSITIVE_INFINITY, 1}, new double[] {1, 1}))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("d[1]");
  }

  private static Network twoByTwo() {
    return new Network("2x2", List.of(new Plant("P1", 5), new Plant("P2", 3)),
        List.of(new Product("V1", 10, 0), new Product("V2", 4, 0)),
        List.of(new Arc("P1", "V1"), new Arc("P1", "V2"), new Arc("P2", "V2")));
  }
}
