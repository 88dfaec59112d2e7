package org.stockade.costmin;

import org.stockade.uncertainty.UncertaintySet;

/**
 * A fast heuristic for the max-min subproblem (used before the exact MILP): alternate between
 * the recourse LP at a scenario, giving optimal duals {@code (pi, lambda, kappa)}, and the best
 * scenario for those duals, {@code argmax_D pi.d} and {@code argmin_C lambda.c} (two small LPs),
 * while {@code Q} increases. Each step is a valid lower bound on {@code max_U Q}; no optimality
 * claim is made from it.
 */
final class Ascent {
  private Ascent() {}

  /** A scenario and its recourse cost at r. */
  record Point(double[] demand, double[] capacity, double value) {}

  static Point climb(CostData data, UncertaintySet u, double[] r, double[] d0, double[] c0,
      double cap, int maxSteps) {
    double[] d = d0;
    double[] c = c0;
    Recourse.Value v = Recourse.evaluate(data, r, d, c, cap);
    if (!v.feasible()) {
      return new Point(d, c, Double.POSITIVE_INFINITY);
    }
    for (int step = 0; step < maxSteps && v.pi() != null; step++) {
      double[] nd = optimize(u, v.pi(), true);
      double[] nc = optimize(u, v.lambda(), false);
      if (nd == null || nc == null) {
        break;
      }
      Recourse.Value nv = Recourse.evaluate(data, r, nd, nc, cap);
      if (!nv.feasible()) {
        return new Point(nd, nc, Double.POSITIVE_INFINITY);
      }
      if (nv.cost() <= v.cost() + 1e-9 * Math.max(1, Math.abs(v.cost()))) {
        break;
      }
      d = nd;
      c = nc;
      v = nv;
    }
    return new Point(d, c, v.cost());
  }

  private static double[] optimize(UncertaintySet u, double[] w, boolean demand) {
    return WorstCaseMilp.best(u, w, demand);
  }
}
