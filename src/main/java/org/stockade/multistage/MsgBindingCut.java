package org.stockade.multistage;

import java.util.List;

/**
 * One binding worst case of an m-SG certificate: a cut of the layered network with its
 * worst-case demand and capacity, the master LP's dual multiplier, and an independent max-flow
 * re-evaluation {@code L(r*, d, c)} (which must be {@code <= delta}).
 *
 * @param cut the canonical cut (B, A)
 * @param shortProducts ids of B ∩ P, the products that run short
 * @param bottleneckNodes ids of B \ A, the capacitated nodes whose capacity limits the cut
 * @param inventoryNodes ids of the nodes of B where inventory is allowed
 * @param g {@code sum_{B∩P} d_j - sum_{B\A} c_v} at the worst case
 * @param inventory {@code r*(B)}
 * @param multiplier dual value {@code y >= 0} of the cut's master constraint
 * @param demand worst-case demand (all products)
 * @param capacity worst-case capacity (all capacitated nodes)
 * @param lostSales {@code L(r*, d, c)} by max-flow
 * @param minCutShortNodes ids of B of the max-flow's minimum cut at that worst case
 */
public record MsgBindingCut(Cut cut, List<String> shortProducts, List<String> bottleneckNodes,
    List<String> inventoryNodes, double g, double inventory, double multiplier, double[] demand,
    double[] capacity, double lostSales, List<String> minCutShortNodes) {
  public MsgBindingCut {
    shortProducts = List.copyOf(shortProducts);
    bottleneckNodes = List.copyOf(bottleneckNodes);
    inventoryNodes = List.copyOf(inventoryNodes);
    demand = demand.clone();
    capacity = capacity.clone();
    minCutShortNodes = List.copyOf(minCutShortNodes);
  }

  @Override
  public double[] demand() {
    return demand.clone();
  }

  @Override
  public double[] capacity() {
    return capacity.clone();
  }
}
