package org.stockade.multistage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.stockade.uncertainty.Extreme;
import org.stockade.uncertainty.UncertaintySet;

/**
 * The certificate of an m-SG solution: every master cut with a positive dual multiplier or zero
 * slack, its worst-case {@code (d, c)} attaining {@code g}, and a max-flow re-evaluation
 * {@code L(r*, d, c)}. The multipliers are dual feasible for the master LP, so
 * {@code sum_cuts y (g - delta)} is a lower bound that reaches the cost at an optimum.
 */
final class MsgCertificates {
  private MsgCertificates() {}

  static List<MsgBindingCut> build(MsgProblem problem, double[] r, double[] duals,
      Map<BitSet, Cut> working, CutEvaluator eval) {
    double tol = 1e-7 * problem.scale();
    List<MsgBindingCut> out = new ArrayList<>();
    int row = 0;
    for (Map.Entry<BitSet, Cut> e : working.entrySet()) {
      double y = Math.max(0, duals[row++]);
      double slack = -eval.violation(e.getKey(), r) + problem.delta();
      if (y <= 1e-12 && slack > tol) {
        continue;
      }
      out.add(scenario(problem, e.getValue(), r, y));
    }
    out.sort((a, b) -> Double.compare(b.multiplier(), a.multiplier()));
    return out;
  }

  static MsgBindingCut scenario(MsgProblem problem, Cut cut, double[] r, double y) {
    LayeredNetwork net = problem.network();
    UncertaintySet u = problem.uncertainty();
    Extreme d = u.demand().max(cut.products());
    Extreme c = u.capacity().min(cut.capacityNodes());
    BitSet b = cut.shortNodes();
    double inv = 0;
    for (int v = b.nextSetBit(0); v >= 0; v = b.nextSetBit(v + 1)) {
      inv += r[v];
    }
    BitSet bottleneck = new BitSet();
    BitSet caps = cut.capacityNodes();
    for (int k = caps.nextSetBit(0); k >= 0; k = caps.nextSetBit(k + 1)) {
      bottleneck.set(net.capacitatedNode(k));
    }
    LayeredLostSales.Evaluation ev = LayeredLostSales.evaluate(net, r, d.point(), c.point());
    return new MsgBindingCut(cut, net.ids(MsgSolver.productNodes(net, cut)), net.ids(bottleneck),
        net.ids(cut.inventoryNodes()), d.value() - c.value(), inv, y, d.point(), c.point(),
        ev.lostSales(), net.ids(ev.cut().shortNodes()));
  }
}
