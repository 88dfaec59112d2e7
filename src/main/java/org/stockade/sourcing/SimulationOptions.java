package org.stockade.sourcing;

import org.stockade.model.InvalidInputException;

/**
 * Simulation settings: seed, measured periods (after {@code warmup}), split into 50 batches for
 * the batch-means confidence interval.
 */
public record SimulationOptions(long seed, int periods, int warmup) {
  public static final int BATCHES = 50;

  public SimulationOptions {
    if (periods < BATCHES * 10) {
      throw new InvalidInputException("simulation periods must be at least " + BATCHES * 10
          + ", got " + periods);
    }
    if (warmup < 0) {
      throw new InvalidInputException("simulation warmup must be >= 0, got " + warmup);
    }
  }

  public static SimulationOptions defaults() {
    return new SimulationOptions(2022, 1_000_000, 10_000);
  }

  public SimulationOptions withPeriods(int n) {
    return new SimulationOptions(seed, n, warmup);
  }
}
