package org.stockade.calibration;

import java.util.Arrays;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.ParametricDemandSet;

/**
 * Calibrates alpha, beta and gamma of the parametric demand set to a target coverage (see
 * {@link CalibratedDemandSet} for the rule) and checks coverage with the solver's own membership
 * test ({@link ParametricDemandSet#violation}), so a covered period is one the SG model protects
 * against.
 */
public final class DemandCalibrator {
  /** Relative tolerance of the membership test (periods on the boundary count as covered). */
  public static final double TOL = 1e-9;

  private DemandCalibrator() {}

  /** Per period the box, aggregate and budget radii {@code a_t, b_t, g_t}. */
  public record Radii(double[] box, double[] aggregate, double[] budget) {}

  /**
   * {@code z_tj = (x_tj - loc_j) / scale_j}; a product with scale 0 has z = 0 when it equals its
   * location and +infinity otherwise (the set fixes it at mu).
   */
  public static double[][] standardize(double[][] x, double[] loc, double[] scale) {
    double[][] z = new double[x.length][loc.length];
    for (int t = 0; t < x.length; t++) {
      for (int j = 0; j < loc.length; j++) {
        double dev = x[t][j] - loc[j];
        z[t][j] = scale[j] > 0 ? dev / scale[j]
            : Math.abs(dev) <= TOL * Math.max(1, Math.abs(loc[j])) ? 0
            : Double.POSITIVE_INFINITY;
      }
    }
    return z;
  }

  public static Radii radii(double[][] z, double[] scale, AggregateForm form) {
    int n = z.length;
    double[] a = new double[n];
    double[] b = new double[n];
    double[] g = new double[n];
    double sumSq = 0;
    for (double s : scale) {
      sumSq += s * s;
    }
    double b0 = form == AggregateForm.STANDARDIZED || sumSq == 0 ? 1 : Math.sqrt(sumSq);
    for (int t = 0; t < n; t++) {
      double agg = 0;
      for (int j = 0; j < z[t].length; j++) {
        double v = z[t][j];
        a[t] = Math.max(a[t], Math.abs(v));
        g[t] += Math.abs(v);
        if (scale[j] > 0) {
          agg += (form == AggregateForm.STANDARDIZED ? 1 : scale[j]) * v;
        }
      }
      b[t] = Math.abs(agg) / b0;
    }
    return new Radii(a, b, g);
  }

  /**
   * The set for target {@code q} on the values {@code x[period][product]} with the estimate's
   * location and scale, the shape taken at level {@code shapeLevel}.
   */
  public static CalibratedDemandSet calibrate(DemandEstimate est, double[][] x, double q,
      double shapeLevel, SetParts parts) {
    double[] scale = est.scale();
    Radii r = radii(standardize(x, est.location(), scale), scale, parts.form());
    double[] shape = {
        parts.box() ? positive(quantileOrMax(r.box(), shapeLevel)) : Double.POSITIVE_INFINITY,
        parts.aggregate() ? positive(quantileOrMax(r.aggregate(), shapeLevel))
            : Double.POSITIVE_INFINITY,
        parts.budget() ? positive(quantileOrMax(r.budget(), shapeLevel))
            : Double.POSITIVE_INFINITY};
    return withShape(est, x, q, shape, shapeLevel, parts);
  }

  /** As {@link #calibrate} with a given shape (so sets for several targets are nested). */
  public static CalibratedDemandSet withShape(DemandEstimate est, double[][] x, double q,
      double[] shape, double shapeLevel, SetParts parts) {
    double[] scale = est.scale();
    double[][] z = standardize(x, est.location(), scale);
    Radii r = radii(z, scale, parts.form());
    int n = x.length;
    double[] s = new double[n];
    for (int t = 0; t < n; t++) {
      s[t] = Math.max(ratio(r.box()[t], shape[0]), Math.max(ratio(r.aggregate()[t], shape[1]),
          ratio(r.budget()[t], shape[2])));
    }
    boolean certified = Estimators.coverRank(n, q) <= n
        && Estimators.coverRank(n, shapeLevel) <= n;
    double scaleStar = quantileOrMax(s, q);
    int products = scale.length;
    double[] perProduct = new double[products];
    for (int j = 0; j < products; j++) {
      double[] abs = new double[n];
      for (int t = 0; t < n; t++) {
        abs[t] = Math.abs(z[t][j]);
      }
      perProduct[j] = quantileOrMax(abs, q);
    }
    return new CalibratedDemandSet(shape[0] * scaleStar, shape[1] * scaleStar,
        shape[2] * scaleStar, parts.form(), shape, scaleStar, shapeLevel, q, n, certified,
        perProduct, reference(est, q, parts.form(), quantileOrMax(r.aggregate(), q)));
  }

  /**
   * Whether each period's demand {@code d[t]} lies in the set centred at {@code center[t]} with
   * spreads {@code scale} (service level 1), by {@link ParametricDemandSet#violation}.
   */
  public static boolean[] covered(CalibratedDemandSet set, double[][] center, double[] scale,
      double[][] d) {
    boolean[] in = new boolean[d.length];
    double[] tau = new double[scale.length];
    Arrays.fill(tau, 1.0);
    for (int t = 0; t < d.length; t++) {
      ParametricDemandSet ds = new ParametricDemandSet(center[t], scale, tau, set.alpha(),
          set.beta(), set.form(), set.gamma());
      in[t] = ds.violation(d[t], TOL) == null;
    }
    return in;
  }

  private static CalibratedDemandSet.Reference reference(DemandEstimate est, double q,
      AggregateForm form, double betaEmpirical) {
    int n = est.products();
    double zq = Estimators.normalQuantile((1 + q) / 2);
    double joint = Estimators.normalQuantile((1 + Math.pow(q, 1.0 / n)) / 2);
    double[] sigma = est.scale();
    double[][] rho = est.correlation();
    double quad = 0;
    double ones = 0;
    double ss = 0;
    for (int a = 0; a < n; a++) {
      ss += sigma[a] * sigma[a];
      for (int b = 0; b < n; b++) {
        quad += sigma[a] * rho[a][b] * sigma[b];
        ones += rho[a][b];
      }
    }
    double indep = form == AggregateForm.STANDARDIZED ? zq * Math.sqrt(n) : zq;
    double corr = form == AggregateForm.STANDARDIZED ? zq * Math.sqrt(Math.max(0, ones))
        : zq * (ss > 0 ? Math.sqrt(Math.max(0, quad) / ss) : 1);
    double gamma = n * Math.sqrt(2 / Math.PI)
        + Estimators.normalQuantile(q) * Math.sqrt(n * (1 - 2 / Math.PI));
    return new CalibratedDemandSet.Reference(zq, joint, indep, corr, betaEmpirical, gamma);
  }

  /** The coverage quantile, or the largest value when the sample is too small for it. */
  static double quantileOrMax(double[] v, double q) {
    double x = Estimators.coverQuantile(v, q);
    if (x == Double.POSITIVE_INFINITY) {
      x = Arrays.stream(v).max().orElse(0);
    }
    return x;
  }

  private static double positive(double v) {
    return v > 0 ? v : Double.MIN_NORMAL;
  }

  private static double ratio(double radius, double shape) {
    if (shape == Double.POSITIVE_INFINITY) {
      return 0;
    }
    return radius / shape;
  }
}
