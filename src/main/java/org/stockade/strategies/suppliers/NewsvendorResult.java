package org.stockade.strategies.suppliers;

/**
 * The optimal orders of the newsvendor with unreliable suppliers.
 *
 * @param problem the instance
 * @param orders {@code Q_i}
 * @param expectedDelivery {@code E[min(Q_i, K_i)]}
 * @param expectedProfit the exact expected profit of {@code orders}
 * @param expectedPayment expected payment to suppliers
 * @param scenarios capacity scenarios enumerated
 * @param cells pieces on which the expected profit is concave, each maximised
 * @param costPrecedesReliability whether every supplier cheaper than a used one (and able to
 *     deliver at all) is used too
 */
public record NewsvendorResult(SupplierProblem problem, double[] orders,
    double[] expectedDelivery, double expectedProfit, double expectedPayment, long scenarios,
    long cells, boolean costPrecedesReliability) {
  public NewsvendorResult {
    orders = orders.clone();
    expectedDelivery = expectedDelivery.clone();
  }

  @Override
  public double[] orders() {
    return orders.clone();
  }

  @Override
  public double[] expectedDelivery() {
    return expectedDelivery.clone();
  }

  public boolean uses(int i) {
    return orders[i] > UnreliableNewsvendor.USED * (1 + problem.demandMean());
  }
}
