package org.stockade.testing;

import java.util.BitSet;
import org.stockade.model.Network;

/**
 * Test oracle for lost sales without any max-flow code: by max-flow/min-cut (spec section 2),
 * {@code L(r, d, c) = max over product sets S of [sum_S (d_j - r_j) - sum_{A(S)} c_i]}.
 */
public final class Cuts {
  private Cuts() {}

  /** {@code sum_S (d_j - r_j) - sum_{A(S)} c_i}. */
  public static double cutValue(Network n, BitSet s, double[] r, double[] d, double[] c) {
    double v = 0;
    for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
      v += d[j] - r[j];
    }
    BitSet a = n.plantsOf(s);
    for (int i = a.nextSetBit(0); i >= 0; i = a.nextSetBit(i + 1)) {
      v -= c[i];
    }
    return v;
  }

  /** Lost sales by enumerating all {@code 2^N} product sets (N at most 20). */
  public static double lostSalesByEnumeration(Network n, double[] r, double[] d, double[] c) {
    int p = n.productCount();
    if (p > 20) {
      throw new IllegalArgumentException("enumeration is for at most 20 products");
    }
    double best = 0;
    for (long mask = 1; mask < (1L << p); mask++) {
      best = Math.max(best, cutValue(n, BitSet.valueOf(new long[] {mask}), r, d, c));
    }
    return best;
  }
}
