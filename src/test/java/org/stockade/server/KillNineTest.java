package org.stockade.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost after {@code kill -9}: a real server in its own JVM (the test class path) is
 * killed with SIGKILL while one run executes and another waits; after a restart on the same
 * data directory the finished run is intact, the executing one is {@code interrupted} (and
 * resubmittable with one call) and the queued one runs to the end.
 */
@Tag("slow")
class KillNineTest {
  @TempDir
  Path dir;
  final HttpClient http = HttpClient.newHttpClient();

  /** A server process and its URL (read from its JSON start-up line). */
  record Proc(Process process, String url) {}

  Proc start() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xss8m", "-cp",
        System.getProperty("java.class.path"), "org.stockade.cli.Main", "serve", "--port", "0",
        "--data", dir.toString(), "--workers", "1", "--format", "json");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8));
    StringBuilder json = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      json.append(line).append('\n');
      if (line.equals("}")) {
        break;
      }
    }
    JsonNode started = TestServer.JSON.readTree(json.toString());
    return new Proc(p, started.get("url").asText());
  }

  JsonNode call(String method, String url, Object body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
        : b.method(method, HttpRequest.BodyPublishers.ofByteArray(
            TestServer.JSON.writeValueAsBytes(body)));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return TestServer.JSON.readTree(r.body());
  }

  JsonNode await(String url, String id, List<String> statuses, Duration max) throws Exception {
    long end = System.nanoTime() + max.toNanos();
    while (true) {
      JsonNode v = call("GET", url + "/api/runs/" + id, null);
      if (statuses.contains(v.get("status").asText())
          && (!v.get("status").asText().equals("running") || !v.get("progress").isNull())) {
        return v;
      }
      if (System.nanoTime() > end) {
        throw new AssertionError(id + " not in " + statuses + ": " + v);
      }
      Thread.sleep(100);
    }
  }

  @Test
  void killNine_finishedIntact_executingInterrupted_queuedRunAgain() throws Exception {
    Proc a = start();
    JsonNode done;
    String finished;
    String executing;
    String queued;
    try {
      finished = call("POST", a.url() + "/api/runs", Map.of("kind", "sg", "options",
          Map.of("example", "gm"))).get("id").asText();
      await(a.url(), finished, List.of("done"), Duration.ofMinutes(2));
      done = call("GET", a.url() + "/api/runs/" + finished + "/result", null);
      executing = call("POST", a.url() + "/api/runs", RunnerLimitsTest.LONG).get("id").asText();
      await(a.url(), executing, List.of("running"), Duration.ofMinutes(2));
      queued = call("POST", a.url() + "/api/runs", Map.of("kind", "sg", "options",
          Map.of("example", "symmetric10"))).get("id").asText();
      assertThat(call("GET", a.url() + "/api/runs/" + queued, null).get("status").asText())
          .isEqualTo("queued");
    } finally {
      a.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
      a.process().waitFor();
    }
    assertThat(a.process().exitValue()).isEqualTo(137); // 128 + SIGKILL
    Proc b = start();
    try {
      JsonNode f = call("GET", b.url() + "/api/runs/" + finished, null);
      assertThat(f.get("status").asText()).isEqualTo("done");
      assertThat(call("GET", b.url() + "/api/runs/" + finished + "/result", null))
          .isEqualTo(done);
      JsonNode x = call("GET", b.url() + "/api/runs/" + executing, null);
      assertThat(x.get("status").asText()).isEqualTo("interrupted");
      assertThat(x.get("error").asText()).contains("retry");
      JsonNode q = await(b.url(), queued, List.of("done"), Duration.ofMinutes(2));
      assertThat(q.get("exit_code").asInt()).isZero();
      JsonNode again = call("POST", b.url() + "/api/runs/" + executing + "/retry", null);
      assertThat(again.get("status").asText()).isIn("queued", "running");
      assertThat(again.get("retry_of").asText()).isEqualTo(executing);
      assertThat(again.get("command")).isEqualTo(x.get("command"));
      call("DELETE", b.url() + "/api/runs/" + again.get("id").asText(), null);
      System.out.println("kill -9: finished run intact, executing run interrupted, queued run"
          + " re-run to done");
    } finally {
      b.process().destroy();
      b.process().waitFor();
    }
  }
}
