package org.stockade.sim;

import java.util.concurrent.CancellationException;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.RandomProviderState;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.stockade.model.CancelToken;
import org.stockade.model.InvalidInputException;

/**
 * Seeded, reproducible scenario generation. Scenarios are cut into blocks of {@link #BLOCK};
 * block {@code b} draws from the stream of a xoroshiro128++ generator seeded with {@code seed}
 * and jumped {@code b} times ({@code 2^64} steps each), so the streams never overlap and every
 * scenario is a function of {@code (seed, index)} only: the result is the same for any number
 * of threads. Within a scenario the draws are, in order, one demand per product, then one
 * uniform per failure group.
 */
public final class ScenarioGenerator {
  /** Scenarios per random stream. */
  public static final int BLOCK = 256;

  private ScenarioGenerator() {}

  /** {@code n} scenarios with all available cores. */
  public static ScenarioSet generate(ScenarioModel model, int n, long seed) {
    return generate(model, n, seed, Runtime.getRuntime().availableProcessors());
  }

  /** {@code n} scenarios using {@code threads} worker threads (same result for any count). */
  public static ScenarioSet generate(ScenarioModel model, int n, long seed, int threads) {
    return generate(model, n, seed, threads, CancelToken.never());
  }

  /**
   * {@code n} scenarios, polling {@code cancel} before every block of {@link #BLOCK}.
   *
   * @throws CancellationException when {@code cancel} is set
   */
  public static ScenarioSet generate(ScenarioModel model, int n, long seed, int threads,
      CancelToken cancel) {
    if (n < 1) {
      throw new InvalidInputException("number of samples must be at least 1, got " + n);
    }
    if (threads < 1) {
      throw new InvalidInputException("threads must be at least 1, got " + threads);
    }
    int p = model.products();
    int m = model.plants();
    if ((long) n * Math.max(p, m) > 200_000_000L) {
      throw new InvalidInputException(n + " samples of " + p + " products are too many to hold"
          + " in memory; use fewer samples");
    }
    double[] demand = new double[n * p];
    double[] capacity = new double[n * m];
    int blocks = (n + BLOCK - 1) / BLOCK;
    UniformRandomProvider[] streams = streams(seed, blocks);
    Parallel.forEach(blocks, threads, b -> {
      if (cancel.isCancelled()) {
        throw new CancellationException("scenario generation cancelled");
      }
      fill(model, streams[b], b * BLOCK, Math.min(n, (b + 1) * BLOCK), demand, capacity);
    });
    String src = "generated: " + describe(model) + ", seed " + seed;
    return new ScenarioSet(n, p, m, demand, capacity, src, seed);
  }

  /** {@code count} non-overlapping streams: the seeded generator jumped 0, 1, 2, ... times. */
  static UniformRandomProvider[] streams(long seed, int count) {
    JumpableUniformRandomProvider root =
        (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    UniformRandomProvider[] out = new UniformRandomProvider[count];
    for (int b = 0; b < count; b++) {
      out[b] = root.jump(); // a copy of the current state; root advances by 2^64
    }
    return out;
  }

  /** Blocks between two saved generator states in {@link #stream}. */
  static final int CHECKPOINT = 1024;
  /** Per seed, the root generator's state after 0, CHECKPOINT, 2 CHECKPOINT, ... jumps. */
  private static final java.util.Map<Long, java.util.List<RandomProviderState>> CHECKPOINTS =
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(
            java.util.Map.Entry<Long, java.util.List<RandomProviderState>> e) {
          return size() > 16;
        }
      };

  /**
   * The stream of block {@code b} alone: the same as {@code streams(seed, b + 1)[b]}, the
   * seeded generator jumped {@code b} times, but in at most {@link #CHECKPOINT} jumps from a
   * saved state (kept per JVM and seed) instead of {@code b}. A sweep of B blocks in any order
   * costs {@code O(B * CHECKPOINT)} jumps, not {@code O(B^2)}.
   */
  public static UniformRandomProvider stream(long seed, int b) {
    if (b < 0) {
      throw new IllegalArgumentException("block must be >= 0, got " + b);
    }
    int k = b / CHECKPOINT;
    RandomProviderState start;
    synchronized (CHECKPOINTS) {
      java.util.List<RandomProviderState> cps = CHECKPOINTS.computeIfAbsent(seed, s -> {
        java.util.List<RandomProviderState> l = new java.util.ArrayList<>();
        l.add(((RestorableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(s))
            .saveState());
        return l;
      });
      while (cps.size() <= k) {
        JumpableUniformRandomProvider g = restored(seed, cps.get(cps.size() - 1));
        for (int j = 0; j < CHECKPOINT; j++) {
          g.jump();
        }
        cps.add(((RestorableUniformRandomProvider) g).saveState());
      }
      start = cps.get(k);
    }
    JumpableUniformRandomProvider g = restored(seed, start);
    for (int j = k * CHECKPOINT; j < b; j++) {
      g.jump();
    }
    return g;
  }

  private static JumpableUniformRandomProvider restored(long seed, RandomProviderState state) {
    UniformRandomProvider g = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ((RestorableUniformRandomProvider) g).restoreState(state);
    return (JumpableUniformRandomProvider) g;
  }

  static void fill(ScenarioModel model, UniformRandomProvider rng, int from, int to,
      double[] demand, double[] capacity) {
    RandomDraws draws = new RandomDraws(rng);
    int p = model.products();
    int m = model.plants();
    int groups = model.groupCount();
    boolean[] failed = new boolean[groups];
    double[] cap = model.capacity();
    double keep = 1 - model.lossFraction();
    double prob = model.failureProbability();
    for (int k = from; k < to; k++) {
      for (int j = 0; j < p; j++) {
        demand[k * p + j] = model.demand().get(j).sample(draws);
      }
      for (int g = 0; g < groups; g++) {
        failed[g] = draws.uniform() < prob;
      }
      for (int i = 0; i < m; i++) {
        capacity[k * m + i] = failed[model.groupOf(i)] ? cap[i] * keep : cap[i];
      }
    }
  }

  static String describe(ScenarioModel model) {
    return "p = " + model.failureProbability()
        + (model.lossFraction() < 1 ? ", loss fraction " + model.lossFraction() : "")
        + (model.failureGroup() != null ? ", " + model.groupCount() + " failure groups" : "");
  }
}
