package org.stockade.multistage;

import org.stockade.model.InvalidInputException;

/**
 * Demand of a product (a node of the last stage): mean {@code mu >= 0} and spread
 * {@code sigma >= 0} per period, as in spec section 1; {@code group} is an optional report label
 * such as {@code "high"} / {@code "low"} variability ({@code null} if none).
 */
public record Demand(double mu, double sigma, String group) {
  public Demand {
    InvalidInputException.requireNonNegative("mu", mu);
    InvalidInputException.requireNonNegative("sigma", sigma);
  }
}
