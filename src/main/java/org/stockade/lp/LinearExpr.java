package org.stockade.lp;

import java.util.Arrays;

/**
 * An immutable sparse affine expression {@code constant + sum_k coef_k * x_{var_k}} over the
 * variables of a {@link LinearProgram}. Used by uncertainty sets to describe their points
 * (for example {@code d_j = tau_j (mu_j + sigma_j z_j)}) to the separation MILP.
 */
public final class LinearExpr {
  private final int[] vars;
  private final double[] coefs;
  private final double constant;

  private LinearExpr(int[] vars, double[] coefs, double constant) {
    this.vars = vars;
    this.coefs = coefs;
    this.constant = constant;
  }

  public static LinearExpr constant(double c) {
    return new LinearExpr(new int[0], new double[0], c);
  }

  public static LinearExpr of(int var) {
    return new LinearExpr(new int[] {var}, new double[] {1.0}, 0.0);
  }

  /**
   * {@code constant + sum_k coefs[k] * x_{vars[k]}} from parallel arrays (copied); building a
   * long sum this way is linear in its length, unlike repeated {@link #plus}.
   */
  public static LinearExpr of(int[] vars, double[] coefs, double constant) {
    if (vars.length != coefs.length) {
      throw new IllegalArgumentException(vars.length + " variables but " + coefs.length
          + " coefficients");
    }
    return new LinearExpr(vars.clone(), coefs.clone(), constant);
  }

  /** {@code constant + coef * x_var}. */
  public static LinearExpr affine(double constant, double coef, int var) {
    return new LinearExpr(new int[] {var}, new double[] {coef}, constant);
  }

  public LinearExpr times(double k) {
    double[] c = coefs.clone();
    for (int i = 0; i < c.length; i++) {
      c[i] *= k;
    }
    return new LinearExpr(vars, c, constant * k);
  }

  public LinearExpr plus(LinearExpr o) {
    int[] v = Arrays.copyOf(vars, vars.length + o.vars.length);
    double[] c = Arrays.copyOf(coefs, coefs.length + o.coefs.length);
    System.arraycopy(o.vars, 0, v, vars.length, o.vars.length);
    System.arraycopy(o.coefs, 0, c, coefs.length, o.coefs.length);
    return new LinearExpr(v, c, constant + o.constant);
  }

  public LinearExpr plusTerm(double coef, int var) {
    return plus(affine(0.0, coef, var));
  }

  public int size() {
    return vars.length;
  }

  public int var(int k) {
    return vars[k];
  }

  public double coef(int k) {
    return coefs[k];
  }

  public double constant() {
    return constant;
  }

  /** Value of the expression at a point {@code x} (indexed by variable). */
  public double evaluate(double[] x) {
    double s = constant;
    for (int k = 0; k < vars.length; k++) {
      s += coefs[k] * x[vars[k]];
    }
    return s;
  }
}
