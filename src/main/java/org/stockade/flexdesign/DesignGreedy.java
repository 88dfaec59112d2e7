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
 *   <li><b>remove</b>: drop any added (non-forced) arc whose removal lowers the total; repeat.
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
        DesignEvaluator.Evaluation e = eval.evaluate(y, deadline);
        if (e.ok() && e.total() < cur.total() - slack(cur)) {
          cur = e;
          improved = true;
          options.progress().accept(String.format(Locale.ROOT,
              "greedy: removed an arc, total %.6g", cur.total()));
          break;
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
      DesignEvaluator.Evaluation e = eval.evaluate(y, deadline);
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

  /** Connected group id of every plant (0..M-1) and product (M..M+N-1), by union-find. */
  static int[] groups(Network n) {
    int m = n.plantCount();
    int[] parent = new int[m + n.productCount()];
    for (int k = 0; k < parent.length; k++) {
      parent[k] = k;
    }
    for (int i = 0; i < m; i++) {
      for (int j : n.productsOf(i)) {
        int a = find(parent, i);
        int b = find(parent, m + j);
        parent[a] = b;
      }
    }
    int[] g = new int[parent.length];
    for (int k = 0; k < g.length; k++) {
      g[k] = find(parent, k);
    }
    return g;
  }

  private static int find(int[] p, int k) {
    while (p[k] != k) {
      p[k] = p[p[k]];
      k = p[k];
    }
    return k;
  }
}
