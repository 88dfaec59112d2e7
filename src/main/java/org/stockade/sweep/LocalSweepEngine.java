package org.stockade.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a sweep on a fixed pool of {@code threads} worker threads in this JVM. Every task goes
 * through {@link Sweep#runOne}, so a throwing task becomes a failed row and never stops the
 * others; rows come back sorted by task id whatever order the workers finish in. Writes
 * {@code <kind>.csv} to the output directory when one is given (Parquet needs the Spark engine).
 */
public final class LocalSweepEngine implements SweepEngine {
  /** Progress lines at most this often (plus the last). */
  private static final long PROGRESS_NANOS = 2_000_000_000L;

  @Override
  public String name() {
    return "local";
  }

  @Override
  public <T extends SweepTask> SweepResult run(Sweep<T> sweep, Settings settings) {
    long t0 = System.nanoTime();
    int n = sweep.tasks().size();
    int threads = Math.min(settings.threads(), n);
    List<SweepRow> rows = new ArrayList<>(n);
    AtomicInteger done = new AtomicInteger();
    long[] lastPrint = {t0};
    SweepFunction<T> f = sweep.function();
    if (threads <= 1) {
      for (T t : sweep.tasks()) {
        rows.add(Sweep.runOne(f, t));
        report(settings, sweep.kind(), done.incrementAndGet(), n, lastPrint);
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread th = new Thread(r, "sweep-worker");
        th.setDaemon(true);
        return th;
      });
      try {
        List<Future<SweepRow>> futures = new ArrayList<>(n);
        for (T t : sweep.tasks()) {
          futures.add(pool.submit(() -> {
            SweepRow row = Sweep.runOne(f, t);
            report(settings, sweep.kind(), done.incrementAndGet(), n, lastPrint);
            return row;
          }));
        }
        for (Future<SweepRow> fu : futures) {
          rows.add(fu.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("sweep interrupted", e);
      } catch (ExecutionException e) {
        // runOne never throws; only an Error it does not catch can land here
        throw new IllegalStateException("sweep worker failed: " + e.getCause(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    SweepResult res = new SweepResult(sweep.kind(), name(), sweep.columns(), rows,
        (System.nanoTime() - t0) / 1e9, List.of());
    if (settings.out() != null) {
      try {
        res = res.withFiles(List.of(res.writeCsv(java.nio.file.Path.of(settings.out()))
            .toString()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + settings.out() + ": " + e.getMessage(),
            e);
      }
    }
    return res;
  }

  private static void report(Settings s, String kind, int done, int total, long[] last) {
    if (s.progress() == null) {
      return;
    }
    long now = System.nanoTime();
    synchronized (last) {
      if (done == total || now - last[0] >= PROGRESS_NANOS) {
        last[0] = now;
        s.progress().accept(kind + ": " + done + "/" + total + " tasks");
      }
    }
  }
}
