package org.stockade.flexdesign;

import java.time.Duration;
import java.util.BitSet;
import java.util.Locale;
import org.stockade.model.Network;
import org.stockade.uncertainty.Extreme;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Exact joint flexibility-design and inventory optimisation ({@link DesignProblem}) by
 * constraint generation with a MILP master (SCIP) and the SG solver as the exact separation.
 *
 * <p><b>Reformulation.</b> By max-flow/min-cut (spec section 2), for a design {@code A_x} the
 * SG constraint is {@code r(S) >= Dmax(S) - Cmin(A_x(S)) - delta} for every nonempty product
 * set S, with {@code Cmin(P) = min_{c in C} sum_{i in P} c_i}. Write {@code y_{S,i} = 1} if
 * plant i serves S under {@code A_x} ({@code i in A_x(S)}). Since {@code Cmin(A_x(S)) =
 * min_{c in C} sum_i c_i y_{S,i}}, the constraint for S holds iff, for every {@code c in C},
 *
 * <pre>   r(S) + sum_i c_i y_{S,i} >= Dmax(S) - delta.                                   (*)</pre>
 *
 * <b>Validity for every design.</b> A cut (*) is generated from a worst case {@code (S, d, c)}
 * found at the incumbent design, where {@code c} minimises {@code c(A_x(S))} — so c depends on
 * the design. The cut is nevertheless valid for every design because it keeps the <em>whole</em>
 * vector c (all M plants, a point of C: the parametric sets leave plants outside A_x(S) at
 * nominal capacity, a polyhedral set returns its LP point) and only the {@code y} change with
 * the design: for any design x', {@code Cmin(A_x'(S)) <= c(A_x'(S))}, so the true constraint
 * at x' implies (*) at x'. Restricting c to the plants of {@code A_x(S)} and dropping the rest
 * would not be a point of C for other designs — that is why the cut is stated over the full
 * network's plant capacities. Conversely the family (*) over all c in C is exactly the SG
 * constraint (the minimum over C is attained), so no feasible design is cut off and nothing
 * infeasible survives the complete family.
 *
 * <p><b>Linearisation.</b> With {@code c >= 0} (every capacity set here), {@code y_{S,i} <=
 * sum_{j in S, (i,j) candidate} x_ij} and {@code y <= 1} suffice: the master may only lower y
 * below the indicator, which only tightens (*), so at the master optimum y equals
 * {@code min(1, sum x)} = the indicator wherever it matters. Plants with an existing arc into S
 * contribute {@code c_i} as a constant. For a (polyhedral) c with {@code c_i < 0} the rows
 * {@code y_{S,i} >= x_ij} pin y to the indicator exactly. With {@code b} the right-hand side
 * less those constants, each {@code c_i} is lowered to {@code min(c_i, b)} (one plant with
 * {@code c_i >= b} meets the cut alone since {@code r >= 0}): valid for every integer design,
 * tighter in the LP relaxation.
 *
 * <p><b>Loop.</b> Start with the forced design evaluated (an upper bound) and seed cuts
 * (singletons and the full set, with c at the existing and at the largest plant sets). Each
 * round: solve the master MILP to optimality (its best bound is a lower bound LB on the joint
 * optimum, being a relaxation); evaluate its design x* by the SG solver (memoised), whose
 * OPTIMAL status certifies by exact separation that its inventory r_SG is robust at x*, giving
 * the upper bound {@code f.x* + h.r_SG}; add the certificate's worst cases as cuts (their
 * multipliers make the master's cost at x* at least the SG optimum) and the cuts of earlier
 * product sets that x* violates (pool). Stop OPTIMAL when {@code UB - LB <= gapTol max(1,|UB|)}
 * with {@code gapTol = max(1e-6, 10 tolerance)}: then {@code (x*, r_SG)} attains the master's
 * bound, so the exact separation at that master optimum found no violated cut. Termination is
 * finite: a repeated design has master cost at least its UB, so each round either proposes a
 * new design (finitely many) or stops.
 */
public final class DesignSolver {
  /** Relative gap of the master MILP at the end (and its floor). */
  static final double MIN_MASTER_GAP = 1e-9;
  /**
   * Early rounds solve the master only to a quarter of the current gap, at most this much:
   * its best bound is a valid lower bound at any gap, and the design it returns is only a
   * proposal to evaluate. When a round adds nothing the master is solved to
   * {@link #MIN_MASTER_GAP}, which the finiteness argument needs.
   */
  static final double MAX_MASTER_GAP = 0.02;

  private final DesignOptions options;

  public DesignSolver(DesignOptions options) {
    this.options = options == null ? DesignOptions.defaults() : options;
  }

  public DesignSolver() {
    this(DesignOptions.defaults());
  }

  /** Relative gap at which the loop stops as optimal. */
  double gapTolerance() {
    return Math.max(1e-6, 10 * options.tolerance());
  }

  public DesignResult solve(DesignProblem p) {
    long t0 = System.nanoTime();
    long deadline = options.timeLimit() == null ? Long.MAX_VALUE
        : t0 + options.timeLimit().toNanos();
    boolean[] forced = p.forcedDesign();
    String bad = p.budgetViolation(forced);
    if (bad != null) {
      return DesignResult.failed(DesignStatus.INFEASIBLE, "the forced arcs alone break the"
          + " budget: " + bad, Double.NaN, 0, 0, 0, ms(t0));
    }
    DesignMaster master = new DesignMaster(p);
    seed(p, master);
    DesignEvaluator eval = new DesignEvaluator(p, master, options.tolerance(), options.cancel());
    DesignEvaluator.Evaluation best = eval.evaluate(forced, deadline);
    if (!best.ok()) {
      return noIncumbent(best, eval, t0);
    }
    double greedyCost = Double.NaN;
    if (options.method() == DesignOptions.Method.HEURISTIC) {
      best = new DesignGreedy(p, eval, options, deadline).run(best);
      greedyCost = best.total();
    }
    double lb = p.arcCost(forced);
    int rounds = 0;
    boolean exactNext = false;
    boolean starved = false;
    boolean longNext = false;
    DesignStatus status = DesignStatus.FEASIBLE;
    String message;
    while (true) {
      if (converged(best.total(), lb)) {
        status = DesignStatus.OPTIMAL;
        message = "optimal: master MILP bound reaches the certified design's cost";
        break;
      }
      if (options.cancel().isCancelled()) {
        status = DesignStatus.CANCELLED;
        message = "cancelled after " + rounds + " rounds";
        break;
      }
      if (System.nanoTime() >= deadline) {
        message = "time limit after " + rounds + " rounds";
        break;
      }
      if (rounds >= options.maxRounds()) {
        message = "round limit " + options.maxRounds() + " reached";
        break;
      }
      double gapNow = exactNext ? MIN_MASTER_GAP : Math.max(MIN_MASTER_GAP,
          Math.min(MAX_MASTER_GAP,
              0.25 * (best.total() - lb) / Math.max(1, Math.abs(best.total()))));
      long tMaster = System.nanoTime();
      DesignMaster.Solution sol = master.solve(roundLimit(deadline, starved || longNext), gapNow, best.x(),
          best.sg().inventory());
      double masterSeconds = (System.nanoTime() - tMaster) / 1e9;
      starved = sol.status() == org.stockade.lp.LpStatus.TIME_LIMIT;
      if (starved && System.nanoTime() < deadline) {
        continue; // no master solution within its share: retry with all the time left
      }
      rounds++;
      if (!sol.status().hasSolution()) {
        message = "master MILP stopped without a solution (" + sol.message() + ")";
        if (sol.status() == org.stockade.lp.LpStatus.ERROR
            || sol.status() == org.stockade.lp.LpStatus.INFEASIBLE) {
          status = DesignStatus.ERROR;
        }
        break;
      }
      lb = Math.max(lb, sol.bound());
      if (converged(best.total(), lb)) {
        continue; // reported at the top of the loop
      }
      int before = master.cutCount();
      int solvesBefore = eval.solves();
      DesignEvaluator.Evaluation ev = eval.evaluate(sol.x(), deadline);
      if (!ev.ok()) {
        message = System.nanoTime() >= deadline ? "time limit after " + rounds + " rounds"
            : "SG evaluation of the master's design stopped: " + ev.sg().status() + " "
            + ev.sg().message();
        break;
      }
      if (ev.total() < best.total()) {
        best = ev;
      }
      pool(p, master, sol);
      options.progress().accept(String.format(Locale.ROOT,
          "round %d: master %s value %.6g bound %.6g (%.1f s); lower bound %.6g, best %.6g,"
              + " this design %.6g, cuts %d, SG solves %d",
          rounds, sol.status(), sol.value(), sol.bound(), masterSeconds,
          lb, best.total(), ev.total(), master.cutCount(), eval.solves()));
      boolean masterOptimal = sol.status() == org.stockade.lp.LpStatus.OPTIMAL;
      if (master.cutCount() == before && eval.solves() == solvesBefore) {
        // the master returned a known design and nothing is violated: its gap must close
        if (masterOptimal && gapNow <= MIN_MASTER_GAP) {
          message = "no new cut at the master's optimum although the gap is open (numerical"
              + " tolerance); stopped with the gap shown";
          break;
        }
        exactNext = true;
        // stopped at its time share with a known design: the next master gets all time left
        longNext = !masterOptimal;
      } else {
        exactNext = false;
        longNext = false;
      }
    }
    return new DesignResult(status, message, best.x(), best.arcCost(), best.sg().cost(),
        status == DesignStatus.OPTIMAL ? Math.min(lb, best.total()) : lb, best.sg(), greedyCost,
        rounds, master.cutCount(), eval.solves(), ms(t0));
  }

  private DesignResult noIncumbent(DesignEvaluator.Evaluation e, DesignEvaluator eval,
      long t0) {
    DesignStatus st = switch (e.sg().status()) {
      case TIME_LIMIT -> DesignStatus.TIME_LIMIT;
      case CANCELLED -> DesignStatus.CANCELLED;
      default -> DesignStatus.ERROR;
    };
    return DesignResult.failed(st, "SG evaluation of the forced design: " + e.sg().status()
        + " " + e.sg().message(), Double.NaN, 0, 0, eval.solves(), ms(t0));
  }

  private boolean converged(double ub, double lb) {
    return ub - lb <= gapTolerance() * Math.max(1, Math.abs(ub));
  }

  /** Cuts of known product sets that the master's (x*, r*) violates at design x*. */
  private void pool(DesignProblem p, DesignMaster master, DesignMaster.Solution sol) {
    Network n = p.networkWith(sol.x());
    UncertaintySet u = p.base().uncertainty();
    double eps = options.tolerance() * p.base().scale();
    java.util.List<DesignMaster.Subset> violated = new java.util.ArrayList<>();
    java.util.List<double[]> caps = new java.util.ArrayList<>();
    for (DesignMaster.Subset sub : master.subsets()) {
      BitSet s = sub.products;
      Extreme c = u.capacity().min(n.plantsOf(s));
      double v = sub.rhs - c.value();
      for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
        v -= sol.r()[j];
      }
      if (v > eps) {
        violated.add(sub);
        caps.add(c.point());
      }
    }
    for (int k = 0; k < violated.size(); k++) {
      master.add(violated.get(k).products, violated.get(k).rhs, caps.get(k));
    }
  }

  /**
   * Seed cuts: every singleton and the full product set, each with the worst-case capacity of
   * its existing plants and of all plants that could serve it (both points of C, so valid).
   */
  private static void seed(DesignProblem p, DesignMaster master) {
    Network n = p.network();
    UncertaintySet u = p.base().uncertainty();
    BitSet all = new BitSet();
    all.set(0, n.productCount());
    for (int j = 0; j <= n.productCount(); j++) {
      BitSet s = new BitSet();
      if (j < n.productCount()) {
        s.set(j);
      } else {
        s = all;
      }
      BitSet reach = master.reach(s);
      double rhs = u.demand().maxValue(s) - p.base().delta();
      master.add(s, rhs, u.capacity().min(n.plantsOf(s)).point());
      master.add(s, rhs, u.capacity().min(reach).point());
    }
  }

  /**
   * Time for one master solve: everything left when the run has no limit or the previous
   * master found no solution in its share, else an eighth of the limit (at least 3 s), so that
   * a hard master still yields proposals and cuts; a master stopped early still gives a valid
   * bound.
   */
  private Duration roundLimit(long deadline, boolean starved) {
    Duration left = left(deadline);
    if (left == null || starved) {
      return left;
    }
    Duration share = options.timeLimit().dividedBy(8);
    if (share.compareTo(Duration.ofSeconds(3)) < 0) {
      share = Duration.ofSeconds(3);
    }
    return share.compareTo(left) < 0 ? share : left;
  }

  private static Duration left(long deadline) {
    return deadline == Long.MAX_VALUE ? null
        : Duration.ofNanos(Math.max(1_000_000L, deadline - System.nanoTime()));
  }

  private static double ms(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }
}
