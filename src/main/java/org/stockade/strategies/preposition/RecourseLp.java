package org.stockade.strategies.preposition;

import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;

/**
 * The second stage of scenario {@code s} (Rawls &amp; Turnquist 2010, constraints (4)-(5) with the
 * recourse part of objective (1)): given stock {@code q}, ship {@code x_ak >= 0} over arcs,
 * leave {@code z_ik >= 0} of demand unmet and {@code w_ik >= 0} of stock over:
 * <pre>
 *   Q_s(q) = min  sum_a sum_k cf_as c_ak x_ak + sum_ik (p_k z_ik + h_k w_ik)
 *   s.t.  sum_{a into i} x_ak - sum_{a out of i} x_ak + z_ik - w_ik = d_iks - (1 - rho_iks) q_ik
 *         sum_k v_k x_ak <= U_a f_as                       (arc volume capacity)
 * </pre>
 * The balance row lets stock pass through a location. The LP is feasible for every {@code q}
 * ({@code x = 0}, {@code z, w} take up the difference) and bounded below by 0 (all costs are
 * {@code >= 0}): the problem has complete recourse, so the L-shaped method needs no feasibility
 * cuts. By LP duality {@code Q_s} is convex and piecewise linear in {@code q}; with {@code pi_ik}
 * the dual of the balance row, {@code -(1 - rho_iks) pi_ik} is a subgradient in {@code q_ik}.
 */
final class RecourseLp {
  private RecourseLp() {}

  /** The variables and rows one scenario adds to a program. */
  record Block(int[][] arc, int[][] shortage, int[][] surplus, int[][] balance) {}

  /**
   * Adds scenario {@code s}'s recourse to {@code lp}, with its cost times {@code weight} into
   * {@code obj}. Stock is the variables {@code qVars[i][k]} when given, else the constants
   * {@code qFixed[i][k]} (moved to the right-hand side).
   */
  static Block add(LinearProgram lp, PrepositionProblem p, int s, int[][] qVars,
      double[][] qFixed, double weight, Terms obj) {
    Scenario sc = p.scenario(s);
    int n = p.locationCount();
    int m = p.commodityCount();
    int na = p.arcs().size();
    int[][] x = new int[na][m];
    Terms[][] bal = new Terms[n][m];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < m; k++) {
        bal[i][k] = new Terms();
      }
    }
    for (int a = 0; a < na; a++) {
      Arc arc = p.arcs().get(a);
      double cap = arc.capacity() * sc.capacityFactor(a);
      if (cap == 0) {
        java.util.Arrays.fill(x[a], -1);
        continue;
      }
      Terms use = new Terms();
      for (int k = 0; k < m; k++) {
        x[a][k] = lp.addVariable(0, Double.POSITIVE_INFINITY, "x" + a + "_" + k + "_" + s);
        obj.add(weight * sc.costFactor(a) * arc.cost(k), x[a][k]);
        bal[arc.to()][k].add(1, x[a][k]);
        bal[arc.from()][k].add(-1, x[a][k]);
        use.add(p.commodity(k).volume(), x[a][k]);
      }
      if (Double.isFinite(cap)) {
        lp.addLessEq(use.expr(), cap, "cap" + a + "_" + s);
      }
    }
    int[][] z = new int[n][m];
    int[][] w = new int[n][m];
    int[][] row = new int[n][m];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < m; k++) {
        Commodity c = p.commodity(k);
        z[i][k] = lp.addVariable(0, Double.POSITIVE_INFINITY, "z" + i + "_" + k + "_" + s);
        w[i][k] = lp.addVariable(0, Double.POSITIVE_INFINITY, "w" + i + "_" + k + "_" + s);
        obj.add(weight * c.shortagePenalty(), z[i][k]);
        obj.add(weight * c.surplusPenalty(), w[i][k]);
        bal[i][k].add(1, z[i][k]).add(-1, w[i][k]);
        double survive = 1 - sc.destroyed(i, k);
        double rhs = sc.demand(i, k);
        if (qVars != null) {
          bal[i][k].add(survive, qVars[i][k]);
        } else {
          rhs -= survive * qFixed[i][k];
        }
        row[i][k] = lp.addEquals(bal[i][k].expr(), rhs, "bal" + i + "_" + k + "_" + s);
      }
    }
    return new Block(x, z, w, row);
  }

  /**
   * Scenario {@code s} at stock {@code q}: the cost {@code Q_s(q)}, its parts, and a subgradient.
   *
   * @param value {@code Q_s(q)}
   * @param shipping shipping part
   * @param shortage shortage penalty part
   * @param surplus surplus penalty part
   * @param shortageUnits units short per commodity
   * @param gradient {@code [i][k]}: a subgradient of {@code Q_s} in {@code q_ik}
   */
  record Outcome(double value, double shipping, double shortage, double surplus,
      double[] shortageUnits, double[][] gradient) {}

  /** Solves scenario {@code s}'s recourse LP at stock {@code q} with GLOP. */
  static Outcome solve(PrepositionProblem p, int s, double[][] q) {
    LinearProgram lp = new LinearProgram();
    Terms obj = new Terms();
    Block b = add(lp, p, s, null, q, 1.0, obj);
    LinearExpr o = obj.expr();
    lp.minimize(o);
    LpResult r = LpSolver.orTools().solve(lp);
    if (r.status() != LpStatus.OPTIMAL || !r.hasDuals()) {
      throw new IllegalStateException("recourse LP of scenario '" + p.scenario(s).name()
          + "' ended " + r.status() + " " + r.message() + " (it is always feasible and bounded;"
          + " this is a backend failure)");
    }
    Scenario sc = p.scenario(s);
    int n = p.locationCount();
    int m = p.commodityCount();
    double[] v = r.values();
    double shortage = 0;
    double surplus = 0;
    double[] units = new double[m];
    double[][] g = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < m; k++) {
        Commodity c = p.commodity(k);
        double zi = Math.max(0, v[b.shortage()[i][k]]);
        units[k] += zi;
        shortage += c.shortagePenalty() * zi;
        surplus += c.surplusPenalty() * Math.max(0, v[b.surplus()[i][k]]);
        g[i][k] = -(1 - sc.destroyed(i, k)) * r.dual(b.balance()[i][k]);
      }
    }
    double shipping = 0;
    for (int a = 0; a < p.arcs().size(); a++) {
      for (int k = 0; k < m; k++) {
        if (b.arc()[a][k] >= 0) {
          shipping += sc.costFactor(a) * p.arcs().get(a).cost(k) * Math.max(0, v[b.arc()[a][k]]);
        }
      }
    }
    return new Outcome(r.objective(), shipping, shortage, surplus, units, g);
  }
}
