package org.stockade.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every run kind over real HTTP on loopback: the service's JSON report equals the CLI's
 * {@code --format json} for the same inputs (apart from wall-clock fields).
 */
@Tag("slow")
class ApiRoundTripTest {
  @TempDir
  static Path dir;
  static TestServer s;

  @BeforeAll
  static void start() {
    s = TestServer.start(dir.resolve("data"), 2, 16);
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  private static JsonNode run(Map<String, Object> body) throws Exception {
    String id = s.submit(body);
    JsonNode view = s.awaitFinished(id, Duration.ofMinutes(3));
    assertThat(view.get("status").asText()).as(view.toString()).isEqualTo("done");
    HttpResponse<String> r = s.get("/api/runs/" + id + "/result");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).contains("application/json");
    return TestServer.json(r);
  }

  private static JsonNode cli(String... args) throws IOException {
    return TestServer.JSON.readTree(TestServer.cli(args));
  }

  private static void assertSameReport(JsonNode api, JsonNode cli) {
    assertThat(TestServer.withoutTimings(api)).isEqualTo(TestServer.withoutTimings(cli));
  }

  private static Map<String, Object> body(String kind, String network, Object... options) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("kind", kind);
    if (network != null) {
      b.put("network", network);
    }
    Map<String, Object> o = new LinkedHashMap<>();
    for (int i = 0; i < options.length; i += 2) {
      o.put((String) options[i], options[i + 1]);
    }
    b.put("options", o);
    return b;
  }

  @Test
  void sg_uploadedYaml_sameJsonAsCli_andCsvXlsxDownloads() throws Exception {
    String net = s.upload(Path.of("examples/gm.yaml"));
    String id = s.submit(body("sg", net, "capacity-loss", "plants:1"));
    JsonNode view = s.awaitFinished(id, Duration.ofMinutes(2));
    assertThat(view.get("status").asText()).isEqualTo("done");
    JsonNode api = TestServer.json(s.get("/api/runs/" + id + "/result"));
    assertSameReport(api, cli("solve", "examples/gm.yaml", "--capacity-loss", "plants:1",
        "--format", "json"));
    String csv = s.get("/api/runs/" + id + "/result?format=csv").body();
    assertThat(csv).isEqualTo(TestServer.cli("solve", "examples/gm.yaml", "--capacity-loss",
        "plants:1", "--format", "csv"));
    byte[] xlsx = s.getBytes("/api/runs/" + id + "/result?format=xlsx").body();
    TestServer.assertXlsxMatchesCsv(xlsx, csv, 4);
  }

  @Test
  void sg_csvZipUpload_sameJsonAsCliOnTheDirectory() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      try (var files = Files.list(Path.of("examples/gm-csv"))) {
        for (Path f : files.sorted().toList()) {
          z.putNextEntry(new ZipEntry("gm-csv/" + f.getFileName()));
          z.write(Files.readAllBytes(f));
          z.closeEntry();
        }
      }
    }
    HttpResponse<String> up = s.post("/api/networks?name=gm-csv.zip", zip.toByteArray());
    assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    String net = TestServer.json(up).get("id").asText();
    assertSameReport(run(body("sg", net)), cli("solve", "examples/gm-csv", "--format",
        "json"));
  }

  @Test
  void cm_example_sameJsonAsCli() throws Exception {
    assertSameReport(run(body("cm", null, "example", "gm", "underage", 10, "overage", 1)),
        cli("solve", "--example", "gm", "--model", "cm", "--underage", "10", "--overage", "1",
            "--format", "json"));
  }

  @Test
  void msg_uploadedMultiStage_sameJsonAsCli_andDefaultsToTheExample() throws Exception {
    String net = s.upload(Path.of("examples/gm-two-tier.yaml"));
    JsonNode viaUpload = run(body("msg", net));
    assertSameReport(viaUpload, cli("solve", "examples/gm-two-tier.yaml", "--format", "json"));
    assertSameReport(run(body("msg", null)), cli("solve", "--example", "gm-two-tier",
        "--format", "json"));
  }

  @Test
  void tts_example_sameJsonAsCli() throws Exception {
    assertSameReport(run(body("tts", null, "example", "gm", "budget", 1)),
        cli("tts", "--example", "gm", "--budget", "1", "--format", "json"));
  }

  @Test
  void compare_example_sameJsonAsCli() throws Exception {
    assertSameReport(run(body("compare", null, "example", "gm", "samples", 50,
        "test-samples", 200, "seed", 3)), cli("compare", "--example", "gm", "--samples", "50",
        "--test-samples", "200", "--seed", "3", "--no-progress", "--format", "json"));
  }

  @Test
  void exposure_xlsxUpload_sameJsonAsCli() throws Exception {
    String net = s.upload(Path.of("examples/tiers30.xlsx"));
    assertSameReport(run(body("exposure", net)), cli("exposure", "examples/tiers30.xlsx",
        "--no-progress", "--format", "json"));
  }

  @Test
  void sourcing_flags_sameJsonAsCli() throws Exception {
    assertSameReport(run(body("sourcing", null, "demand", "uniform:0:4", "lr", 2, "cr", 100,
        "ce", 105, "h", 5, "b", 495, "periods", 2000)), cli("sourcing", "--demand",
        "uniform:0:4", "--lr", "2", "--cr", "100", "--ce", "105", "--h", "5", "--b", "495",
        "--periods", "2000", "--format", "json"));
  }

  @Test
  void reserves_baseStock_sameJsonAsCli() throws Exception {
    assertSameReport(run(body("reserves", null, "model", "base-stock", "failure-prob", 0.05,
        "recovery-prob", 0.25, "h", 1, "backorder-cost", 19)), cli("sourcing", "reserves",
        "base-stock", "--failure-prob", "0.05", "--recovery-prob", "0.25", "--h", "1",
        "--backorder-cost", "19", "--format", "json"));
  }

  @Test
  void networks_versionsAndOriginal_roundTrip() throws Exception {
    String net = s.upload(Path.of("examples/gm.yaml"));
    HttpResponse<String> v2 = s.post("/api/networks/" + net + "/versions?name=gm.json",
        Files.readAllBytes(Path.of("examples/gm.json")));
    assertThat(v2.statusCode()).as(v2.body()).isEqualTo(201);
    assertThat(TestServer.json(v2).get("latest_version").asInt()).isEqualTo(2);
    byte[] original = s.getBytes("/api/networks/" + net + "/versions/2/original").body();
    assertThat(original).isEqualTo(Files.readAllBytes(Path.of("examples/gm.json")));
    JsonNode v1 = TestServer.json(s.get("/api/networks/" + net + "/versions/1"));
    assertThat(v1.get("model").asText()).contains("plants:");
    String run = s.submit(Map.of("kind", "sg", "network", net, "version", 1));
    assertThat(s.awaitFinished(run, Duration.ofMinutes(2)).get("network").get("version")
        .asInt()).isEqualTo(1);
    assertThat(s.delete("/api/networks/" + net).statusCode()).isEqualTo(204);
    assertThat(s.get("/api/networks/" + net).statusCode()).isEqualTo(404);
    // the run's inputs stay: it can be re-run after the network is hidden
    String again = TestServer.json(s.post("/api/runs/" + run + "/retry", new byte[0]))
        .get("id").asText();
    assertThat(s.awaitFinished(again, Duration.ofMinutes(2)).get("status").asText())
        .isEqualTo("done");
  }

  @Test
  void scenario_savedThenRun_usesItsNetworkAndOptions() throws Exception {
    String net = s.upload(Path.of("examples/gm.yaml"));
    HttpResponse<String> sc = s.postJson("/api/scenarios", Map.of("name", "one plant down",
        "kind", "sg", "network", net, "options", Map.of("capacity-loss", "plants:1")));
    assertThat(sc.statusCode()).as(sc.body()).isEqualTo(201);
    String scenario = TestServer.json(sc).get("id").asText();
    JsonNode api = run(Map.of("scenario", scenario));
    assertSameReport(api, cli("solve", "examples/gm.yaml", "--capacity-loss", "plants:1",
        "--format", "json"));
  }

  @Test
  void openapi_listsEveryRoute() {
    JsonNode doc = TestServer.json(s.get("/api/openapi.json"));
    assertThat(doc.get("openapi").asText()).startsWith("3.1");
    assertThat(doc.get("paths").has("/api/runs/{id}/events")).isTrue();
    assertThat(doc.get("paths").get("/api/runs").has("post")).isTrue();
    assertThat(doc.get("paths").get("/api/networks/{id}").has("delete")).isTrue();
  }

  @Test
  void events_streamStatusUntilTheEnd() throws Exception {
    String id = s.submit(body("sg", null, "example", "gm"));
    String stream = s.get("/api/runs/" + id + "/events").body();
    assertThat(stream).contains("event: status", "event: end", "\"status\":\"done\"");
  }

  @Test
  void design_uploadedYamlAndCandidates_sameJsonAsCli() throws Exception {
    String net = s.upload(Path.of("examples/gm.yaml"));
    String candidates = "plant,product\nP2,V1\nP1,V3\nP8,V10\n";
    Path c = Files.createDirectories(dir.resolve("design")).resolve("candidates.csv");
    Files.writeString(c, candidates);
    Map<String, Object> b = body("design", net, "arc-cost", 40);
    b.put("files", Map.of("candidates", candidates));
    JsonNode api = withStoredFilesAt(run(b), c.getParent());
    assertSameReport(api, cli("design", "examples/gm.yaml", "--candidates", c.toString(),
        "--arc-cost", "40", "--format", "json"));
  }

  /** The report with the server's stored upload directory replaced by {@code dir}. */
  private static JsonNode withStoredFilesAt(JsonNode report, Path dir) throws IOException {
    return TestServer.JSON.readTree(TestServer.JSON.writeValueAsString(report).replaceAll(
        "/[^\"]*/attachments/[0-9a-f]{64}/", java.util.regex.Matcher.quoteReplacement(
        dir + "/")));
  }

  @Test
  void calibrate_uploadedDemandAndOutages_sameJsonAsCli() throws Exception {
    Map<String, Object> b = body("calibrate", null, "example", "gm", "coverage", 0.9);
    b.put("files", Map.of(
        "demand", Files.readString(Path.of("examples/gm-history/demand.csv")),
        "outages", Files.readString(Path.of("examples/gm-history/outages.csv"))));
    // the report names its input files: the stored upload on the server, the path on the CLI
    JsonNode api = withStoredFilesAt(run(b), Path.of("examples/gm-history"));
    assertSameReport(api, cli("calibrate", "--demand",
        "examples/gm-history/demand.csv", "--outages", "examples/gm-history/outages.csv",
        "--example", "gm", "--coverage", "0.9", "--format", "json"));
  }

  @Test
  void calibrate_filePathOption_refusedWithTheUploadWay() throws Exception {
    HttpResponse<String> r = s.postJson("/api/runs", Map.of("kind", "calibrate", "options",
        Map.of("demand", "/etc/passwd")));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("options.demand").contains("files.demand");
    HttpResponse<String> f = s.postJson("/api/runs", Map.of("kind", "sg", "options",
        Map.of("example", "gm"), "files", Map.of("demand", "x")));
    assertThat(f.statusCode()).isEqualTo(400);
    assertThat(f.body()).contains("files.demand: not a file of a sg run");
  }
}
