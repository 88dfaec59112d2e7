package org.stockade.sim;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Runs independent tasks {@code 0..count-1} on a private pool of {@code threads} workers. */
public final class Parallel {
  private Parallel() {}

  public static void forEach(int count, int threads, IntConsumer task) {
    if (threads <= 1 || count <= 1) {
      for (int k = 0; k < count; k++) {
        task.accept(k);
      }
      return;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, count).parallel().forEach(task)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }
}
