package org.stockade.strategies.suppliers;

/**
 * A Federgruen &amp; Yang model with the supplier set fixed: the best expected deliveries
 * {@code x_i = m_i Q_i} when only the suppliers of a set may receive orders. Work is in
 * {@code x}: the expected variable cost is {@code sum e_i x_i} with the effective cost
 * {@code e_i} ({@link Supplier#effectiveCost}) and the CLT approximation of the delivered supply
 * {@code sum Y_i Q_i} has mean {@code sum x_i} and variance {@code sum v_i^2 x_i^2},
 * {@code v_i = s_i / m_i}.
 */
interface SetModel {
  /** The model's name in output ({@code service} or {@code cost}). */
  String name();

  /**
   * The optimal {@code x} (length {@code n}, zero outside {@code set}) over the suppliers in
   * {@code set}, or null if no order from them meets the model's constraint.
   */
  Solution solve(int[] set);

  /** Expected cost of {@code x} without fixed costs (procurement, plus penalties if any). */
  double variableObjective(double[] x);

  /** Expected penalties (0 for the service model). */
  double penalty(double[] x);

  /**
   * A fixed-set optimum.
   *
   * @param x expected deliveries
   * @param threshold the KKT threshold: supplier {@code i} of the set gets a positive order iff
   *     {@code e_i < threshold} (the cheapest-first structure)
   */
  record Solution(double[] x, double threshold) {}
}
