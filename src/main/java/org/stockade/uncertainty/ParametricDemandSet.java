package org.stockade.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/**
 * The parametric demand set of Simchi-Levi, Wang & Wei (2018), §2.3 (spec section 3), scaled by
 * per-product service levels {@code tau_j} (spec section 2):
 *
 * <pre>
 *   D = { tau o d :  d_j = mu_j + sigma_j z_j,  |z_j| <= alpha,  |sum_j a_j z_j| <= B,
 *                    sum_j |z_j| <= gamma }
 * </pre>
 *
 * with {@code a_j = 1, B = beta} (standardized aggregate form) or {@code a_j = sigma_j,
 * B = beta sqrt(sum sigma_j^2)} (unstandardized). Products with {@code sigma_j = 0} are fixed at
 * {@code mu_j}. Any of alpha, beta, gamma may be {@code +infinity} (absent), but alpha and gamma
 * may not both be absent (the set would be unbounded).
 *
 * <p>{@link #maxValue(BitSet)} is exact and closed-form: by LP duality,
 *
 * <pre>
 *   Dmax(S) - sum_{j in S} tau_j mu_j
 *     = min_{pi real, lambda >= 0}  B|pi| + gamma lambda + alpha' sum_j (|w_j - a_j pi| - lambda)^+
 * </pre>
 *
 * with {@code w_j = tau_j sigma_j} for {@code j in S}, 0 otherwise, {@code alpha' = min(alpha,
 * gamma)}; the minimum of this convex piecewise-linear function is attained at a vertex of its
 * line arrangement, all of which are enumerated ("sort-and-fill" generalised to both coupling
 * constraints). The maximizing demand vector is recovered by a small LP.
 */
public final class ParametricDemandSet implements DemandSet {
  private final double[] mu;
  private final double[] sigma;
  private final double[] tau;
  private final double alpha;
  private final double beta;
  private final AggregateForm form;
  private final double gamma;
  private final double alphaEff;
  /**
   * Per product, how far below its mean z may go: {@code min(alpha', mu_j / sigma_j)}, so that
   * demand never goes negative ({@code d_j >= 0}); equals alpha' unless {@code mu - alpha' sigma
   * < 0} (coefficient of variation above 1/alpha').
   */
  private final double[] zLow;
  private final double aggregateBound;
  private final double[] weightA;
  private final int[] variable;
  /** Lazily computed {@link #maxPieces()}; immutable once set. */
  private volatile List<AffinePiece> pieces;

  public ParametricDemandSet(double[] mu, double[] sigma, double[] tau, double alpha, double beta,
      AggregateForm form, double gamma) {
    int n = mu.length;
    if (sigma.length != n || tau.length != n) {
      throw new IllegalArgumentException("mu, sigma, tau lengths differ");
    }
    this.mu = mu.clone();
    this.sigma = sigma.clone();
    this.tau = tau.clone();
    this.alpha = checkParam("alpha", alpha);
    this.beta = checkParam("beta", beta);
    this.gamma = checkParam("gamma", gamma);
    this.form = form == null ? AggregateForm.UNSTANDARDIZED : form;
    for (int j = 0; j < n; j++) {
      if (!(tau[j] > 0 && tau[j] <= 1)) {
        throw new InvalidInputException("service level of product " + (j + 1)
            + " must be in (0, 1], got " + tau[j] + " (e.g. 0.95 for a 95% fill rate)");
      }
    }
    List<Integer> vars = new ArrayList<>();
    double sumSq = 0;
    for (int j = 0; j < n; j++) {
      if (sigma[j] > 0) {
        vars.add(j);
        sumSq += sigma[j] * sigma[j];
      }
    }
    this.variable = vars.stream().mapToInt(Integer::intValue).toArray();
    this.alphaEff = Math.min(alpha, gamma);
    if (alphaEff == Double.POSITIVE_INFINITY && variable.length > 0) {
      throw new InvalidInputException("the demand set is unbounded: alpha and gamma are both"
          + " absent; give alpha (box, e.g. --alpha 2) or gamma (budget, e.g. --gamma 4)");
    }
    this.zLow = new double[n];
    for (int j = 0; j < n; j++) {
      zLow[j] = sigma[j] > 0 ? Math.min(alphaEff, Math.max(0, mu[j]) / sigma[j]) : 0;
    }
    this.aggregateBound = this.form == AggregateForm.STANDARDIZED ? beta : beta * Math.sqrt(sumSq);
    this.weightA = new double[n];
    for (int j = 0; j < n; j++) {
      weightA[j] = this.form == AggregateForm.STANDARDIZED ? 1.0 : sigma[j];
    }
  }

  /** The set for a network's products with a common service level {@code serviceLevel}. */
  public static ParametricDemandSet of(Network n, double alpha, double beta, AggregateForm form,
      double gamma, double serviceLevel) {
    double[] tau = new double[n.productCount()];
    Arrays.fill(tau, serviceLevel);
    return new ParametricDemandSet(n.means(), n.sigmas(), tau, alpha, beta, form, gamma);
  }

  private static double checkParam(String name, double v) {
    if (Double.isNaN(v) || v < 0) {
      throw new InvalidInputException(name + " must be >= 0 (or absent for no limit), got " + v);
    }
    return v;
  }

  public double alpha() {
    return alpha;
  }

  public double beta() {
    return beta;
  }

  public double gamma() {
    return gamma;
  }

  public AggregateForm form() {
    return form;
  }

  public double[] serviceLevels() {
    return tau.clone();
  }

  @Override
  public int size() {
    return mu.length;
  }

  @Override
  public double maxValue(BitSet s) {
    double base = 0;
    for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
      base += tau[j] * mu[j];
    }
    if (variable.length == 0) {
      return base;
    }
    double[] w = new double[variable.length];
    double[] a = new double[variable.length];
    boolean any = false;
    for (int k = 0; k < variable.length; k++) {
      int j = variable[k];
      w[k] = s.get(j) ? tau[j] * sigma[j] : 0.0;
      a[k] = weightA[j];
      any |= w[k] > 0;
    }
    if (!any) {
      return base;
    }
    return base + dualMinimum(w, a);
  }

  /** Minimum of the dual function over the vertices of its line arrangement. */
  private double dualMinimum(double[] w, double[] a) {
    double best = Double.POSITIVE_INFINITY;
    for (double[] pt : dualCandidates(a, w)) {
      best = Math.min(best, dual(w, a, pt[0], pt[1]));
    }
    return best;
  }

  /**
   * Vertices {@code (pi, lambda)}, {@code lambda >= 0}, of the arrangement of the lines
   * {@code a_k pi +- lambda = w_k}, {@code pi = 0}, {@code lambda = 0}; with beta absent only
   * {@code pi = 0}, with gamma absent only {@code lambda = 0}. Contains a minimizer of the dual.
   */
  private List<double[]> dualCandidates(double[] a, double[] w) {
    boolean piFree = aggregateBound < Double.POSITIVE_INFINITY;
    boolean lambdaFree = gamma < Double.POSITIVE_INFINITY;
    List<double[]> points = new ArrayList<>();
    points.add(new double[] {0, 0});
    if (piFree && !lambdaFree) {
      // distinct breakpoints only: with a common service level the unstandardized set has
      // just {0, tau}, which keeps Dmax(S) O(N) instead of O(N^2)
      java.util.Set<Double> seen = new HashSet<>();
      seen.add(0.0);
      for (int k = 0; k < w.length; k++) {
        if (seen.add(w[k] / a[k])) {
          points.add(new double[] {w[k] / a[k], 0});
        }
      }
    } else if (!piFree && lambdaFree) {
      java.util.Set<Double> seen = new HashSet<>();
      seen.add(0.0);
      for (double wk : w) {
        if (seen.add(Math.abs(wk))) {
          points.add(new double[] {0, Math.abs(wk)});
        }
      }
    } else if (piFree) {
      // lines p*pi + q*lambda = r
      Set<List<Double>> seen = new HashSet<>();
      List<double[]> lines = new ArrayList<>();
      addLine(lines, seen, 1, 0, 0);
      addLine(lines, seen, 0, 1, 0);
      for (int k = 0; k < w.length; k++) {
        addLine(lines, seen, a[k], 1, w[k]);
        addLine(lines, seen, a[k], -1, w[k]);
      }
      for (int x = 0; x < lines.size(); x++) {
        double[] l1 = lines.get(x);
        for (int y = x + 1; y < lines.size(); y++) {
          double[] l2 = lines.get(y);
          double det = l1[0] * l2[1] - l1[1] * l2[0];
          if (Math.abs(det) < 1e-300) {
            continue;
          }
          double pi = (l1[2] * l2[1] - l1[1] * l2[2]) / det;
          double lambda = (l1[0] * l2[2] - l1[2] * l2[0]) / det;
          if (lambda >= -1e-12 * (1 + Math.abs(l1[2]) + Math.abs(l2[2]))) {
            points.add(new double[] {pi, Math.max(0, lambda)});
          }
        }
      }
    }
    return points;
  }

  private static void addLine(List<double[]> lines, Set<List<Double>> seen, double p, double q,
      double r) {
    if (seen.add(List.of(p, q, r))) {
      lines.add(new double[] {p, q, r});
    }
  }

  private double dual(double[] w, double[] a, double pi, double lambda) {
    double v = (pi == 0 ? 0 : aggregateBound * Math.abs(pi)) + (lambda == 0 ? 0 : gamma * lambda);
    double sum = 0;
    for (int k = 0; k < w.length; k++) {
      sum += term(variable[k], w[k] - a[k] * pi, lambda);
    }
    return v + sum;
  }

  /**
   * {@code max_{-zLow_j <= z <= alpha'} (t z - lambda |z|)}: {@code alpha' (t - lambda)^+ +
   * zLow_j (-t - lambda)^+} — the per-product part of the dual, with the box's lower end
   * raised so that demand stays non-negative.
   */
  private double term(int j, double t, double lambda) {
    return alphaEff * Math.max(0, t - lambda) + zLow[j] * Math.max(0, -t - lambda);
  }

  /**
   * {@code Dmax(S)} as the minimum of affine functions of the indicator {@code x}: for each dual
   * point {@code (pi, lambda)} of the union of all subsets' line arrangements,
   * {@code B|pi| + gamma lambda + sum_j tau_j mu_j x_j + alpha' sum_j [x_j (|tau_j sigma_j -
   * a_j pi| - lambda)^+ + (1 - x_j)(|a_j pi| - lambda)^+]}. Exact for every subset because each
   * subset's optimal vertex is among these points.
   */
  @Override
  public List<AffinePiece> maxPieces() {
    List<AffinePiece> p = pieces;
    if (p == null) {
      p = List.copyOf(computePieces());
      pieces = p;
    }
    return p;
  }

  private List<AffinePiece> computePieces() {
    double[] a = new double[2 * variable.length];
    double[] w = new double[2 * variable.length];
    for (int k = 0; k < variable.length; k++) {
      int j = variable[k];
      a[2 * k] = weightA[j];
      a[2 * k + 1] = weightA[j];
      w[2 * k + 1] = tau[j] * sigma[j];
    }
    List<double[]> points = dualCandidates(a, w);
    Set<List<Double>> distinct = new HashSet<>();
    List<AffinePiece> out = new ArrayList<>();
    for (double[] pt : points) {
      if (!distinct.add(List.of(pt[0], pt[1]))) {
        continue;
      }
      double pi = pt[0];
      double lambda = pt[1];
      double k = (pi == 0 ? 0 : aggregateBound * Math.abs(pi)) + (lambda == 0 ? 0 : gamma * lambda);
      double[] e = new double[mu.length];
      for (int j = 0; j < mu.length; j++) {
        e[j] = tau[j] * mu[j];
      }
      for (int j : variable) {
        double out0 = term(j, -weightA[j] * pi, lambda);
        double in1 = term(j, tau[j] * sigma[j] - weightA[j] * pi, lambda);
        k += out0;
        e[j] += in1 - out0;
      }
      out.add(new AffinePiece(k, e));
    }
    return out;
  }

  /**
   * {@inheritDoc}
   *
   * <p>By the dual above with {@code w_j = weight_j tau_j sigma_j}: for each point
   * {@code (pi, lambda)} of the arrangement of all lines {@code a_j pi +- lambda = v tau_j
   * sigma_j} (v over the candidate weights of j) the piece is {@code B|pi| + gamma lambda +
   * sum_{j,k} b_jk [v_jk tau_j mu_j + alpha' (|v_jk tau_j sigma_j - a_j pi| - lambda)^+]}.
   * Every selection's dual minimum is attained at a vertex of its own arrangement, which is
   * among these points, so the minimum over pieces is exact.
   */
  @Override
  public List<AffinePiece> weightedMaxPieces(double[][] values) {
    if (values.length != mu.length) {
      throw new IllegalArgumentException("values for " + values.length + " products, set has "
          + mu.length);
    }
    int total = 0;
    int[] offset = new int[mu.length];
    List<Double> la = new ArrayList<>();
    List<Double> lw = new ArrayList<>();
    for (int j = 0; j < mu.length; j++) {
      offset[j] = total;
      total += values[j].length;
      if (sigma[j] > 0) {
        for (double v : values[j]) {
          la.add(weightA[j]);
          lw.add(v * tau[j] * sigma[j]);
        }
      }
    }
    double[] a = la.stream().mapToDouble(Double::doubleValue).toArray();
    double[] w = lw.stream().mapToDouble(Double::doubleValue).toArray();
    Set<List<Double>> distinct = new HashSet<>();
    List<AffinePiece> out = new ArrayList<>();
    for (double[] pt : dualCandidates(a, w)) {
      if (!distinct.add(List.of(pt[0], pt[1]))) {
        continue;
      }
      double pi = pt[0];
      double lambda = pt[1];
      double k = (pi == 0 ? 0 : aggregateBound * Math.abs(pi)) + (lambda == 0 ? 0 : gamma * lambda);
      double[] e = new double[total];
      for (int j = 0; j < mu.length; j++) {
        for (int q = 0; q < values[j].length; q++) {
          double v = values[j][q];
          double coef = v * tau[j] * mu[j];
          if (sigma[j] > 0) {
            coef += term(j, v * tau[j] * sigma[j] - weightA[j] * pi, lambda);
          }
          e[offset[j] + q] = coef;
        }
      }
      out.add(new AffinePiece(k, e));
    }
    return out;
  }

  @Override
  public Extreme max(BitSet s) {
    if (gamma == Double.POSITIVE_INFINITY) {
      Extreme greedy = greedyMax(s);
      double v = maxValue(s);
      if (Math.abs(greedy.value() - v) <= 1e-9 * Math.max(1, Math.abs(v))) {
        return greedy;
      }
    }
    return lpMax(s);
  }

  /**
   * A maximizer of {@code sum_S d} without the budget (gamma absent), in {@code O(N log N)}: a
   * fractional knapsack. Products in S go to their upper end {@code z = alpha}; the others take
   * up the aggregate constraint's slack (down to {@code -alpha}) at no cost; if the aggregate
   * bound still binds, products of S are lowered in order of least objective per unit of
   * aggregate ({@code tau_j sigma_j / a_j}). The caller checks the value against the dual.
   */
  private Extreme greedyMax(BitSet s) {
    int n = mu.length;
    double[] z = new double[n];
    double aIn = 0;
    double aOut = 0;
    List<Integer> in = new ArrayList<>();
    for (int j : variable) {
      if (s.get(j)) {
        z[j] = alpha;
        aIn += weightA[j] * alpha;
        in.add(j);
      } else {
        aOut += weightA[j] * zLow[j];
      }
    }
    double outTotal = 0;
    if (aIn > aggregateBound) {
      outTotal = Math.max(-aOut, aggregateBound - aIn);
    }
    double excess = aIn + outTotal - aggregateBound;
    if (excess > 0) {
      in.sort((x, y) -> Double.compare(tau[x] * sigma[x] / weightA[x],
          tau[y] * sigma[y] / weightA[y]));
      for (int j : in) {
        if (excess <= 0) {
          break;
        }
        double step = Math.min(alpha + zLow[j], excess / weightA[j]);
        z[j] -= step;
        excess -= step * weightA[j];
      }
    }
    double value = 0;
    double[] point = new double[n];
    for (int j = 0; j < n; j++) {
      double zj = z[j];
      if (sigma[j] > 0 && !s.get(j) && aOut > 0) {
        zj = outTotal / aOut * zLow[j];
      }
      point[j] = tau[j] * (mu[j] + (sigma[j] > 0 ? sigma[j] * zj : 0));
      if (s.get(j)) {
        value += point[j];
      }
    }
    return new Extreme(value, point);
  }

  private Extreme lpMax(BitSet s) {
    LinearProgram lp = new LinearProgram();
    LinearExpr[] d = describeIn(lp);
    LinearExpr obj = LinearExpr.constant(0);
    for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
      obj = obj.plus(d[j]);
    }
    lp.maximize(obj);
    LpResult r = LpSolver.orTools().solve(lp);
    if (!r.status().hasSolution()) {
      throw new IllegalStateException("demand LP failed: " + r.status() + " " + r.message());
    }
    double[] x = r.values();
    double[] point = new double[mu.length];
    for (int j = 0; j < point.length; j++) {
      point[j] = d[j].evaluate(x);
    }
    return new Extreme(r.objective(), point);
  }

  @Override
  public double[] lowerBounds() {
    double[] lo = new double[mu.length];
    for (int j = 0; j < lo.length; j++) {
      lo[j] = tau[j] * (mu[j] - (sigma[j] > 0 ? zLow[j] * sigma[j] : 0));
    }
    return lo;
  }

  @Override
  public double[] upperBounds() {
    double[] up = new double[mu.length];
    for (int j = 0; j < up.length; j++) {
      up[j] = tau[j] * (mu[j] + (sigma[j] > 0 ? alphaEff * sigma[j] : 0));
    }
    return up;
  }

  @Override
  public LinearExpr[] describeIn(LinearProgram lp) {
    LinearExpr[] d = new LinearExpr[mu.length];
    int[] z = new int[mu.length];
    LinearExpr aggregate = LinearExpr.constant(0);
    LinearExpr budget = LinearExpr.constant(0);
    for (int j = 0; j < mu.length; j++) {
      if (sigma[j] > 0) {
        z[j] = lp.addVariable(-zLow[j], alphaEff, "z" + j);
        d[j] = LinearExpr.affine(tau[j] * mu[j], tau[j] * sigma[j], z[j]);
        aggregate = aggregate.plusTerm(weightA[j], z[j]);
        if (gamma < Double.POSITIVE_INFINITY) {
          int t = lp.addVariable(0, alphaEff, "t" + j);
          lp.addGreaterEq(LinearExpr.of(t).plusTerm(-1, z[j]), 0, "abs+" + j);
          lp.addGreaterEq(LinearExpr.of(t).plusTerm(1, z[j]), 0, "abs-" + j);
          budget = budget.plusTerm(1, t);
        }
      } else {
        d[j] = LinearExpr.constant(tau[j] * mu[j]);
      }
    }
    if (aggregateBound < Double.POSITIVE_INFINITY && aggregate.size() > 0) {
      lp.addRow(aggregate, -aggregateBound, aggregateBound, "aggregate");
    }
    if (gamma < Double.POSITIVE_INFINITY && budget.size() > 0) {
      lp.addLessEq(budget, gamma, "budget");
    }
    return d;
  }

  @Override
  public String violation(double[] d, double tol) {
    double agg = 0;
    double bud = 0;
    for (int j = 0; j < mu.length; j++) {
      double raw = d[j] / tau[j];
      if (sigma[j] == 0) {
        if (Math.abs(raw - mu[j]) > tol * Math.max(1, mu[j])) {
          return "d[" + (j + 1) + "] = " + d[j] + " but sigma = 0 fixes it at " + tau[j] * mu[j];
        }
        continue;
      }
      double z = (raw - mu[j]) / sigma[j];
      if (z > alphaEff + tol || z < -zLow[j] - tol) {
        return "z[" + (j + 1) + "] = " + z + " is outside the box [" + -zLow[j] + ", "
            + alphaEff + "] (lower end: demand >= 0)";
      }
      agg += weightA[j] * z;
      bud += Math.abs(z);
    }
    if (Math.abs(agg) > aggregateBound + tol * Math.max(1, aggregateBound)) {
      return "aggregate deviation " + agg + " exceeds " + aggregateBound;
    }
    if (bud > gamma + tol * Math.max(1, gamma)) {
      return "budget sum|z| = " + bud + " exceeds gamma = " + gamma;
    }
    return null;
  }

  @Override
  public String summary() {
    String agg = beta == Double.POSITIVE_INFINITY ? "no aggregate limit"
        : String.format(Locale.ROOT, "%s aggregate beta=%s (bound %.4g)",
            form.name().toLowerCase(Locale.ROOT), fmt(beta), aggregateBound);
    double tmin = Arrays.stream(tau).min().orElse(1);
    double tmax = Arrays.stream(tau).max().orElse(1);
    String sl = tmin == tmax ? fmt(tmin) : fmt(tmin) + ".." + fmt(tmax);
    return "demand: alpha=" + fmt(alpha) + ", " + agg + ", gamma=" + fmt(gamma)
        + ", service level " + sl;
  }

  static String fmt(double v) {
    if (v == Double.POSITIVE_INFINITY) {
      return "none";
    }
    String s = String.format(Locale.ROOT, "%.6g", v);
    if (s.contains(".") && !s.contains("e")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }
}
