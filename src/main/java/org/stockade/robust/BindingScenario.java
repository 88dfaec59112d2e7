package org.stockade.robust;

import java.util.BitSet;
import java.util.List;

/**
 * One binding worst case of the certificate: product set {@code S} that runs short, the plants
 * {@code A(S)} that can make it, the adversary's demand and capacity {@code (d, c)} attaining
 * {@code g(S)}, the constraint's dual multiplier, and an independent max-flow re-evaluation of
 * lost sales {@code L(r*, d, c)} with the shortage set of a minimum cut.
 *
 * @param products S (indices)
 * @param plants A(S) (indices)
 * @param g {@code sum_S d_j - sum_{A(S)} c_i} at the worst case
 * @param inventory {@code sum_S r*_j}
 * @param multiplier dual value {@code y_S >= 0} of the constraint in the master LP
 * @param demand worst-case demand (all products)
 * @param capacity worst-case capacity (all plants)
 * @param lostSales {@code L(r*, d, c)} by max-flow
 * @param minCutProducts shortage set of the max-flow's minimum cut
 */
public record BindingScenario(BitSet products, BitSet plants, List<String> productIds,
    List<String> plantIds, double g, double inventory, double multiplier, double[] demand,
    double[] capacity, double lostSales, List<String> minCutProducts) {
  public BindingScenario {
    products = (BitSet) products.clone();
    plants = (BitSet) plants.clone();
    productIds = List.copyOf(productIds);
    plantIds = List.copyOf(plantIds);
    demand = demand.clone();
    capacity = capacity.clone();
    minCutProducts = List.copyOf(minCutProducts);
  }

  @Override
  public BitSet products() {
    return (BitSet) products.clone();
  }

  @Override
  public BitSet plants() {
    return (BitSet) plants.clone();
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
