package org.stockade.exposure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.stockade.lp.LpSolver;

/**
 * Risk exposure of a multi-tier network (spec section 1): for every scenario, the performance
 * impact {@code PI_n} (least lost profit over the window {@code TTR_n}), the lost units, the
 * time-to-survive {@code TTS_n}, then {@code REI_n = PI_n / max_m PI_m}. Scenarios are solved in
 * parallel, one LP backend call per task (OR-Tools creates one solver per call and thread).
 *
 * <p><b>Restricted solves</b> ({@link Method#RESTRICTED}). A scenario's LPs are first solved on
 * {@code S = anc(desc(D))}: the nodes downstream of the disrupted set {@code D} plus everything
 * they draw on. Two bounds make this exact:
 * <ul>
 *   <li><i>restriction</i>: nodes outside S follow the {@link ReferencePlan} (loss-free, linear
 *       in the window), which draws fixed amounts {@code rho_i t} from S-nodes and
 *       {@code phi_f t} from shared facilities. Any solution of the LP on S with these draws
 *       extends to a full-network solution with the same lost profit, so it bounds
 *       {@code PI_n} from above and {@code TTS_n} from below;</li>
 *   <li><i>relaxation</i>: the LP on S alone (outside demand dropped). S is closed under
 *       inputs, so every full solution restricts to it: a lower bound on {@code PI_n} and an
 *       upper bound on {@code TTS_n}.</li>
 * </ul>
 * {@code PI_n} is certified when the restriction gives 0 or both bounds agree; {@code TTS_n} when
 * the restriction is unbounded, reaches the undisrupted network's own TTS (an upper bound), or
 * meets the relaxation. Otherwise the scenario falls back to the whole-network LP. With
 * {@link Method#FULL} every LP is the whole network (the naive baseline).
 *
 * <p>{@code TTS_n} is the parametric form of {@code PI_n(t)}: {@code PI_n(t) = 0} exactly for
 * {@code t <= TTS_n} (all margins positive), and it is computed directly as one LP with the
 * window as a variable rather than by searching over {@code t}.
 */
public final class ExposureSolver {
  /** How each scenario's LPs are scoped. */
  public enum Method { RESTRICTED, FULL }

  /**
   * @param threads worker threads (>= 1)
   * @param progress called with the number of finished scenarios (from worker threads), or null
   */
  public record Options(Method method, int threads, IntConsumer progress,
      java.time.Duration timeLimit, org.stockade.model.CancelToken cancel) {
    public Options {
      if (method == null) {
        method = Method.RESTRICTED;
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, got " + threads);
      }
      if (cancel == null) {
        cancel = org.stockade.model.CancelToken.never();
      }
    }

    /** No time limit, never cancelled. */
    public Options(Method method, int threads, IntConsumer progress) {
      this(method, threads, progress, null, org.stockade.model.CancelToken.never());
    }

    /**
     * These options with a wall-clock limit ({@code null}: none) and a cancel flag, both checked
     * before each scenario: scenarios not started by then are reported as not solved.
     */
    public Options withStop(java.time.Duration limit, org.stockade.model.CancelToken token) {
      return new Options(method, threads, progress, limit, token);
    }

    public static Options defaults() {
      return new Options(Method.RESTRICTED, Runtime.getRuntime().availableProcessors(), null);
    }
  }

  private static final double REL_TOL = 1e-6;
  /** Rounds of widening the affected region before solving the whole network. */
  private static final int MAX_GROWTH = 3;

  private final LpSolver solver;

  public ExposureSolver(LpSolver solver) {
    this.solver = solver;
  }

  public ExposureSolver() {
    this(LpSolver.orTools());
  }

  public ExposureResult solve(SupplyNetwork net, List<Scenario> scenarios, Options options) {
    long t0 = System.nanoTime();
    ReferencePlan ref = options.method() == Method.RESTRICTED ? ReferencePlan.of(net, solver)
        : null;
    List<ScenarioResult> raw = new ArrayList<>(scenarios.size());
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread th = new Thread(r, "exposure-worker");
      th.setDaemon(true);
      return th;
    });
    try {
      List<Future<ScenarioResult>> futures = new ArrayList<>();
      long deadline = options.timeLimit() == null ? Long.MAX_VALUE
          : t0 + options.timeLimit().toNanos();
      for (Scenario sc : scenarios) {
        futures.add(pool.submit(() -> {
          boolean cancelled = options.cancel().isCancelled();
          ScenarioResult r = cancelled || System.nanoTime() > deadline
              ? notSolved(sc, cancelled ? "cancelled" : "time limit reached before this scenario")
              : solveOne(net, sc, ref, options.method());
          int k = done.incrementAndGet();
          if (options.progress() != null) {
            options.progress().accept(k);
          }
          return r;
        }));
      }
      for (Future<ScenarioResult> f : futures) {
        raw.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
    return ExposureResult.of(net, raw, options.method(), options.threads(),
        (System.nanoTime() - t0) / 1e9);
  }

  private static ScenarioResult notSolved(Scenario sc, String why) {
    return new ScenarioResult(sc, false, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        java.util.Map.of(), false, 0, why);
  }

  /**
   * One scenario on the calling thread (REI left NaN). Computes the reference plan each call;
   * use {@link #solve} for many scenarios.
   */
  public ScenarioResult evaluate(SupplyNetwork net, Scenario sc, Method method) {
    ReferencePlan ref = method == Method.RESTRICTED ? ReferencePlan.of(net, solver) : null;
    return solveOne(net, sc, ref, method);
  }

  /** One scenario, on the calling thread. */
  ScenarioResult solveOne(SupplyNetwork net, Scenario sc, ReferencePlan ref, Method method) {
    int n = net.size();
    boolean[] down = new boolean[n];
    for (String id : sc.nodes()) {
      down[net.indexOf(id)] = true;
    }
    double window = sc.ttr();
    boolean[] inS = null;
    int sizeS = n;
    if (method == Method.RESTRICTED && ref != null) {
      inS = ancestors(net, descendants(net, down));
      sizeS = count(inS);
      if (sizeS == n) {
        inS = null;
      }
    }
    // Performance impact over the TTR window.
    ExposureLp.Solution pi = null;
    boolean piRestricted = false;
    if (inS != null && window <= ref.horizon()) {
      for (int round = 0; round <= MAX_GROWTH && inS != null && pi == null; round++) {
        double[] rho = rho(net, inS, ref);
        double[] phi = phi(net, inS, ref);
        ExposureLp.Solution upper = lp(net, inS, down, ExposureLp.Mode.LOSS, window, rho, phi);
        if (upper.ok() && (upper.value() <= tol(0)
            || upper.value() - dualBound(upper, rho, phi, window) <= tol(upper.value()))) {
          pi = upper;
        } else if (upper.ok()) {
          ExposureLp.Solution lower = lp(net, inS, down, ExposureLp.Mode.LOSS, window, null,
              null);
          if (lower.ok() && upper.value() - lower.value() <= tol(upper.value())) {
            pi = upper;
          }
        }
        if (pi == null) {
          inS = grow(net, inS, upper, rho, phi);
        }
      }
      piRestricted = pi != null;
    }
    if (pi == null) {
      pi = lp(net, null, down, ExposureLp.Mode.LOSS, window, null, null);
    }
    // Time-to-survive, from the region the impact needed.
    ExposureLp.Solution tts = null;
    boolean ttsRestricted = false;
    if (inS != null) {
      double cap = ref.horizon();
      for (int round = 0; round <= MAX_GROWTH && inS != null && tts == null; round++) {
        double[] rho = rho(net, inS, ref);
        double[] phi = phi(net, inS, ref);
        ExposureLp.Solution lower = lp(net, inS, down, ExposureLp.Mode.SURVIVE, cap, rho, phi);
        if (lower.unbounded() || lower.ok() && (lower.value() >= cap - tol(cap)
            || ttsDualBound(lower, rho, phi) - lower.value() <= tol(lower.value()))) {
          tts = lower;
        } else if (lower.ok()) {
          ExposureLp.Solution upper = lp(net, inS, down, ExposureLp.Mode.SURVIVE, cap, null,
              null);
          if (upper.ok() && upper.value() - lower.value() <= tol(lower.value())) {
            tts = lower;
          }
        }
        if (tts == null) {
          inS = grow(net, inS, lower, rho, phi);
        }
      }
      ttsRestricted = tts != null;
    }
    if (tts == null) {
      tts = lp(net, null, down, ExposureLp.Mode.SURVIVE, Double.POSITIVE_INFINITY, null, null);
    }
    sizeS = inS == null ? n : count(inS);
    boolean restricted = piRestricted && ttsRestricted;
    int lpNodes = restricted ? sizeS : n;
    if (!pi.ok() || !(tts.ok() || tts.unbounded())) {
      String msg = !pi.ok() ? "performance-impact LP: " + pi.status() + " " + pi.message()
          : "time-to-survive LP: " + tts.status() + " " + tts.message();
      return new ScenarioResult(sc, false, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Map.of(), restricted, lpNodes, msg);
    }
    Map<String, Double> lost = new LinkedHashMap<>();
    double units = 0;
    for (int j = 0; j < n; j++) {
      double l = pi.loss()[j];
      if (net.node(j).isProduct() && l > 1e-9 * Math.max(1, net.node(j).demand() * window)) {
        lost.put(net.node(j).id(), l);
        units += l;
      }
    }
    double value = Math.max(0, pi.value());
    return new ScenarioResult(sc, true, value, units, tts.value(), Double.NaN, lost, restricted,
        lpNodes, "");
  }

  private ExposureLp.Solution lp(SupplyNetwork net, boolean[] inS, boolean[] down,
      ExposureLp.Mode mode, double window, double[] rho, double[] phi) {
    return ExposureLp.solve(net, new ExposureLp.Spec(inS, down, mode, window, false, rho, phi),
        solver);
  }

  /**
   * A lower bound on the relaxation's lost profit from the restriction's duals alone: the two LPs
   * differ only in the right-hand sides of the balance and facility rows (by {@code rho_i T} and
   * {@code phi_f T}), and the optimal value is convex in the right-hand side with the duals as a
   * subgradient, so {@code PI_relax >= PI_restr - T (sum_i rho_i |pi_i| + sum_f phi_f |pi_f|)}.
   * When no row the outside draws on is priced, the bound equals the restriction and certifies
   * it without solving the relaxation.
   */
  private static double dualBound(ExposureLp.Solution restricted, double[] rho, double[] phi,
      double window) {
    if (restricted.nodeDual() == null || restricted.facilityDual() == null) {
      return Double.NEGATIVE_INFINITY;
    }
    return restricted.value() - window * dualShift(restricted, rho, phi);
  }

  /**
   * An upper bound on the relaxation's TTS from the restriction's duals alone. With the
   * restriction written {@code max t : A x + (a + rho) t <= b} and its optimal duals
   * {@code pi >= 0} (so {@code (a + rho) pi >= 1} and {@code b pi = t_restr}), the scaled duals
   * {@code pi / (a pi)} are feasible for the relaxation's dual, whence
   * {@code TTS_relax <= t_restr / (a pi) <= t_restr / (1 - rho |pi| - phi |pi|)}.
   */
  private static double ttsDualBound(ExposureLp.Solution restricted, double[] rho,
      double[] phi) {
    if (restricted.nodeDual() == null || restricted.facilityDual() == null) {
      return Double.POSITIVE_INFINITY;
    }
    double shift = dualShift(restricted, rho, phi);
    return shift < 1 ? restricted.value() / (1 - shift) : Double.POSITIVE_INFINITY;
  }

  /** {@code sum_i rho_i |pi_i| + sum_f phi_f |pi_f|}: the duals' price of the outside draws. */
  private static double dualShift(ExposureLp.Solution restricted, double[] rho, double[] phi) {
    double shift = 0;
    for (int i = 0; i < rho.length; i++) {
      shift += rho[i] * restricted.nodeDual()[i];
    }
    for (int f = 0; f < phi.length; f++) {
      shift += phi[f] * restricted.facilityDual()[f];
    }
    return shift;
  }

  /**
   * Widens S where the restriction leans on the draws of outside nodes: for every S-node (and
   * facility) whose row has a non-zero dual in {@code restricted} (all of them when that LP had
   * no solution) and that outside nodes draw on, the outside nodes it feeds and their downstream
   * join S, which is then closed under inputs again. Returns null once S would be everything.
   */
  private static boolean[] grow(SupplyNetwork net, boolean[] inS, ExposureLp.Solution restricted,
      double[] rho, double[] phi) {
    boolean[] seeds = new boolean[inS.length];
    boolean any = false;
    for (int i = 0; i < inS.length; i++) {
      boolean lean = restricted.nodeDual() == null || restricted.nodeDual()[i] > 1e-9;
      if (inS[i] && rho[i] > 0 && lean) {
        for (int e : net.outEdges(i)) {
          int t = net.to(e);
          if (!inS[t]) {
            seeds[t] = true;
            any = true;
          }
        }
      }
    }
    for (int f = 0; f < phi.length; f++) {
      boolean lean = restricted.facilityDual() == null || restricted.facilityDual()[f] > 1e-9;
      if (phi[f] > 0 && lean) {
        for (int j : net.facilityMembers(f)) {
          any |= !inS[j];
          seeds[j] |= !inS[j];
        }
      }
    }
    if (!any) {
      return null;
    }
    boolean[] grown = descendants(net, seeds);
    for (int j = 0; j < grown.length; j++) {
      grown[j] |= inS[j];
    }
    grown = ancestors(net, grown);
    return count(grown) == grown.length ? null : grown;
  }

  private static double tol(double v) {
    return REL_TOL * Math.max(1, Math.abs(v));
  }

  /** Nodes reachable from the marked ones along edges (the marked ones included). */
  static boolean[] descendants(SupplyNetwork net, boolean[] start) {
    return reach(net, start, true);
  }

  /** The marked nodes and everything they draw on, directly or indirectly. */
  static boolean[] ancestors(SupplyNetwork net, boolean[] start) {
    return reach(net, start, false);
  }

  /** Breadth-first closure of the marked nodes, following edges forward or backward. */
  private static boolean[] reach(SupplyNetwork net, boolean[] start, boolean forward) {
    boolean[] seen = start.clone();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int j = 0; j < seen.length; j++) {
      if (seen[j]) {
        queue.add(j);
      }
    }
    while (!queue.isEmpty()) {
      int i = queue.poll();
      for (int e : forward ? net.outEdges(i) : net.inEdges(i)) {
        int k = forward ? net.to(e) : net.from(e);
        if (!seen[k]) {
          seen[k] = true;
          queue.add(k);
        }
      }
    }
    return seen;
  }

  private static int count(boolean[] b) {
    int c = 0;
    for (boolean x : b) {
      c += x ? 1 : 0;
    }
    return c;
  }

  /** Per unit time, what nodes outside S draw from each node of S under the reference plan. */
  private static double[] rho(SupplyNetwork net, boolean[] inS, ReferencePlan ref) {
    double[] rho = new double[net.size()];
    for (int i = 0; i < rho.length; i++) {
      if (inS[i]) {
        for (int e : net.outEdges(i)) {
          if (!inS[net.to(e)]) {
            rho[i] += ref.edgeRate()[e];
          }
        }
      }
    }
    return rho;
  }

  /** Per unit time, each facility's capacity used by its nodes outside S. */
  private static double[] phi(SupplyNetwork net, boolean[] inS, ReferencePlan ref) {
    double[] phi = new double[net.facilityCount()];
    for (int f = 0; f < phi.length; f++) {
      for (int j : net.facilityMembers(f)) {
        if (!inS[j]) {
          phi[f] += ref.nodeRate()[j];
        }
      }
    }
    return phi;
  }
}
