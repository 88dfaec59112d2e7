package org.stockade.server;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.stockade.cli.RunContext;
import org.stockade.cli.Runs;
import org.stockade.io.LoadedNetwork;
import org.stockade.model.CancelToken;
import org.stockade.model.InvalidInputException;

/**
 * The job runner: a fixed pool of {@code workers} threads and an admission limit of
 * {@code workers + queue} runs waiting or executing; beyond it {@link #tryAdmit} says no and the
 * API answers 429 with Retry-After. Each run executes the CLI's command for its kind through
 * {@link Runs#execute} with a {@link RunContext} carrying a {@link CancelToken} (set by
 * {@code DELETE /api/runs/{id}} and by the per-run time limit). A run is reported finished only
 * after {@link Store#finish} has committed its status and reports. Runs do not depend on the
 * client's connection.
 */
final class Runner implements AutoCloseable {
  /** Progress is written to the store at most this often per run. */
  private static final long PROGRESS_EVERY_MS = 1000;
  private final Store store;
  private final Uploads uploads;
  private final int workers;
  private final int capacity;
  private final Duration runLimit;
  private final ExecutorService pool;
  private final ScheduledExecutorService timer;
  private final AtomicInteger admitted = new AtomicInteger();
  private final Map<String, Live> live = new ConcurrentHashMap<>();

  /** What is known about a run while it is queued or executing. */
  static final class Live {
    final CancelToken token = CancelToken.create();
    volatile String progress;
    volatile boolean timedOut;
    volatile long lastWrite;
  }

  Runner(Store store, Uploads uploads, int workers, int queue, Duration runLimit) {
    this.store = store;
    this.uploads = uploads;
    this.workers = workers;
    this.capacity = workers + queue;
    this.runLimit = runLimit;
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "stockade-run-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "stockade-run-timer");
      t.setDaemon(true);
      return t;
    });
  }

  int workers() {
    return workers;
  }

  int capacity() {
    return capacity;
  }

  Duration runLimit() {
    return runLimit;
  }

  /** Runs waiting or executing. */
  int admitted() {
    return admitted.get();
  }

  /** Reserves a place for one run; false when workers and queue are full. */
  boolean tryAdmit() {
    if (admitted.incrementAndGet() > capacity) {
      admitted.decrementAndGet();
      return false;
    }
    return true;
  }

  /** Gives back a place reserved by {@link #tryAdmit} that was not used. */
  void release() {
    admitted.decrementAndGet();
  }

  /**
   * Queues the stored run {@code id}; its place must have been reserved, except at start-up
   * ({@code recovered}), when every queued run is taken back regardless of capacity.
   */
  void enqueue(String id, boolean recovered) {
    if (recovered) {
      admitted.incrementAndGet();
    }
    live.put(id, new Live());
    pool.execute(() -> execute(id));
  }

  /** The latest progress line of an executing run, or null. */
  String progress(String id) {
    Live l = live.get(id);
    return l == null ? null : l.progress;
  }

  /**
   * Cancels run {@code id}: a queued run is marked cancelled at once; an executing one has its
   * token set, which every kind's loops poll (solver iterations, scenario generation and Monte
   * Carlo scenarios), so they stop and return. Workers are never interrupted: an interrupt
   * inside file or native-library I/O (e.g. OR-Tools unpacking its natives) would break that
   * I/O for the whole process. Returns false if the run is not queued or executing.
   */
  boolean cancel(String id) {
    if (store.cancelQueued(id)) {
      return true;
    }
    Live l = live.get(id);
    if (l == null) {
      return false;
    }
    l.token.cancel();
    return true;
  }

  private void execute(String id) {
    Live l = live.get(id);
    ScheduledFuture<?> limit = null;
    try {
      if (!store.start(id)) {
        return; // cancelled while queued
      }
      Store.RunRow row = store.run(id);
      LoadedNetwork net = row.networkId() == null ? null
          : uploads.load(store, row.networkId(), row.networkVersion());
      List<String> args = Jsons.MAPPER.readValue(row.args(), new TypeReference<List<String>>() { });
      RunContext ctx = RunContext.service(l.token, line -> progress(id, l, line), net);
      // The solver gets --time-limit itself; this is the backstop for loops that ignore it.
      limit = timer.schedule(() -> {
        l.timedOut = true;
        l.token.cancel();
      }, runLimit.toMillis() + 5000, TimeUnit.MILLISECONDS);
      Runs.Outcome o = Runs.execute(args, ctx);
      if (l.progress != null) {
        store.progress(id, l.progress);
      }
      String status = l.timedOut ? "timed-out" : l.token.isCancelled() ? "cancelled"
          : o.json() != null ? "done" : "failed";
      String error = o.json() != null && !l.timedOut ? null
          : l.timedOut ? "stopped at the server's per-run time limit of " + runLimit.toSeconds()
              + " s" : text(o);
      store.finish(id, status, o.exitCode(), o.json(), o.csv(), error);
    } catch (InvalidInputException e) {
      store.finish(id, l.token.isCancelled() ? "cancelled" : "failed", 2, null, null,
          e.getMessage());
    } catch (Throwable t) {
      boolean stopped = l.token.isCancelled();
      store.finish(id, l.timedOut ? "timed-out" : stopped ? "cancelled" : "failed",
          stopped ? 3 : 1, null, null, stopped ? "stopped before a result was ready"
              : "internal error: " + t);
    } finally {
      if (limit != null) {
        limit.cancel(false);
      }
      live.remove(id);
      admitted.decrementAndGet();
    }
  }

  private static String text(Runs.Outcome o) {
    String s = (o.stdout() + "\n" + o.stderr()).strip();
    return s.isEmpty() ? "the command ended with exit code " + o.exitCode() + " and no report"
        : s;
  }

  private void progress(String id, Live l, String line) {
    l.progress = line;
    long now = System.currentTimeMillis();
    if (now - l.lastWrite >= PROGRESS_EVERY_MS) {
      l.lastWrite = now;
      try {
        store.progress(id, line);
      } catch (RuntimeException e) {
        // progress is advisory; the final status is what must be committed
      }
    }
  }

  @Override
  public void close() {
    for (Live l : live.values()) {
      l.token.cancel();
    }
    // No interrupts: a worker interrupted inside file or native-library I/O could break that
    // I/O for the whole process. Cancelled runs return at their next cancel check.
    pool.shutdown();
    timer.shutdownNow();
    try {
      pool.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
