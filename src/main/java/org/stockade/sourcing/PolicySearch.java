package org.stockade.sourcing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Best parameters of each policy family. Shape parameters: delta = S_r - S_e or z_r - z_e in
 * {@code 0..(l+1) m}; Q in {@code 0..ceil(E D) - 1} (the stable base-surge orders); the CDI cap
 * in {@code 0..m} (beyond it CDI is DI), where m is the 1 - 1e-6 demand quantile. The shape grid
 * is searched exhaustively when it has at most {@value #EXHAUSTIVE} points, otherwise on a coarse
 * grid and then exhaustively around the best coarse point.
 *
 * <p>For each shape the expedite level is optimized. Under backorders the chain relative to the
 * levels does not depend on them, so one evaluation at level 0 gives the cost at every level S as
 * {@code purchase + E[L(S + y)]}, convex in S ({@link ChainResult#bestShift}); under lost sales
 * every level in {@code 0..m_lead + m} is evaluated. Evaluations are exact
 * ({@link MarkovEvaluator}) when the reduced chain exists and has at most 200000 states,
 * otherwise simulated with common random numbers (one seed for all candidates) and the winner is
 * re-simulated with the full horizon for its confidence interval.
 */
public final class PolicySearch {
  /** Largest shape grid searched exhaustively. */
  public static final int EXHAUSTIVE = 400;
  private static final int CHAIN_STATES = 200_000;

  private final SimulationOptions sim;
  private final int chainStates;
  private final MarkovEvaluator chain;
  /** Shorter-horizon simulator used to compare candidates (common random numbers). */
  private final Simulator searchSim;

  public PolicySearch(SimulationOptions sim) {
    this(sim, CHAIN_STATES);
  }

  /** @param chainStates largest chain evaluated exactly (0 forces simulation) */
  PolicySearch(SimulationOptions sim, int chainStates) {
    this.sim = sim;
    this.chainStates = chainStates;
    this.chain = new MarkovEvaluator(400, chainStates);
    this.searchSim = new Simulator(sim.withPeriods(Math.max(SimulationOptions.BATCHES * 10,
        Math.min(sim.periods(), Math.max(20_000, sim.periods() / 10)))));
  }

  /** Effective largest demand: the 1 - 1e-6 quantile (at least 1). */
  static int effectiveMax(DemandDistribution d) {
    return Math.max(1, d.quantile(1 - 1e-6));
  }

  /** Range of the first shape parameter (delta, or Q for TBS), inclusive. */
  static int firstRange(DualSourcingProblem p, PolicyFamily f) {
    if (f == PolicyFamily.TAILORED_BASE_SURGE) {
      return (int) Math.ceil(p.demand().mean() - 1e-9) - 1;
    }
    return (p.gap() + 1) * effectiveMax(p.demand());
  }

  /** Range of the second shape parameter (the CDI cap), inclusive; 0 for other families. */
  static int secondRange(DualSourcingProblem p, PolicyFamily f) {
    return f == PolicyFamily.CAPPED_DUAL_INDEX ? effectiveMax(p.demand()) : 0;
  }

  private static IndexPolicy shape(PolicyFamily f, int a, int b) {
    return switch (f) {
      case TAILORED_BASE_SURGE -> new IndexPolicy(f, 0, 0, a);
      case CAPPED_DUAL_INDEX -> new IndexPolicy(f, 0, a, b);
      default -> new IndexPolicy(f, 0, a, 0);
    };
  }

  /** Polled between candidate evaluations: the caller's deadline or cancel flag. */
  private java.util.function.BooleanSupplier stop = () -> false;

  /**
   * Makes the searches keep the best candidate found so far as soon as {@code stop} says so
   * (the deadline passed or the run was cancelled).
   */
  public PolicySearch stopWhen(java.util.function.BooleanSupplier stop) {
    this.stop = stop;
    return this;
  }

  /** Best policy of the family. */
  public FamilyResult best(DualSourcingProblem p, PolicyFamily f) {
    if (p.reducible() && chainStates > 0) {
      try {
        return search(p, f, true);
      } catch (MarkovEvaluator.TooLargeException e) {
        // fall through to simulation
      }
    }
    return search(p, f, false);
  }

  /** A candidate: its best level and cost. */
  private record Eval(IndexPolicy policy, double cost) {}

  private FamilyResult search(DualSourcingProblem p, PolicyFamily f, boolean exact) {
    int n1 = firstRange(p, f);
    int n2 = secondRange(p, f);
    Map<Long, Eval> memo = new HashMap<>();
    Map<Integer, Double> curve = new TreeMap<>();
    DemandDistribution lead = p.leadDemand();
    long points = (long) (n1 + 1) * (n2 + 1);
    int s1 = 1;
    int s2 = 1;
    if (points > EXHAUSTIVE) {
      s1 = Math.max(1, (n1 + 1) / 20);
      s2 = Math.max(1, (n2 + 1) / 10);
    }
    Eval best = null;
    int b1 = 0;
    int b2 = 0;
    coarse:
    for (int a = 0; a <= n1; a += s1) {
      for (int b = 0; b <= n2; b += s2) {
        if (best != null && stop.getAsBoolean()) {
          break coarse;
        }
        Eval e = evaluate(p, f, a, b, exact, lead, memo, curve);
        if (best == null || e.cost() < best.cost() - 1e-12) {
          best = e;
          b1 = a;
          b2 = b;
        }
      }
    }
    if ((s1 > 1 || s2 > 1) && !stop.getAsBoolean()) {
      refine:
      for (int a = Math.max(0, b1 - s1); a <= Math.min(n1, b1 + s1); a++) {
        for (int b = Math.max(0, b2 - s2); b <= Math.min(n2, b2 + s2); b++) {
          if (stop.getAsBoolean()) {
            break refine;
          }
          Eval e = evaluate(p, f, a, b, exact, lead, memo, curve);
          if (e.cost() < best.cost() - 1e-12) {
            best = e;
          }
        }
      }
    }
    List<FamilyResult.CurvePoint> pts = new ArrayList<>();
    curve.forEach((k, v) -> pts.add(new FamilyResult.CurvePoint(k, v)));
    if (exact) {
      return new FamilyResult(f, best.policy(), best.cost(), 0, "markov-chain", memo.size(), pts);
    }
    SimulationResult fin = new Simulator(sim).simulate(p, best.policy());
    return new FamilyResult(f, best.policy(), fin.mean(), fin.halfWidth(), "simulation",
        memo.size(), pts);
  }

  /** Best level for shape (a, b); {@code leadDemand} is {@code p.leadDemand()}, computed once. */
  private Eval evaluate(DualSourcingProblem p, PolicyFamily f, int a, int b, boolean exact,
      DemandDistribution leadDemand, Map<Long, Eval> memo, Map<Integer, Double> curve) {
    long key = ((long) a << 32) | b;
    Eval known = memo.get(key);
    if (known != null) {
      return known;
    }
    IndexPolicy shape = shape(f, a, b);
    Eval e;
    if (!p.lostSales()) {
      double[] lead = leadDemand.pmf();
      int s;
      double c;
      if (exact) {
        ChainResult r = chain.evaluate(p, shape, 0);
        if (r.clampedMass() > 1e-12) {
          throw new MarkovEvaluator.TooLargeException("clamped mass " + r.clampedMass());
        }
        s = r.bestShift(p, lead);
        c = r.shiftedCost(p, lead, s);
      } else {
        SimulationResult r = searchSim.simulate(p, shape);
        s = r.bestShift(p, lead);
        c = r.shiftedCost(p, lead, s);
      }
      e = new Eval(shape.withExpediteLevel(s), c);
    } else {
      int top = effectiveMax(leadDemand) + effectiveMax(p.demand());
      e = null;
      for (int s = 0; s <= top; s++) {
        IndexPolicy cand = shape.withExpediteLevel(s);
        double c = exact ? chain.evaluate(p, cand, s).cost()
            : searchSim.simulate(p, cand).mean();
        if (e == null || c < e.cost() - 1e-12) {
          e = new Eval(cand, c);
        }
      }
    }
    memo.put(key, e);
    curve.merge(a, e.cost(), Math::min);
    return e;
  }
}
