package org.stockade.flexdesign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.stockade.model.Arc;
import org.stockade.model.Network;
import org.stockade.robust.EnumerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.testing.RandomInstances;
import org.stockade.uncertainty.UncertaintySet;

/** Seeded small design problems and the brute-force optimum over every candidate subset. */
final class DesignInstances {
  private DesignInstances() {}

  /**
   * A random network (2-4 plants, 3-5 products, each product on one random plant), an
   * uncertainty set of kind {@code seed % SET_KINDS} (every capacity-loss kind, polyhedral
   * demand, polyhedral capacity), delta > 0 one time in three, and up to {@code maxCandidates}
   * random candidate arcs with costs in [0, 60); budgets on count or cost sometimes.
   */
  static DesignProblem random(long seed, int maxCandidates) {
    Random rnd = new Random(seed);
    int m = 2 + rnd.nextInt(3);
    int p = 3 + rnd.nextInt(3);
    Network n0 = RandomInstances.network(rnd, m, p, 0);
    List<Arc> base = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      base.add(new Arc("P" + (1 + rnd.nextInt(m)), "V" + (j + 1)));
    }
    Network n = n0.withArcs("random design instance " + seed, base);
    UncertaintySet u = RandomInstances.set(rnd, n,
        (int) (seed % RandomInstances.SET_KINDS));
    double delta = rnd.nextInt(3) == 0 ? 10 * rnd.nextDouble() : 0;
    List<CandidateArc> pairs = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < p; j++) {
        if (!n.hasArc(i, j)) {
          pairs.add(new CandidateArc(i, j, Math.round(60 * rnd.nextDouble() * 100) / 100.0));
        }
      }
    }
    Collections.shuffle(pairs, rnd);
    List<CandidateArc> cand = pairs.subList(0, Math.min(maxCandidates, pairs.size()));
    Integer maxArcs = rnd.nextInt(3) == 0 ? rnd.nextInt(3) : null;
    Double maxCost = rnd.nextInt(4) == 0 ? 40 * rnd.nextDouble() : null;
    int[] forced = rnd.nextInt(4) == 0 && !cand.isEmpty() ? new int[] {0} : null;
    if (forced != null && ((maxArcs != null && maxArcs < 1)
        || (maxCost != null && cand.get(0).cost() > maxCost))) {
      forced = null;
    }
    return new DesignProblem(new SgProblem(n, u, delta), cand, maxArcs, maxCost, forced);
  }

  /** Best total cost over every design meeting the limits, each by {@link EnumerationSolver}. */
  static double bruteForce(DesignProblem p) {
    int k = p.candidates().size();
    double best = Double.POSITIVE_INFINITY;
    SgOptions o = SgOptions.defaults();
    for (int mask = 0; mask < (1 << k); mask++) {
      boolean[] x = new boolean[k];
      for (int a = 0; a < k; a++) {
        x[a] = (mask >> a & 1) == 1;
      }
      if (p.budgetViolation(x) != null) {
        continue;
      }
      SgResult r = new EnumerationSolver().solve(p.sgAt(x), o);
      if (!r.status().isOptimal()) {
        throw new AssertionError("enumeration at design " + mask + ": " + r.status());
      }
      best = Math.min(best, p.arcCost(x) + r.cost());
    }
    return best;
  }
}
