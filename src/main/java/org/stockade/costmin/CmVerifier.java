package org.stockade.costmin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.model.Network;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Independent checks of a {@link CmResult}. The recourse cost is recomputed with its own LP
 * (inequality form: {@code s_j >= d_j - r_j - sum_i f_ij}, {@code e_j >= r_j + sum_i f_ij - d_j},
 * not the solver's equality form), scenarios are checked for membership in U, the loss cap by
 * enumerating all product subsets ({@code max_S g(S) - r(S)}, N <= 16), and, when U has few
 * enough vertices, by brute force: {@code max_v Q(r*, v)} over all vertices v of D x C must equal
 * the reported worst case, and the LP {@code min h.r + theta, theta >= Q(r, v)} with one
 * recourse copy per vertex must reproduce the reported optimum (Q is convex in (d, c), so
 * vertices suffice).
 */
public final class CmVerifier {
  /** Default cap on the vertex scenarios of the brute force. */
  public static final int MAX_VERTEX_SCENARIOS = 2000;
  private static final long MAX_SUBSETS = 200_000;

  /**
   * Outcome of a verification.
   *
   * @param problems failed checks (empty when {@link #ok()})
   * @param scenariosChecked binding scenarios recomputed
   * @param vertices vertex scenarios of the brute force (0 when skipped)
   * @param bruteForceWorst {@code max_v Q(r*, v)} (NaN when skipped)
   * @param bruteForceOptimum optimum of the all-vertex LP (NaN when skipped)
   * @param method what was checked, for reports
   */
  public record Report(List<String> problems, int scenariosChecked, int vertices,
      double bruteForceWorst, double bruteForceOptimum, String method) {
    public Report {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private CmVerifier() {}

  public static Report verify(CmProblem p, CmResult r) {
    return verify(p, r, MAX_VERTEX_SCENARIOS);
  }

  public static Report verify(CmProblem p, CmResult res, int maxVertexScenarios) {
    List<String> bad = new ArrayList<>();
    List<String> how = new ArrayList<>();
    if (!res.hasSolution()) {
      return new Report(List.of("no solution to verify (status " + res.status() + ")"), 0, 0,
          Double.NaN, Double.NaN, "none");
    }
    Network n = p.network();
    double[] r = res.inventory();
    double holding = 0;
    for (int j = 0; j < r.length; j++) {
      if (!(r[j] >= -1e-9) || Double.isInfinite(r[j])) {
        bad.add("inventory of " + n.product(j).id() + " is " + r[j]);
      }
      holding += n.product(j).holdingCost() * r[j];
    }
    double total = res.totalCost();
    double tol = 1e-6 * Math.max(1, Math.abs(total));
    if (Math.abs(holding - res.holdingCost()) > tol) {
      bad.add(fmt("holding cost %.6f reported, h.r = %.6f", res.holdingCost(), holding));
    }
    if (res.lowerBound() > total + tol || res.upperBound() < total - tol) {
      bad.add(fmt("bounds [%.6f, %.6f] do not bracket the total %.6f", res.lowerBound(),
          res.upperBound(), total));
    }
    UncertaintySet u = p.uncertainty();
    double worst = Double.NEGATIVE_INFINITY;
    for (CmScenario s : res.binding()) {
      String vd = u.demand().violation(s.demand(), 1e-6);
      String vc = u.capacity().violation(s.capacity(), 1e-6);
      if (vd != null || vc != null) {
        bad.add("binding scenario outside U: " + (vd != null ? vd : vc));
      }
      double q = recourse(p, r, s.demand(), s.capacity());
      if (Math.abs(q - s.recourseCost()) > tol) {
        bad.add(fmt("scenario recourse cost %.6f reported, LP gives %.6f", s.recourseCost(), q));
      }
      worst = Math.max(worst, q);
    }
    how.add("recourse LP at " + res.binding().size() + " scenario(s)");
    if (res.binding().isEmpty()) {
      bad.add("no binding scenario reported");
    } else if (Math.abs(worst - res.worstCaseCost()) > tol) {
      bad.add(fmt("worst-case cost %.6f reported, binding scenarios give %.6f",
          res.worstCaseCost(), worst));
    }
    boolean closedForm = u.demand().maxPieces() != null && u.capacity().negatedMinPieces() != null;
    if (p.hasLossCap() && (n.productCount() <= 8 || closedForm && n.productCount() <= 16)) {
      double maxLoss = maxLostSales(n, u, r);
      if (maxLoss > p.lossCap() + 1e-6 * Math.max(1, p.lossCap())) {
        bad.add(fmt("worst-case lost sales %.6f exceed the loss cap %.6f", maxLoss, p.lossCap()));
      }
      how.add("loss cap by all 2^N subsets");
    }
    List<double[][]> vs = vertexScenarios(u, maxVertexScenarios);
    double bfWorst = Double.NaN;
    double bfOpt = Double.NaN;
    if (vs != null) {
      bfWorst = Double.NEGATIVE_INFINITY;
      for (double[][] v : vs) {
        bfWorst = Math.max(bfWorst, recourse(p, r, v[0], v[1]));
      }
      if (Math.abs(bfWorst - res.worstCaseCost()) > tol) {
        bad.add(fmt("worst case over all %d vertices of U is %.6f, reported %.6f", vs.size(),
            bfWorst, res.worstCaseCost()));
      }
      bfOpt = bruteForceOptimum(p, vs);
      if (res.status().isOptimal() && Math.abs(bfOpt - total) > tol) {
        bad.add(fmt("all-vertex LP optimum %.6f differs from the reported optimum %.6f", bfOpt,
            total));
      }
      how.add("brute force over " + vs.size() + " vertices of U");
    }
    return new Report(bad, res.binding().size(), vs == null ? 0 : vs.size(), bfWorst, bfOpt,
        String.join("; ", how));
  }

  /** All vertex scenarios {@code (d, c)} of U, or null when more than {@code max}. */
  public static List<double[][]> vertexScenarios(UncertaintySet u, int max) {
    LinearProgram dl = new LinearProgram();
    LinearExpr[] d = u.demand().describeIn(dl);
    List<double[]> dv = Vertices.of(dl, d, MAX_SUBSETS);
    LinearProgram cl = new LinearProgram();
    LinearExpr[] c = u.capacity().describeIn(cl);
    List<double[]> cv = Vertices.of(cl, c, MAX_SUBSETS);
    if (dv == null || cv == null || (long) dv.size() * cv.size() > max) {
      return null;
    }
    List<double[][]> out = new ArrayList<>();
    for (double[] a : dv) {
      for (double[] b : cv) {
        out.add(new double[][] {a, b});
      }
    }
    return out;
  }

  /** {@code min_r h.r + max_v Q(r, v)} over the given scenarios, as one LP. */
  public static double bruteForceOptimum(CmProblem p, List<double[][]> scenarios) {
    Network n = p.network();
    LinearProgram lp = new LinearProgram();
    int[] r = new int[n.productCount()];
    LinearExpr obj = LinearExpr.constant(0);
    for (int j = 0; j < r.length; j++) {
      r[j] = lp.addVariable(0, Double.POSITIVE_INFINITY, "r" + j);
      obj = obj.plusTerm(n.product(j).holdingCost(), r[j]);
    }
    int theta = lp.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "theta");
    obj = obj.plusTerm(1, theta);
    for (double[][] s : scenarios) {
      LinearExpr cost = copy(lp, p, r, null, s[0], s[1]);
      lp.addGreaterEq(LinearExpr.of(theta).plus(cost.times(-1)), 0, "theta");
    }
    lp.minimize(obj);
    LpResult res = LpSolver.orTools().solve(lp);
    if (res.status() != LpStatus.OPTIMAL) {
      throw new IllegalStateException("brute-force LP: " + res.status() + " " + res.message());
    }
    return res.objective();
  }

  /** {@code Q(r, d, c)} by the verifier's own LP; +infinity when the loss cap cannot hold. */
  public static double recourse(CmProblem p, double[] r, double[] d, double[] c) {
    LinearProgram lp = new LinearProgram();
    LinearExpr cost = copy(lp, p, null, r, d, c);
    lp.minimize(cost);
    LpResult res = LpSolver.orTools().solve(lp);
    if (res.status() == LpStatus.INFEASIBLE) {
      return Double.POSITIVE_INFINITY;
    }
    if (res.status() != LpStatus.OPTIMAL) {
      throw new IllegalStateException("recourse LP: " + res.status() + " " + res.message());
    }
    return res.objective();
  }

  /** One recourse copy in inequality form; r as variables {@code rv} or constants {@code rc}. */
  private static LinearExpr copy(LinearProgram lp, CmProblem p, int[] rv, double[] rc,
      double[] d, double[] c) {
    Network n = p.network();
    double[] under = p.costs().underage(n);
    double[] over = p.costs().overage(n);
    LinearExpr cost = LinearExpr.constant(0);
    LinearExpr[] supply = new LinearExpr[n.productCount()];
    for (int j = 0; j < supply.length; j++) {
      supply[j] = rv != null ? LinearExpr.of(rv[j]) : LinearExpr.constant(rc[j]);
    }
    for (int i = 0; i < n.plantCount(); i++) {
      LinearExpr made = LinearExpr.constant(0);
      for (int j : n.productsOf(i)) {
        int f = lp.addVariable(0, Double.POSITIVE_INFINITY, "f");
        made = made.plusTerm(1, f);
        supply[j] = supply[j].plusTerm(1, f);
        cost = cost.plusTerm(p.costs().production(n.plant(i).id(), n.product(j).id()), f);
      }
      if (made.size() > 0) {
        lp.addLessEq(made, c[i], "cap");
      }
    }
    LinearExpr lost = LinearExpr.constant(0);
    for (int j = 0; j < supply.length; j++) {
      int s = lp.addVariable(0, Double.POSITIVE_INFINITY, "short");
      int e = lp.addVariable(0, Double.POSITIVE_INFINITY, "excess");
      lp.addGreaterEq(supply[j].plusTerm(1, s), d[j], "short >= d - supply");
      lp.addGreaterEq(LinearExpr.of(e).plus(supply[j].times(-1)), -d[j], "excess >= supply - d");
      cost = cost.plusTerm(under[j], s).plusTerm(over[j], e);
      lost = lost.plusTerm(1, s);
    }
    if (p.hasLossCap()) {
      lp.addLessEq(lost, p.lossCap(), "loss cap");
    }
    return cost;
  }

  /** {@code max_U L(r, d, c) = max_S (g(S) - r(S))^+} by enumerating every product subset. */
  static double maxLostSales(Network n, UncertaintySet u, double[] r) {
    int np = n.productCount();
    double best = 0;
    for (long mask = 1; mask < (1L << np); mask++) {
      BitSet s = BitSet.valueOf(new long[] {mask});
      double inv = 0;
      for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
        inv += r[j];
      }
      best = Math.max(best, u.g(s, n.plantsOf(s)) - inv);
    }
    return best;
  }

  private static String fmt(String f, Object... args) {
    return String.format(Locale.ROOT, f, args);
  }
}
