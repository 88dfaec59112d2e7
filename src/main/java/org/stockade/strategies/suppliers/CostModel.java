package org.stockade.strategies.suppliers;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The total-cost model of Federgruen &amp; Yang (2009, "Optimal supply diversification under
 * general supply risks", Operations Research 57(6)) with fixed costs, under the CLT (normal)
 * approximation, for a fixed supplier set. The net supply {@code N = sum Y_i Q_i - D} is
 * approximated by {@code Normal(M, S^2)}, {@code M = sum x_i - mu}, {@code S^2 = sigma^2 + sum
 * v_i^2 x_i^2}, and
 * <pre>
 *   C(x) = sum e_i x_i + h E[N^+] + p E[N^-] = sum e_i x_i + h M + (h + p) S L(M/S)
 * </pre>
 * with the standard normal loss {@code L(k) = phi(k) - k (1 - Phi(k))}.
 *
 * <p><b>Convexity.</b> {@code S L(M/S) = E[(S Z - M)^+]} is jointly convex in {@code (M, S)}
 * (an expectation of a positive part of a linear function) and nondecreasing in {@code S}
 * ({@code d/dS = phi(M/S)}); {@code S} is a norm of an affine function of {@code x} and {@code M}
 * is affine, so {@code C} is convex in {@code x}, hence in {@code Q} (a linear map). No
 * multi-start is needed: every KKT point is a global minimum.
 *
 * <p><b>KKT solution.</b> With {@code k = M/S}, {@code dC/dx_i = e_i + h - (h+p)(1 - Phi(k)) +
 * (h+p) phi(k) v_i^2 x_i / S}, so {@code x_i = S u_i(k)} with {@code u_i = (lambda(k) - e_i)^+ /
 * ((h+p) phi(k) v_i^2)} and the threshold {@code lambda(k) = (h+p)(1 - Phi(k)) - h}: again
 * cheapest effective cost first. The definitions of {@code S} and {@code M} give {@code S =
 * sigma / sqrt(1 - A)} and {@code S (B - k) = mu} ({@code A = sum v^2 u^2}, {@code B = sum u}),
 * so {@code k} is a root of {@code g(k) = sigma (B - k) - mu sqrt(1 - A)}. {@code g} need not be
 * monotone, so it is scanned on 800 points of {@code [-12, k_max]} ({@code lambda(k_max) = min
 * e_i}) (40000 points if that finds no root although ordering pays at {@code x = 0}) and every
 * sign change bisected; each root (and {@code x = 0}) is evaluated and the
 * cheapest kept. Requires {@code sigma > 0}.
 */
final class CostModel implements SetModel {
  private static final NormalDistribution N01 = NormalDistribution.of(0, 1);
  private final double mu;
  private final double sigma;
  private final double h;
  private final double p;
  private final double[] e;
  private final double[] v;

  CostModel(SupplierProblem pr) {
    pr.requireYields("cost");
    this.h = SupplierProblem.require("holding_cost", pr.holdingCost(), "cost");
    this.p = SupplierProblem.require("shortage_cost", pr.shortageCost(), "cost");
    if (!(pr.demandSd() > 0)) {
      throw new org.stockade.model.InvalidInputException("demand.sd must be > 0 in the cost "
          + "model, got " + pr.demandSd() + "; give the demand's standard deviation");
    }
    this.mu = pr.demandMean();
    this.sigma = pr.demandSd();
    int n = pr.size();
    e = new double[n];
    v = new double[n];
    for (int i = 0; i < n; i++) {
      e[i] = pr.supplier(i).effectiveCost(pr.payment());
      v[i] = pr.supplier(i).yieldCv();
    }
  }

  @Override
  public String name() {
    return "cost";
  }

  /** The standard normal loss {@code L(k) = phi(k) - k (1 - Phi(k))}. */
  static double loss(double k) {
    return N01.density(k) - k * N01.survivalProbability(k);
  }

  @Override
  public Solution solve(int[] set) {
    double[] zero = new double[e.length];
    double emin = Double.POSITIVE_INFINITY;
    for (int i : set) {
      emin = Math.min(emin, e[i]);
    }
    Solution best = new Solution(zero, emin);
    double bestCost = variableObjective(zero);
    if (!(p > emin)) {
      return best;
    }
    double kmax = Math.min(8.5, N01.inverseCumulativeProbability((p - emin) / (h + p)));
    Solution found = scan(set, kmax, 800, best, bestCost);
    // x = 0 with a negative gradient (emin + h < (h + p)(1 - Phi(-mu/sigma))) is not optimal:
    // a root was missed between grid points, so scan finer
    if (found.x() == zero && emin + h < (h + p) * N01.survivalProbability(-mu / sigma)) {
      found = scan(set, kmax, 40_000, best, bestCost);
    }
    return found;
  }

  private Solution scan(int[] set, double kmax, int steps, Solution best, double bestCost) {
    double kmin = -12;
    double prevK = kmax;
    double prevG = g(set, prevK);
    for (int s = 1; s <= steps; s++) {
      double k = kmax - (kmax - kmin) * s / steps;
      double gk = g(set, k);
      if (!Double.isNaN(gk) && !Double.isNaN(prevG) && Math.signum(gk) != Math.signum(prevG)) {
        double lo = k;
        double hi = prevK;
        double glo = gk;
        for (int it = 0; it < 200 && hi - lo > 1e-14 * Math.max(1, Math.abs(hi)); it++) {
          double mid = 0.5 * (lo + hi);
          double gm = g(set, mid);
          if (Math.signum(gm) == Math.signum(glo)) {
            lo = mid;
            glo = gm;
          } else {
            hi = mid;
          }
        }
        double root = 0.5 * (lo + hi);
        double[] x = candidate(set, root);
        if (x != null) {
          double c = variableObjective(x);
          if (c < bestCost) {
            bestCost = c;
            best = new Solution(x, threshold(root));
          }
        }
      }
      prevK = k;
      prevG = gk;
    }
    return best;
  }

  private double threshold(double k) {
    return (h + p) * N01.survivalProbability(k) - h;
  }

  private double[] candidate(int[] set, double k) {
    double lam = threshold(k);
    double phi = N01.density(k);
    double a = 0;
    double b = 0;
    double[] u = new double[e.length];
    for (int i : set) {
      u[i] = Math.max(0, lam - e[i]) / ((h + p) * phi * v[i] * v[i]);
      a += v[i] * v[i] * u[i] * u[i];
      b += u[i];
    }
    if (!(a < 1) || !(b > k)) {
      return null;
    }
    double s = mu / (b - k);
    for (int i = 0; i < u.length; i++) {
      u[i] *= s;
    }
    return u;
  }

  private double g(int[] set, double k) {
    double lam = threshold(k);
    double phi = N01.density(k);
    double a = 0;
    double b = 0;
    for (int i : set) {
      double u = Math.max(0, lam - e[i]) / ((h + p) * phi * v[i] * v[i]);
      a += v[i] * v[i] * u * u;
      b += u;
    }
    if (Double.isInfinite(a) || Double.isNaN(a)) {
      return Double.NaN;
    }
    return sigma * (b - k) - mu * Math.sqrt(Math.max(0, 1 - a));
  }

  /** {@code (M, S)} of the normal approximation of the net supply for deliveries {@code x}. */
  double[] moments(double[] x) {
    double m = -mu;
    double var = sigma * sigma;
    for (int i = 0; i < x.length; i++) {
      m += x[i];
      var += v[i] * v[i] * x[i] * x[i];
    }
    return new double[] {m, Math.sqrt(var)};
  }

  @Override
  public double variableObjective(double[] x) {
    double c = 0;
    for (int i = 0; i < x.length; i++) {
      c += e[i] * x[i];
    }
    return c + penalty(x);
  }

  @Override
  public double penalty(double[] x) {
    double[] ms = moments(x);
    return h * ms[0] + (h + p) * ms[1] * loss(ms[0] / ms[1]);
  }
}
