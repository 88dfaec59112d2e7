package org.stockade.sourcing;

/**
 * Result of relative value iteration ({@link DualSourcingDp}).
 *
 * @param gain optimal long-run average cost per period (midpoint of the bounds)
 * @param lower a lower bound on the optimal cost of the truncated problem ({@code min(TV - V)})
 * @param upper an upper bound ({@code max(TV - V)})
 * @param iterations value iterations done
 * @param converged whether {@code upper - lower} reached the tolerance
 * @param states states of the truncated problem
 * @param box the truncation
 * @param policy the optimal stationary policy of the last iteration
 */
public record DpResult(double gain, double lower, double upper, int iterations,
    boolean converged, int states, DpBox box, StatePolicy policy) {}
