package org.stockade.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs a study's independent jobs on a private fixed pool, results in job order. */
final class Jobs {
  private Jobs() {}

  /**
   * @param threads workers (at least 1 is used)
   * @param progress told the number of finished jobs after each one
   * @param study name for the error message when a job fails
   */
  static <T> List<T> run(List<Callable<T>> jobs, int threads, IntConsumer progress,
      String study) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<T>> futures = new ArrayList<>();
      AtomicInteger done = new AtomicInteger();
      for (Callable<T> job : jobs) {
        futures.add(pool.submit(() -> {
          T result = job.call();
          progress.accept(done.incrementAndGet());
          return result;
        }));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(study + " failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
