package org.stockade.strategies.suppliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.stockade.model.InvalidInputException;

/**
 * The newsvendor with unreliable suppliers of Dada, Petruzzi &amp; Schwarz (2007, "A newsvendor's
 * procurement problem when suppliers are unreliable", M&amp;SOM 9(1)). Supplier {@code i} has
 * unit cost {@code c_i} and a discrete random capacity {@code K_i} (independent), delivering
 * {@code y_i = min(Q_i, K_i)}; demand {@code D ~ Normal(mu, sigma)}, price {@code r}, salvage
 * {@code v < c_i}. With {@code Y = sum y_i} the expected profit is exact (no sampling):
 * <pre>
 *   Pi(Q) = sum_w pi_w [ r Y_w - (r - v) G(Y_w) ] - payment,
 *   G(Y) = E[(Y - D)^+] = (Y - mu) + sigma L((Y - mu)/sigma)
 * </pre>
 * over the capacity scenarios {@code w} (all combinations), with payment {@code sum c_i E[y_i]}
 * (pay for delivered units, as in the paper) or {@code sum c_i Q_i} (ordered).
 *
 * <p><b>Not concave, so no LP.</b> Paying per delivered unit, {@code -c_i min(Q_i, K_i)} is
 * convex in {@code Q_i}; already one supplier with {@code P(K > Q)} falling gives a
 * non-concave profit (its derivative {@code P(K > Q)[r - c - (r - v) F(Q)]} rises again where
 * the bracket is negative). The problem is therefore solved by direct search, exactly: between
 * consecutive capacity values each {@code y_iw} is either {@code Q_i} or a constant, so on each
 * such box ("cell") {@code Pi} is concave and smooth; it is maximised on every cell by cyclic
 * coordinate ascent (each coordinate by bisection on its decreasing derivative) and the best
 * cell is kept. Orders above {@code mu + sigma Phi^-1((r - c_i)/(r - v))} never pay, which
 * bounds the cells.
 *
 * <p><b>Cost precedes reliability.</b> At an optimum with {@code Q_j > 0}, the left derivative
 * in {@code Q_j} is {@code P(K_j >= Q_j)[r - c_j - (r - v) P(D < Y_-j + Q_j)] >= 0}; for a
 * cheaper {@code c_i < c_j} with {@code Q_i = 0} the right derivative at 0 is {@code P(K_i >
 * 0)[r - c_i - (r - v) P(D <= Y)]}, and {@code Y <= Y_-j + Q_j} with continuous {@code D}
 * makes it {@code >= P(K_i > 0)(c_j - c_i) > 0}: contradiction. So a supplier is used only
 * if every cheaper one is, whatever the reliabilities (the paper's result; the argument needs
 * pay-per-delivered and a continuous demand).
 */
public final class UnreliableNewsvendor {
  /** Orders below {@code USED (1 + mu)} count as zero. */
  static final double USED = 1e-7;
  /** Largest number of cells times scenarios searched. */
  public static final long MAX_WORK = 1_000_000;

  private static final NormalDistribution N01 = NormalDistribution.of(0, 1);

  private final SupplierProblem p;
  private final double r;
  private final double salvage;
  private final double mu;
  private final double sigma;
  private final boolean delivered;
  private final int n;
  private final double[][] cap; // scenario x supplier capacity
  private final double[] pi;

  public UnreliableNewsvendor(SupplierProblem p) {
    this.p = p;
    this.r = SupplierProblem.require("price", p.price(), "newsvendor");
    this.salvage = Double.isNaN(p.salvage()) ? 0 : p.salvage();
    this.mu = p.demandMean();
    this.sigma = p.demandSd();
    this.delivered = p.payment() == Payment.DELIVERED;
    this.n = p.size();
    if (!(sigma > 0)) {
      throw new InvalidInputException("demand.sd must be > 0 in the newsvendor model, got "
          + sigma);
    }
    long count = 1;
    for (Supplier s : p.suppliers()) {
      if (s.capacity() == null) {
        throw new InvalidInputException("supplier '" + s.name() + "': capacity (or reliability)"
            + " is required by the newsvendor model; e.g. reliability: 0.9 or capacity: {values: "
            + "[0, 500, .inf], probabilities: [0.1, 0.3, 0.6]}");
      }
      if (!(s.unitCost() > salvage)) {
        throw new InvalidInputException("supplier '" + s.name() + "': unit_cost = "
            + s.unitCost() + " must exceed salvage = " + salvage + " (else every unit is "
            + "free profit)");
      }
      count *= s.capacity().size();
      if (count > 200_000) {
        throw new InvalidInputException("the suppliers' capacities give more than 200000 "
            + "scenarios; use fewer capacity values or suppliers");
      }
    }
    int m = (int) count;
    cap = new double[m][n];
    pi = new double[m];
    for (int w = 0; w < m; w++) {
      int rest = w;
      double prob = 1;
      for (int i = 0; i < n; i++) {
        CapacityDistribution c = p.supplier(i).capacity();
        int k = rest % c.size();
        rest /= c.size();
        cap[w][i] = c.value(k);
        prob *= c.probability(k);
      }
      pi[w] = prob;
    }
  }

  /** The exact expected profit of orders {@code q}. */
  public double profit(double[] q) {
    double total = 0;
    for (int w = 0; w < pi.length; w++) {
      double y = 0;
      double pay = 0;
      for (int i = 0; i < n; i++) {
        double d = Math.min(q[i], cap[w][i]);
        y += d;
        pay += p.supplier(i).unitCost() * (delivered ? d : q[i]);
      }
      total += pi[w] * (r * y - (r - salvage) * overage(y) - pay);
    }
    return total;
  }

  private double overage(double y) {
    double k = (y - mu) / sigma;
    return (y - mu) + sigma * CostModel.loss(k);
  }

  public NewsvendorResult solve() {
    return solve(org.stockade.model.CancelToken.never());
  }

  /**
   * As {@link #solve()}, polling {@code cancel} before each cell of the enumeration.
   *
   * @throws java.util.concurrent.CancellationException once {@code cancel} is set
   */
  public NewsvendorResult solve(org.stockade.model.CancelToken cancel) {
    double[] qmax = new double[n];
    List<double[]> breaks = new ArrayList<>();
    long cells = 1;
    for (int i = 0; i < n; i++) {
      Supplier s = p.supplier(i);
      qmax[i] = s.unitCost() >= r ? 0
          : Math.max(0, mu + sigma * N01.inverseCumulativeProbability((r - s.unitCost())
              / (r - salvage)));
      List<Double> b = new ArrayList<>();
      b.add(0.0);
      for (double k : s.capacity().values()) {
        if (k > 0 && k < qmax[i]) {
          b.add(k);
        }
      }
      b.add(qmax[i]);
      breaks.add(b.stream().mapToDouble(Double::doubleValue).distinct().toArray());
      cells *= Math.max(1, breaks.get(i).length - 1);
    }
    if (cells * pi.length > MAX_WORK) {
      throw new InvalidInputException(cells + " cells x " + pi.length + " scenarios exceeds the "
          + "search limit " + MAX_WORK + "; use fewer capacity values or suppliers");
    }
    double[] best = new double[n];
    double bestProfit = profit(best);
    int[] cell = new int[n];
    for (long c = 0; c < cells; c++) {
      if (cancel.isCancelled()) {
        throw new java.util.concurrent.CancellationException("newsvendor search cancelled"
            + " after " + c + " of " + cells + " cells");
      }
      long rest = c;
      double[] lo = new double[n];
      double[] hi = new double[n];
      for (int i = 0; i < n; i++) {
        double[] b = breaks.get(i);
        int pieces = Math.max(1, b.length - 1);
        cell[i] = (int) (rest % pieces);
        rest /= pieces;
        lo[i] = b[cell[i]];
        hi[i] = b.length > 1 ? b[cell[i] + 1] : b[0];
      }
      double[] q = maximiseCell(lo, hi);
      double v = profit(q);
      if (v > bestProfit) {
        bestProfit = v;
        best = q;
      }
    }
    double[] ed = new double[n];
    double pay = 0;
    for (int i = 0; i < n; i++) {
      if (best[i] <= USED * (1 + mu)) {
        best[i] = 0;
      }
      ed[i] = p.supplier(i).capacity().expectedDelivery(best[i]);
      pay += p.supplier(i).unitCost() * (delivered ? ed[i] : best[i]);
    }
    bestProfit = profit(best);
    return new NewsvendorResult(p, best, ed, bestProfit, pay, pi.length, cells,
        costPrecedesReliability(p, best));
  }

  /** Whether every supplier cheaper than a used one, and with {@code P(K > 0) > 0}, is used. */
  static boolean costPrecedesReliability(SupplierProblem p, double[] q) {
    double tol = USED * (1 + p.demandMean());
    for (int j = 0; j < q.length; j++) {
      if (q[j] <= tol) {
        continue;
      }
      for (int i = 0; i < q.length; i++) {
        if (p.supplier(i).unitCost() < p.supplier(j).unitCost()
            && p.supplier(i).capacity().reliability() > 0 && q[i] <= tol) {
          return false;
        }
      }
    }
    return true;
  }

  /** Coordinate ascent of the concave profit on the box {@code [lo, hi]} (one cell). */
  private double[] maximiseCell(double[] lo, double[] hi) {
    int m = pi.length;
    boolean[][] full = new boolean[m][n];
    double[] y = new double[m];
    double[] q = lo.clone();
    for (int w = 0; w < m; w++) {
      for (int i = 0; i < n; i++) {
        full[w][i] = cap[w][i] >= hi[i];
        y[w] += full[w][i] ? q[i] : Math.min(cap[w][i], q[i]);
      }
    }
    double scale = 1 + mu;
    for (int sweep = 0; sweep < 5000; sweep++) {
      double moved = 0;
      for (int i = 0; i < n; i++) {
        if (hi[i] <= lo[i]) {
          continue;
        }
        double qi = q[i];
        double next;
        if (derivative(i, lo[i], qi, full, y) <= 0) {
          next = lo[i];
        } else if (derivative(i, hi[i], qi, full, y) >= 0) {
          next = hi[i];
        } else {
          double a = lo[i];
          double b = hi[i];
          for (int it = 0; it < 100 && b - a > 1e-13 * scale; it++) {
            double mid = 0.5 * (a + b);
            if (derivative(i, mid, qi, full, y) > 0) {
              a = mid;
            } else {
              b = mid;
            }
          }
          next = 0.5 * (a + b);
        }
        if (next != qi) {
          for (int w = 0; w < m; w++) {
            if (full[w][i]) {
              y[w] += next - qi;
            }
          }
          moved = Math.max(moved, Math.abs(next - qi));
          q[i] = next;
        }
      }
      if (moved <= 1e-11 * scale) {
        break;
      }
    }
    return q;
  }

  /**
   * {@code dPi/dQ_i} at {@code Q_i = at} inside the cell, the others fixed ({@code y} holds the
   * supplies at {@code Q_i = current}).
   */
  private double derivative(int i, double at, double current, boolean[][] full, double[] y) {
    double c = p.supplier(i).unitCost();
    double d = delivered ? 0 : -c;
    for (int w = 0; w < pi.length; w++) {
      if (full[w][i]) {
        double yw = y[w] + at - current;
        d += pi[w] * (r - (r - salvage) * N01.cumulativeProbability((yw - mu) / sigma)
            - (delivered ? c : 0));
      }
    }
    return d;
  }

  /** The scenario probabilities (for tests). */
  double[] scenarioProbabilities() {
    return Arrays.copyOf(pi, pi.length);
  }
}
