package org.stockade.multistage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpOptions;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgStatus;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Constraint generation over the cuts of the layered network for the m-SG model (spec section 6;
 * Simchi-Levi, Wang & Wei 2018, §5.3, who decompose by stage for {@code delta = 0}; cut
 * generation needs no decomposition and is exact for every {@code delta >= 0}).
 *
 * <p>Master LP: {@code min h.r s.t. r(B) >= g(B) - delta} for the generated cuts, {@code r >= 0}
 * on the nodes that allow inventory; its value is a lower bound. Separation: first a max-flow
 * heuristic — the minimum cut of {@code L(r̂, d, c)} at each worst case {@code (d, c)} seen so
 * far, canonicalised and checked with the exact {@code g} — then the exact MILP of
 * {@link MsgSeparationMilp}, whose proven bound must show {@code max_cuts g - r(B) <= delta +
 * tolerance} before the result is {@link SgStatus#OPTIMAL}. {@link SgOptions#proof()} is ignored
 * (the proof is always the MILP). Stateless and thread-safe.
 */
public final class MsgSolver {
  public MsgResult solve(MsgProblem problem) {
    return solve(problem, SgOptions.defaults());
  }

  public MsgResult solve(MsgProblem problem, SgOptions options) {
    long t0 = System.nanoTime();
    long deadline = options.timeLimit() == null ? Long.MAX_VALUE
        : t0 + options.timeLimit().toNanos();
    LayeredNetwork net = problem.network();
    UncertaintySet u = problem.uncertainty();
    double delta = problem.delta();
    double eps = options.tolerance() * problem.scale();
    CutEvaluator eval = new CutEvaluator(problem);
    Map<BitSet, Cut> working = new LinkedHashMap<>();
    List<double[][]> pool = new ArrayList<>();
    BitSet allProducts = new BitSet();
    allProducts.set(0, net.productCount());
    BitSet allCaps = new BitSet();
    allCaps.set(0, net.capacitatedCount());
    pool.add(new double[][] {u.demand().max(allProducts).point(),
        u.capacity().min(allCaps).point()});
    double[] r = new double[net.nodeCount()];
    double lower = 0;
    double maxViolation = Double.POSITIVE_INFINITY;
    int iterations = 0;
    int exact = 0;
    while (true) {
      if (iterations >= options.maxIterations()) {
        return stop(SgStatus.ITERATION_LIMIT, "iteration limit " + options.maxIterations(), lower,
            maxViolation, iterations, working, exact, t0);
      }
      if (System.nanoTime() > deadline) {
        return stop(SgStatus.TIME_LIMIT, "time limit reached", lower, maxViolation, iterations,
            working, exact, t0);
      }
      if (options.cancel().isCancelled()) {
        return stop(SgStatus.CANCELLED, "cancelled", lower, maxViolation, iterations, working,
            exact, t0);
      }
      Master master = solveMaster(net, working, eval, delta);
      iterations++;
      if (master.status() != LpStatus.OPTIMAL) {
        return stop(SgStatus.ERROR, "master LP: " + master.status() + " " + master.message(),
            lower, maxViolation, iterations, working, exact, t0);
      }
      r = master.r();
      lower = master.objective();
      if (options.heuristicSeparation()) {
        List<BitSet> found = maxFlowCuts(problem, eval, pool, r, delta + eps, working,
            Math.max(8, net.productCount()));
        if (!found.isEmpty()) {
          for (BitSet b : found) {
            String why = add(problem, eval, working, pool, b, delta + eps);
            if (why != null) {
              return infeasible(why, lower, iterations, working, exact, t0);
            }
          }
          continue;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return stop(SgStatus.TIME_LIMIT, "time limit reached", lower, maxViolation, iterations,
            working, exact, t0);
      }
      LpOptions lpo = new LpOptions(deadline == Long.MAX_VALUE ? null : Duration.ofNanos(left),
          1e-9, eps / 2);
      MsgSeparationMilp.Outcome sep = MsgSeparationMilp.solve(problem, r, lpo);
      exact++;
      if (!sep.status().hasSolution()) {
        SgStatus st = sep.status() == LpStatus.TIME_LIMIT ? SgStatus.TIME_LIMIT : SgStatus.ERROR;
        return stop(st, "separation MILP: " + sep.status(), lower, maxViolation, iterations,
            working, exact, t0);
      }
      BitSet b = sep.shortNodes();
      double found = b.isEmpty() ? 0 : eval.violation(b, r);
      if (found > delta + eps && !working.containsKey(b)) {
        String why = add(problem, eval, working, pool, b, delta + eps);
        if (why != null) {
          return infeasible(why, lower, iterations, working, exact, t0);
        }
        continue;
      }
      maxViolation = Math.max(found, sep.bound()) - delta;
      if (maxViolation <= eps) {
        List<MsgBindingCut> cert = MsgCertificates.build(problem, r,
            master.duals(), working, eval);
        return new MsgResult(SgStatus.OPTIMAL, "optimal; exact separation MILP proved max"
            + " violation " + String.format(Locale.ROOT, "%.3g", Math.max(0, maxViolation)), r,
            cost(net, r), lower, maxViolation, iterations, working.size(), exact, cert,
            millis(t0));
      }
      String why = sep.status() == LpStatus.OPTIMAL
          ? "separation stalled (numerical tolerance); max violation bound " + maxViolation
          : "separation MILP stopped at its limit with bound " + sep.bound();
      return stop(sep.status() == LpStatus.OPTIMAL ? SgStatus.ERROR : SgStatus.TIME_LIMIT, why,
          lower, maxViolation, iterations, working, exact, t0);
    }
  }

  /** Most recent worst cases kept for the max-flow heuristic. */
  private static final int POOL = 16;

  /**
   * Up to {@code limit} violated canonical cuts among the minimum cuts at the pooled worst
   * cases (newest first), most violated first.
   */
  private static List<BitSet> maxFlowCuts(MsgProblem problem, CutEvaluator eval,
      List<double[][]> pool, double[] r, double threshold, Map<BitSet, Cut> working,
      int limit) {
    Map<BitSet, Double> found = new LinkedHashMap<>();
    for (int k = pool.size() - 1; k >= 0 && k >= pool.size() - POOL && found.size() < limit;
        k--) {
      double[][] s = pool.get(k);
      LayeredLostSales.Evaluation e = LayeredLostSales.evaluate(problem.network(), r, s[0], s[1]);
      if (e.lostSales() <= threshold) {
        continue;
      }
      BitSet b = e.cut().shortNodes();
      if (working.containsKey(b) || found.containsKey(b)) {
        continue;
      }
      double v = eval.violation(b, r);
      if (v > threshold) {
        found.put(b, v);
      }
    }
    List<BitSet> out = new ArrayList<>(found.keySet());
    out.sort(Comparator.comparingDouble((BitSet b) -> -found.get(b)));
    return out;
  }

  /** Adds cut B; returns a reason if no inventory can ever cover it (the model is infeasible). */
  private static String add(MsgProblem problem, CutEvaluator eval, Map<BitSet, Cut> working,
      List<double[][]> pool, BitSet b, double threshold) {
    Cut cut = eval.cut(b);
    LayeredNetwork net = problem.network();
    if (cut.inventoryNodes().isEmpty() && eval.g(b) > threshold) {
      return "products " + String.join(",", net.ids(productNodes(net, cut)))
          + " can be short by " + String.format(Locale.ROOT, "%.6g", eval.g(b) - problem.delta())
          + " units beyond delta in a worst case, and no node of the cut {"
          + String.join(",", net.ids(b)) + "} allows inventory; allow inventory at one of them";
    }
    working.put((BitSet) b.clone(), cut);
    UncertaintySet u = problem.uncertainty();
    pool.add(new double[][] {u.demand().max(cut.products()).point(),
        u.capacity().min(cut.capacityNodes()).point()});
    return null;
  }

  static BitSet productNodes(LayeredNetwork net, Cut cut) {
    BitSet s = new BitSet();
    BitSet p = cut.products();
    for (int j = p.nextSetBit(0); j >= 0; j = p.nextSetBit(j + 1)) {
      s.set(net.productNode(j));
    }
    return s;
  }

  /** The master LP's outcome: inventory per node (clamped at 0), value and row duals. */
  private record Master(LpStatus status, String message, double[] r, double objective,
      double[] duals) {}

  private static Master solveMaster(LayeredNetwork net, Map<BitSet, Cut> working,
      CutEvaluator eval, double delta) {
    LinearProgram lp = new LinearProgram();
    int[] var = new int[net.nodeCount()];
    LinearExpr obj = LinearExpr.constant(0);
    for (int v : net.inventoryNodes()) {
      var[v] = lp.addVariable(0, Double.POSITIVE_INFINITY, "r_" + net.id(v));
      obj = obj.plusTerm(net.node(v).holdingCost(), var[v]);
    }
    for (Map.Entry<BitSet, Cut> e : working.entrySet()) {
      LinearExpr row = LinearExpr.constant(0);
      BitSet inv = e.getValue().inventoryNodes();
      for (int v = inv.nextSetBit(0); v >= 0; v = inv.nextSetBit(v + 1)) {
        row = row.plusTerm(1, var[v]);
      }
      lp.addGreaterEq(row, eval.g(e.getKey()) - delta, "cut");
    }
    lp.minimize(obj);
    LpResult res = LpSolver.orTools().solve(lp);
    if (res.status() != LpStatus.OPTIMAL) {
      return new Master(res.status(), res.message(), null, Double.NaN, null);
    }
    double[] r = new double[net.nodeCount()];
    for (int v : net.inventoryNodes()) {
      r[v] = Math.max(0, res.value(var[v]));
    }
    double[] y = new double[working.size()];
    for (int k = 0; k < y.length; k++) {
      y[k] = res.dual(k);
    }
    return new Master(res.status(), res.message(), r, res.objective(), y);
  }

  static double cost(LayeredNetwork net, double[] r) {
    double c = 0;
    for (int v : net.inventoryNodes()) {
      c += net.node(v).holdingCost() * r[v];
    }
    return c;
  }

  private static double millis(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }

  private static MsgResult infeasible(String why, double lower, int iterations,
      Map<BitSet, Cut> working, int exact, long t0) {
    return new MsgResult(SgStatus.INFEASIBLE, why, null, Double.NaN, lower,
        Double.POSITIVE_INFINITY, iterations, working.size(), exact, List.of(), millis(t0));
  }

  private static MsgResult stop(SgStatus status, String message, double lower,
      double maxViolation, int iterations, Map<BitSet, Cut> working, int exact, long t0) {
    // a master solution that is not proven robust-feasible is not reported as inventory
    return new MsgResult(status, message, null, Double.NaN, lower, maxViolation, iterations,
        working.size(), exact, List.of(), millis(t0));
  }
}
