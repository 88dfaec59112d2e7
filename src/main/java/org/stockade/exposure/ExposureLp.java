package org.stockade.exposure;

import java.util.Arrays;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;

/**
 * The two linear programs of the risk-exposure model (spec section 1), built on a node subset
 * {@code S} that is closed under inputs (every input of a node of S is in S).
 *
 * <p>Performance impact over a window {@code T} ({@link Mode#LOSS}):
 * <pre>
 *   min sum_{j product} f_j l_j
 *   BOM:       u_j <= sum_{e in group k of j} y_e / r_e          every input group k of j
 *   balance:   sum_{e out of i, into S} y_e + rho_i T <= u_i + s_i   non-product i
 *   demand:    l_j + u_j + s_j >= d_j T                           products
 *   capacity:  u_j <= c_j T;  facility: sum_{j in f} u_j + phi_f T <= c_f T
 *   disrupted: u_j = 0;   l, u, y >= 0
 * </pre>
 * Time-to-survive ({@link Mode#SURVIVE}): {@code max t} with {@code t <= cap}, the window
 * {@code T} replaced by the variable {@code t} and no loss allowed ({@code u_j + s_j >= d_j t}).
 * Reference plan ({@link Mode#PLAN}): {@code min sum u + sum y} with all demand of the window
 * met ({@code u_j + s_j >= d_j T}), the leanest loss-free plan.
 * {@code rho_i t} and {@code phi_f t} are the draws of nodes outside S on S under a fixed plan
 * linear in the window (zero for the whole network or a relaxation). With {@code ignoreInventory}
 * all {@code s_j} are taken as 0 (the steady-rate problem).
 */
final class ExposureLp {
  enum Mode { LOSS, SURVIVE, PLAN }

  /**
   * Outcome: status, objective (lost profit or TTS; +infinity when SURVIVE is unbounded), and
   * per-node production {@code u}, per-edge flow {@code y}, per-node loss {@code l} (global
   * indices; 0 outside S), all null without a solution.
   */
  record Solution(LpStatus status, double value, double[] u, double[] y, double[] loss,
      String message, double[] nodeDual, double[] facilityDual) {
    boolean ok() {
      return status.hasSolution();
    }

    boolean unbounded() {
      return status == LpStatus.UNBOUNDED;
    }
  }

  /** Inputs of one build; {@code inS == null} means the whole network. */
  record Spec(boolean[] inS, boolean[] down, Mode mode, double window, boolean ignoreInventory,
      double[] rho, double[] phi) {}

  private ExposureLp() {}

  static Solution solve(SupplyNetwork net, Spec spec, LpSolver solver) {
    int n = net.size();
    boolean[] inS = spec.inS();
    boolean loss = spec.mode() != Mode.SURVIVE;
    boolean plan = spec.mode() == Mode.PLAN;
    int[] balanceRow = new int[n];
    Arrays.fill(balanceRow, -1);
    int[] facilityRow = new int[net.facilityCount()];
    Arrays.fill(facilityRow, -1);
    double window = spec.window();
    LinearProgram lp = new LinearProgram();
    int[] u = new int[n];
    int[] l = new int[n];
    Arrays.fill(u, -1);
    Arrays.fill(l, -1);
    int[] y = new int[net.edges().size()];
    Arrays.fill(y, -1);
    int t = loss ? -1 : lp.addVariable(0, spec.window(), "t");
    for (int j = 0; j < n; j++) {
      if (inS != null && !inS[j]) {
        continue;
      }
      Node node = net.node(j);
      if (!spec.down()[j]) {
        double ub = loss ? node.capacity() * window : Double.POSITIVE_INFINITY;
        u[j] = lp.addVariable(0, Double.isNaN(ub) ? Double.POSITIVE_INFINITY : ub, "u");
      }
      if (loss && !plan && node.isProduct()) {
        l[j] = lp.addVariable(0, Double.POSITIVE_INFINITY, "l");
      }
      for (int e : net.inEdges(j)) {
        y[e] = lp.addVariable(0, Double.POSITIVE_INFINITY, "y");
      }
    }
    Terms terms = new Terms();
    for (int j = 0; j < n; j++) {
      if (inS != null && !inS[j]) {
        continue;
      }
      Node node = net.node(j);
      double s = spec.ignoreInventory() ? 0 : node.inventory();
      if (u[j] >= 0) {
        for (int[] group : net.inputGroups(j)) {
          terms.clear().add(1, u[j]);
          for (int e : group) {
            terms.add(-1 / net.edges().get(e).quantity(), y[e]);
          }
          lp.addLessEq(terms.expr(), 0, "bom");
        }
        if (!loss && net.facilityOf(j) < 0 && Double.isFinite(node.capacity())) {
          lp.addLessEq(terms.clear().add(1, u[j]).add(-node.capacity(), t).expr(), 0, "cap");
        }
      }
      double rho = spec.rho() == null ? 0 : spec.rho()[j];
      if (node.isProduct()) {
        terms.clear();
        if (u[j] >= 0) {
          terms.add(1, u[j]);
        }
        if (loss) {
          if (!plan) {
            terms.add(1, l[j]);
          }
          lp.addGreaterEq(terms.expr(), node.demand() * window - s, "demand");
        } else {
          terms.add(-node.demand(), t);
          lp.addGreaterEq(terms.expr(), -s, "demand");
        }
      } else {
        terms.clear();
        for (int e : net.outEdges(j)) {
          if (y[e] >= 0) {
            terms.add(1, y[e]);
          }
        }
        if (u[j] >= 0) {
          terms.add(-1, u[j]);
        }
        if (loss) {
          balanceRow[j] = lp.addLessEq(terms.expr(), s - rho * window, "balance");
        } else {
          terms.add(rho, t);
          balanceRow[j] = lp.addLessEq(terms.expr(), s, "balance");
        }
      }
    }
    for (int f = 0; f < net.facilityCount(); f++) {
      int[] members = net.facilityMembers(f);
      double cap = net.node(members[0]).capacity();
      if (!Double.isFinite(cap)) {
        continue;
      }
      double phi = spec.phi() == null ? 0 : spec.phi()[f];
      terms.clear();
      for (int j : members) {
        if (u[j] >= 0) {
          terms.add(1, u[j]);
        }
      }
      if (loss) {
        if (terms.size() > 0 || phi > 0) {
          facilityRow[f] = lp.addLessEq(terms.expr(), (cap - phi) * window, "facility");
        }
      } else {
        terms.add(phi - cap, t);
        facilityRow[f] = lp.addLessEq(terms.expr(), 0, "facility");
      }
    }
    terms.clear();
    if (plan) {
      for (int v = 0; v < lp.variableCount(); v++) {
        terms.add(1, v);
      }
      lp.minimize(terms.expr());
    } else if (loss) {
      for (int j = 0; j < n; j++) {
        if (l[j] >= 0) {
          terms.add(net.node(j).margin(), l[j]);
        }
      }
      lp.minimize(terms.expr());
    } else {
      lp.maximize(LinearExpr.of(t));
    }
    LpResult r = solver.solve(lp);
    if (!r.status().hasSolution()) {
      double v = r.status() == LpStatus.UNBOUNDED && !loss ? Double.POSITIVE_INFINITY : Double.NaN;
      return new Solution(r.status(), v, null, null, null, r.message(), null, null);
    }
    double[] x = r.values();
    return new Solution(r.status(), r.objective(), pick(x, u), pick(x, y), pick(x, l),
        r.message(), duals(r, balanceRow), duals(r, facilityRow));
  }

  /**
   * Absolute duals of the given rows (0 for missing rows); null without duals. A non-zero dual
   * marks a constraint the optimum leans on.
   */
  private static double[] duals(LpResult r, int[] rows) {
    if (!r.hasDuals()) {
      return null;
    }
    double[] d = new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      d[k] = rows[k] < 0 ? 0 : Math.abs(r.dual(rows[k]));
    }
    return d;
  }

  private static double[] pick(double[] x, int[] vars) {
    double[] v = new double[vars.length];
    for (int k = 0; k < vars.length; k++) {
      v[k] = vars[k] < 0 ? 0 : Math.max(0, x[vars[k]]);
    }
    return v;
  }

  /** A reusable sparse row, turned into a {@link LinearExpr} in one copy. */
  private static final class Terms {
    private int[] vars = new int[8];
    private double[] coefs = new double[8];
    private int size;

    Terms clear() {
      size = 0;
      return this;
    }

    Terms add(double coef, int var) {
      if (size == vars.length) {
        vars = Arrays.copyOf(vars, 2 * size);
        coefs = Arrays.copyOf(coefs, 2 * size);
      }
      vars[size] = var;
      coefs[size++] = coef;
      return this;
    }

    int size() {
      return size;
    }

    LinearExpr expr() {
      return LinearExpr.of(Arrays.copyOf(vars, size), Arrays.copyOf(coefs, size), 0);
    }
  }
}
