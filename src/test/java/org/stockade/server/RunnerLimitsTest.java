package org.stockade.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.cli.Main;

/** Cancellation, the queue bound, idempotency, the per-run limit, tokens, concurrency. */
@Tag("slow")
class RunnerLimitsTest {
  @TempDir
  Path dir;

  /**
   * A large SG solve that runs for minutes: 1000 products on 3 random plants each, one plant
   * down (under the default 10% capacity loss the first round is already optimal).
   */
  static final Map<String, Object> LONG = Map.of("kind", "sg", "options",
      Map.of("generate", "sparse:3,n=1000", "seed", 7, "capacity-loss", "plants:1"));

  static void awaitRunning(TestServer s, String id) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      JsonNode v = TestServer.json(s.get("/api/runs/" + id));
      if (v.get("status").asText().equals("running") && !v.get("progress").isNull()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("run " + id + " never reported progress");
  }

  @Test
  void delete_longSgSolve_stopsWithinASecond() throws Exception {
    try (TestServer s = TestServer.start(dir, 1, 4)) {
      String id = s.submit(LONG);
      awaitRunning(s, id);
      long t0 = System.nanoTime();
      HttpResponse<String> del = s.delete("/api/runs/" + id);
      assertThat(del.statusCode()).as(del.body()).isEqualTo(202);
      JsonNode end = s.awaitFinished(id, Duration.ofSeconds(30));
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf("cancel: run stopped %.3f s after DELETE%n", seconds);
      assertThat(end.get("status").asText()).isEqualTo("cancelled");
      assertThat(seconds).isLessThan(1.0);
      // a finished run cannot be cancelled again
      assertThat(s.delete("/api/runs/" + id).statusCode()).isEqualTo(409);
      // the worker is free again: a small run completes
      String next = s.submit(Map.of("kind", "sg", "options", Map.of("example", "gm")));
      assertThat(s.awaitFinished(next, Duration.ofMinutes(1)).get("status").asText())
          .isEqualTo("done");
    }
  }

  /**
   * A compare run's Monte Carlo (800k scenarios on one thread, tens of seconds) stops on DELETE:
   * not only the run's status but the computation itself, i.e. the command's worker thread
   * ({@code compare-work}, the watchdog's) ends within a second.
   */
  @Test
  void delete_longCompare_stopsTheMonteCarloWithinASecond() throws Exception {
    try (TestServer s = TestServer.start(dir, 1, 4)) {
      String id = s.submit(Map.of("kind", "compare", "options", Map.of("example", "gm",
          "test-samples", 800_000, "threads", 1)));
      awaitRunning(s, id);
      assertThat(computing()).as("the compare worker thread runs").isTrue();
      long t0 = System.nanoTime();
      assertThat(s.delete("/api/runs/" + id).statusCode()).isEqualTo(202);
      JsonNode end = s.awaitFinished(id, Duration.ofSeconds(30));
      double reported = (System.nanoTime() - t0) / 1e9;
      while (computing() && System.nanoTime() - t0 < 30_000_000_000L) {
        Thread.sleep(5);
      }
      double stopped = (System.nanoTime() - t0) / 1e9;
      System.out.printf("cancel compare: status after %.3f s, computation stopped %.3f s after"
          + " DELETE%n", reported, stopped);
      assertThat(end.get("status").asText()).isEqualTo("cancelled");
      assertThat(computing()).as("compare work still running after cancel").isFalse();
      assertThat(stopped).isLessThan(1.0);
      String next = s.submit(Map.of("kind", "compare", "options", Map.of("example", "gm",
          "samples", 50, "test-samples", 500)));
      assertThat(s.awaitFinished(next, Duration.ofMinutes(1)).get("status").asText())
          .isEqualTo("done");
    }
  }

  private static boolean computing() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().equals("compare-work"));
  }

  @Test
  void delete_queuedRun_isCancelledWithoutRunning() throws Exception {
    try (TestServer s = TestServer.start(dir, 1, 4)) {
      String busy = s.submit(LONG);
      String queued = s.submit(Map.of("kind", "sg", "options", Map.of("example", "gm")));
      assertThat(s.delete("/api/runs/" + queued).statusCode()).isEqualTo(202);
      JsonNode v = TestServer.json(s.get("/api/runs/" + queued));
      assertThat(v.get("status").asText()).isEqualTo("cancelled");
      assertThat(v.get("started").isNull()).isTrue();
      s.delete("/api/runs/" + busy);
      s.awaitFinished(busy, Duration.ofSeconds(30));
    }
  }

  @Test
  void submit_beyondWorkersAndQueue_429WithRetryAfter() throws Exception {
    try (TestServer s = TestServer.start(dir, 1, 1)) {
      String a = s.submit(LONG);
      String b = s.submit(LONG);
      HttpResponse<String> c = s.postJson("/api/runs", LONG);
      assertThat(c.statusCode()).isEqualTo(429);
      assertThat(c.headers().firstValue("Retry-After")).hasValue("2");
      assertThat(c.headers().firstValue("content-type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(TestServer.json(s.get("/api/runs")).get("runs")).hasSize(2);
      s.delete("/api/runs/" + b);
      s.delete("/api/runs/" + a);
      s.awaitFinished(a, Duration.ofSeconds(30));
      assertThat(s.postJson("/api/runs", Map.of("kind", "sg", "options",
          Map.of("example", "gm"))).statusCode()).isEqualTo(202);
    }
  }

  @Test
  void idempotencyKey_retriedSubmission_runsOnce_differentBody_422() throws Exception {
    try (TestServer s = TestServer.start(dir, 1, 8)) {
      Map<String, Object> body = Map.of("kind", "sg", "options", Map.of("example", "gm"));
      HttpResponse<String> a = s.postJson("/api/runs", body, "Idempotency-Key", "k-1");
      HttpResponse<String> b = s.postJson("/api/runs", body, "Idempotency-Key", "k-1");
      assertThat(a.statusCode()).isEqualTo(202);
      assertThat(b.statusCode()).isEqualTo(202);
      assertThat(b.headers().firstValue("Idempotent-Replayed")).hasValue("true");
      assertThat(TestServer.json(b).get("id")).isEqualTo(TestServer.json(a).get("id"));
      HttpResponse<String> c = s.postJson("/api/runs", Map.of("kind", "sg", "options",
          Map.of("example", "symmetric10")), "Idempotency-Key", "k-1");
      assertThat(c.statusCode()).isEqualTo(422);
      assertThat(TestServer.json(s.get("/api/runs")).get("runs")).hasSize(1);
    }
  }

  @Test
  void perRunLimit_passedToTheSolver_andLargerRequestsRefused() throws Exception {
    try (TestServer s = TestServer.start(dir, 1, 4, Duration.ofSeconds(2))) {
      HttpResponse<String> over = s.postJson("/api/runs", Map.of("kind", "sg", "options",
          Map.of("example", "gm", "time-limit", 60)));
      assertThat(over.statusCode()).isEqualTo(400);
      assertThat(TestServer.json(over).get("field").asText()).isEqualTo("options.time-limit");
      String id = s.submit(LONG);
      JsonNode end = s.awaitFinished(id, Duration.ofSeconds(30));
      assertThat(end.get("command").asText()).contains("--time-limit 2");
      // the solver stops at its limit with its best bound: a report, exit code 3
      assertThat(end.get("exit_code").asInt()).as(end.toString()).isEqualTo(3);
      JsonNode report = TestServer.json(s.get("/api/runs/" + id + "/result"));
      assertThat(report.toString()).contains("TIME_LIMIT");
    }
  }

  @Test
  void token_requiredOnEveryRequestWhenSet() throws Exception {
    String token = "0123456789abcdef-token";
    try (Server server = Server.start(new Server.Options("127.0.0.1", 0, dir, token, 1, 1,
        Duration.ofSeconds(60), 1 << 20))) {
      var http = java.net.http.HttpClient.newHttpClient();
      var without = http.send(HttpRequest.newBuilder(URI.create(server.url()
          + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(without.statusCode()).isEqualTo(401);
      var wrong = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/runs"))
          .header("Authorization", "Bearer nope").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(wrong.statusCode()).isEqualTo(401);
      var with = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/health"))
          .header("Authorization", "Bearer " + token).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(with.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void serve_otherAddressWithoutToken_exitTwo() {
    var out = new java.io.StringWriter();
    var err = new java.io.StringWriter();
    int code = Main.commandLine(out, err).execute("serve", "--host", "0.0.0.0", "--data",
        dir.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--token");
  }

  @Test
  void fiftyClients_submitAndPoll_noRunLostOrDuplicated() throws Exception {
    try (TestServer s = TestServer.start(dir, 2, 64)) {
      ExecutorService clients = Executors.newFixedThreadPool(50);
      List<Callable<String>> jobs = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        int k = i;
        jobs.add(() -> {
          Map<String, Object> body = Map.of("kind", "reserves", "options", Map.of("model",
              "base-stock", "failure-prob", 0.05, "recovery-prob", 0.25, "h", 1,
              "backorder-cost", 10 + k));
          // every client sends its submission twice with the same key (a retried POST)
          String id = TestServer.json(s.postJson("/api/runs", body, "Idempotency-Key",
              "client-" + k)).get("id").asText();
          String again = TestServer.json(s.postJson("/api/runs", body, "Idempotency-Key",
              "client-" + k)).get("id").asText();
          assertThat(again).isEqualTo(id);
          JsonNode end = s.awaitFinished(id, Duration.ofMinutes(3));
          assertThat(end.get("status").asText()).isEqualTo("done");
          JsonNode report = TestServer.json(s.get("/api/runs/" + id + "/result"));
          // each client gets its own run's answer: the CLI's for its backorder cost
          assertThat(report).isEqualTo(TestServer.JSON.readTree(TestServer.cli("sourcing",
              "reserves", "base-stock", "--failure-prob", "0.05", "--recovery-prob", "0.25",
              "--h", "1", "--backorder-cost", String.valueOf(10 + k), "--format", "json")));
          return id;
        });
      }
      Set<String> ids = new HashSet<>();
      for (Future<String> f : clients.invokeAll(jobs)) {
        ids.add(f.get());
      }
      clients.shutdown();
      assertThat(ids).hasSize(50);
      JsonNode all = TestServer.json(s.get("/api/runs?limit=1000")).get("runs");
      assertThat(all).hasSize(50);
      all.forEach(r -> assertThat(r.get("status").asText()).isEqualTo("done"));
    }
  }
}
