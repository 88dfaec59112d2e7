package org.stockade.strategies.suppliers;

/**
 * One supplier set's plan in a Federgruen &amp; Yang model.
 *
 * @param orders {@code Q_i} (0 for suppliers not used)
 * @param expectedDelivery {@code x_i = m_i Q_i}
 * @param fixedCost {@code sum K_i} over suppliers with {@code Q_i > 0}
 * @param procurementCost expected variable cost {@code sum e_i x_i}
 * @param penalty expected holding plus shortage cost (cost model; 0 in the service model)
 * @param threshold the KKT threshold on effective costs (used iff {@code e_i < threshold})
 * @param cltService {@code P(sum Y_i Q_i >= D)} under the CLT approximation
 */
public record Selection(double[] orders, double[] expectedDelivery, double fixedCost,
    double procurementCost, double penalty, double threshold, double cltService) {
  public Selection {
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

  /** Fixed plus procurement plus penalty. */
  public double total() {
    return fixedCost + procurementCost + penalty;
  }

  /** Whether supplier {@code i} gets an order. */
  public boolean uses(int i) {
    return orders[i] > 0;
  }
}
