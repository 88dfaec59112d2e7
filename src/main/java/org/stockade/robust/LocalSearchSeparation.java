package org.stockade.robust;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.design.Group;
import org.stockade.design.Groups;
import org.stockade.model.Network;

/**
 * Fast separation heuristic for sets with closed-form {@code g(S)}: steepest-ascent local search
 * over product subsets (add or remove one product) maximising {@code g(S) - r(S)}, started from
 * every singleton, every connected group of the design, the whole product set and the subsets
 * already in the master. It may miss violated subsets; the exact MILP always has the last word.
 */
final class LocalSearchSeparation {
  private final Network network;
  private final SubsetEvaluator eval;
  private final List<BitSet> fixedStarts = new ArrayList<>();

  LocalSearchSeparation(Network network, SubsetEvaluator eval) {
    this.network = network;
    this.eval = eval;
    int p = network.productCount();
    for (int j = 0; j < p; j++) {
      BitSet s = new BitSet(p);
      s.set(j);
      fixedStarts.add(s);
    }
    try {
      for (Group g : Groups.of(network)) {
        BitSet s = new BitSet(p);
        for (int j : g.products()) {
          s.set(j);
        }
        fixedStarts.add(s);
      }
    } catch (RuntimeException e) {
      // designs with isolated plants/products have no clean groups; singletons suffice
    }
    BitSet all = new BitSet(p);
    all.set(0, p);
    fixedStarts.add(all);
  }

  /** Distinct local maxima with violation above {@code threshold}, best first. */
  List<BitSet> violated(double[] r, double threshold, Collection<BitSet> extraStarts) {
    Map<BitSet, Double> found = new LinkedHashMap<>();
    List<BitSet> starts = new ArrayList<>(fixedStarts);
    starts.addAll(extraStarts);
    for (BitSet start : starts) {
      BitSet s = (BitSet) start.clone();
      double best = eval.violation(s, r);
      boolean improved = true;
      while (improved) {
        improved = false;
        int bestFlip = -1;
        for (int j = 0; j < network.productCount(); j++) {
          s.flip(j);
          if (!s.isEmpty()) {
            double v = eval.violation(s, r);
            if (v > best + 1e-12 * Math.max(1, Math.abs(best))) {
              best = v;
              bestFlip = j;
            }
          }
          s.flip(j);
        }
        if (bestFlip >= 0) {
          s.flip(bestFlip);
          improved = true;
        }
      }
      if (best > threshold) {
        found.putIfAbsent(s, best);
      }
    }
    List<Map.Entry<BitSet, Double>> list = new ArrayList<>(found.entrySet());
    list.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    return list.stream().map(Map.Entry::getKey).toList();
  }
}
