package org.stockade.flow;

import java.util.BitSet;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/**
 * Second-stage lost sales (spec section 2):
 *
 * <pre>
 *   L(r, d, c) = min_f sum_j (d_j - r_j - sum_i f_ij)^+ = sum_j d_j - maxflow
 * </pre>
 *
 * on the network source→plant i (cap c_i), source→product j (cap r_j), plant i→product j (cap ∞
 * on arcs), product j→sink (cap d_j). By max-flow/min-cut {@code L = max_S [sum_S (d_j - r_j) -
 * sum_{A(S)} c_i]}; the maximizing {@code S} (products on the sink side of a minimum cut) is
 * returned as the shortage set (only products with {@code d_j > r_j}; others never help the
 * maximum). Uses the array-based Dinic of {@link BipartiteMaxFlow}, which replaced JGraphT's
 * push-relabel: that was reported to hang on fractional, LP-derived inputs; Dinic with a
 * saturation threshold stops after at most V phases whatever the capacities.
 */
public final class LostSales {
  private LostSales() {}

  /** Lost sales, the shortage product set and the units served per product. */
  public record Evaluation(double lostSales, BitSet shortageSet, double[] served) {
    public Evaluation {
      shortageSet = (BitSet) shortageSet.clone();
      served = served.clone();
    }

    @Override
    public BitSet shortageSet() {
      return (BitSet) shortageSet.clone();
    }

    @Override
    public double[] served() {
      return served.clone();
    }
  }

  public static Evaluation evaluate(Network n, double[] r, double[] d, double[] c) {
    int m = n.plantCount();
    int p = n.productCount();
    check("inventory r", r, p);
    checkLength("demand d", d, p);
    check("capacity c", c, m);
    BipartiteMaxFlow flow = new BipartiteMaxFlow(n);
    double lost = flow.solve(r, d, c);
    double[] served = new double[p];
    for (int j = 0; j < p; j++) {
      served[j] = flow.served(j);
    }
    return new Evaluation(lost, flow.shortageSet(), served);
  }

  private static void checkLength(String what, double[] v, int len) {
    if (v.length != len) {
      throw new InvalidInputException(what + " has " + v.length + " entries, expected " + len);
    }
    for (int k = 0; k < v.length; k++) {
      if (!Double.isFinite(v[k])) {
        throw new InvalidInputException(what + "[" + (k + 1) + "] must be finite, got " + v[k]);
      }
    }
  }

  private static void check(String what, double[] v, int len) {
    if (v.length != len) {
      throw new InvalidInputException(what + " has " + v.length + " entries, expected " + len);
    }
    for (int k = 0; k < v.length; k++) {
      if (!(v[k] >= 0) || Double.isInfinite(v[k])) {
        throw new InvalidInputException(what + "[" + (k + 1) + "] must be finite and >= 0, got "
            + v[k]);
      }
    }
  }
}
