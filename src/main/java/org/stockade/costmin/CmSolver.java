package org.stockade.costmin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpOptions;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.robust.BindingScenario;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Column-and-constraint generation (Zeng & Zhao 2013, Oper. Res. Letters 41(5)) for the CM model
 * of {@link CmProblem}.
 *
 * <p>Master LP over scenarios {@code (d^k, c^k)}, k = 1..K: {@code min h.r + theta} s.t.
 * {@code theta >= cost(recourse copy k)} with the copy's constraints for scenario k (including
 * the loss cap), {@code r, theta >= 0}. Its value is a lower bound. Subproblem at the master's
 * {@code r}: with a loss cap, first {@code max_U L(r, d, c)} (the same MILP with lost-sales
 * costs); if above the cap that scenario is added (a feasibility cut in Zeng & Zhao's sense).
 * Then {@code max_U Q(r, d, c) = max_kappa [max_U slice(kappa)] - kappa cap} over the finite
 * candidate values of the cap's dual (just {@code kappa = 0} without a cap), each an exact MILP
 * ({@link WorstCaseMilp}); {@code h.r} plus the MILPs' proven bound is an upper bound. The
 * maximizing scenario is added to the master until the bounds meet. Scenarios are vertices of U,
 * so the loop is finite. Warm start: the binding worst cases of the SG model (same U, delta =
 * the cap or 0) and the all-products worst case. Acceleration: when both parts of U have closed
 * forms, a {@link LocalSearch} over the dual values first adds up to four violated scenarios per
 * round; the MILPs run only when it finds none, so OPTIMAL is always proven by the MILPs.
 */
public final class CmSolver {
  private static final double DUP_TOL = 1e-7;
  private static final int RECENT = 8;
  /** Most scenarios the local search adds per round. */
  private static final int PER_ROUND = 4;

  public CmResult solve(CmProblem problem) {
    return solve(problem, CmOptions.defaults());
  }

  public CmResult solve(CmProblem problem, CmOptions options) {
    long t0 = System.nanoTime();
    try {
      return new Run(problem, options, t0).loop();
    } catch (DualCandidates.TooManyValues e) {
      return new CmResult(CmStatus.ERROR, e.getMessage(), null, Double.NaN, Double.NaN, 0,
          Double.POSITIVE_INFINITY, 0, 0, 0, List.of(), millis(t0));
    }
  }

  private static double millis(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }

  /** State of one solve. */
  private static final class Run {
    final CmProblem problem;
    final CmOptions options;
    final long t0;
    final long deadline;
    final CostData data;
    final CostData lossData;
    final UncertaintySet u;
    final double cap;
    final double[] kappas;
    final DualCandidates.Values[] cands;
    final DualCandidates.Values lossCands;
    final WorstCaseMilp.Pieces[] pieces;
    final WorstCaseMilp.Pieces lossPieces;
    final double lossEps;
    final List<double[][]> scenarios = new ArrayList<>();
    double lower = 0;
    double bestUpper = Double.POSITIVE_INFINITY;
    double[] bestR;
    double[][] bestWorst;
    int iterations;
    int subproblems;
    LocalSearch[] searches;
    LocalSearch lossSearch;
    final List<double[]> recent = new ArrayList<>();
    final List<double[]> recentLoss = new ArrayList<>();

    Run(CmProblem problem, CmOptions options, long t0) {
      this.problem = problem;
      this.options = options;
      this.t0 = t0;
      this.deadline = options.timeLimit() == null ? Long.MAX_VALUE
          : t0 + options.timeLimit().toNanos();
      this.data = CostData.of(problem);
      this.lossData = data.lostSales();
      this.u = problem.uncertainty();
      this.cap = problem.lossCap();
      this.kappas = problem.hasLossCap() ? DualCandidates.kappas(data) : new double[] {0};
      this.cands = new DualCandidates.Values[kappas.length];
      for (int k = 0; k < kappas.length; k++) {
        cands[k] = DualCandidates.of(data, kappas[k]);
      }
      this.lossCands = problem.hasLossCap() ? DualCandidates.of(lossData, 0) : null;
      this.pieces = new WorstCaseMilp.Pieces[kappas.length];
      for (int k = 0; k < kappas.length; k++) {
        pieces[k] = WorstCaseMilp.Pieces.of(u, cands[k]);
      }
      this.lossPieces = lossCands == null ? null : WorstCaseMilp.Pieces.of(u, lossCands);
      this.searches = new LocalSearch[kappas.length];
      for (int k = 0; k < kappas.length && searches != null; k++) {
        searches[k] = search(data, cands[k], pieces[k]);
        if (searches[k] == null) {
          searches = null;
        }
      }
      this.lossSearch = lossCands == null ? null : search(lossData, lossCands, lossPieces);
      if (searches != null) {
        for (LocalSearch ls : searches) {
          ls.stopWhen(this::stopRequested);
        }
      }
      if (lossSearch != null) {
        lossSearch.stopWhen(this::stopRequested);
      }
      double scale = 0;
      for (double v : u.demand().upperBounds()) {
        scale += Math.abs(v);
      }
      this.lossEps = 1e-7 * Math.max(1, scale);
    }

    CmResult loop() {
      warmStart();
      while (true) {
        if (iterations >= options.maxIterations()) {
          return finish(CmStatus.ITERATION_LIMIT, "iteration limit " + options.maxIterations());
        }
        if (System.nanoTime() > deadline) {
          return finish(CmStatus.TIME_LIMIT, "time limit reached");
        }
        if (options.cancel().isCancelled()) {
          return finish(CmStatus.CANCELLED, "cancelled");
        }
        LpResult master = solveMaster();
        iterations++;
        if (master.status() != LpStatus.OPTIMAL) {
          if (System.nanoTime() > deadline) {
            return finish(CmStatus.TIME_LIMIT, "time limit reached in the master LP");
          }
          return finish(CmStatus.ERROR, "master LP: " + master.status() + " " + master.message());
        }
        double[] r = new double[data.products()];
        for (int j = 0; j < r.length; j++) {
          r[j] = Math.max(0, master.value(j));
        }
        lower = Math.max(lower, master.objective());
        double theta = master.value(data.products());
        double slack = options.tolerance() * Math.max(1, Math.abs(master.objective()));
        if (lossSearch != null) {
          LocalSearch.Found f = lossSearch.search(r, recentLoss);
          if (f != null && f.value() > cap + lossEps && addDuals(f)) {
            remember(recentLoss, f.pi());
            continue;
          }
        }
        if (searches != null) {
          int added = 0;
          for (int k = 0; k < kappas.length; k++) {
            searches[k].search(r, recent);
            double shift = kappas[k] == 0 ? 0 : kappas[k] * cap;
            for (LocalSearch.Found f : searches[k].localOptima()) {
              if (added < PER_ROUND && f.value() - shift > theta + slack && addDuals(f)) {
                remember(recent, f.pi());
                added++;
              }
            }
          }
          if (added > 0) {
            continue;
          }
        }
        if (problem.hasLossCap()) {
          WorstCaseMilp.Outcome loss = milp(lossData, lossCands, lossPieces, r);
          if (loss == null || !loss.status().hasSolution()) {
            return finish(stopStatus(loss), "loss-cap subproblem: "
                + (loss == null ? "time limit" : loss.status()));
          }
          if (loss.value() > cap + lossEps) {
            remember(recentLoss, loss.pi());
            if (!add(loss.demand(), loss.capacity())) {
              return finish(CmStatus.ERROR, "loss-cap check stalled (numerical tolerance)");
            }
            continue;
          }
          if (loss.bound() > cap + lossEps) {
            return finish(CmStatus.TIME_LIMIT, "loss cap not proven at the time limit");
          }
        }
        double worst = Double.NEGATIVE_INFINITY;
        double bound = Double.NEGATIVE_INFINITY;
        double[][] scen = null;
        double[] scenPi = null;
        for (int k = 0; k < kappas.length; k++) {
          WorstCaseMilp.Outcome o = milp(data, cands[k], pieces[k], r);
          if (o == null || !o.status().hasSolution()) {
            return finish(stopStatus(o), "worst-case subproblem: "
                + (o == null ? "time limit" : o.status()));
          }
          double shift = kappas[k] == 0 ? 0 : kappas[k] * cap;
          if (o.value() - shift > worst) {
            worst = o.value() - shift;
            scen = new double[][] {o.demand(), o.capacity()};
            scenPi = o.pi();
          }
          bound = Math.max(bound, o.bound() - shift);
        }
        double upper = data.holding(r) + bound;
        if (upper < bestUpper) {
          bestUpper = upper;
          bestR = r;
          bestWorst = scen;
        }
        if (bestUpper - lower <= options.tolerance() * Math.max(1, Math.abs(bestUpper))) {
          return finish(CmStatus.OPTIMAL, String.format(Locale.ROOT,
              "optimal; bounds meet within %.2g after %d rounds", options.tolerance(),
              iterations));
        }
        remember(recent, scenPi);
        if (!add(scen[0], scen[1])) {
          return finish(CmStatus.ERROR, String.format(Locale.ROOT, "stalled with gap %.3g:"
              + " the worst case is already in the master (numerical tolerance)",
              (bestUpper - lower) / Math.max(1, Math.abs(bestUpper))));
        }
      }
    }

    private CmStatus stopStatus(WorstCaseMilp.Outcome o) {
      return o == null || o.status() == LpStatus.TIME_LIMIT || o.status() == LpStatus.FEASIBLE
          ? CmStatus.TIME_LIMIT : CmStatus.ERROR;
    }

    /** A subproblem MILP with the remaining time; null when no time is left. */
    private WorstCaseMilp.Outcome milp(CostData costs, DualCandidates.Values v,
        WorstCaseMilp.Pieces p, double[] r) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      LpOptions lpo = new LpOptions(deadline == Long.MAX_VALUE ? null : Duration.ofNanos(left),
          options.tolerance() / 10, 1e-9);
      subproblems++;
      return WorstCaseMilp.solve(costs, v, p, u, r, lpo);
    }

    private void warmStart() {
      BitSet all = new BitSet();
      all.set(0, data.products());
      BitSet plants = new BitSet();
      plants.set(0, data.plants());
      add(u.demand().max(all).point(), u.capacity().min(plants).point());
      if (!options.warmStart()) {
        return;
      }
      SgProblem sg = new SgProblem(problem.network(), u, problem.hasLossCap() ? cap : 0);
      SgOptions so = SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION);
      if (options.timeLimit() != null) {
        so = so.withTimeLimit(options.timeLimit());
      }
      SgResult res = new ConstraintGenerationSolver().solve(sg, so);
      for (BindingScenario b : res.certificate()) {
        add(b.demand(), b.capacity());
      }
    }

    private static LocalSearch search(CostData costs, DualCandidates.Values v,
        WorstCaseMilp.Pieces p) {
      return p.closed() ? new LocalSearch(costs, v, p.demand(), p.capacity()) : null;
    }

    /** Whether the local searches should give up: the deadline passed or the run was cancelled. */
    boolean stopRequested() {
      return System.nanoTime() > deadline || options.cancel().isCancelled();
    }

    /** Keeps the last few dual vectors found as starts for the next local searches. */
    private static void remember(List<double[]> list, double[] pi) {
      if (pi == null) {
        return;
      }
      list.add(0, pi);
      if (list.size() > RECENT) {
        list.remove(list.size() - 1);
      }
    }

    /** Adds the worst scenario for the given duals; returns whether it was new. */
    private boolean addDuals(LocalSearch.Found f) {
      return add(WorstCaseMilp.best(u, f.pi(), true), WorstCaseMilp.best(u, f.lambda(), false));
    }

    /** Adds a scenario unless already present; returns whether it was new. */
    private boolean add(double[] d, double[] c) {
      for (double[][] s : scenarios) {
        if (close(s[0], d) && close(s[1], c)) {
          return false;
        }
      }
      scenarios.add(new double[][] {d.clone(), c.clone()});
      return true;
    }

    private static boolean close(double[] a, double[] b) {
      for (int k = 0; k < a.length; k++) {
        if (Math.abs(a[k] - b[k]) > DUP_TOL * Math.max(1, Math.abs(a[k]))) {
          return false;
        }
      }
      return true;
    }

    /** Master LP; variables 0..N-1 are r, variable N is theta. */
    private LpResult solveMaster() {
      LinearProgram lp = new LinearProgram();
      LinearExpr[] r = new LinearExpr[data.products()];
      LinearExpr obj = LinearExpr.constant(0);
      for (int j = 0; j < r.length; j++) {
        int v = lp.addVariable(0, Double.POSITIVE_INFINITY, "r" + j);
        r[j] = LinearExpr.of(v);
        obj = obj.plusTerm(data.h()[j], v);
      }
      int theta = lp.addVariable(0, Double.POSITIVE_INFINITY, "theta");
      obj = obj.plusTerm(1, theta);
      for (double[][] s : scenarios) {
        Recourse.Copy copy = Recourse.add(lp, data, r, s[0], s[1], cap);
        lp.addGreaterEq(LinearExpr.of(theta).plus(copy.cost().times(-1)), 0, "theta");
      }
      lp.minimize(obj);
      long left = deadline - System.nanoTime();
      return LpSolver.orTools().solve(lp, deadline == Long.MAX_VALUE ? LpOptions.defaults()
          : LpOptions.defaults().withTimeLimit(Duration.ofNanos(Math.max(1_000_000L, left))));
    }

    private CmResult finish(CmStatus status, String message) {
      if (bestR == null) {
        return new CmResult(status, message, null, Double.NaN, Double.NaN, lower, bestUpper,
            iterations, scenarios.size(), subproblems, List.of(), millis(t0));
      }
      List<CmScenario> binding = new ArrayList<>();
      Recourse.Value w = Recourse.evaluate(data, bestR, bestWorst[0], bestWorst[1], cap);
      double worst = w.cost();
      binding.add(scenario(bestWorst, w));
      double tol = 1e-6 * Math.max(1, Math.abs(worst));
      for (double[][] s : scenarios) {
        if (close(s[0], bestWorst[0]) && close(s[1], bestWorst[1])) {
          continue;
        }
        Recourse.Value v = Recourse.evaluate(data, bestR, s[0], s[1], cap);
        if (v.cost() >= worst - tol) {
          binding.add(scenario(s, v));
        }
      }
      binding.sort(Comparator.comparingDouble(CmScenario::recourseCost).reversed());
      return new CmResult(status, message, bestR, data.holding(bestR), worst, lower, bestUpper,
          iterations, scenarios.size(), subproblems, binding, millis(t0));
    }

    private static CmScenario scenario(double[][] s, Recourse.Value v) {
      return new CmScenario(s[0], s[1], v.cost(), v.lostSales(), v.excess(), v.productionCost());
    }
  }
}
