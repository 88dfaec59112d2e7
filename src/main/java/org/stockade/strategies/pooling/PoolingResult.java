package org.stockade.strategies.pooling;

/**
 * Pooled (transshipment allowed) against separate (none) optimal stocks.
 *
 * @param problem the instance
 * @param pooledStock {@code S_i} with transshipment
 * @param pooledCost expected cost with transshipment
 * @param expectedTransshipped expected units moved between locations (pooled plan)
 * @param separateStock {@code S_i} without transshipment (a newsvendor per location)
 * @param separateCost expected cost without transshipment
 * @param seed the sampling seed when the scenarios were sampled, else null
 */
public record PoolingResult(PoolingProblem problem, double[] pooledStock, double pooledCost,
    double expectedTransshipped, double[] separateStock, double separateCost, Long seed) {
  public PoolingResult {
    pooledStock = pooledStock.clone();
    separateStock = separateStock.clone();
  }

  @Override
  public double[] pooledStock() {
    return pooledStock.clone();
  }

  @Override
  public double[] separateStock() {
    return separateStock.clone();
  }

  /** {@code separateCost - pooledCost >= 0}. */
  public double valueOfPooling() {
    return separateCost - pooledCost;
  }

  /** Value of pooling as a fraction of the separate cost (NaN if that is 0). */
  public double valueOfPoolingShare() {
    return separateCost == 0 ? Double.NaN : valueOfPooling() / separateCost;
  }
}
