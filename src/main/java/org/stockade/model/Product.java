package org.stockade.model;

/**
 * A product {@code j} with mean demand {@code mu_j >= 0}, demand spread {@code sigma_j >= 0}
 * and unit holding cost {@code h_j > 0} of risk-mitigation inventory (spec section 1).
 *
 * @param group optional label used in reports, e.g. {@code "high"} / {@code "low"} variability;
 *     may be {@code null}
 */
public record Product(String id, double mu, double sigma, double holdingCost, String group)
    implements java.io.Serializable {
  public Product {
    Network.requireId("product id", id);
    InvalidInputException.requireNonNegative("mu of product '" + id + "'", mu);
    InvalidInputException.requireNonNegative("sigma of product '" + id + "'", sigma);
    InvalidInputException.requirePositive("holding cost of product '" + id + "'", holdingCost);
  }

  public Product(String id, double mu, double sigma) {
    this(id, mu, sigma, 1.0, null);
  }

  /** Coefficient of variation {@code sigma/mu} (0 when mu = 0). */
  public double cv() {
    return mu == 0 ? 0 : sigma / mu;
  }

  public Product withSigma(double newSigma, String newGroup) {
    return new Product(id, mu, newSigma, holdingCost, newGroup);
  }
}
