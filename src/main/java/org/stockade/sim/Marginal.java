package org.stockade.sim;

import org.stockade.model.InvalidInputException;

/**
 * The demand distribution of one product in a {@link ScenarioModel}. Sampling reads from the
 * {@link RandomDraws} of the scenario's stream, so a scenario is a pure function of its stream.
 */
public sealed interface Marginal extends java.io.Serializable
    permits Marginal.TruncatedNormal, Marginal.TwoPoint {
  double sample(RandomDraws draws);

  double mean();

  /**
   * Normal {@code N(mu, sigma^2)} conditioned on {@code [mu - k sigma, mu + k sigma]} (the paper's
   * Appendix S2 uses k = 2), sampled by rejection from a standard normal (acceptance 95.4% at
   * k = 2), which is exact. {@code sigma = 0} gives the constant {@code mu}.
   */
  record TruncatedNormal(double mu, double sigma, double k) implements Marginal {
    public TruncatedNormal {
      if (!Double.isFinite(mu)) {
        throw new InvalidInputException("demand mean must be finite, got " + mu);
      }
      InvalidInputException.requireNonNegative("demand sigma", sigma);
      if (!(k > 0.1) || Double.isInfinite(k)) {
        throw new InvalidInputException("truncation must be a finite number of sigmas > 0.1, got "
            + k);
      }
    }

    @Override
    public double sample(RandomDraws draws) {
      if (sigma == 0) {
        return mu;
      }
      double z;
      do {
        z = draws.gaussian();
      } while (Math.abs(z) > k);
      return mu + sigma * z;
    }

    @Override
    public double mean() {
      return mu; // symmetric truncation
    }
  }

  /** {@code high} with probability {@code pHigh}, else {@code low}. */
  record TwoPoint(double low, double high, double pHigh) implements Marginal {
    public TwoPoint {
      if (!Double.isFinite(low) || !Double.isFinite(high)) {
        throw new InvalidInputException("two-point demand values must be finite");
      }
      if (!(pHigh >= 0 && pHigh <= 1)) {
        throw new InvalidInputException("two-point probability must be in [0, 1], got " + pHigh);
      }
    }

    @Override
    public double sample(RandomDraws draws) {
      return draws.uniform() < pHigh ? high : low;
    }

    @Override
    public double mean() {
      return pHigh * high + (1 - pHigh) * low;
    }
  }
}
