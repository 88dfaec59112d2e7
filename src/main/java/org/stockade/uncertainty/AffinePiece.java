package org.stockade.uncertainty;

/**
 * One affine function {@code constant + sum_k coef_k x_k} of a subset's indicator vector
 * {@code x in {0,1}^n}. Sets with closed forms express {@code Dmax(S)} (and {@code -Cmin(P)}) as
 * the minimum of finitely many such pieces, which gives a compact exact separation MILP.
 */
public record AffinePiece(double constant, double[] coef) {
  public AffinePiece {
    coef = coef.clone();
  }

  double coefAt(int k) {
    return coef[k];
  }

  /** Value at the indicator vector of {@code s}. */
  public double valueAt(java.util.BitSet s) {
    double v = constant;
    for (int k = s.nextSetBit(0); k >= 0; k = s.nextSetBit(k + 1)) {
      v += coef[k];
    }
    return v;
  }
}
