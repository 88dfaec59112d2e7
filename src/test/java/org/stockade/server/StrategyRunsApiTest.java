package org.stockade.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.cli.Main;

/**
 * The strategy run kinds (stockpile, reserve-capacity, pooling, suppliers) over real HTTP on
 * loopback: each report equals the CLI's {@code strategy ... --format json} for the same inputs,
 * run in this JVM on a copy of the uploaded file under the same name; bad options are 400
 * problem documents naming the field, with the CLI's own message; a long Monte Carlo check
 * stops on {@code DELETE}.
 */
@Tag("slow")
class StrategyRunsApiTest {
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

  // ---- helpers ------------------------------------------------------------------------------

  private static Map<String, Object> body(String kind, Map<String, String> files,
      Object... options) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("kind", kind);
    Map<String, Object> o = new LinkedHashMap<>();
    for (int i = 0; i < options.length; i += 2) {
      o.put((String) options[i], options[i + 1]);
    }
    b.put("options", o);
    if (!files.isEmpty()) {
      b.put("files", files);
    }
    return b;
  }

  /** Submits, waits for "done", returns the run's view and its JSON result. */
  private static JsonNode[] run(Map<String, Object> body) throws Exception {
    String id = s.submit(body);
    JsonNode view = s.awaitFinished(id, Duration.ofMinutes(3));
    assertThat(view.get("status").asText()).as(view.toString()).isEqualTo("done");
    HttpResponse<String> r = s.get("/api/runs/" + id + "/result");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type").orElse("")).contains("application/json");
    return new JsonNode[] {view, TestServer.json(r)};
  }

  /** A copy of example {@code example} as {@code name} in a fresh folder (the CLI's input). */
  private static Path copy(String example, String name) throws IOException {
    Path d = Files.createTempDirectory(dir, "cli");
    return Files.copy(Path.of("examples", example), d.resolve(name));
  }

  /** The report with the server's stored upload folder replaced by {@code folder}. */
  private static JsonNode storedAt(JsonNode report, Path folder) throws IOException {
    return TestServer.JSON.readTree(TestServer.JSON.writeValueAsString(report).replaceAll(
        "/[^\"]*/attachments/[0-9a-f]{64}/", java.util.regex.Matcher.quoteReplacement(
        folder + "/")));
  }

  private static JsonNode cli(String... args) throws IOException {
    return TestServer.JSON.readTree(TestServer.cli(args));
  }

  private static String[] args(String... a) {
    List<String> l = new ArrayList<>(List.of(a));
    l.add("--format");
    l.add("json");
    return l.toArray(String[]::new);
  }

  private static void assertSameReport(JsonNode api, JsonNode cli) {
    assertThat(TestServer.withoutTimings(api)).isEqualTo(TestServer.withoutTimings(cli));
  }

  /** The CLI's exit-2 message (first stderr line without "error: ") for {@code args}. */
  private static String cliError(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(Main.commandLine(out, err).execute(args)).isEqualTo(2);
    return err.toString().lines().findFirst().orElseThrow().replaceFirst("^error: ", "");
  }

  private static JsonNode problem(Map<String, Object> body) {
    HttpResponse<String> r = s.postJson("/api/runs", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("content-type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = TestServer.json(r);
    assertThat(p.get("type").asText()).isEqualTo("urn:stockade:problem:bad-input");
    assertThat(p.get("status").asInt()).isEqualTo(400);
    return p;
  }

  // ---- round trips --------------------------------------------------------------------------

  @Test
  void stockpile_uploadedEmpiricalDemand_sameJsonAsCli() throws Exception {
    Path csv = copy("surge-demand.csv", "demand.csv");
    JsonNode[] r = run(body("stockpile", Map.of("demand", Files.readString(csv)),
        "unit-cost", 1, "holding-cost", 0.5, "shortage-cost", 10));
    assertSameReport(storedAt(r[1], csv.getParent()), cli(args("strategy", "stockpile",
        "--demand", "empirical:" + csv, "--unit-cost", "1", "--holding-cost", "0.5",
        "--shortage-cost", "10")));
    assertThat(r[0].get("command").asText()).startsWith("stockade strategy stockpile ")
        .contains("--demand empirical:");
  }

  @Test
  void stockpile_parametricMixture_sameJsonAsCli() throws Exception {
    JsonNode[] r = run(body("stockpile", Map.of(), "demand", "mixture:100:20:0.1:300:80",
        "shortage-cost", 12));
    assertSameReport(r[1], cli(args("strategy", "stockpile", "--demand",
        "mixture:100:20:0.1:300:80", "--shortage-cost", "12")));
  }

  @Test
  void reserveCapacity_uploadedEmpiricalDurations_sameJsonAsCli() throws Exception {
    Path csv = copy("surge-durations.csv", "duration.csv");
    JsonNode[] r = run(body("reserve-capacity", Map.of("duration", Files.readString(csv)),
        "rate", 10, "ramp-up", 2, "duration", "empirical", "stock-cost", 1, "capacity-cost", 3,
        "shortage-cost", 10));
    assertSameReport(storedAt(r[1], csv.getParent()), cli(args("strategy", "reserve-capacity",
        "--rate", "10", "--ramp-up", "2", "--duration", "empirical:" + csv, "--stock-cost", "1",
        "--capacity-cost", "3", "--shortage-cost", "10")));
    assertThat(r[1].get("method").asText()).isEqualTo("lp");
  }

  @Test
  void reserveCapacity_exponentialWithRatios_sameJsonAsCli() throws Exception {
    JsonNode[] r = run(body("reserve-capacity", Map.of(), "rate", 10, "ramp-up", 2,
        "duration", "exponential:5", "stock-cost", 1, "capacity-cost", 3, "shortage-cost", 10,
        "ratios", "0.5,1,3,10"));
    assertSameReport(r[1], cli(args("strategy", "reserve-capacity", "--rate", "10",
        "--ramp-up", "2", "--duration", "exponential:5", "--stock-cost", "1",
        "--capacity-cost", "3", "--shortage-cost", "10", "--ratios", "0.5,1,3,10")));
    assertThat(r[1].get("mix_curve")).hasSize(4);
  }

  @Test
  void pooling_uploadedScenarios_sameJsonAsCli_andCsvXlsxDownloads() throws Exception {
    Path csv = copy("pooling-scenarios.csv", "scenarios.csv");
    String id = s.submit(body("pooling", Map.of("scenarios", Files.readString(csv)),
        "unit-cost", 1, "shortage-cost", 10, "transshipment-cost", 0.5));
    assertThat(s.awaitFinished(id, Duration.ofMinutes(3)).get("status").asText())
        .isEqualTo("done");
    JsonNode api = TestServer.json(s.get("/api/runs/" + id + "/result"));
    String[] cliArgs = {"strategy", "pooling", "--scenarios", csv.toString(), "--unit-cost",
        "1", "--shortage-cost", "10", "--transshipment-cost", "0.5"};
    assertSameReport(storedAt(api, csv.getParent()), cli(args(cliArgs)));
    String csvReport = s.get("/api/runs/" + id + "/result?format=csv").body();
    List<String> csvArgs = new ArrayList<>(List.of(cliArgs));
    csvArgs.addAll(List.of("--format", "csv"));
    assertThat(csvReport).isEqualTo(TestServer.cli(csvArgs.toArray(String[]::new)));
    byte[] xlsx = s.getBytes("/api/runs/" + id + "/result?format=xlsx").body();
    TestServer.assertXlsxMatchesCsv(xlsx, csvReport, 1);
  }

  @Test
  void pooling_sampledDemands_sameJsonAsCli_seedRecorded() throws Exception {
    JsonNode[] r = run(body("pooling", Map.of(), "demand", List.of("normal:100:20",
        "normal:80:30"), "names", "A,B", "samples", 300, "seed", 5, "shortage-cost", 10));
    assertSameReport(r[1], cli(args("strategy", "pooling", "--demand", "normal:100:20",
        "--demand", "normal:80:30", "--names", "A,B", "--samples", "300", "--seed", "5",
        "--shortage-cost", "10")));
    assertThat(r[1].get("sampling_seed").asLong()).isEqualTo(5);
  }

  @Test
  void suppliers_uploadedInstance_costAndNewsvendor_sameJsonAsCli() throws Exception {
    Path yaml = copy("suppliers-service.yaml", "instance.yaml");
    JsonNode[] cost = run(body("suppliers", Map.of("instance", Files.readString(yaml)),
        "model", "cost", "samples", 20000, "seed", 7));
    assertSameReport(storedAt(cost[1], yaml.getParent()), cli(args("strategy", "suppliers",
        yaml.toString(), "--model", "cost", "--samples", "20000", "--seed", "7")));
    Path nv = copy("suppliers-newsvendor.yaml", "instance.yaml");
    JsonNode[] news = run(body("suppliers", Map.of("instance", Files.readString(nv)),
        "model", "newsvendor", "samples", 5000));
    assertSameReport(storedAt(news[1], nv.getParent()), cli(args("strategy", "suppliers",
        nv.toString(), "--model", "newsvendor", "--samples", "5000")));
    assertThat(cost[0].get("command").asText()).matches(
        "stockade strategy suppliers /\\S*/attachments/[0-9a-f]{64}/instance\\.yaml .*");
  }

  // ---- bad input ----------------------------------------------------------------------------

  @Test
  void badOptionValues_400WithTheCliMessageAndField() throws IOException {
    JsonNode st = problem(body("stockpile", Map.of(), "demand", "normal:100",
        "shortage-cost", 10));
    assertThat(st.get("field").asText()).isEqualTo("options.demand");
    assertThat(st.get("detail").asText()).isEqualTo(cliError("strategy", "stockpile",
        "--demand", "normal:100", "--shortage-cost", "10"));
    JsonNode rc = problem(body("reserve-capacity", Map.of(), "rate", -1, "duration",
        "exponential:5", "stock-cost", 1, "capacity-cost", 3, "shortage-cost", 10));
    assertThat(rc.get("field").asText()).isEqualTo("options.rate");
    assertThat(rc.get("detail").asText()).isEqualTo(cliError("strategy", "reserve-capacity",
        "--rate", "-1", "--duration", "exponential:5", "--stock-cost", "1", "--capacity-cost",
        "3", "--shortage-cost", "10"));
    JsonNode po = problem(body("pooling", Map.of(), "demand", List.of("normal:100:20"),
        "samples", 0, "shortage-cost", 10));
    assertThat(po.get("field").asText()).isEqualTo("options.samples");
    assertThat(po.get("detail").asText()).isEqualTo(cliError("strategy", "pooling",
        "--demand", "normal:100:20", "--samples", "0", "--shortage-cost", "10"));
    Path yaml = Path.of("examples/suppliers-service.yaml");
    JsonNode su = problem(body("suppliers", Map.of("instance", Files.readString(yaml)),
        "alpha", 0.3));
    assertThat(su.get("field").asText()).isEqualTo("options.alpha");
    assertThat(su.get("detail").asText()).isEqualTo(cliError("strategy", "suppliers",
        yaml.toString(), "--alpha", "0.3"));
    // a picocli type error and an unknown option
    assertThat(problem(body("suppliers", Map.of("instance", "x: 1\n"), "samples", "many"))
        .get("field").asText()).isEqualTo("options.samples");
    assertThat(problem(body("stockpile", Map.of(), "demand", "normal:1:1", "shortage-cost", 2,
        "frobnicate", 1)).get("field").asText()).isEqualTo("options.frobnicate");
    // nothing was queued for any of them
    assertThat(TestServer.json(s.get("/api/runs?status=failed")).get("runs").toString())
        .doesNotContain("normal:100\"", "\"alpha\":0.3");
  }

  @Test
  void filesAndPaths_refusedWithTheUploadWay() {
    JsonNode path = problem(body("stockpile", Map.of(), "demand", "empirical:/etc/passwd",
        "shortage-cost", 10));
    assertThat(path.get("field").asText()).isEqualTo("options.demand");
    assertThat(path.get("detail").asText()).contains("no file paths", "files.demand");
    JsonNode listed = problem(body("pooling", Map.of(), "demand", List.of("normal:1:1",
        " Empirical:/etc/hosts"), "shortage-cost", 10));
    assertThat(listed.get("field").asText()).isEqualTo("options.demand");
    assertThat(problem(body("pooling", Map.of(), "scenarios", "/etc/hosts", "shortage-cost",
        10)).get("detail").asText()).contains("files.scenarios");
    assertThat(problem(body("suppliers", Map.of())).get("field").asText())
        .isEqualTo("files.instance");
    assertThat(problem(body("stockpile", Map.of("demand", "demand\n1\n"), "demand",
        "normal:1:1", "shortage-cost", 10)).get("field").asText()).isEqualTo("files.demand");
    assertThat(problem(body("stockpile", Map.of("scenarios", "a\n1\n"), "demand",
        "normal:1:1", "shortage-cost", 10)).get("detail").asText())
        .contains("files.scenarios: not a file of a stockpile run; it takes demand");
    // a bad upload is named as the upload, never by the server's path of its stored copy
    JsonNode csv = problem(body("pooling", Map.of("scenarios", "a,b\n1,x\n"), "shortage-cost",
        10));
    assertThat(csv.get("field").asText()).isEqualTo("files.scenarios");
    assertThat(csv.get("detail").asText()).startsWith("files.scenarios row 2: b must be a"
        + " finite number, got 'x'").doesNotContain("attachments");
    JsonNode yaml = problem(body("suppliers", Map.of("instance", "x: 1\n")));
    assertThat(yaml.get("field").asText()).isEqualTo("files.instance");
    assertThat(yaml.get("detail").asText()).startsWith("files.instance: unknown field 'x'");
    assertThat(problem(body("reserve-capacity", Map.of(), "out", "/tmp")).get("detail")
        .asText()).contains("no file paths");
  }

  // ---- cancel and discovery -----------------------------------------------------------------

  @Test
  void delete_longSuppliersMonteCarlo_stopsWithinASecond() throws Exception {
    String id = s.submit(body("suppliers", Map.of("instance", Files.readString(
        Path.of("examples/suppliers-service.yaml"))), "samples", 10_000_000));
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!TestServer.json(s.get("/api/runs/" + id)).get("status").asText()
        .equals("running")) {
      assertThat(System.nanoTime()).isLessThan(end);
      Thread.sleep(10);
    }
    Thread.sleep(200); // well inside the 10 million draws
    Instant asked = Instant.now();
    assertThat(s.delete("/api/runs/" + id).statusCode()).isEqualTo(202);
    JsonNode view = s.awaitFinished(id, Duration.ofSeconds(30));
    assertThat(view.get("status").asText()).isEqualTo("cancelled");
    assertThat(Duration.between(asked, Instant.parse(view.get("finished").asText())))
        .isLessThan(Duration.ofSeconds(1));
    assertThat(s.get("/api/runs/" + id + "/result").statusCode()).isEqualTo(409);
  }

  @Test
  void openapi_listsTheStrategyKindsWithTheirOptionsAndFiles() {
    JsonNode doc = TestServer.json(s.get("/api/openapi.json"));
    JsonNode schemas = doc.get("components").get("schemas");
    List<String> kinds = new ArrayList<>();
    schemas.get("RunRequest").get("properties").get("kind").get("enum")
        .forEach(k -> kinds.add(k.asText()));
    assertThat(kinds).contains("sg", "calibrate", "stockpile", "reserve-capacity", "pooling",
        "suppliers");
    JsonNode pooling = schemas.get("RunOptions.pooling");
    assertThat(pooling.get("properties").has("transshipment-cost")).isTrue();
    assertThat(pooling.get("properties").has("out")).isFalse();
    assertThat(pooling.get("properties").has("format")).isFalse();
    JsonNode suppliers = schemas.get("RunFiles.suppliers");
    assertThat(suppliers.get("required").get(0).asText()).isEqualTo("instance");
    assertThat(doc.get("paths").get("/api/runs").get("post").has("requestBody")).isTrue();
  }
}
