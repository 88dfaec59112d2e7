package org.stockade.flexdesign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpOptions;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.model.Network;

/**
 * The master MILP of the joint design-and-inventory model ({@link DesignSolver} derives it):
 *
 * <pre>
 *   min  f.x + h.r
 *   s.t. r(S) + sum_{i in A_0(S)} c_i + sum_{i in Y(S)} c_i y_{S,i} >= Dmax(S) - delta
 *                                                    for every cut (S, c) generated so far,
 *        y_{S,i} <= sum_{a = (i, j) candidate, j in S} x_a,   0 <= y_{S,i} <= 1,
 *        (y_{S,i} >= x_a for those a, only when some cut of S has c_i < 0),
 *        budgets, forced arcs,  x binary,  r >= 0,
 * </pre>
 *
 * with {@code A_0(S)} the plants that serve S through existing arcs and {@code Y(S)} the other
 * plants with a candidate arc into S. One {@code y} per (S, plant) is shared by all cuts of S.
 * The program is rebuilt and solved by SCIP (through {@link LpSolver}) each round.
 */
final class DesignMaster {
  private final DesignProblem problem;
  private final Map<BitSet, Subset> subsets = new LinkedHashMap<>();
  private int cuts;

  /** The cuts of one product set S: right-hand side {@code Dmax(S) - delta} and the c's. */
  static final class Subset {
    final BitSet products;
    final double rhs;
    final List<double[]> capacities = new ArrayList<>();

    Subset(BitSet products, double rhs) {
      this.products = products;
      this.rhs = rhs;
    }
  }

  /** A master solution; {@code x} and {@code r} are null without one. */
  record Solution(LpStatus status, boolean[] x, double[] r, double value, double bound,
      String message) {}

  DesignMaster(DesignProblem problem) {
    this.problem = problem;
  }

  int cutCount() {
    return cuts;
  }

  /** Plants that serve S when every candidate arc is added. */
  BitSet reach(BitSet s) {
    BitSet reach = problem.network().plantsOf(s);
    for (CandidateArc a : problem.candidates()) {
      if (s.get(a.product())) {
        reach.set(a.plant());
      }
    }
    return reach;
  }

  Iterable<Subset> subsets() {
    return subsets.values();
  }

  /**
   * Adds the cut {@code (S, c)} with {@code rhs = Dmax(S) - delta}; {@code c} is a full capacity
   * vector of C (every plant). Returns false when the same cut is already present.
   */
  boolean add(BitSet s, double rhs, double[] c) {
    Subset sub = subsets.computeIfAbsent((BitSet) s.clone(), k -> new Subset(k, rhs));
    for (double[] old : sub.capacities) {
      if (Arrays.equals(old, c)) {
        return false;
      }
    }
    sub.capacities.add(c.clone());
    cuts++;
    return true;
  }

  /**
   * Solves the master to the relative gap {@code relativeGap} (its best bound stays a valid
   * lower bound whatever the gap), starting SCIP from the hint design {@code hintX} with
   * inventory {@code hintR} when given.
   */
  Solution solve(Duration limit, double relativeGap, boolean[] hintX, double[] hintR) {
    Network n = problem.network();
    List<CandidateArc> cand = problem.candidates();
    LinearProgram lp = new LinearProgram();
    int[] x = new int[cand.size()];
    double[] objCoef = new double[cand.size() + n.productCount()];
    int[] objVar = new int[objCoef.length];
    for (int k = 0; k < x.length; k++) {
      x[k] = problem.isForced(k) ? lp.addVariable(1, 1, "x" + k) : lp.addBinary("x" + k);
      objVar[k] = x[k];
      objCoef[k] = cand.get(k).cost();
    }
    int[] r = new int[n.productCount()];
    for (int j = 0; j < r.length; j++) {
      r[j] = lp.addVariable(0, Double.POSITIVE_INFINITY, "r" + j);
      objVar[x.length + j] = r[j];
      objCoef[x.length + j] = n.product(j).holdingCost();
    }
    // forced arcs are plain variables fixed at 1: SCIP treats them as integers regardless
    lp.minimize(LinearExpr.of(objVar, objCoef, 0));
    budgets(lp, x);
    for (Subset sub : subsets.values()) {
      addSubset(lp, n, sub, x, r);
    }
    if (hintX != null) {
      int[] hv = new int[x.length + r.length];
      double[] hval = new double[hv.length];
      for (int k = 0; k < x.length; k++) {
        hv[k] = x[k];
        hval[k] = hintX[k] ? 1 : 0;
      }
      for (int j = 0; j < r.length; j++) {
        hv[x.length + j] = r[j];
        hval[x.length + j] = hintR[j];
      }
      lp.setHint(hv, hval);
    }
    LpResult res = LpSolver.orTools().solve(lp, new LpOptions(limit, relativeGap, 1e-9));
    if (!res.status().hasSolution()) {
      return new Solution(res.status(), null, null, Double.NaN, Double.NaN, res.message());
    }
    boolean[] design = new boolean[x.length];
    for (int k = 0; k < x.length; k++) {
      design[k] = res.value(x[k]) > 0.5;
    }
    double[] inv = new double[r.length];
    for (int j = 0; j < r.length; j++) {
      inv[j] = Math.max(0, res.value(r[j]));
    }
    return new Solution(res.status(), design, inv, res.objective(), res.bestBound(),
        res.message());
  }

  private void budgets(LinearProgram lp, int[] x) {
    if (x.length == 0) {
      return;
    }
    if (problem.maxArcs() != null) {
      double[] one = new double[x.length];
      Arrays.fill(one, 1);
      lp.addLessEq(LinearExpr.of(x, one, 0), problem.maxArcs(), "max_arcs");
    }
    if (problem.maxArcCost() != null) {
      double[] f = problem.candidates().stream().mapToDouble(CandidateArc::cost).toArray();
      lp.addLessEq(LinearExpr.of(x, f, 0), problem.maxArcCost(), "max_arc_cost");
    }
  }

  private void addSubset(LinearProgram lp, Network n, Subset sub, int[] x, int[] r) {
    BitSet s = sub.products;
    BitSet base = n.plantsOf(s);
    // candidate arcs into S, grouped by plant (plants already serving S need no variable)
    Map<Integer, List<Integer>> byPlant = new LinkedHashMap<>();
    List<CandidateArc> cand = problem.candidates();
    for (int k = 0; k < cand.size(); k++) {
      CandidateArc a = cand.get(k);
      if (s.get(a.product()) && !base.get(a.plant())) {
        byPlant.computeIfAbsent(a.plant(), i -> new ArrayList<>()).add(k);
      }
    }
    boolean[] anyNegative = new boolean[n.plantCount()];
    for (double[] c : sub.capacities) {
      for (int i : byPlant.keySet()) {
        anyNegative[i] |= c[i] < 0;
      }
    }
    Map<Integer, Integer> y = new LinkedHashMap<>();
    for (Map.Entry<Integer, List<Integer>> e : byPlant.entrySet()) {
      int yi = lp.addVariable(0, 1, "y");
      y.put(e.getKey(), yi);
      List<Integer> arcs = e.getValue();
      int[] v = new int[arcs.size() + 1];
      double[] w = new double[v.length];
      v[0] = yi;
      w[0] = 1;
      for (int t = 0; t < arcs.size(); t++) {
        v[t + 1] = x[arcs.get(t)];
        w[t + 1] = -1;
        if (anyNegative[e.getKey()]) {
          lp.addGreaterEq(LinearExpr.of(new int[] {yi, x[arcs.get(t)]}, new double[] {1, -1}, 0),
              0, "y_lo");
        }
      }
      lp.addLessEq(LinearExpr.of(v, w, 0), 0, "y_up");
    }
    int size = s.cardinality();
    for (double[] c : sub.capacities) {
      double fixed = 0;
      for (int i = base.nextSetBit(0); i >= 0; i = base.nextSetBit(i + 1)) {
        fixed += c[i];
      }
      double b = sub.rhs - fixed;
      if (b <= 0 && allNonNegative(c, y.keySet())) {
        continue; // met by r >= 0 whatever the design
      }
      int[] v = new int[size + y.size()];
      double[] w = new double[v.length];
      int t = 0;
      for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
        v[t] = r[j];
        w[t++] = 1;
      }
      for (Map.Entry<Integer, Integer> e : y.entrySet()) {
        v[t] = e.getValue();
        // coefficient reduction: one plant with c_i >= b meets the cut alone, so c_i may be
        // lowered to b without cutting off any integer design (r >= 0, other terms >= 0)
        double ci = c[e.getKey()];
        w[t++] = ci > 0 && allNonNegative(c, y.keySet()) ? Math.min(ci, b) : ci;
      }
      lp.addGreaterEq(LinearExpr.of(v, w, 0), b, "cut");
    }
  }

  private static boolean allNonNegative(double[] c, java.util.Set<Integer> plants) {
    for (int i : plants) {
      if (c[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
