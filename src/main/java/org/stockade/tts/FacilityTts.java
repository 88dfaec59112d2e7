package org.stockade.tts;

import java.util.BitSet;
import org.stockade.flow.LostSales;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/**
 * Time-to-survive of one facility for a given inventory (Simchi-Levi, Wang & Wei 2018, §5;
 * spec section 6): with plant {@code i} down and the others at nominal capacity rates
 * {@code c}, demand rates {@code d} and inventory {@code r}, the network has no lost sales over a
 * disruption of length {@code t} iff {@code L(r, t d, t c^{(i)}) = 0}, i.e.
 *
 * <pre>
 *   TTS_i(r) = min { r(S) / G_i(S) : G_i(S) > 0 },   G_i(S) = d(S) - c^{(i)}(A(S))
 * </pre>
 *
 * (+infinity when no product set runs short). Computed exactly by Dinkelbach's method on this
 * ratio: at {@code t_k} a max-flow gives the product set {@code S_k} of a minimum cut maximising
 * {@code t_k G_i(S) - r(S)}; {@code t_{k+1} = r(S_k)/G_i(S_k)} decreases to the minimum in
 * finitely many steps.
 */
public final class FacilityTts {
  /** TTS of one failure: the value and the product set that runs short first. */
  public record Survival(double tts, BitSet shortProducts) {
    public Survival {
      shortProducts = (BitSet) shortProducts.clone();
    }

    @Override
    public BitSet shortProducts() {
      return (BitSet) shortProducts.clone();
    }

    public boolean unbounded() {
      return tts == Double.POSITIVE_INFINITY;
    }
  }

  private static final double CAP = 1e12;

  private FacilityTts() {}

  /**
   * @param down plant index that fails, or -1 for no failure
   */
  public static Survival evaluate(Network n, double[] r, double[] demandRate, double[] capacity,
      int down) {
    if (down < -1 || down >= n.plantCount()) {
      throw new InvalidInputException("failed plant index " + down + " out of range");
    }
    double[] c = capacity.clone();
    if (down >= 0) {
      c[down] = 0;
    }
    double t = 1;
    LostSales.Evaluation ev = LostSales.evaluate(n, r, scale(demandRate, t), scale(c, t));
    while (ev.lostSales() <= tolerance(r, demandRate, t)) {
      t *= 4;
      if (t > CAP) {
        return new Survival(Double.POSITIVE_INFINITY, new BitSet());
      }
      ev = LostSales.evaluate(n, r, scale(demandRate, t), scale(c, t));
    }
    // t_0 >= TTS: Dinkelbach iterations on min r(S)/G(S)
    BitSet s = ev.shortageSet();
    for (int iter = 0; iter < 10_000; iter++) {
      double g = gap(n, demandRate, c, s);
      double ratio = sum(r, s) / g;
      LostSales.Evaluation next = LostSales.evaluate(n, r, scale(demandRate, ratio),
          scale(c, ratio));
      if (next.lostSales() <= tolerance(r, demandRate, ratio)) {
        return new Survival(ratio, s);
      }
      s = next.shortageSet();
    }
    throw new IllegalStateException("time-to-survive iteration did not converge");
  }

  private static double tolerance(double[] r, double[] d, double t) {
    double scale = 1;
    for (double x : r) {
      scale += x;
    }
    for (double x : d) {
      scale += t * x;
    }
    return 1e-9 * scale;
  }

  private static double gap(Network n, double[] d, double[] c, BitSet s) {
    double g = 0;
    for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
      g += d[j];
    }
    BitSet plants = n.plantsOf(s);
    for (int i = plants.nextSetBit(0); i >= 0; i = plants.nextSetBit(i + 1)) {
      g -= c[i];
    }
    return g;
  }

  private static double sum(double[] r, BitSet s) {
    double v = 0;
    for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
      v += r[j];
    }
    return v;
  }

  private static double[] scale(double[] v, double t) {
    double[] out = new double[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = v[k] * t;
    }
    return out;
  }
}
