package org.stockade.sourcing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Best parameters of each policy family by exhaustive search over the shape parameters
 * (delta = S_r - S_e or z_r - z_e in {@code 0..(l+1) Dmax}; Q in {@code 0..ceil(E D) - 1}, the
 * stable base-surge orders; the CDI cap in {@code 0..Dmax}, beyond which it is DI). Under
 * backorders each shape is evaluated once by the exact chain ({@link MarkovEvaluator}) with the
 * expedite level at 0, and the level is then optimized exactly: the chain relative to the levels
 * does not depend on them, so the cost at level S is
 * {@code purchase + E[L(S + y)]}, convex in S ({@link ChainResult#bestShift}). Under lost sales
 * (le = 0) every level in {@code 0..Dmax_lead + Dmax} is evaluated by its own chain. When the
 * chain is not available (lost sales with le > 0, or too large) candidates are compared by
 * simulation with common random numbers ({@link Simulator}).
 */
public final class PolicySearch {
  private final MarkovEvaluator chain = new MarkovEvaluator();
  private final SimulationOptions sim;

  public PolicySearch(SimulationOptions sim) {
    this.sim = sim;
  }

  /** The candidate shapes of a family (expedite level 0). */
  public static List<IndexPolicy> shapes(DualSourcingProblem p, PolicyFamily f) {
    int dmax = p.demand().max();
    int dMax = (p.gap() + 1) * dmax;
    List<IndexPolicy> out = new ArrayList<>();
    switch (f) {
      case SINGLE_INDEX, DUAL_INDEX -> {
        for (int delta = 0; delta <= dMax; delta++) {
          out.add(new IndexPolicy(f, 0, delta, 0));
        }
      }
      case TAILORED_BASE_SURGE -> {
        for (int q = 0; q < p.demand().mean() - 1e-9; q++) {
          out.add(new IndexPolicy(f, 0, 0, q));
        }
      }
      case CAPPED_DUAL_INDEX -> {
        for (int delta = 0; delta <= dMax; delta++) {
          for (int cap = 0; cap <= dmax; cap++) {
            out.add(new IndexPolicy(f, 0, delta, cap));
          }
        }
      }
      default -> throw new IllegalStateException();
    }
    return out;
  }

  private static int mainParameter(IndexPolicy s) {
    return s.family() == PolicyFamily.TAILORED_BASE_SURGE ? s.quantity() : s.delta();
  }

  /** Best policy of the family. */
  public FamilyResult best(DualSourcingProblem p, PolicyFamily f) {
    try {
      return p.reducible() ? exact(p, f) : simulated(p, f);
    } catch (MarkovEvaluator.TooLargeException e) {
      return simulated(p, f);
    }
  }

  private FamilyResult exact(DualSourcingProblem p, PolicyFamily f) {
    double[] lead = p.leadDemand().pmf();
    Map<Integer, Double> curve = new TreeMap<>();
    IndexPolicy best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    int evals = 0;
    for (IndexPolicy shape : shapes(p, f)) {
      if (!p.lostSales()) {
        ChainResult r = chain.evaluate(p, shape, 0);
        evals++;
        int s = r.bestShift(p, lead);
        double c = r.shiftedCost(p, lead, s);
        curve.merge(mainParameter(shape), c, Math::min);
        if (c < bestCost - 1e-12) {
          bestCost = c;
          best = shape.withExpediteLevel(s);
        }
      } else {
        int top = p.leadDemand().max() + p.demand().max();
        for (int s = 0; s <= top; s++) {
          IndexPolicy cand = shape.withExpediteLevel(s);
          double c = chain.evaluate(p, cand, s).cost();
          evals++;
          curve.merge(mainParameter(shape), c, Math::min);
          if (c < bestCost - 1e-12) {
            bestCost = c;
            best = cand;
          }
        }
      }
    }
    return new FamilyResult(f, best, bestCost, 0, "markov-chain", evals, points(curve));
  }

  private FamilyResult simulated(DualSourcingProblem p, PolicyFamily f) {
    Simulator simulator = new Simulator(sim.withPeriods(Math.max(10_000, sim.periods() / 10)));
    Map<Integer, Double> curve = new TreeMap<>();
    IndexPolicy best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    int evals = 0;
    int top = p.leadDemand().max() + p.demand().max();
    for (IndexPolicy shape : shapes(p, f)) {
      for (int s = p.lostSales() ? 0 : -p.demand().max(); s <= top; s++) {
        IndexPolicy cand = shape.withExpediteLevel(s);
        double c = simulator.simulate(p, cand).mean();
        evals++;
        curve.merge(mainParameter(shape), c, Math::min);
        if (c < bestCost) {
          bestCost = c;
          best = cand;
        }
      }
    }
    SimulationResult fin = new Simulator(sim).simulate(p, best);
    return new FamilyResult(f, best, fin.mean(), fin.halfWidth(), "simulation", evals,
        points(curve));
  }

  private static List<FamilyResult.CurvePoint> points(Map<Integer, Double> curve) {
    List<FamilyResult.CurvePoint> out = new ArrayList<>();
    curve.forEach((k, v) -> out.add(new FamilyResult.CurvePoint(k, v)));
    return out;
  }
}
