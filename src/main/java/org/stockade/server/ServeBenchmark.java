package org.stockade.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.stockade.bench.Timing;
import org.stockade.cli.Main;

/**
 * {@code stockade bench serve}: a server on a free loopback port (temporary store) and N
 * concurrent HTTP clients, each submitting the GM SG solve ({@code kind: sg, example: gm}) and
 * polling it until done. Reports throughput and p50/p99 latency (submit to "done" observed),
 * as ratios to the same solve run in this process through the CLI ({@code stockade solve
 * --example gm --format json}), and what the queue does when 2x and 10x its capacity of
 * clients submit at once: how many got 429, that each retried after Retry-After and that no run
 * was lost or duplicated. Both paths are warmed up first ({@code 5 x warmup} solves each).
 */
public final class ServeBenchmark {
  private static final String BODY = "{\"kind\":\"sg\",\"options\":{\"example\":\"gm\"}}";
  private static final long POLL_MS = 5;

  private ServeBenchmark() {}

  /** One load level. */
  public record Row(String load, int clients, int runs, int rejected, int lost,
      double seconds, double throughput, double p50, double p99) {}

  /**
   * The in-process baseline, measured before and after the loads (the machine's speed drifts
   * when it is shared), and the rows.
   */
  public record Report(Timing before, Timing after, int workers, int capacity, List<Row> rows) {
    /** The baseline the ratios use: the mean of the two medians. */
    public double baselineMillis() {
      return (before.medianMillis() + after.medianMillis()) / 2;
    }
  }

  public static Report run(int clients, int runsPerClient, int workers, int queue, int warmup,
      int runs, Consumer<String> log) throws Exception {
    Path data = Files.createTempDirectory("stockade-bench-serve");
    List<Row> rows = new ArrayList<>();
    try (Server server = Server.start(new Server.Options("127.0.0.1", 0, data, null, workers,
        queue, Duration.ofMinutes(10), 1 << 20))) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      int capacity = workers + queue;
      // Warm the JIT on both paths first (one JVM), so neither side is timed while compiling.
      log.accept("bench serve: warm-up");
      for (int i = 0; i < 5 * warmup; i++) {
        submitAndWait(http, server.url(), new int[1]);
      }
      Timing before = inProcess(5 * warmup, runs);
      log.accept("bench serve: 1 client");
      rows.add(load(http, server.url(), "1 client, sequential", 1, runs));
      log.accept("bench serve: " + clients + " clients");
      rows.add(load(http, server.url(), clients + " clients", clients, runsPerClient));
      for (int factor : new int[] {2, 10}) {
        log.accept("bench serve: " + factor + "x capacity");
        rows.add(load(http, server.url(), factor + "x capacity (" + capacity + ")",
            factor * capacity, 1));
      }
      return new Report(before, inProcess(0, runs), workers, capacity, rows);
    } finally {
      try (var s = Files.walk(data)) {
        s.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The GM solve through the CLI in this JVM, as the service runs it (JSON report). */
  private static Timing inProcess(int warmup, int runs) {
    return Timing.measure("in-process solve", warmup, runs, () -> {
      StringWriter out = new StringWriter();
      int code = Main.commandLine(out, new StringWriter()).execute("solve", "--example", "gm",
          "--no-progress", "--format", "json");
      if (code != 0) {
        throw new IllegalStateException("the GM solve failed with exit code " + code);
      }
      return out;
    });
  }

  private static Row load(HttpClient http, String url, String name, int clients, int each)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Callable<double[]>> jobs = new ArrayList<>();
    int[] rejected = new int[1];
    for (int c = 0; c < clients; c++) {
      jobs.add(() -> {
        double[] lat = new double[each];
        for (int k = 0; k < each; k++) {
          lat[k] = submitAndWait(http, url, rejected);
        }
        return lat;
      });
    }
    long t0 = System.nanoTime();
    List<Double> all = new ArrayList<>();
    int lost = 0;
    for (Future<double[]> f : pool.invokeAll(jobs)) {
      for (double v : f.get()) {
        if (Double.isNaN(v)) {
          lost++;
        } else {
          all.add(v);
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    Collections.sort(all);
    return new Row(name, clients, clients * each, rejected[0], lost, seconds,
        all.size() / seconds, pct(all, 0.50), pct(all, 0.99));
  }

  /**
   * Submits one run (again after Retry-After when told 429) and polls it until finished;
   * returns the latency in ms from the first submission, or NaN if it did not end done.
   */
  private static double submitAndWait(HttpClient http, String url, int[] rejected)
      throws Exception {
    long t0 = System.nanoTime();
    String id = null;
    while (id == null) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/runs"))
          .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 429) {
        synchronized (rejected) {
          rejected[0]++;
        }
        long wait = Long.parseLong(r.headers().firstValue("Retry-After").orElse("1"));
        Thread.sleep(wait * 1000);
      } else if (r.statusCode() == 202) {
        id = json(r).get("id").asText();
      } else {
        throw new IllegalStateException("submission answered " + r.statusCode() + ": "
            + r.body());
      }
    }
    while (true) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/runs/"
          + id)).GET().build(), HttpResponse.BodyHandlers.ofString());
      String status = json(r).get("status").asText();
      if (Api.finished(status)) {
        return status.equals("done") ? (System.nanoTime() - t0) / 1e6 : Double.NaN;
      }
      Thread.sleep(POLL_MS);
    }
  }

  private static JsonNode json(HttpResponse<String> r) {
    try {
      return Jsons.MAPPER.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double pct(List<Double> sorted, double q) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
