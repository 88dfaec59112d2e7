package org.stockade.strategies.suppliers;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The service-constraint model of Federgruen &amp; Yang (2008, Operations Research 56(4)) under
 * its CLT approximation, for a fixed supplier set {@code S}. With expected deliveries
 * {@code x_i = m_i Q_i}, effective costs {@code e_i} and yield cvs {@code v_i = s_i/m_i}:
 * <pre>
 *   min sum_i e_i x_i   s.t.  sum_i x_i - mu &gt;= z sqrt(sigma^2 + sum_i v_i^2 x_i^2),  x &gt;= 0
 * </pre>
 * with {@code z = Phi^-1(alpha) > 0}: a second-order cone program, convex. It is feasible iff
 * {@code sum_S 1/v_i^2 > z^2} (Cauchy-Schwarz: the best ratio of {@code sum x} to
 * {@code sqrt(sum v^2 x^2)} is {@code sqrt(sum 1/v^2)}).
 *
 * <p><b>KKT solution.</b> With multiplier {@code lambda} and {@code R = sqrt(sigma^2 + sum v^2
 * x^2)}, stationarity gives {@code x_i = R w_i(lambda)}, {@code w_i = (1 - e_i/lambda)^+ /
 * (z v_i^2)}: a supplier gets an order iff {@code e_i < lambda} (cheapest effective cost
 * first, whatever its reliability) and the order grows with {@code 1/v_i^2}. Writing {@code A =
 * sum v^2 w^2}, {@code B = sum w}, the definition of {@code R} gives {@code R = sigma /
 * sqrt(1 - A)} and the active constraint {@code R (B - z) = mu}, so {@code lambda} is the root of
 * <pre>  g(lambda) = sigma (B - z) - mu sqrt(1 - A)  </pre>
 * which increases in {@code lambda} from {@code -sigma z - mu < 0} at {@code min e_i}; it is
 * found by bisection. The direction {@code w(lambda)} is then scaled by the exact smallest
 * {@code t} with {@code t sum w - mu = z sqrt(sigma^2 + t^2 sum v^2 w^2)} (a quadratic), so the
 * returned orders meet the constraint with equality.
 */
final class ServiceModel implements SetModel {
  private final double mu;
  private final double sigma;
  private final double z;
  private final double[] e;
  private final double[] v;

  ServiceModel(SupplierProblem p) {
    p.requireYields("service");
    double alpha = SupplierProblem.require("alpha", p.alpha(), "service");
    this.mu = p.demandMean();
    this.sigma = p.demandSd();
    this.z = NormalDistribution.of(0, 1).inverseCumulativeProbability(alpha);
    int n = p.size();
    e = new double[n];
    v = new double[n];
    for (int i = 0; i < n; i++) {
      e[i] = p.supplier(i).effectiveCost(p.payment());
      v[i] = p.supplier(i).yieldCv();
    }
  }

  @Override
  public String name() {
    return "service";
  }

  double z() {
    return z;
  }

  @Override
  public Solution solve(int[] set) {
    double gamma = 0;
    double emin = Double.POSITIVE_INFINITY;
    for (int i : set) {
      gamma += 1 / (v[i] * v[i]);
      emin = Math.min(emin, e[i]);
    }
    if (!(gamma > z * z * (1 + 1e-12))) {
      return null;
    }
    double lo = emin;
    double hi = 2 * emin;
    for (int k = 0; k < 2000 && g(set, hi) < 0; k++) {
      lo = hi;
      hi *= 2;
    }
    for (int k = 0; k < 300 && hi - lo > 1e-15 * hi; k++) {
      double mid = 0.5 * (lo + hi);
      if (g(set, mid) < 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double[] w = direction(set, hi);
    double t = scale(w);
    if (Double.isNaN(t)) {
      return null;
    }
    for (int i = 0; i < w.length; i++) {
      w[i] *= t;
    }
    return new Solution(w, hi);
  }

  private double[] direction(int[] set, double lambda) {
    double[] w = new double[e.length];
    for (int i : set) {
      w[i] = Math.max(0, 1 - e[i] / lambda) / (z * v[i] * v[i]);
    }
    return w;
  }

  private double g(int[] set, double lambda) {
    double a = 0;
    double b = 0;
    for (int i : set) {
      double w = Math.max(0, 1 - e[i] / lambda) / (z * v[i] * v[i]);
      a += v[i] * v[i] * w * w;
      b += w;
    }
    return sigma * (b - z) - mu * Math.sqrt(Math.max(0, 1 - a));
  }

  /**
   * The smallest {@code t} with {@code t D - mu >= z sqrt(sigma^2 + t^2 V)}, {@code D = sum d},
   * {@code V = sum v^2 d^2}: the larger root of {@code (D^2 - z^2 V) t^2 - 2 mu D t + mu^2 - z^2
   * sigma^2 = 0}, i.e. {@code t = (mu D + z sqrt(V mu^2 + sigma^2 (D^2 - z^2 V))) / (D^2 - z^2
   * V)}; NaN when the direction can never meet the target ({@code D^2 <= z^2 V}).
   */
  double scale(double[] d) {
    double dd = 0;
    double vv = 0;
    for (int i = 0; i < d.length; i++) {
      dd += d[i];
      vv += v[i] * v[i] * d[i] * d[i];
    }
    double a = dd * dd - z * z * vv;
    if (!(a > 0)) {
      return Double.NaN;
    }
    return (mu * dd + z * Math.sqrt(vv * mu * mu + sigma * sigma * a)) / a;
  }

  @Override
  public double variableObjective(double[] x) {
    double c = 0;
    for (int i = 0; i < x.length; i++) {
      c += e[i] * x[i];
    }
    return c;
  }

  @Override
  public double penalty(double[] x) {
    return 0;
  }
}
