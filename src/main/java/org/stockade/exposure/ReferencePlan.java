package org.stockade.exposure;

import org.stockade.lp.LpSolver;

/**
 * A loss-free production plan of the undisrupted network, linear in the window: flows
 * {@code t * edgeRate} and production {@code t * nodeRate} meet all demand for every window
 * {@code t <= horizon}.
 *
 * <p>It exists when the undisrupted network survives some time {@code t0 > 0}: if its TTS is
 * unbounded, a steady-rate plan (all inventories set to 0, {@code t = 1}) exists and is feasible
 * for every window; else the TTS plan at {@code t0} scaled by {@code t / t0} is feasible for
 * {@code t <= t0} (the feasible set is a polyhedron containing the all-zero plan at t = 0, and
 * inventories only help). {@link ExposureSolver} uses it to fix the part of the network outside
 * a scenario's affected region. Of all such plans it takes the leanest ({@code min sum u + sum
 * y}), so that it draws as little as possible on the nodes a scenario re-plans.
 */
record ReferencePlan(double horizon, double[] edgeRate, double[] nodeRate) {
  /** The plan of {@code net}, or null if the undisrupted network cannot survive any time. */
  static ReferencePlan of(SupplyNetwork net, LpSolver solver) {
    boolean[] none = new boolean[net.size()];
    ExposureLp.Solution tts = ExposureLp.solve(net, new ExposureLp.Spec(null, none,
        ExposureLp.Mode.SURVIVE, Double.POSITIVE_INFINITY, false, null, null), solver);
    if (tts.unbounded()) {
      ExposureLp.Solution rate = ExposureLp.solve(net, new ExposureLp.Spec(null, none,
          ExposureLp.Mode.PLAN, 1, true, null, null), solver);
      if (!rate.ok()) {
        return null;
      }
      return new ReferencePlan(Double.POSITIVE_INFINITY, rate.y(), rate.u());
    }
    if (!tts.ok() || !(tts.value() > 1e-9)) {
      return null;
    }
    double t0 = tts.value();
    ExposureLp.Solution lean = ExposureLp.solve(net, new ExposureLp.Spec(null, none,
        ExposureLp.Mode.PLAN, t0, false, null, null), solver);
    ExposureLp.Solution p = lean.ok() ? lean : tts;
    return new ReferencePlan(t0, scale(p.y(), 1 / t0), scale(p.u(), 1 / t0));
  }

  private static double[] scale(double[] v, double k) {
    double[] out = v.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= k;
    }
    return out;
  }
}
