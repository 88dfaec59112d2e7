package org.stockade.flexdesign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stockade.model.Network;

/**
 * Greedy design search with the SG solver as the evaluator (the heuristic of
 * {@link DesignOptions.Method#HEURISTIC}):
 *
 * <ol>
 *   <li><b>add</b>: among the candidate arcs that still fit the budgets, evaluate first those
 *       that <em>join two connected groups</em> of the current design (chain-guided: joining
 *       groups is what a chain does, and a chain through all groups closes on itself with the
 *       last join); only if none of them lowers the total cost, evaluate the arcs inside a
 *       group. Take the arc with the lowest total {@code f.x + SG(x)}; repeat while the total
 *       falls;
 *   <li><b>remove</b>: drop any added (non-forced) arc whose removal lowers the total; repeat;
 *   <li><b>swap</b>: replace an added arc by another candidate while that lowers the total.
 * </ol>
 *
 * Every design it returns was evaluated by an OPTIMAL SG solve, so its cost is attained; it
 * carries no bound (the MILP improvement that follows supplies it).
 */
final class DesignGreedy {
  private final DesignProblem problem;
  private final DesignEvaluator eval;
  private final DesignOptions options;
  private final long deadline;

  DesignGreedy(DesignProblem problem, DesignEvaluator eval, DesignOptions options,
      long deadline) {
    this.problem = problem;
    this.eval = eval;
    this.options = options;
    this.deadline = deadline;
  }

  DesignEvaluator.Evaluation run(DesignEvaluator.Evaluation start) {
    DesignEvaluator.Evaluation cur = start;
    while (!stop()) {
      DesignEvaluator.Evaluation next = bestAddition(cur);
      if (next == null || !(next.total() < cur.total() - slack(cur))) {
        break;
      }
      cur = next;
      eval.feed(cur);
      options.progress().accept(String.format(Locale.ROOT, "greedy: added an arc, total %.6g",
          cur.total()));
    }
    boolean improved = true;
    while (improved && !stop()) {
      improved = false;
      boolean[] x = cur.x();
      for (int k = 0; k < x.length && !stop(); k++) {
        if (!x[k] || problem.isForced(k)) {
          continue;
        }
        boolean[] y = x.clone();
        y[k] = false;
        DesignEvaluator.Evaluation e = eval.evaluate(y, deadline, false);
        if (e.ok() && e.total() < cur.total() - slack(cur)) {
          cur = e;
          eval.feed(cur);
          improved = true;
          options.progress().accept(String.format(Locale.ROOT,
              "greedy: removed an arc, total %.6g", cur.total()));
          break;
        }
      }
    }
    return swaps(cur);
  }

  /**
   * First-improvement swaps: replace one added (non-forced) arc by one not in the design
   * (budgets permitting) while that lowers the total.
   */
  private DesignEvaluator.Evaluation swaps(DesignEvaluator.Evaluation start) {
    DesignEvaluator.Evaluation cur = start;
    boolean improved = true;
    while (improved && !stop()) {
      improved = false;
      boolean[] x = cur.x();
      outer:
      for (int out = 0; out < x.length; out++) {
        if (!x[out] || problem.isForced(out)) {
          continue;
        }
        for (int in = 0; in < x.length && !stop(); in++) {
          if (x[in]) {
            continue;
          }
          boolean[] y = x.clone();
          y[out] = false;
          y[in] = true;
          if (problem.budgetViolation(y) != null) {
            continue;
          }
          DesignEvaluator.Evaluation e = eval.evaluate(y, deadline, false);
          if (e.ok() && e.total() < cur.total() - slack(cur)) {
            cur = e;
            eval.feed(cur);
            improved = true;
            options.progress().accept(String.format(Locale.ROOT,
                "greedy: swapped an arc, total %.6g", cur.total()));
            break outer;
          }
        }
      }
    }
    return cur;
  }

  private DesignEvaluator.Evaluation bestAddition(DesignEvaluator.Evaluation cur) {
    boolean[] x = cur.x();
    List<Integer> joining = new ArrayList<>();
    List<Integer> inside = new ArrayList<>();
    int[] group = groups(problem.networkWith(x));
    int m = problem.network().plantCount();
    for (int k = 0; k < x.length; k++) {
      if (x[k]) {
        continue;
      }
      x[k] = true;
      boolean fits = problem.budgetViolation(x) == null;
      x[k] = false;
      if (!fits) {
        continue;
      }
      CandidateArc a = problem.candidates().get(k);
      (group[a.plant()] != group[m + a.product()] ? joining : inside).add(k);
    }
    DesignEvaluator.Evaluation best = bestOf(x, joining);
    if (best == null || !(best.total() < cur.total() - slack(cur))) {
      DesignEvaluator.Evaluation b2 = bestOf(x, inside);
      if (b2 != null && (best == null || b2.total() < best.total())) {
        best = b2;
      }
    }
    return best;
  }

  private DesignEvaluator.Evaluation bestOf(boolean[] x, List<Integer> moves) {
    DesignEvaluator.Evaluation best = null;
    for (int k : moves) {
      if (stop()) {
        break;
      }
      boolean[] y = x.clone();
      y[k] = true;
      DesignEvaluator.Evaluation e = eval.evaluate(y, deadline, false);
      if (e.ok() && (best == null || e.total() < best.total())) {
        best = e;
      }
    }
    return best;
  }

  private boolean stop() {
    return options.cancel().isCancelled() || System.nanoTime() >= deadline;
  }

  private static double slack(DesignEvaluator.Evaluation e) {
    return 1e-9 * Math.max(1, Math.abs(e.total()));
  }

  /** Connected group id of every plant (0..M-1) and product (M..M+N-1). */
  static int[] groups(Network n) {
    int m = n.plantCount();
    org.jgrapht.Graph<Integer, org.jgrapht.graph.DefaultEdge> g =
        new org.jgrapht.graph.SimpleGraph<>(org.jgrapht.graph.DefaultEdge.class);
    for (int k = 0; k < m + n.productCount(); k++) {
      g.addVertex(k);
    }
    for (int i = 0; i < m; i++) {
      for (int j : n.productsOf(i)) {
        g.addEdge(i, m + j);
      }
    }
    int[] out = new int[m + n.productCount()];
    int id = 0;
    for (java.util.Set<Integer> c
        : new org.jgrapht.alg.connectivity.ConnectivityInspector<>(g).connectedSets()) {
      for (int v : c) {
        out[v] = id;
      }
      id++;
    }
    return out;
  }
}
