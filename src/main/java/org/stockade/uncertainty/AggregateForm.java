package org.stockade.uncertainty;

/**
 * Scaling of the aggregate (CLT-type) demand constraint, spec section 3.
 *
 * <ul>
 *   <li>{@link #STANDARDIZED}: {@code |sum_j z_j| <= beta} with {@code z_j = (d_j-mu_j)/sigma_j};
 *   <li>{@link #UNSTANDARDIZED}: {@code |sum_j (d_j - mu_j)| <= beta * sqrt(sum_j sigma_j^2)}.
 * </ul>
 */
public enum AggregateForm {
  STANDARDIZED,
  UNSTANDARDIZED
}
