package org.stockade.strategies.capacity;

import java.util.ArrayList;
import java.util.List;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;

/**
 * Optimal pre-positioned stock {@code I0} and reserved capacity {@code K} (Guo, Liu, Song &amp;
 * Wang 2025, section 4; the stock-plus-reactive-capacity trade-off).
 *
 * <p><b>The expectation is piecewise.</b> With {@code f(t) = lambda t} for {@code t <= tau}
 * and {@code f(t) = a + b t}, {@code a = K tau}, {@code b = lambda - K} for {@code t > tau},
 * the shortage {@code g = (f - I0)^+} is linear on at most two intervals:
 * <ol>
 *   <li>{@code (I0/lambda, tau]} (if {@code I0 < lambda tau}): {@code g = lambda t - I0};</li>
 *   <li>on {@code t > tau}, {@code g = (K tau - I0) + (lambda - K) t} where positive:
 *       {@code t > t0} if {@code K < lambda}, {@code tau < t < t0} if {@code K > lambda},
 *       all {@code t > tau} if {@code K = lambda} and {@code I0 < lambda tau}, where
 *       {@code t0 = (I0 - K tau)/(lambda - K)}.</li>
 * </ol>
 * On an interval {@code (l, u]}, {@code E[(alpha + beta T) 1{l < T <= u}] = alpha (F(u) - F(l))
 * + beta M(l, u)} with the partial expectation {@code M}, closed-form for every
 * {@link SurgeDuration}. So {@code E[g]} is exact, and jointly convex in {@code (I0, K)}
 * ({@code g} is a maximum of affine functions of them for each {@code t}).
 *
 * <p><b>Discrete T</b> (scenarios {@code t_s} with probabilities {@code pi_s}): the LP
 * {@code min c_I I0 + c_K K + p sum_s pi_s u_s} s.t. {@code u_s + I0 + (t_s - tau)^+ K >=
 * lambda t_s}, {@code u, I0, K >= 0}, solved through {@code org.stockade.lp}: exact.
 *
 * <p><b>Continuous T</b>: nested golden-section search on the convex objective (outer K,
 * inner I0), each bracketed to {@link #TOLERANCE} times its range. The ranges are exact bounds:
 * the plan {@code I0 = K = 0} costs {@code p lambda E[T]}, so an optimum has
 * {@code c_I I0, c_K K <= p lambda E[T]}.
 */
public final class ReserveCapacitySolver {
  /** Relative bracket width at which the golden-section searches stop. */
  public static final double TOLERANCE = 1e-10;

  private static final double GOLD = (Math.sqrt(5) - 1) / 2;

  /** Exact {@code E[g(T)]} and {@code P(g(T) > 0)} for a given mix. */
  public static double[] shortage(ReserveCapacityProblem pr, double stock, double capacity) {
    SurgeDuration d = pr.duration();
    double lam = pr.rate();
    double tau = pr.rampUp();
    double e = 0;
    double prob = 0;
    double start = stock / lam;
    if (start < tau) {
      e += lam * d.partialExpectation(start, tau) - stock * (d.cdf(tau) - d.cdf(start));
      prob += d.cdf(tau) - d.cdf(start);
    }
    double a = capacity * tau - stock;
    double b = lam - capacity;
    double l;
    double u;
    if (b > 0) {
      l = Math.max(tau, -a / b);
      u = Double.POSITIVE_INFINITY;
    } else if (b < 0) {
      l = tau;
      u = -a / b;
    } else {
      l = tau;
      u = a > 0 ? Double.POSITIVE_INFINITY : tau;
    }
    if (u > l) {
      double fu = Double.isInfinite(u) ? 1 : d.cdf(u);
      e += a * (fu - d.cdf(l)) + b * d.partialExpectation(l, u);
      prob += fu - d.cdf(l);
    }
    return new double[] {Math.max(0, e), prob};
  }

  public ReserveCapacityResult solve(ReserveCapacityProblem pr) {
    if (pr.duration() instanceof SurgeDuration.Discrete disc) {
      return lp(pr, disc);
    }
    return golden(pr);
  }

  /** Optimal mixes for capacity costs {@code c_K = ratio * c_I}, one per ratio. */
  public List<ReserveCapacityResult> mixCurve(ReserveCapacityProblem pr, double[] ratios) {
    return mixCurve(pr, ratios, org.stockade.model.CancelToken.never());
  }

  /**
   * As {@link #mixCurve(ReserveCapacityProblem, double[])}, polling {@code cancel} before each
   * ratio's solve.
   *
   * @throws java.util.concurrent.CancellationException once {@code cancel} is set
   */
  public List<ReserveCapacityResult> mixCurve(ReserveCapacityProblem pr, double[] ratios,
      org.stockade.model.CancelToken cancel) {
    List<ReserveCapacityResult> out = new ArrayList<>();
    for (double r : ratios) {
      if (cancel.isCancelled()) {
        throw new java.util.concurrent.CancellationException("reserve-capacity mix curve"
            + " cancelled after " + out.size() + " of " + ratios.length + " ratios");
      }
      out.add(solve(pr.withCapacityCost(r * pr.stockCost())));
    }
    return out;
  }

  /** The nested golden-section search of the class comment (any duration). */
  public ReserveCapacityResult golden(ReserveCapacityProblem pr) {
    double budget = pr.shortageCost() * pr.rate() * pr.duration().mean();
    double kMax = budget / pr.capacityCost();
    double iMax = budget / pr.stockCost();
    double[] best = new double[2];
    minimize(0, kMax, k -> {
      double i = minimize(0, iMax, s -> objective(pr, s, k));
      return objective(pr, i, k);
    }, best);
    double k = best[0];
    double i = minimize(0, iMax, s -> objective(pr, s, k));
    return result(pr, i, k, "piecewise", TOLERANCE);
  }

  private static double objective(ReserveCapacityProblem pr, double stock, double cap) {
    return pr.cost(stock, cap, shortage(pr, stock, cap)[0]);
  }

  /** Golden section on a convex function over [lo, hi]; returns the argmin (also in out[0]). */
  private static double minimize(double lo, double hi,
      java.util.function.DoubleUnaryOperator f, double[] out) {
    double a = lo;
    double b = hi;
    double c = b - GOLD * (b - a);
    double d = a + GOLD * (b - a);
    double fc = f.applyAsDouble(c);
    double fd = f.applyAsDouble(d);
    double width = TOLERANCE * Math.max(1, hi - lo);
    while (b - a > width) {
      if (fc <= fd) {
        b = d;
        d = c;
        fd = fc;
        c = b - GOLD * (b - a);
        fc = f.applyAsDouble(c);
      } else {
        a = c;
        c = d;
        fc = fd;
        d = a + GOLD * (b - a);
        fd = f.applyAsDouble(d);
      }
    }
    double x = 0.5 * (a + b);
    // the ends are candidates too (the optimum may sit on the bound 0)
    double arg = x;
    double fx = f.applyAsDouble(x);
    double flo = f.applyAsDouble(lo);
    if (flo <= fx) {
      arg = lo;
    }
    out[0] = arg;
    return arg;
  }

  private static double minimize(double lo, double hi, java.util.function.DoubleUnaryOperator f) {
    return minimize(lo, hi, f, new double[1]);
  }

  private ReserveCapacityResult lp(ReserveCapacityProblem pr, SurgeDuration.Discrete d) {
    LinearProgram lp = new LinearProgram();
    int i0 = lp.addVariable(0, Double.POSITIVE_INFINITY, "I0");
    int k = lp.addVariable(0, Double.POSITIVE_INFINITY, "K");
    int n = d.size();
    int[] vars = new int[n + 2];
    double[] coefs = new double[n + 2];
    vars[0] = i0;
    coefs[0] = pr.stockCost();
    vars[1] = k;
    coefs[1] = pr.capacityCost();
    for (int s = 0; s < n; s++) {
      int u = lp.addVariable(0, Double.POSITIVE_INFINITY, "u" + s);
      vars[s + 2] = u;
      coefs[s + 2] = pr.shortageCost() * d.probability(s);
      double t = d.value(s);
      lp.addGreaterEq(LinearExpr.of(new int[] {u, i0, k},
          new double[] {1, 1, Math.max(0, t - pr.rampUp())}, 0), pr.rate() * t, "short" + s);
    }
    lp.minimize(LinearExpr.of(vars, coefs, 0));
    LpResult r = LpSolver.orTools().solve(lp);
    if (r.status() != LpStatus.OPTIMAL) {
      throw new IllegalStateException("reserved-capacity LP ended " + r.status() + " "
          + r.message());
    }
    return result(pr, Math.max(0, r.value(i0)), Math.max(0, r.value(k)), "lp", 0);
  }

  private static ReserveCapacityResult result(ReserveCapacityProblem pr, double stock,
      double cap, String method, double tol) {
    double[] s = shortage(pr, stock, cap);
    // P(g > eps): a shortage below eps = 1e-9 (lambda E[T] + I0) units is solver round-off
    double eps = 1e-9 * (pr.rate() * pr.duration().mean() + stock);
    double prob = s[0] <= eps ? 0 : shortage(pr, stock + eps, cap)[1];
    return new ReserveCapacityResult(pr, stock, cap, s[0], prob, pr.cost(stock, cap, s[0]),
        method, tol);
  }
}
