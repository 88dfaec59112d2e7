package org.stockade.spark;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Progress of a sweep from Spark's own listener bus: counts finished Spark tasks (one per
 * partition of the sweep's RDD, plus those of the output writes) and reports a line at most
 * every 2 s, and at the end: partitions done of the sweep's, failed Spark task attempts (retried
 * by Spark; a sweep task that throws is a failed row, not a failed Spark task) and elapsed time.
 */
final class ProgressListener extends SparkListener {
  private static final long EVERY_NANOS = 2_000_000_000L;
  private final String kind;
  private final int tasks;
  private final int partitions;
  private final Consumer<String> out;
  private final long t0 = System.nanoTime();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failedAttempts = new AtomicInteger();
  private long last = System.nanoTime();

  ProgressListener(String kind, int tasks, int partitions, Consumer<String> out) {
    this.kind = kind;
    this.tasks = tasks;
    this.partitions = partitions;
    this.out = out;
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    if (end.taskInfo() != null && !end.taskInfo().successful()) {
      failedAttempts.incrementAndGet();
    }
    int d = done.incrementAndGet();
    long now = System.nanoTime();
    synchronized (this) {
      if (now - last >= EVERY_NANOS) {
        last = now;
        out.accept(line(Math.min(d, partitions)));
      }
    }
  }

  void finish() {
    out.accept(line(Math.min(done.get(), partitions)) + ", done");
  }

  private String line(int d) {
    return String.format(java.util.Locale.ROOT, "spark %s: %d/%d partitions of %d tasks,"
        + " %d failed attempts, %.1f s", kind, d, partitions, tasks, failedAttempts.get(),
        (System.nanoTime() - t0) / 1e9);
  }
}
