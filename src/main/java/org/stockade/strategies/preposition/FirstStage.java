package org.stockade.strategies.preposition;

import org.stockade.lp.LinearProgram;

/**
 * The first-stage variables and constraints (Rawls &amp; Turnquist 2010, (2)-(3) with the
 * first-stage part of (1)): {@code y_il} (open size {@code l} at {@code i}), {@code q_ik >= 0},
 * <pre>
 *   sum_l y_il <= 1                              (at most one size per location)
 *   sum_k v_k q_ik <= sum_l M_il y_il            (stock fits the facility opened)
 *   cost  sum_il F_il y_il + sum_ik c_k q_ik
 * </pre>
 */
final class FirstStage {
  private FirstStage() {}

  /** Variable indices: {@code y[i][l]} (-1 where the size is fixed), {@code q[i][k]}. */
  record Vars(int[][] y, int[][] q) {}

  /**
   * Adds the first stage to {@code lp}. {@code y} is binary, or continuous in [0, 1] when
   * {@code relax}; when {@code fixedSize} is given, {@code y} is that constant (size index per
   * location, -1 closed) and no {@code y} variables are made.
   */
  static Vars add(LinearProgram lp, PrepositionProblem p, boolean relax, int[] fixedSize,
      Terms obj) {
    int n = p.locationCount();
    int m = p.commodityCount();
    int[][] y = new int[n][];
    int[][] q = new int[n][m];
    for (int i = 0; i < n; i++) {
      var sizes = p.sizesOf(i);
      y[i] = new int[sizes.size()];
      Terms one = new Terms();
      Terms fit = new Terms();
      double fixedCap = 0;
      for (int l = 0; l < sizes.size(); l++) {
        if (fixedSize != null) {
          y[i][l] = -1;
          if (fixedSize[i] == l) {
            fixedCap = sizes.get(l).capacity();
          }
          continue;
        }
        y[i][l] = relax ? lp.addVariable(0, 1, "y" + i + "_" + l) : lp.addBinary("y" + i + "_" + l);
        obj.add(sizes.get(l).fixedCost(), y[i][l]);
        one.add(1, y[i][l]);
        fit.add(-sizes.get(l).capacity(), y[i][l]);
      }
      for (int k = 0; k < m; k++) {
        q[i][k] = lp.addVariable(0, Double.POSITIVE_INFINITY, "q" + i + "_" + k);
        obj.add(p.commodity(k).unitCost(), q[i][k]);
        fit.add(p.commodity(k).volume(), q[i][k]);
      }
      if (fixedSize == null) {
        lp.addLessEq(one.expr(), 1, "one" + i);
      }
      lp.addLessEq(fit.expr(), fixedCap, "fit" + i);
    }
    return new Vars(y, q);
  }

  /** Fixed cost of {@code size} (index per location, -1 closed). */
  static double fixedCost(PrepositionProblem p, int[] size) {
    double f = 0;
    for (int i = 0; i < size.length; i++) {
      if (size[i] >= 0) {
        f += p.sizesOf(i).get(size[i]).fixedCost();
      }
    }
    return f;
  }

  static double acquisition(PrepositionProblem p, double[][] q) {
    double c = 0;
    for (int i = 0; i < q.length; i++) {
      for (int k = 0; k < q[i].length; k++) {
        c += p.commodity(k).unitCost() * q[i][k];
      }
    }
    return c;
  }

  /**
   * The cheapest size at each location that holds the stock {@code q} (-1 where nothing is
   * stored); -2 at a location where no size is large enough.
   */
  static int[] cheapestSizes(PrepositionProblem p, double[][] q) {
    int[] size = new int[q.length];
    for (int i = 0; i < q.length; i++) {
      double vol = 0;
      for (int k = 0; k < q[i].length; k++) {
        vol += p.commodity(k).volume() * q[i][k];
      }
      if (vol <= 1e-9) {
        size[i] = -1;
        continue;
      }
      size[i] = -2;
      double best = Double.POSITIVE_INFINITY;
      var sizes = p.sizesOf(i);
      for (int l = 0; l < sizes.size(); l++) {
        if (sizes.get(l).capacity() >= vol * (1 - 1e-9) && sizes.get(l).fixedCost() < best) {
          best = sizes.get(l).fixedCost();
          size[i] = l;
        }
      }
    }
    return size;
  }

  /** Stock values {@code q[i][k]} from a solution, negatives from tolerances set to 0. */
  static double[][] stock(double[] x, Vars v) {
    double[][] q = new double[v.q().length][];
    for (int i = 0; i < q.length; i++) {
      q[i] = new double[v.q()[i].length];
      for (int k = 0; k < q[i].length; k++) {
        q[i][k] = Math.max(0, x[v.q()[i][k]]);
      }
    }
    return q;
  }

  /** Opened size per location from integral {@code y} values (-1 closed). */
  static int[] sizes(double[] x, Vars v) {
    int[] size = new int[v.y().length];
    for (int i = 0; i < size.length; i++) {
      size[i] = -1;
      for (int l = 0; l < v.y()[i].length; l++) {
        if (v.y()[i][l] >= 0 && x[v.y()[i][l]] > 0.5) {
          size[i] = l;
        }
      }
    }
    return size;
  }
}
