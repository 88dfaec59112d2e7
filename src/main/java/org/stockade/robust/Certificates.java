package org.stockade.robust;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.stockade.flow.LostSales;
import org.stockade.lp.LpResult;
import org.stockade.model.Network;
import org.stockade.uncertainty.Extreme;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Builds the certificate of an SG solution: for every master constraint with a positive dual
 * multiplier (or zero slack), the worst-case {@code (d, c)} attaining {@code g(S)} and a max-flow
 * re-evaluation {@code L(r*, d, c)}. The multipliers form a dual-feasible solution proving
 * {@code h.r* <= sum_S y_S (g(S) - delta)}, i.e. optimality given robust feasibility.
 */
final class Certificates {
  /**
   * Up to this many products, tight cuts with a zero multiplier are listed too (they are worst
   * cases the solution just meets); above it only the cuts with a positive multiplier, which
   * are all the optimality proof needs, so the certificate stays O(N) scenarios.
   */
  static final int TIGHT_ZERO_DUAL_UP_TO = 64;

  private Certificates() {}

  static List<BindingScenario> build(SgProblem problem, double[] r, LpResult master,
      Set<BitSet> working, SubsetEvaluator eval) {
    Network n = problem.network();
    UncertaintySet u = problem.uncertainty();
    double tol = 1e-7 * problem.scale();
    List<BindingScenario> out = new ArrayList<>();
    int row = 0;
    for (BitSet s : working) {
      double y = Math.max(0, master.dual(row++));
      if (y <= 1e-12 && n.productCount() > TIGHT_ZERO_DUAL_UP_TO) {
        continue; // only the multipliers are needed for the proof (see above)
      }
      double inv = 0;
      for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
        inv += r[j];
      }
      double slack = inv - (eval.g(s) - problem.delta());
      if (y <= 1e-12 && (slack > tol || n.productCount() > TIGHT_ZERO_DUAL_UP_TO)) {
        continue;
      }
      out.add(scenario(n, u, s, r, y));
    }
    out.sort((a, b) -> Double.compare(b.multiplier(), a.multiplier()));
    return out;
  }

  static BindingScenario scenario(Network n, UncertaintySet u, BitSet s, double[] r, double y) {
    BitSet plants = n.plantsOf(s);
    Extreme d = u.demand().max(s);
    Extreme c = u.capacity().min(plants);
    double inv = 0;
    for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
      inv += r[j];
    }
    LostSales.Evaluation ev = LostSales.evaluate(n, r, d.point(), c.point());
    return new BindingScenario(s, plants, n.productIds(s), n.plantIds(plants),
        d.value() - c.value(), inv, y, d.point(), c.point(), ev.lostSales(),
        n.productIds(ev.shortageSet()));
  }
}
