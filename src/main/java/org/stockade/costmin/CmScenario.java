package org.stockade.costmin;

/**
 * One worst-case scenario of a CM result with its recourse at the reported inventory.
 *
 * @param demand {@code d} (all products)
 * @param capacity {@code c} (all plants)
 * @param recourseCost {@code Q(r*, d, c)} by the recourse LP
 * @param lostSales total shortfall {@code sum_j s_j} of an optimal recourse
 * @param excess total left-over {@code sum_j e_j} of that recourse
 * @param productionCost {@code sum p_ij f_ij} of that recourse
 */
public record CmScenario(double[] demand, double[] capacity, double recourseCost,
    double lostSales, double excess, double productionCost) {
  public CmScenario {
    demand = demand.clone();
    capacity = capacity.clone();
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
