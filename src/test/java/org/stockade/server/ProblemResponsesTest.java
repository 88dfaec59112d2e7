package org.stockade.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.cli.Main;

/** Bad uploads and bad run options: problem+json with the CLI's exit-2 message and the field. */
class ProblemResponsesTest {
  @TempDir
  static Path dir;
  static TestServer s;

  @BeforeAll
  static void start() {
    s = TestServer.start(dir.resolve("data"), 1, 4);
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  /** The CLI's stderr message (without "error: ") and exit code for {@code args}. */
  private static String cliError(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(out, err).execute(args);
    assertThat(code).isEqualTo(2);
    return err.toString().lines().findFirst().orElseThrow().replaceFirst("^error: ", "");
  }

  private static JsonNode problem(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = TestServer.json(r);
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("type").asText()).startsWith("urn:stockade:problem:");
    return p;
  }

  @Test
  void upload_badField_400NamingTheFieldWithTheCliMessage() throws Exception {
    String yaml = Files.readString(Path.of("examples/gm.yaml"))
        .replaceFirst("capacity: 380", "capacity: -5");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, yaml);
    JsonNode p = problem(s.post("/api/networks?name=bad.yaml",
        yaml.getBytes(StandardCharsets.UTF_8)), 400);
    assertThat(p.get("field").asText()).isEqualTo("plants[0].capacity");
    assertThat(p.get("detail").asText())
        .isEqualTo(cliError("solve", bad.toString()).replace(bad.toString(), "bad.yaml"));
    assertThat(TestServer.json(s.get("/api/networks")).get("networks")).isEmpty();
  }

  @Test
  void upload_malformedYamlZipAndFormat_400WithAFix() {
    assertThat(problem(s.post("/api/networks?name=x.yaml", "plants: [".getBytes(
        StandardCharsets.UTF_8)), 400).get("detail").asText()).contains("x.yaml", "line");
    assertThat(problem(s.post("/api/networks?name=x.zip", "not a zip".getBytes(
        StandardCharsets.UTF_8)), 400).get("detail").asText()).contains("zip");
    assertThat(problem(s.post("/api/networks?name=x.exe", new byte[] {1}), 400)
        .get("field").asText()).isEqualTo("format");
    assertThat(problem(s.post("/api/networks?name=x.yaml", new byte[0]), 400)
        .get("field").asText()).isEqualTo("body");
  }

  @Test
  void upload_yamlAliasBomb_refused() {
    StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 0; i < 12; i++) {
      y.append((char) ('b' + i)).append(": &").append((char) ('b' + i)).append(" [");
      for (int k = 0; k < 10; k++) {
        y.append(k == 0 ? "" : ", ").append('*').append((char) ('a' + i));
      }
      y.append("]\n");
    }
    JsonNode p = problem(s.post("/api/networks?name=bomb.yaml",
        y.toString().getBytes(StandardCharsets.UTF_8)), 400);
    assertThat(p.get("detail").asText()).containsIgnoringCase("alias");
  }

  @Test
  void upload_overTheSizeCap_413() {
    byte[] big = new byte[(16 << 20) + 10];
    problem(s.post("/api/networks?name=big.yaml", big), 413);
  }

  @Test
  void run_unknownOptionOrKind_400NamingIt() {
    assertThat(problem(s.postJson("/api/runs", Map.of("kind", "sg", "options",
        Map.of("example", "gm", "frobnicate", 1))), 400).get("field").asText())
        .isEqualTo("options.frobnicate");
    assertThat(problem(s.postJson("/api/runs", Map.of("kind", "nope")), 400)
        .get("field").asText()).isEqualTo("kind");
    assertThat(problem(s.postJson("/api/runs", Map.of("kind", "compare", "options",
        Map.of("example", "gm", "out", "/etc"))), 400).get("detail").asText())
        .contains("no file paths");
    JsonNode typed = problem(s.postJson("/api/runs", Map.of("kind", "sg", "options",
        Map.of("example", "gm", "seed", "abc"))), 400);
    assertThat(typed.get("field").asText()).isEqualTo("options.seed");
    assertThat(problem(s.postJson("/api/runs", Map.of("kind", "sg", "network", "n-none")),
        400).get("field").asText()).isEqualTo("network");
  }

  @Test
  void submit_badValueCheckedInTheCommand_400WithTheCliMessageAndField() throws Exception {
    JsonNode p = problem(s.postJson("/api/runs", Map.of("kind", "sg", "options",
        Map.of("example", "gm", "delta", "-1"))), 400);
    assertThat(p.get("detail").asText()).isEqualTo(cliError("solve", "--example", "gm",
        "--delta", "-1"));
    assertThat(p.get("field").asText()).isEqualTo("options.delta");
    JsonNode c = problem(s.postJson("/api/runs", Map.of("kind", "compare", "options",
        Map.of("example", "gm", "loss-fraction", 2))), 400);
    assertThat(c.get("detail").asText()).isEqualTo(cliError("compare", "--example", "gm",
        "--loss-fraction", "2"));
    assertThat(c.get("field").asText()).isEqualTo("options.loss-fraction");
    JsonNode cal = problem(s.postJson("/api/runs", Map.of("kind", "calibrate", "options",
        Map.of("example", "gm"), "files", Map.of("demand", "period,product,quantity\n"))), 400);
    assertThat(cal.get("detail").asText()).isNotBlank();
    // nothing was queued: the run list has no failed run for them
    JsonNode runs = TestServer.json(s.get("/api/runs?status=failed"));
    assertThat(runs.toString()).doesNotContain("\"delta\":\"-1\"");
  }

  @Test
  void run_wrongNetworkKind_400() throws Exception {
    String net = s.upload(Path.of("examples/tiers30.yaml"));
    assertThat(problem(s.postJson("/api/runs", Map.of("kind", "sg", "network", net)), 400)
        .get("detail").asText()).contains("exposure network", "plant-product");
  }

  @Test
  void unknownIds_404Escaped() {
    JsonNode p = problem(s.get("/api/runs/%1B%5B31mX"), 404);
    assertThat(p.get("detail").asText()).contains("\\u001b").doesNotContain("\u001b");
    problem(s.get("/api/nothing"), 404);
  }

  @Test
  void malformedJsonBody_400() {
    problem(s.post("/api/runs", "{".getBytes(StandardCharsets.UTF_8)), 400);
    problem(s.post("/api/runs", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]"
        .getBytes(StandardCharsets.UTF_8)), 400);
  }
}
