package org.stockade.sim;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/** One random stream with a standard-normal sampler on top (not thread-safe). */
public final class RandomDraws {
  private final UniformRandomProvider rng;
  private final ZigguratSampler.NormalizedGaussian gauss;

  public RandomDraws(UniformRandomProvider rng) {
    this.rng = rng;
    this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
  }

  /** Uniform on [0, 1). */
  public double uniform() {
    return rng.nextDouble();
  }

  public double gaussian() {
    return gauss.sample();
  }
}
