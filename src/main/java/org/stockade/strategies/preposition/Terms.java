package org.stockade.strategies.preposition;

import java.util.Arrays;
import org.stockade.lp.LinearExpr;

/** A growing list of {@code coef * x_var} terms, turned into a {@link LinearExpr} once. */
final class Terms {
  private int[] vars = new int[16];
  private double[] coefs = new double[16];
  private int size;

  Terms add(double coef, int var) {
    if (coef == 0) {
      return this;
    }
    if (size == vars.length) {
      vars = Arrays.copyOf(vars, 2 * size);
      coefs = Arrays.copyOf(coefs, 2 * size);
    }
    vars[size] = var;
    coefs[size++] = coef;
    return this;
  }

  LinearExpr expr() {
    return LinearExpr.of(Arrays.copyOf(vars, size), Arrays.copyOf(coefs, size), 0);
  }
}
