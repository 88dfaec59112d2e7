package org.stockade.robust;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockade.lp.CoveringLp;
import org.stockade.lp.IncrementalLp;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpStatus;
import org.stockade.model.Network;
import org.stockade.robust.MasterLp.ColumnMaster;
import org.stockade.robust.MasterLp.RowMaster;
import org.stockade.uncertainty.UncertaintySet;

/**
 * The scalable constraint-generation loop of the SG model (Simchi-Levi, Wang & Wei 2018, §2.2;
 * spec section 2) for sets with closed forms:
 *
 * <ol>
 *   <li>master LP {@code min w.r s.t. r(S) >= g(S) - delta (S in W), r >= 0}, its value a lower
 *       bound, kept in the LP backend between rounds. For {@code w >= 0} (SG, TTS's inner
 *       problems) it is solved as its dual packing LP, cuts as columns, by primal simplex from
 *       the last basis ({@link CoveringLp}); otherwise as rows by dual simplex
 *       ({@link IncrementalLp}). Cuts slack for {@value #DROP_AFTER} rounds in a row move to a
 *       pool once the master holds more than {@value #KEEP_FACTOR_COLUMNS} N (columns) or
 *       {@value #KEEP_FACTOR} N (rows) of them, and the N most violated come back each round
 *       (the pool is checked every round); the row backend is rebuilt without the pooled (free)
 *       rows when they pile up;
 *   <li>separation by {@link NeighborhoodSearch} (incremental, connected moves) — up to
 *       {@code max(8, min(N / 4, 100))} most violated local maxima per round (all of them,
 *       about N / 2 on random sparse networks, made the master 1.5-2x slower; every extra
 *       column slows each later re-solve, so past a point fewer cuts per round win) — first
 *       at the midpoint of the master's r and a point believed robust-feasible (in-out
 *       separation, Ben-Ameur & Neto 2007: a cut violated at the midpoint is violated at r; a
 *       midpoint without cuts becomes the feasible point, halving its cost gap to the bound),
 *       then at r; when the feasible point's cost meets the bound within tolerance it is proven
 *       by the exact separation and returned. When climbing finds nothing: variable-depth
 *       paths, then the candidates of the {@link CandidateSource} fallbacks
 *       ({@link BallGrowth}, {@link ParametricClosures}) climbed with swaps;
 *   <li>when the search finds nothing, the exact proof of {@link ExactSeparation} (per
 *       connected component, enumeration where small, else MILP); OPTIMAL only when it proves
 *       {@code max_S g(S) - r(S) <= delta + eps}.
 * </ol>
 *
 * <p>No subset cache: {@code g} of a new cut is evaluated once from the closed forms, so
 * memory is {@code O(cuts x cut size)}. The deadline and the cancel flag are polled between
 * rounds, between local-search starts, and passed to the MILP as its time limit.
 */
final class ScalableLoop {
  /** Rounds a cut must stay slack (zero dual, positive slack) before it leaves the master. */
  static final int DROP_AFTER = 6;
  /** Cuts are moved to the pool only while the master holds more than this times N. */
  static final double KEEP_FACTOR = 3;
  /**
   * The same for the column master: a column fixed at 0 costs GLOP more than it saves (measured
   * on random sparse networks), so it keeps cuts much longer; the pool bound still caps memory.
   */
  static final double KEEP_FACTOR_COLUMNS = 16;
  /**
   * At most this many cuts per round (and at most N / 4). Measured on sparse:3, idle machine:
   * N = 1000 solved in 426 s with 100 per round and not in 600 s with 250; N = 500 took 17.9 s
   * with 50 and 14.9 s with 125.
   */
  static final int MAX_CUTS_PER_ROUND = 100;
  /** Products added along one variable-depth path of the fallback search. */
  static final int DEEPEN_DEPTH = 64;
  /** Parametric-closure candidates polished per fallback round. */
  static final int CLOSURE_STARTS = 16;
  /** The pool holds at most this times N cuts (memory bound). */
  static final int POOL_FACTOR = 20;
  /** The native master is rebuilt when its rows exceed this times (cuts in it + N). */
  static final int COMPACT_FACTOR = 3;

  private ScalableLoop() {}

  /** One master row. */
  static final class Cut {
    final int[] products;
    final double g;
    int slackRounds;
    int row = -1;
    double dual;
    boolean pooled;

    Cut(int[] products, double g) {
      this.products = products;
      this.g = g;
    }

    /** {@code r(S)}, the cut's left-hand side at r. */
    double inventory(double[] r) {
      double lhs = 0;
      for (int j : products) {
        lhs += r[j];
      }
      return lhs;
    }
  }

  static SgResult run(SgProblem problem, SgOptions options, double[] weights, boolean maximize,
      double costCap) {
    return run(problem, options, weights, maximize, costCap, true);
  }

  /**
   * As above; {@code columns = false} forces the row master even where the column master
   * applies (tests compare the two).
   */
  static SgResult run(SgProblem problem, SgOptions options, double[] weights, boolean maximize,
      double costCap, boolean columns) {
    long t0 = System.nanoTime();
    long deadline = options.timeLimit() == null ? Long.MAX_VALUE
        : t0 + options.timeLimit().toNanos();
    Network n = problem.network();
    int p = n.productCount();
    long[] spent = new long[3]; // master, search, exact (nanoseconds)
    boolean trivialStart = !maximize && costCap == Double.POSITIVE_INFINITY
        && java.util.Arrays.stream(weights).allMatch(w -> w >= 0);
    try (MasterLp lp = trivialStart && columns ? new ColumnMaster(new CoveringLp(weights))
        : RowMaster.create(p, weights, maximize, costCap, n.holdingCosts())) {
      return iterate(problem, options, lp, t0, deadline, spent, trivialStart);
    }
  }

  private static SgResult iterate(SgProblem problem, SgOptions options, MasterLp lp,
      long t0, long deadline, long[] spent, boolean trivialStart) {
    Network n = problem.network();
    UncertaintySet u = problem.uncertainty();
    int p = n.productCount();
    double delta = problem.delta();
    double eps = options.tolerance() * problem.scale();
    NeighborhoodSearch.StopCheck stop = () -> System.nanoTime() > deadline
        || options.cancel().isCancelled();
    NeighborhoodSearch search = options.heuristicSeparation() ? new NeighborhoodSearch(n, u)
        : null;
    List<int[]> components = ExactSeparation.components(n);
    List<CandidateSource> fallbacks = search == null ? List.of()
        : fallbacks(n, u, options.proof(), components);
    List<Cut> cuts = new ArrayList<>();
    Map<NeighborhoodSearch.Key, Cut> index = new HashMap<>();
    java.util.ArrayDeque<Cut> pool = new java.util.ArrayDeque<>();
    double[] r = new double[p];
    double lower = 0;
    int iterations = 0;
    int exact = 0;
    double maxViolation = Double.POSITIVE_INFINITY;
    int perRound = Math.max(8, Math.min(p / 4, MAX_CUTS_PER_ROUND));
    Inner inner = trivialStart && search != null ? Inner.start(n, u) : null;
    seedSingletons(n, u, cuts, index, delta, eps);
    while (true) {
      if (options.cancel().isCancelled()) {
        return stop(SgStatus.CANCELLED, "cancelled", lower, maxViolation, iterations, cuts,
            exact, t0);
      }
      if (System.nanoTime() > deadline) {
        return stop(SgStatus.TIME_LIMIT, "time limit reached", lower, maxViolation, iterations,
            cuts, exact, t0);
      }
      if (iterations >= options.maxIterations()) {
        return stop(SgStatus.ITERATION_LIMIT, "iteration limit " + options.maxIterations(),
            lower, maxViolation, iterations, cuts, exact, t0);
      }
      if (iterations > 0) {
        // before the solve, so the master's duals line up with the cut list afterwards
        manage(lp, cuts, pool, index, r, delta, eps, p);
      }
      long tm = System.nanoTime();
      LpResult master = solveMaster(lp, cuts, delta, p, trivialStart);
      spent[0] += System.nanoTime() - tm;
      iterations++;
      if (master.status() != LpStatus.OPTIMAL) {
        return stop(SgStatus.ERROR, "master LP: " + master.status() + " " + master.message(),
            lower, maxViolation, iterations, cuts, exact, t0);
      }
      r = master.values();
      for (int j = 0; j < p; j++) {
        r[j] = Math.max(0, r[j]);
      }
      lower = master.objective();
      options.progress().accept(progress(iterations, lower, cuts, "local search", t0, spent));
      int back = reactivate(cuts, pool, r, delta, eps, perRound); // pooled cuts violated again
      if (back > 0) {
        continue;
      }
      if (inner != null && inner.cost - lower <= eps) {
        // the stabilization's feasible point is as cheap as the bound: prove it feasible
        options.progress().accept(progress(iterations, lower, cuts, "exact proof", t0, spent));
        long te = System.nanoTime();
        ExactSeparation.Outcome sep = ExactSeparation.run(n, u, inner.point, delta, eps,
            options.proof(), components, deadline);
        spent[2] += System.nanoTime() - te;
        exact++;
        if (sep.violated() != null) {
          addMissed(n, u, cuts, index, search, toArray(sep.violated()));
          inner = Inner.start(n, u); // the heuristic missed a cut: restart from a sure point
          continue;
        }
        if (sep.status() == LpStatus.OPTIMAL && sep.bound() - delta <= eps) {
          options.progress().accept(progress(iterations, lower, cuts, "done", t0, spent));
          return optimal(problem, inner.point, master, cuts, lower, sep.bound() - delta,
              iterations, exact, t0, sep.method());
        }
        inner = null; // not proven within the limits: fall back to the plain loop
        continue;
      }
      if (search != null) {
        long ts = System.nanoTime();
        int added = 0;
        if (inner != null) {
          // in-out separation (Ben-Ameur & Neto 2007): separate at the midpoint of the master's
          // point and a robust-feasible point; a cut violated there is violated at r too (it
          // holds at the feasible point and is linear), and when none is found the midpoint
          // becomes the feasible point, halving the gap to the bound
          double[] mid = inner.midpoint(r);
          added = addFound(n, u, cuts, index,
              separate(search, fallbacks, mid, delta, eps, perRound, stop));
          if (added == 0 && !stop.shouldStop()) {
            inner = inner.moveTo(mid, n);
          }
        }
        if (added == 0 && !stop.shouldStop()) {
          added = addFound(n, u, cuts, index,
              separate(search, fallbacks, r, delta, eps, perRound, stop));
        }
        spent[1] += System.nanoTime() - ts;
        if (added > 0) {
          continue;
        }
        if (stop.shouldStop()) {
          continue; // the checks at the top of the loop report which limit
        }
      }
      options.progress().accept(progress(iterations, lower, cuts, "exact proof", t0, spent));
      long te = System.nanoTime();
      ExactSeparation.Outcome sep = ExactSeparation.run(n, u, r, delta, eps, options.proof(),
          components, deadline);
      spent[2] += System.nanoTime() - te;
      exact++;
      if (sep.violated() != null) {
        if (addMissed(n, u, cuts, index, search, toArray(sep.violated()))) {
          continue;
        }
        return stop(SgStatus.ERROR, "separation stalled (numerical tolerance): subset "
            + n.productIds(sep.violated()) + " is violated but already in the master", lower,
            maxViolation, iterations, cuts, exact, t0);
      }
      maxViolation = sep.bound() - delta;
      if (sep.status() == LpStatus.OPTIMAL && maxViolation <= eps) {
        options.progress().accept(progress(iterations, lower, cuts, "done", t0, spent));
        return optimal(problem, r, master, cuts, lower, maxViolation, iterations, exact, t0,
            sep.method());
      }
      SgStatus st = options.cancel().isCancelled() ? SgStatus.CANCELLED
          : sep.status() == LpStatus.OPTIMAL ? SgStatus.ERROR : SgStatus.TIME_LIMIT;
      String why = sep.status() == LpStatus.OPTIMAL
          ? "separation stalled (numerical tolerance); max violation bound " + maxViolation
          : sep.method();
      return stop(st, why, lower, maxViolation, iterations, cuts, exact, t0);
    }
  }

  /**
   * Starts the master with the singleton cuts {@code r_j >= g({j}) - delta} that can bind
   * (valid, as every SG cut; {@code O(N)} of them, each evaluated once). They give the first
   * master the bound {@code sum_j h_j (g({j}) - delta)^+}; where one product's plants can all
   * be lost within the capacity budget, {@code g({j})} is its whole worst-case demand and the
   * singletons alone are the answer (the paper-default sets on sparse networks, N >= ~30).
   */
  private static void seedSingletons(Network n, UncertaintySet u, List<Cut> cuts,
      Map<NeighborhoodSearch.Key, Cut> index, double delta, double eps) {
    BitSet s = new BitSet(n.productCount());
    for (int j = 0; j < n.productCount(); j++) {
      s.clear();
      s.set(j);
      double g = u.g(s, n.plantsOf(s));
      if (g - delta > eps) {
        Cut c = new Cut(new int[] {j}, g);
        cuts.add(c);
        index.put(new NeighborhoodSearch.Key(c.products), c);
      }
    }
  }

  /**
   * The connected local search at {@code point}; when it finds nothing, the same search with
   * variable-depth paths from every local maximum ({@link NeighborhoodSearch}, depth
   * {@value #DEEPEN_DEPTH}); when that finds nothing either, the {@value #CLOSURE_STARTS} best
   * candidates of each fallback in turn, climbed with swaps, until one yields a violated subset;
   * that fallback moves to the front for the next rounds (each design has the one that works on
   * it: the balls on rings, the parametric cuts on generalized chains, and each costs
   * {@code O(N^2)} or more per call). Measured with one plant down: symmetric 3-chain, N = 60,
   * 272 rounds and 148 exact MILPs without the deep pass, 105 rounds and 4 MILPs with it, 1 MILP
   * (the final proof) with the balls as well; N = 200, 42 exact MILPs and 54 s without the
   * balls, 2 MILPs and 14-19 s with them. Generalized 3-chain, N = 1000: 35 s and one exact MILP
   * with the parametric cuts, not solved within 60 s without.
   */
  private static List<NeighborhoodSearch.Found> separate(NeighborhoodSearch search,
      List<CandidateSource> fallbacks, double[] point, double delta, double eps, int perRound,
      NeighborhoodSearch.StopCheck stop) {
    List<NeighborhoodSearch.Found> found = search.violated(point, delta + eps, delta, perRound,
        stop);
    if (found.isEmpty() && !stop.shouldStop()) {
      found = search.violated(point, delta + eps, delta, perRound, stop, DEEPEN_DEPTH);
    }
    for (int k = 0; k < fallbacks.size() && found.isEmpty() && !stop.shouldStop(); k++) {
      found = polish(search, fallbacks.get(k).candidates(point, CLOSURE_STARTS, stop), point,
          delta + eps, perRound, stop);
      if (!found.isEmpty() && k > 0) {
        fallbacks.add(0, fallbacks.remove(k));
      }
    }
    return found;
  }

  /**
   * The candidate generators that apply to this set, balls first; none where every component
   * is proven by enumeration (milliseconds), since the fallbacks only exist to spare MILPs.
   */
  private static List<CandidateSource> fallbacks(Network n, UncertaintySet u,
      SgOptions.Proof proof, List<int[]> components) {
    List<CandidateSource> out = new ArrayList<>();
    if (proof != SgOptions.Proof.MILP) {
      boolean enumerated = true;
      for (int[] comp : components) {
        enumerated &= EnumerationSeparation.applicable(n, u, comp);
      }
      if (enumerated) {
        return out;
      }
    }
    BallGrowth balls = BallGrowth.of(n, u);
    if (balls != null) {
      out.add(balls);
    }
    ParametricClosures closures = ParametricClosures.of(n, u);
    if (closures != null) {
      out.add(closures);
    }
    return out;
  }

  /** The violated subsets met climbing with swaps from the given candidates. */
  private static List<NeighborhoodSearch.Found> polish(NeighborhoodSearch search,
      List<NeighborhoodSearch.Found> candidates, double[] point, double threshold, int limit,
      NeighborhoodSearch.StopCheck stop) {
    List<int[]> starts = new ArrayList<>();
    for (NeighborhoodSearch.Found f : candidates) {
      starts.add(f.products());
    }
    return search.polish(starts, point, threshold, limit, stop);
  }

  /** A cut the exact separation found: the search remembers it, the master gets it. */
  private static boolean addMissed(Network n, UncertaintySet u, List<Cut> cuts,
      Map<NeighborhoodSearch.Key, Cut> index, NeighborhoodSearch search, int[] products) {
    if (search != null) {
      search.remember(products);
    }
    return add(n, u, cuts, index, products);
  }

  private static boolean add(Network n, UncertaintySet u, List<Cut> cuts,
      Map<NeighborhoodSearch.Key, Cut> index, int[] products) {
    NeighborhoodSearch.Key key = new NeighborhoodSearch.Key(products);
    Cut known = index.get(key);
    if (known != null) {
      if (!known.pooled) {
        return false;
      }
      known.pooled = false;
      cuts.add(known);
      return true;
    }
    BitSet s = new BitSet(n.productCount());
    for (int j : products) {
      s.set(j);
    }
    Cut c = new Cut(products, u.g(s, n.plantsOf(s)));
    cuts.add(c);
    index.put(key, c);
    return true;
  }

  /**
   * Moves cuts slack for {@link #DROP_AFTER} rounds in a row out of the master into a pool
   * (their native rows become free rows) once the master holds more than
   * {@code KEEP_FACTOR * N} cuts; the pool is checked every round before the search, and is
   * itself bounded ({@code POOL_FACTOR * N}, oldest forgotten first).
   */
  private static void manage(MasterLp lp, List<Cut> cuts, java.util.ArrayDeque<Cut> pool,
      Map<NeighborhoodSearch.Key, Cut> index, double[] r, double delta, double eps, int p) {
    for (Cut c : cuts) {
      double lhs = c.inventory(r);
      boolean slack = c.dual <= 1e-12 && lhs > c.g - delta + eps;
      c.slackRounds = slack ? c.slackRounds + 1 : 0;
    }
    if (cuts.size() > lp.keepFactor() * p) {
      cuts.removeIf(c -> {
        boolean drop = c.slackRounds >= DROP_AFTER;
        if (drop) {
          lp.drop(c);
          c.slackRounds = 0;
          c.dual = 0;
          c.pooled = true;
          pool.addLast(c);
        }
        return drop;
      });
    }
    lp.compactIfSparse(cuts, p);
    while (pool.size() > POOL_FACTOR * p) {
      Cut old = pool.pollFirst();
      if (old.pooled) {
        index.remove(new NeighborhoodSearch.Key(old.products));
      }
    }
  }

  /**
   * The {@code limit} most violated pooled cuts at r go back into the master (all of them at
   * once would undo the pool: measured on random sparse networks, the master then swings
   * between N and 8N rows); returns how many.
   */
  private static int reactivate(List<Cut> cuts, java.util.ArrayDeque<Cut> pool, double[] r,
      double delta, double eps, int limit) {
    record Short(Cut cut, double by) {}
    List<Short> violated = new ArrayList<>();
    for (java.util.Iterator<Cut> it = pool.iterator(); it.hasNext(); ) {
      Cut c = it.next();
      if (!c.pooled) {
        it.remove(); // re-added through add()
        continue;
      }
      double by = c.g - delta - c.inventory(r);
      if (by > eps) {
        violated.add(new Short(c, by));
      }
    }
    violated.sort((a, b) -> Double.compare(b.by(), a.by()));
    int back = Math.min(limit, violated.size());
    java.util.Set<Cut> returning = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    for (Short v : violated.subList(0, back)) {
      v.cut().pooled = false;
      cuts.add(v.cut());
      returning.add(v.cut());
    }
    pool.removeIf(returning::contains);
    return back;
  }

  /**
   * Adds the cuts not yet in the native master, solves it, and returns the result with the
   * duals in the order of {@code cuts} (what {@link Certificates} reads).
   */
  private static LpResult solveMaster(MasterLp lp, List<Cut> cuts, double delta, int p,
      boolean trivial) {
    if (trivial && cuts.isEmpty()) {
      // no rows yet and a non-negative objective to minimize: r = 0 (some LP codes reject
      // a model without rows)
      return new LpResult(LpStatus.OPTIMAL, 0, 0, new double[p], new double[0], "no cuts yet");
    }
    for (Cut c : cuts) {
      lp.ensure(c, c.g - delta);
    }
    LpResult res = lp.solve();
    if (!res.status().hasSolution()) {
      return res;
    }
    double[] duals = new double[cuts.size()];
    for (int k = 0; k < duals.length; k++) {
      Cut c = cuts.get(k);
      c.dual = Math.max(0, res.dual(c.row));
      duals[k] = res.dual(c.row);
    }
    return new LpResult(res.status(), res.objective(), res.bestBound(), res.values(), duals,
        res.message());
  }

  private static int addFound(Network n, UncertaintySet u, List<Cut> cuts,
      Map<NeighborhoodSearch.Key, Cut> index, List<NeighborhoodSearch.Found> found) {
    int added = 0;
    for (NeighborhoodSearch.Found f : found) {
      added += add(n, u, cuts, index, f.products()) ? 1 : 0; // g from the closed forms
    }
    return added;
  }

  /**
   * The stabilization point of the in-out separation: an inventory believed robust-feasible
   * (the start {@code r_j = max d_j} is: then every demand is met from stock; later points are
   * midpoints where the local search found no violated subset, so the exact proof is still
   * run before one is returned) and its cost {@code h.r}.
   */
  private record Inner(double[] point, double cost) {
    static Inner start(Network n, UncertaintySet u) {
      double[] up = u.demand().upperBounds().clone();
      return new Inner(up, ConstraintGenerationSolver.cost(n, up));
    }

    double[] midpoint(double[] r) {
      double[] m = new double[r.length];
      for (int j = 0; j < m.length; j++) {
        m[j] = 0.5 * (point[j] + r[j]);
      }
      return m;
    }

    Inner moveTo(double[] mid, Network n) {
      return new Inner(mid, ConstraintGenerationSolver.cost(n, mid));
    }
  }

  private static int[] toArray(BitSet s) {
    return s.stream().toArray();
  }

  private static SgResult optimal(SgProblem problem, double[] r, LpResult master, List<Cut> cuts,
      double lower, double maxViolation, int iterations, int exact, long t0, String how) {
    LinkedHashSet<BitSet> working = new LinkedHashSet<>();
    for (Cut c : cuts) {
      BitSet s = new BitSet(problem.network().productCount());
      for (int j : c.products) {
        s.set(j);
      }
      working.add(s);
    }
    SubsetEvaluator eval = new SubsetEvaluator(problem.network(), problem.uncertainty());
    List<BindingScenario> cert = Certificates.build(problem, r, master, working, eval);
    return new SgResult(SgStatus.OPTIMAL, "optimal; " + how + " proved max violation <= "
        + String.format(Locale.ROOT, "%.3g", Math.max(0, maxViolation)), r,
        ConstraintGenerationSolver.cost(problem.network(), r), lower, maxViolation, iterations,
        cuts.size(), exact, cert, (System.nanoTime() - t0) / 1e6);
  }

  private static SgResult stop(SgStatus status, String message, double lower,
      double maxViolation, int iterations, List<Cut> cuts, int exact, long t0) {
    String bound = String.format(Locale.ROOT, "; lower bound %.6g after %d rounds", lower,
        iterations);
    return new SgResult(status, message + bound, null, Double.NaN, lower, maxViolation,
        iterations, cuts.size(), exact, new ArrayList<>(), (System.nanoTime() - t0) / 1e6);
  }

  private static SgProgress progress(int iterations, double lower, List<Cut> cuts, String phase,
      long t0, long[] spent) {
    return new SgProgress(iterations, lower, cuts.size(), phase, seconds(t0), spent[0] / 1e9,
        spent[1] / 1e9, spent[2] / 1e9);
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
