package org.stockade.multistage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.stockade.lp.LpOptions;
import org.stockade.robust.SgStatus;
import org.stockade.robust.Verification;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Independent check of an m-SG result's claims:
 *
 * <ol>
 *   <li>{@code r >= 0}, zero where inventory is not allowed, and {@code cost = h.r};
 *   <li>each binding cut is a finite cut of the network (recomputed from its node sets: arcs
 *       into starved nodes come from short nodes, no starved stage-0 node, uncapacitated short
 *       nodes are starved), its {@code (d, c)} lies in U, its {@code g} is what {@code (d, c)}
 *       gives on the cut, {@code r(B)} is right, and a fresh max-flow gives
 *       {@code L(r, d, c) <= delta};
 *   <li>the multipliers are dual feasible ({@code y >= 0}, {@code sum_{cuts ∋ v} y <= h_v}) and
 *       {@code sum y (g - delta)} reaches the cost (optimality);
 *   <li>robust feasibility: no cut is violated — by enumerating every short set B
 *       ({@value #MAX_ENUMERATED_NODES} nodes or fewer) with the closed forms of D and C, or by a
 *       fresh exact cut MILP written with McCormick envelopes over the sets' linear descriptions
 *       (the solver's separation uses their closed-form pieces instead).
 * </ol>
 */
public final class MsgVerifier {
  /** Largest network whose cuts are enumerated (2^n short sets). */
  public static final int MAX_ENUMERATED_NODES = 16;

  private MsgVerifier() {}

  public static Verification verify(MsgProblem problem, MsgResult result) {
    List<String> bad = new ArrayList<>();
    if (!result.hasSolution()) {
      bad.add("result has no solution (status " + result.status() + ")");
      return new Verification(bad, Double.NaN, Double.NaN, "none");
    }
    LayeredNetwork net = problem.network();
    UncertaintySet u = problem.uncertainty();
    double tol = 1e-6 * problem.scale();
    double[] r = result.inventory();
    double cost = 0;
    for (int v = 0; v < net.nodeCount(); v++) {
      if (!(r[v] >= 0)) {
        bad.add("inventory at node '" + net.id(v) + "' is negative: " + r[v]);
      } else if (r[v] > 0 && !net.node(v).inventoryAllowed()) {
        bad.add("inventory " + r[v] + " at node '" + net.id(v) + "', where none is allowed");
      }
      cost += net.node(v).holdingCost() * r[v];
    }
    // max-flow needs a valid inventory vector; entries flagged above are left out of it
    double[] flowR = new double[r.length];
    for (int v : net.inventoryNodes()) {
      flowR[v] = r[v] >= 0 && Double.isFinite(r[v]) ? r[v] : 0;
    }
    if (Math.abs(cost - result.cost()) > tol) {
      bad.add(f("claimed cost %.9g but h.r = %.9g", result.cost(), cost));
    }
    double[] column = new double[net.nodeCount()];
    double dualBound = 0;
    for (MsgBindingCut bc : result.certificate()) {
      BitSet b = bc.cut().shortNodes();
      BitSet a = bc.cut().starvedNodes();
      String name = "cut " + net.ids(b);
      String invalid = invalidCut(net, b, a);
      if (invalid != null) {
        bad.add(name + ": " + invalid);
        continue;
      }
      String dv = u.demand().violation(bc.demand(), 1e-7);
      if (dv != null) {
        bad.add(name + ": demand not in the set: " + dv);
      }
      String cv = u.capacity().violation(bc.capacity(), 1e-7);
      if (cv != null) {
        bad.add(name + ": capacity not in the set: " + cv);
      }
      double g = 0;
      double inv = 0;
      for (int v = b.nextSetBit(0); v >= 0; v = b.nextSetBit(v + 1)) {
        int j = net.productIndex(v);
        if (j >= 0) {
          g += bc.demand()[j];
        }
        if (!a.get(v)) {
          g -= bc.capacity()[net.capacityIndex(v)];
        }
        inv += r[v];
        column[v] += bc.multiplier();
      }
      if (Math.abs(g - bc.g()) > tol) {
        bad.add(f("%s: claimed g = %.9g but the worst case gives %.9g", name, bc.g(), g));
      }
      if (Math.abs(inv - bc.inventory()) > tol) {
        bad.add(f("%s: claimed r(B) = %.9g but r gives %.9g", name, bc.inventory(), inv));
      }
      double lost;
      try {
        lost = LayeredLostSales.evaluate(net, flowR, bc.demand(), bc.capacity()).lostSales();
      } catch (org.stockade.model.InvalidInputException e) {
        bad.add(name + ": worst case cannot be evaluated: " + e.getMessage());
        continue;
      }
      if (lost > problem.delta() + tol) {
        bad.add(f("%s: max-flow lost sales %.9g exceed delta %.9g", name, lost,
            problem.delta()));
      }
      if (bc.multiplier() < 0) {
        bad.add(name + ": negative multiplier " + bc.multiplier());
      }
      dualBound += bc.multiplier() * (g - problem.delta());
    }
    for (int v : net.inventoryNodes()) {
      double h = net.node(v).holdingCost();
      if (column[v] > h * (1 + 1e-6) + 1e-9) {
        bad.add(f("multipliers of cuts containing '%s' sum to %.9g > h = %.9g", net.id(v),
            column[v], h));
      }
    }
    if (result.status() == SgStatus.OPTIMAL && dualBound < cost - tol) {
      bad.add(f("dual bound %.9g from the certificate is below the cost %.9g: optimality not"
          + " shown", dualBound, cost));
    }
    double maxViolation;
    String method;
    if (net.nodeCount() <= MAX_ENUMERATED_NODES) {
      method = "enumeration of all " + (1L << net.nodeCount()) + " cuts";
      maxViolation = enumerate(problem, r);
    } else {
      method = "exact cut MILP (McCormick formulation)";
      maxViolation = MsgSeparationMilp.solve(problem, r, LpOptions.defaults(), false).bound()
          - problem.delta();
    }
    if (maxViolation > tol) {
      bad.add(f("inventory is not robust: some cut is short by %.9g beyond delta",
          maxViolation));
    }
    return new Verification(bad, maxViolation, dualBound, method);
  }

  /** Max over all short sets B (canonical A) of {@code g - r(B) - delta}. */
  private static double enumerate(MsgProblem problem, double[] r) {
    LayeredNetwork net = problem.network();
    UncertaintySet u = problem.uncertainty();
    java.util.Map<BitSet, Double> dmax = new java.util.HashMap<>();
    java.util.Map<BitSet, Double> cmin = new java.util.HashMap<>();
    double best = -problem.delta();
    for (long mask = 1; mask < (1L << net.nodeCount()); mask++) {
      Cut cut = Cut.canonical(net, BitSet.valueOf(new long[] {mask}));
      if (!cut.finite() || cut.products().isEmpty()) {
        continue;
      }
      double v = dmax.computeIfAbsent(cut.products(), s -> u.demand().maxValue(s))
          - (cut.capacityNodes().isEmpty() ? 0
              : cmin.computeIfAbsent(cut.capacityNodes(), s -> u.capacity().minValue(s)))
          - problem.delta();
      BitSet b = cut.shortNodes();
      for (int x = b.nextSetBit(0); x >= 0; x = b.nextSetBit(x + 1)) {
        v -= r[x];
      }
      best = Math.max(best, v);
    }
    return best;
  }

  /** Why (B, A) is not a finite cut of the node-split network, or {@code null}. */
  static String invalidCut(LayeredNetwork net, BitSet b, BitSet a) {
    for (int v = a.nextSetBit(0); v >= 0; v = a.nextSetBit(v + 1)) {
      if (!b.get(v)) {
        return "starved node '" + net.id(v) + "' is not short";
      }
      if (net.stageOf(v) == 0) {
        return "stage-0 node '" + net.id(v) + "' cannot be starved (unlimited source)";
      }
      for (int up : net.preds(v)) {
        if (!b.get(up)) {
          return "starved node '" + net.id(v) + "' has a supplier '" + net.id(up)
              + "' that is not short (infinite arc crosses the cut)";
        }
      }
    }
    for (int v = b.nextSetBit(0); v >= 0; v = b.nextSetBit(v + 1)) {
      if (!a.get(v) && !net.node(v).capacitated()) {
        return "uncapacitated node '" + net.id(v) + "' is short but not starved";
      }
    }
    return null;
  }

  private static String f(String fmt, Object... args) {
    return String.format(Locale.ROOT, fmt, args);
  }
}
