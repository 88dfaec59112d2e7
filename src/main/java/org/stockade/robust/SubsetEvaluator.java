package org.stockade.robust;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.stockade.model.Network;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Memoised {@code g(S) = Dmax(S) - Cmin(A(S))} for one problem. {@code g} does not depend on the
 * inventory, so values are kept across constraint-generation rounds. Not thread-safe: one per
 * solve.
 */
final class SubsetEvaluator {
  private final Network network;
  private final UncertaintySet set;
  private final Map<BitSet, Double> cache = new HashMap<>();

  SubsetEvaluator(Network network, UncertaintySet set) {
    this.network = network;
    this.set = set;
  }

  double g(BitSet s) {
    Double v = cache.get(s);
    if (v == null) {
      BitSet key = (BitSet) s.clone();
      v = set.g(key, network.plantsOf(key));
      cache.put(key, v);
    }
    return v;
  }

  /** {@code g(S) - sum_{j in S} r_j}. */
  double violation(BitSet s, double[] r) {
    double v = g(s);
    for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
      v -= r[j];
    }
    return v;
  }
}
