package org.stockade.flexdesign;

import java.time.Duration;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.stockade.model.CancelToken;
import org.stockade.robust.BindingScenario;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Evaluates designs with the SG solver ({@link ConstraintGenerationSolver}, whose OPTIMAL status
 * means its exact separation proved the inventory robust at that design), memoised per design.
 * Every evaluation feeds the binding worst cases of its certificate to the master as cuts: for
 * each binding {@code S} with worst-case capacity {@code c = argmin_{c in C} c(A_x(S))} the cut
 * {@code (S, c)}. Their multipliers make the master's inventory cost at this design at least the
 * SG optimum (LP duality), so the master never proposes an evaluated design below its true cost.
 * Not thread-safe: one per run.
 */
final class DesignEvaluator {
  /** One evaluated design: its SG result and total cost (NaN when the SG solve failed). */
  record Evaluation(boolean[] x, SgResult sg, double arcCost, double total) {
    boolean ok() {
      return sg.status().isOptimal();
    }
  }

  private final DesignProblem problem;
  private final DesignMaster master;
  private final double tolerance;
  private final CancelToken cancel;
  private final Map<BitSet, Evaluation> cache = new HashMap<>();
  private final java.util.Set<BitSet> fed = new java.util.HashSet<>();
  private int solves;

  DesignEvaluator(DesignProblem problem, DesignMaster master, double tolerance,
      CancelToken cancel) {
    this.problem = problem;
    this.master = master;
    this.tolerance = tolerance;
    this.cancel = cancel;
  }

  int solves() {
    return solves;
  }

  /** The SG solve at {@code x} within {@code deadline}, its worst cases fed to the master. */
  Evaluation evaluate(boolean[] x, long deadline) {
    return evaluate(x, deadline, true);
  }

  /**
   * The SG solve at {@code x} within {@code deadline} (System.nanoTime based); with
   * {@code feedMaster} false its cuts wait until {@link #feed(Evaluation)}: the greedy search
   * feeds only the designs it moves to, since the cuts of the hundreds of designs it merely
   * tries would make every master solve larger.
   */
  Evaluation evaluate(boolean[] x, long deadline, boolean feedMaster) {
    BitSet key = key(x);
    Evaluation e = cache.get(key);
    if (e != null) {
      if (feedMaster) {
        feed(e);
      }
      return e;
    }
    SgProblem sg = problem.sgAt(x);
    long left = deadline == Long.MAX_VALUE ? Duration.ofDays(1).toNanos()
        : Math.max(1_000_000L, deadline - System.nanoTime());
    SgOptions o = SgOptions.defaults().withTimeLimit(Duration.ofNanos(left))
        .withTolerance(tolerance).withCancel(cancel);
    SgResult res = new ConstraintGenerationSolver().solve(sg, o);
    solves++;
    double arc = problem.arcCost(x);
    e = new Evaluation(x.clone(), res, arc,
        res.status().isOptimal() ? arc + res.cost() : Double.NaN);
    if (res.status().isOptimal()) {
      cache.put(key, e);
      if (feedMaster) {
        feed(e);
      }
    }
    return e;
  }

  /** Adds the worst cases of an evaluation's certificate to the master (once). */
  void feed(Evaluation e) {
    if (master == null || !e.ok() || !fed.add(key(e.x()))) {
      return;
    }
    SgResult res = e.sg();
    UncertaintySet u = problem.base().uncertainty();
    for (BindingScenario b : res.certificate()) {
      BitSet s = b.products();
      double rhs = u.demand().maxValue(s) - problem.base().delta();
      master.add(s, rhs, b.capacity());
      // tangent planes of Cmin at the smallest and the largest plant sets S can have
      master.add(s, rhs, u.capacity().min(problem.network().plantsOf(s)).point());
      master.add(s, rhs, u.capacity().min(master.reach(s)).point());
    }
  }

  static BitSet key(boolean[] x) {
    BitSet b = new BitSet(x.length);
    for (int k = 0; k < x.length; k++) {
      if (x[k]) {
        b.set(k);
      }
    }
    return b;
  }
}
