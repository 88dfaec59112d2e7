package org.stockade.robust;

import java.util.BitSet;
import java.util.List;
import org.stockade.model.Network;
import org.stockade.uncertainty.AffinePiece;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Exact separation by complete enumeration of the {@code 2^N - 1} product subsets, for sets with
 * closed forms ({@code Dmax(S) = min_v piece_v(x_S)}, {@code -Cmin(P) = min_w piece_w(y_P)}).
 * Subsets are visited in Gray-code order so every piece's value and {@code r(S)} change by one
 * term per step; {@code A(S)} comes from a table over subsets. {@code O(2^N (V + W))} time:
 * milliseconds for the GM case's 16 products. An alternative proof to the MILP.
 */
final class EnumerationSeparation {
  static final int MAX_PRODUCTS = 22;
  static final int MAX_PLANTS = 16;

  private EnumerationSeparation() {}

  record Outcome(double maxViolation, BitSet products) {}

  static boolean applicable(Network n, UncertaintySet u) {
    return n.productCount() <= MAX_PRODUCTS && n.plantCount() <= MAX_PLANTS
        && u.demand().maxPieces() != null && u.capacity().negatedMinPieces() != null;
  }

  /** {@code max_S g(S) - r(S)} with a maximizing S. */
  static Outcome solve(Network n, UncertaintySet u, double[] r) {
    int[] all = new int[n.productCount()];
    for (int j = 0; j < all.length; j++) {
      all[j] = j;
    }
    return solve(n, u, r, all);
  }

  /** Whether the subsets of {@code products} (with their plants) can be enumerated. */
  static boolean applicable(Network n, UncertaintySet u, int[] products) {
    if (products.length > MAX_PRODUCTS || u.demand().maxPieces() == null
        || u.capacity().negatedMinPieces() == null) {
      return false;
    }
    java.util.BitSet plants = new java.util.BitSet();
    for (int j : products) {
      for (int i : n.plantsOf(j)) {
        plants.set(i);
      }
    }
    return plants.cardinality() <= MAX_PLANTS;
  }

  /**
   * {@code max g(S) - r(S)} over the non-empty subsets S of {@code products} (a connected
   * component, or all products), with a maximizing S; the closed forms stay those of the whole
   * set, evaluated with every other product's and plant's indicator at 0.
   */
  static Outcome solve(Network n, UncertaintySet u, double[] r, int[] products) {
    int p = products.length;
    List<AffinePiece> dp = u.demand().maxPieces();
    List<AffinePiece> cp = u.capacity().negatedMinPieces();
    int[] localPlant = new int[n.plantCount()];
    java.util.Arrays.fill(localPlant, -1);
    int[] plantIds = new int[n.plantCount()];
    int m = 0;
    int[] plantMaskOf = new int[p];
    for (int q = 0; q < p; q++) {
      for (int i : n.plantsOf(products[q])) {
        if (localPlant[i] < 0) {
          localPlant[i] = m;
          plantIds[m++] = i;
        }
        plantMaskOf[q] |= 1 << localPlant[i];
      }
    }
    // -Cmin over every plant mask, by DP on the lowest bit
    int pm = 1 << m;
    double[] negCmin = new double[pm];
    double[][] capSum = new double[cp.size()][pm];
    for (int w = 0; w < cp.size(); w++) {
      double[] e = cp.get(w).coef();
      for (int mask = 1; mask < pm; mask++) {
        int low = Integer.numberOfTrailingZeros(mask);
        capSum[w][mask] = capSum[w][mask & (mask - 1)] + e[plantIds[low]];
      }
    }
    for (int mask = 0; mask < pm; mask++) {
      double best = Double.POSITIVE_INFINITY;
      for (int w = 0; w < cp.size(); w++) {
        best = Math.min(best, cp.get(w).constant() + capSum[w][mask]);
      }
      negCmin[mask] = best;
    }
    int v = dp.size();
    double[][] e = new double[v][p];
    double[] val = new double[v];
    for (int k = 0; k < v; k++) {
      double[] coef = dp.get(k).coef();
      for (int q = 0; q < p; q++) {
        e[k][q] = coef[products[q]];
      }
      val[k] = dp.get(k).constant();
    }
    int total = 1 << p;
    int[] plantsOfSubset = new int[total];
    for (int mask = 1; mask < total; mask++) {
      int low = Integer.numberOfTrailingZeros(mask);
      plantsOfSubset[mask] = plantsOfSubset[mask & (mask - 1)] | plantMaskOf[low];
    }
    double inv = 0;
    int gray = 0;
    double best = Double.NEGATIVE_INFINITY;
    int bestMask = 0;
    for (int step = 1; step < total; step++) {
      int bit = Integer.numberOfTrailingZeros(step);
      gray ^= 1 << bit;
      double sign = (gray & (1 << bit)) != 0 ? 1 : -1;
      inv += sign * r[products[bit]];
      double dmax = Double.POSITIVE_INFINITY;
      for (int k = 0; k < v; k++) {
        val[k] += sign * e[k][bit];
        dmax = Math.min(dmax, val[k]);
      }
      double g = dmax + negCmin[plantsOfSubset[gray]] - inv;
      if (g > best) {
        best = g;
        bestMask = gray;
      }
    }
    BitSet s = new BitSet(n.productCount());
    for (int q = 0; q < p; q++) {
      if ((bestMask & (1 << q)) != 0) {
        s.set(products[q]);
      }
    }
    return new Outcome(best, s);
  }
}
