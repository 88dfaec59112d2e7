package org.stockade.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Wall-clock timing of a task in this JVM: {@code warmup} untimed runs, then {@code runs} timed
 * ones; reports the median and min in milliseconds. Benchmarks compare ratios of medians measured
 * in the same process, never absolute times across machines.
 */
public record Timing(String name, double medianMillis, double minMillis, int runs) {
  public static <T> Timing measure(String name, int warmup, int runs, Supplier<T> task) {
    for (int k = 0; k < warmup; k++) {
      task.get();
    }
    double[] t = new double[runs];
    for (int k = 0; k < runs; k++) {
      long t0 = System.nanoTime();
      task.get();
      t[k] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(t);
    double median = runs % 2 == 1 ? t[runs / 2] : (t[runs / 2 - 1] + t[runs / 2]) / 2;
    return new Timing(name, median, t[0], runs);
  }
}
