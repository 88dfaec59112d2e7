package org.stockade.robust;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpOptions;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.model.Network;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Constraint generation for the SG model (Simchi-Levi, Wang & Wei 2018, §2.2; spec section 2).
 *
 * <p>Master LP: {@code min h.r s.t. r(S) >= g(S) - delta for S in W, r >= 0}; its value is a lower
 * bound on the optimum. Separation: first a closed-form local search when both parts of U have
 * closed-form {@code Dmax}/{@code Cmin} (parametric sets), then the exact MILP of
 * {@link SeparationMilp}. The solve is declared {@link SgStatus#OPTIMAL} only after the MILP's
 * proven bound shows {@code max_S g(S) - r(S) <= delta + tolerance}. The result carries the
 * binding subsets with their worst-case scenarios (see {@link Certificates}).
 */
public final class ConstraintGenerationSolver implements SgSolver {
  /** Master objective: weights, sense, and an optional cap on holding cost (optimal face). */
  private record Objective(double[] weights, boolean maximize, double costCap) {}

  @Override
  public SgResult solve(SgProblem problem, SgOptions options) {
    return loop(problem, options,
        new Objective(problem.network().holdingCosts(), false, Double.POSITIVE_INFINITY));
  }

  /**
   * The range {@code [min, max]} of {@code w.r} over the optimal face
   * {@code {r robust-feasible : h.r <= cost (1 + 1e-9)}}, each end by constraint generation with
   * the same exact proof as {@link #solve}. Used to report allocation shares, which need not be
   * unique (spec section 4, note on full flexibility).
   *
   * @param cost the optimal cost from {@link #solve}
   * @return {@code {min, max}}
   */
  public double[] rangeOverOptimalFace(SgProblem problem, SgOptions options, double[] w,
      double cost) {
    double cap = cost * (1 + 1e-9) + 1e-9;
    double[] out = new double[2];
    for (int side = 0; side < 2; side++) {
      SgResult r = loop(problem, options, new Objective(w, side == 1, cap));
      if (!r.status().isOptimal()) {
        throw new IllegalStateException("optimal-face solve: " + r.status() + " " + r.message());
      }
      double v = 0;
      double[] x = r.inventory();
      for (int j = 0; j < x.length; j++) {
        v += w[j] * x[j];
      }
      out[side] = v;
    }
    return out;
  }

  private SgResult loop(SgProblem problem, SgOptions options, Objective objective) {
    if (options.algorithm() == SgOptions.Algorithm.SCALABLE
        && SubsetState.applicable(problem.uncertainty())) {
      return ScalableLoop.run(problem, options, objective.weights(), objective.maximize(),
          objective.costCap());
    }
    long t0 = System.nanoTime();
    long deadline = options.timeLimit() == null ? Long.MAX_VALUE
        : t0 + options.timeLimit().toNanos();
    Network n = problem.network();
    UncertaintySet u = problem.uncertainty();
    double delta = problem.delta();
    double eps = options.tolerance() * problem.scale();
    SubsetEvaluator eval = new SubsetEvaluator(n, u);
    boolean closedForm = u.demand().maxPieces() != null
        && u.capacity().negatedMinPieces() != null;
    LocalSearchSeparation heuristic = options.heuristicSeparation() && closedForm
        ? new LocalSearchSeparation(n, eval) : null;

    boolean enumerate = options.proof() != SgOptions.Proof.MILP
        && EnumerationSeparation.applicable(n, u);
    Set<BitSet> working = new LinkedHashSet<>();
    double[] r = new double[n.productCount()];
    double lower = 0;
    int iterations = 0;
    int exact = 0;
    double maxViolation = Double.POSITIVE_INFINITY;
    LpResult master = null;
    while (true) {
      if (iterations >= options.maxIterations()) {
        return stop(SgStatus.ITERATION_LIMIT, "iteration limit " + options.maxIterations(), r,
            problem, lower, maxViolation, iterations, working, exact, t0);
      }
      if (options.cancel().isCancelled()) {
        return stop(SgStatus.CANCELLED, "cancelled", r, problem, lower, maxViolation,
            iterations, working, exact, t0);
      }
      if (System.nanoTime() > deadline) {
        return stop(SgStatus.TIME_LIMIT, "time limit reached", r, problem, lower, maxViolation,
            iterations, working, exact, t0);
      }
      master = solveMaster(n, working, eval, delta, objective);
      iterations++;
      if (master.status() != LpStatus.OPTIMAL) {
        return stop(SgStatus.ERROR, "master LP: " + master.status() + " " + master.message(),
            null, problem, lower, maxViolation, iterations, working, exact, t0);
      }
      r = master.values();
      for (int j = 0; j < r.length; j++) {
        r[j] = Math.max(0, r[j]);
      }
      lower = master.objective();
      if (heuristic != null) {
        List<BitSet> cuts = heuristic.violated(r, delta + eps, working);
        if (!cuts.isEmpty()) {
          // the most violated few per round keep the master small
          working.addAll(cuts.subList(0, Math.min(cuts.size(), Math.max(8, n.productCount()))));
          continue;
        }
      }
      if (enumerate) {
        EnumerationSeparation.Outcome en = EnumerationSeparation.solve(n, u, r);
        exact++;
        if (en.maxViolation() > delta + eps && !working.contains(en.products())) {
          working.add(en.products());
          continue;
        }
        maxViolation = en.maxViolation() - delta;
        if (maxViolation <= eps) {
          return optimal(problem, r, master, working, eval, lower, maxViolation, iterations, exact,
              t0, "enumeration of all subsets");
        }
        return stop(SgStatus.ERROR, "separation stalled (numerical tolerance); max violation "
            + maxViolation, r, problem, lower, maxViolation, iterations, working, exact, t0);
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return stop(SgStatus.TIME_LIMIT, "time limit reached", r, problem, lower, maxViolation,
            iterations, working, exact, t0);
      }
      LpOptions lpo = new LpOptions(deadline == Long.MAX_VALUE ? null : Duration.ofNanos(left),
          1e-9, eps / 2);
      SeparationMilp.Outcome sep = SeparationMilp.solve(n, u, r, lpo);
      exact++;
      if (!sep.status().hasSolution()) {
        SgStatus st = sep.status() == LpStatus.TIME_LIMIT ? SgStatus.TIME_LIMIT : SgStatus.ERROR;
        return stop(st, "separation MILP: " + sep.status(), r, problem, lower, maxViolation,
            iterations, working, exact, t0);
      }
      double found = sep.products().isEmpty() ? 0 : eval.violation(sep.products(), r);
      if (found > delta + eps && !working.contains(sep.products())) {
        working.add(sep.products());
        continue;
      }
      maxViolation = Math.max(found, sep.bound()) - delta;
      if (maxViolation <= eps) {
        return optimal(problem, r, master, working, eval, lower, maxViolation, iterations, exact,
            t0, "exact separation MILP");
      }
      String why = sep.status() == LpStatus.OPTIMAL
          ? "separation stalled (numerical tolerance); max violation bound " + maxViolation
          : "separation MILP stopped at its limit with bound " + sep.bound();
      return stop(sep.status() == LpStatus.OPTIMAL ? SgStatus.ERROR : SgStatus.TIME_LIMIT, why,
          r, problem, lower, maxViolation, iterations, working, exact, t0);
    }
  }

  private static SgResult optimal(SgProblem problem, double[] r, LpResult master,
      Set<BitSet> working, SubsetEvaluator eval, double lower, double maxViolation,
      int iterations, int exact, long t0, String how) {
    List<BindingScenario> cert = Certificates.build(problem, r, master, working, eval);
    return new SgResult(SgStatus.OPTIMAL, "optimal; " + how + " proved max violation "
        + String.format(java.util.Locale.ROOT, "%.3g", Math.max(0, maxViolation)), r,
        cost(problem.network(), r), lower, maxViolation, iterations, working.size(), exact, cert,
        millis(t0));
  }

  private static LpResult solveMaster(Network n, Set<BitSet> working, SubsetEvaluator eval,
      double delta, Objective objective) {
    LinearProgram lp = new LinearProgram();
    int[] x = new int[n.productCount()];
    LinearExpr obj = LinearExpr.constant(0);
    LinearExpr holding = LinearExpr.constant(0);
    for (int j = 0; j < x.length; j++) {
      x[j] = lp.addVariable(0, Double.POSITIVE_INFINITY, "r" + j);
      obj = obj.plusTerm(objective.weights()[j], x[j]);
      holding = holding.plusTerm(n.product(j).holdingCost(), x[j]);
    }
    for (BitSet s : working) {
      LinearExpr row = LinearExpr.constant(0);
      for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
        row = row.plusTerm(1, x[j]);
      }
      lp.addGreaterEq(row, eval.g(s) - delta, "S");
    }
    if (objective.costCap() < Double.POSITIVE_INFINITY) {
      lp.addLessEq(holding, objective.costCap(), "cost cap"); // last: subset rows keep indices
    }
    if (objective.maximize()) {
      lp.maximize(obj);
    } else {
      lp.minimize(obj);
    }
    return LpSolver.orTools().solve(lp);
  }

  static double cost(Network n, double[] r) {
    double c = 0;
    for (int j = 0; j < r.length; j++) {
      c += n.product(j).holdingCost() * r[j];
    }
    return c;
  }

  private static double millis(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }

  private static SgResult stop(SgStatus status, String message, double[] r, SgProblem problem,
      double lower, double maxViolation, int iterations, Set<BitSet> working, int exact,
      long t0) {
    // a non-optimal master solution is not robust-feasible: report bounds only
    return new SgResult(status, message, null, Double.NaN, lower, maxViolation, iterations,
        working.size(), exact, new ArrayList<>(), millis(t0));
  }
}
