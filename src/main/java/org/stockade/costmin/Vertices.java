package org.stockade.costmin;

import java.util.ArrayList;
import java.util.List;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;

/**
 * Brute-force vertex enumeration of a small polytope given as an {@link LinearProgram}'s
 * variable bounds and rows (the description {@code describeIn} of a demand or capacity set),
 * mapped through the set's affine expressions. Every vertex of the lifted polytope solves n
 * linearly independent tight inequalities; all n-subsets are tried (Gaussian elimination) and
 * the feasible solutions kept. Projections of the lifted vertices include every vertex of the
 * projected set. For verification of small instances only.
 */
public final class Vertices {
  private Vertices() {}

  /**
   * Vertices (possibly with a few non-extreme projected points, harmless for a maximum over the
   * set), or {@code null} when more than {@code maxSubsets} subsets would have to be tried.
   */
  public static List<double[]> of(LinearProgram lp, LinearExpr[] point, long maxSubsets) {
    int n = lp.variableCount();
    List<double[]> g = new ArrayList<>();
    List<Double> h = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      LinearProgram.Variable v = lp.variables().get(k);
      double[] e = new double[n];
      e[k] = 1;
      if (v.ub() < Double.POSITIVE_INFINITY) {
        g.add(e);
        h.add(v.ub());
      }
      if (v.lb() > Double.NEGATIVE_INFINITY) {
        g.add(neg(e));
        h.add(-v.lb());
      }
    }
    for (LinearProgram.Row row : lp.rows()) {
      double[] a = new double[n];
      LinearExpr ex = row.expr();
      for (int k = 0; k < ex.size(); k++) {
        a[ex.var(k)] += ex.coef(k);
      }
      if (row.up() < Double.POSITIVE_INFINITY) {
        g.add(a);
        h.add(row.up() - ex.constant());
      }
      if (row.lo() > Double.NEGATIVE_INFINITY) {
        g.add(neg(a));
        h.add(-(row.lo() - ex.constant()));
      }
    }
    List<double[]> out = new ArrayList<>();
    if (n == 0) {
      out.add(map(point, new double[0]));
      return out;
    }
    int m = g.size();
    if (binomial(m, n) > maxSubsets) {
      return null;
    }
    int[] pick = new int[n];
    for (int k = 0; k < n; k++) {
      pick[k] = k;
    }
    while (true) {
      double[] x = solve(g, h, pick, n);
      if (x != null && feasible(g, h, x)) {
        double[] p = map(point, x);
        if (out.stream().noneMatch(q -> same(q, p))) {
          out.add(p);
        }
      }
      int k = n - 1;
      while (k >= 0 && pick[k] == m - n + k) {
        k--;
      }
      if (k < 0) {
        break;
      }
      pick[k]++;
      for (int q = k + 1; q < n; q++) {
        pick[q] = pick[q - 1] + 1;
      }
    }
    return out;
  }

  private static double[] neg(double[] a) {
    double[] b = new double[a.length];
    for (int k = 0; k < a.length; k++) {
      b[k] = -a[k];
    }
    return b;
  }

  private static long binomial(int m, int n) {
    long c = 1;
    for (int k = 1; k <= n; k++) {
      c = c * (m - n + k) / k;
      if (c > Long.MAX_VALUE / 64) {
        return Long.MAX_VALUE;
      }
    }
    return c;
  }

  /** Solves the rows {@code pick} as equalities; null when singular. */
  private static double[] solve(List<double[]> g, List<Double> h, int[] pick, int n) {
    double[][] a = new double[n][n + 1];
    for (int r = 0; r < n; r++) {
      System.arraycopy(g.get(pick[r]), 0, a[r], 0, n);
      a[r][n] = h.get(pick[r]);
    }
    for (int col = 0; col < n; col++) {
      int piv = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[piv][col])) {
          piv = r;
        }
      }
      if (Math.abs(a[piv][col]) < 1e-10) {
        return null;
      }
      double[] t = a[piv];
      a[piv] = a[col];
      a[col] = t;
      for (int r = 0; r < n; r++) {
        if (r != col && a[r][col] != 0) {
          double f = a[r][col] / a[col][col];
          for (int c = col; c <= n; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int r = 0; r < n; r++) {
      x[r] = a[r][n] / a[r][r];
    }
    return x;
  }

  private static boolean feasible(List<double[]> g, List<Double> h, double[] x) {
    for (int r = 0; r < g.size(); r++) {
      double s = 0;
      double[] a = g.get(r);
      for (int k = 0; k < x.length; k++) {
        s += a[k] * x[k];
      }
      if (s > h.get(r) + 1e-7 * Math.max(1, Math.abs(h.get(r)))) {
        return false;
      }
    }
    return true;
  }

  private static double[] map(LinearExpr[] point, double[] x) {
    double[] p = new double[point.length];
    for (int k = 0; k < p.length; k++) {
      p[k] = point[k].evaluate(x);
    }
    return p;
  }

  private static boolean same(double[] a, double[] b) {
    for (int k = 0; k < a.length; k++) {
      if (Math.abs(a[k] - b[k]) > 1e-7 * Math.max(1, Math.abs(a[k]))) {
        return false;
      }
    }
    return true;
  }
}
