package org.stockade.sourcing;

import org.stockade.model.InvalidInputException;

/**
 * A supplier that is up or down each period, a two-state Markov chain: up to down with
 * probability {@code fail}, down to up with probability {@code recover} (Snyder & Shen,
 * Fundamentals of Supply Chain Theory, ch. 9). Mean disruption length {@code 1 / recover}.
 */
public record MarkovSupplier(double fail, double recover) {

  public MarkovSupplier {
    if (!(fail > 0) || fail > 1) {
      throw new InvalidInputException("fail (probability an up supplier goes down in a period) "
          + "must be in (0, 1], got " + fail);
    }
    if (!(recover > 0) || recover > 1) {
      throw new InvalidInputException("recover (probability a down supplier comes back in a "
          + "period) must be in (0, 1], got " + recover);
    }
  }

  /** Steady-state probability that the supplier is up: {@code recover / (fail + recover)}. */
  public double upProbability() {
    return recover / (fail + recover);
  }

  /**
   * Steady-state probability that the current period is the k-th consecutive down period
   * ({@code k = 0}: up): {@code P(K=0) = pi_up}, {@code P(K=k) = pi_up fail (1-recover)^(k-1)}.
   */
  public double downRunProbability(int k) {
    double up = upProbability();
    return k == 0 ? up : up * fail * Math.pow(1 - recover, k - 1);
  }

  /** {@code P(K <= k)}. */
  public double downRunCdf(int k) {
    return 1 - upProbability() * fail / recover * Math.pow(1 - recover, k);
  }

  /** Mean disruption length in periods. */
  public double meanDownLength() {
    return 1 / recover;
  }
}
