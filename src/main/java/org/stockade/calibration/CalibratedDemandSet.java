package org.stockade.calibration;

import org.stockade.uncertainty.AggregateForm;

/**
 * Calibrated parameters of the parametric demand set (spec section 3) and how they were found.
 *
 * <p>For every period {@code t} of the calibration sample, with {@code z_tj = (x_tj - mu_j) /
 * sigma_j}, three radii: box {@code a_t = max_j |z_tj|}, aggregate {@code b_t = |sum_j w_j z_tj|
 * / B0} ({@code w = 1, B0 = 1} standardized; {@code w = sigma, B0 = sqrt(sum sigma^2)}
 * unstandardized) and budget {@code g_t = sum_j |z_tj|}; the period lies in the set exactly when
 * {@code a_t <= alpha}, {@code b_t <= beta} and {@code g_t <= gamma}. The shape
 * {@code m = (alpha_p, beta_p, gamma_p)} is the per-constraint coverage quantile at level p
 * ({@link Estimators#coverQuantile}); the set is {@code s* m} with {@code s*} the coverage
 * quantile at the target q of {@code s_t = max(a_t/alpha_p, b_t/beta_p, g_t/gamma_p)}. So the
 * constraints jointly (not each alone) cover the target share, and sets for different targets
 * with one shape are nested.
 *
 * @param alpha calibrated box bound, +infinity when not calibrated
 * @param beta calibrated aggregate bound, +infinity when not calibrated
 * @param gamma calibrated budget, +infinity when not calibrated
 * @param shape {@code (alpha_p, beta_p, gamma_p)}, +infinity for parts left out
 * @param scale {@code s*}
 * @param shapeLevel p
 * @param target q
 * @param periods calibration sample size n
 * @param certified false when n is too small for q ({@code ceil((n+1) q) > n}); then the
 *     largest observed value was used and the finite-sample guarantee does not hold
 * @param perProductAlpha the coverage quantile at q of {@code |z_j|} for each product alone
 * @param reference normal-theory values at q beside the empirical ones: see
 *     {@link Reference}
 */
public record CalibratedDemandSet(double alpha, double beta, double gamma, AggregateForm form,
    double[] shape, double scale, double shapeLevel, double target, int periods,
    boolean certified, double[] perProductAlpha, Reference reference) {
  public CalibratedDemandSet {
    shape = shape.clone();
    perProductAlpha = perProductAlpha.clone();
  }

  @Override
  public double[] shape() {
    return shape.clone();
  }

  @Override
  public double[] perProductAlpha() {
    return perProductAlpha.clone();
  }

  /**
   * Normal-theory (CLT) values for target q, shown beside the empirical calibration:
   *
   * @param alphaPerProduct {@code Phi^-1((1+q)/2)}: one normal product within the box w.p. q
   * @param alphaJoint {@code Phi^-1((1+q^(1/N))/2)}: N independent normals all within it
   * @param betaIndependent the aggregate bound for independent normal demand:
   *     {@code Phi^-1((1+q)/2)} (unstandardized) or that times {@code sqrt(N)} (standardized)
   * @param betaCorrelated the same with the estimated correlation R: times
   *     {@code sqrt(sigma'R sigma / sigma'sigma)} (unstandardized) or {@code sqrt(1'R1) /
   *     sqrt(N)} (standardized)
   * @param betaEmpirical the empirical aggregate quantile at q alone ({@code b_t})
   * @param gammaIndependent {@code N sqrt(2/pi) + Phi^-1(q) sqrt(N (1 - 2/pi))}, the CLT value of
   *     {@code sum |z_j|} for independent normals
   */
  public record Reference(double alphaPerProduct, double alphaJoint, double betaIndependent,
      double betaCorrelated, double betaEmpirical, double gammaIndependent) {}
}
