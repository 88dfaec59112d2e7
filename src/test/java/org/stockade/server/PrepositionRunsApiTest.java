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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.cli.Main;

/**
 * The {@code preposition} run kind over real HTTP on loopback: the report equals the CLI's
 * {@code strategy preposition ... --format json} on copies of the uploads under the same names,
 * run in this JVM; bad uploads are 400 problem documents naming {@code files.instance} or
 * {@code files.scenarios} with the loader's line/field message; a long generated instance stops
 * on {@code DELETE} as {@code cancelled} with no report.
 */
@Tag("slow")
class PrepositionRunsApiTest {
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

  private static Map<String, Object> body(Map<String, String> files, Object... options) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("kind", "preposition");
    Map<String, Object> o = new LinkedHashMap<>();
    for (int i = 0; i < options.length; i += 2) {
      o.put((String) options[i], options[i + 1]);
    }
    b.put("options", o);
    b.put("files", files);
    return b;
  }

  private static JsonNode problem(Map<String, Object> body) {
    HttpResponse<String> r = s.postJson("/api/runs", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("content-type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = TestServer.json(r);
    assertThat(p.get("type").asText()).isEqualTo("urn:stockade:problem:bad-input");
    return p;
  }

  /** The CLI's exit-2 message (first stderr line without "error: ") for {@code args}. */
  private static String cliError(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertThat(Main.commandLine(out, err).execute(args)).isEqualTo(2);
    return err.toString().lines().findFirst().orElseThrow().replaceFirst("^error: ", "");
  }

  @Test
  void gulfExample_sameJsonAsCli_csvToo() throws Exception {
    Path d = Files.createTempDirectory(dir, "cli");
    Path yaml = Files.copy(Path.of("examples/preposition-gulf.yaml"), d.resolve("instance.yaml"));
    Path csv = Files.copy(Path.of("examples/preposition-gulf-scenarios.csv"),
        d.resolve("scenarios.csv"));
    String id = s.submit(body(Map.of("instance", Files.readString(yaml), "scenarios",
        Files.readString(csv)), "method", "both", "gap", 1e-4));
    JsonNode view = s.awaitFinished(id, Duration.ofMinutes(3));
    assertThat(view.get("status").asText()).as(view.toString()).isEqualTo("done");
    assertThat(view.get("command").asText()).matches("stockade strategy preposition "
        + "/\\S*/attachments/[0-9a-f]{64}/instance\\.yaml .*--scenarios /\\S*/scenarios\\.csv.*");
    JsonNode api = TestServer.json(s.get("/api/runs/" + id + "/result"));
    String limit = view.get("options").get("time-limit").asText();
    String[] args = {"strategy", "preposition", yaml.toString(), "--scenarios", csv.toString(),
        "--method", "both", "--gap", "1e-4", "--time-limit", limit};
    JsonNode cli = TestServer.JSON.readTree(TestServer.cli(with(args, "json")));
    assertThat(TestServer.withoutTimings(api)).isEqualTo(TestServer.withoutTimings(cli));
    assertThat(api.get("runs")).hasSize(2);
    assertThat(api.get("options").get("time_limit_seconds").asDouble())
        .isEqualTo(Double.parseDouble(limit));
    // the CSV report holds the runs' timings: the same rows as the CLI's
    String apiCsv = s.get("/api/runs/" + id + "/result?format=csv").body();
    String cliCsv = TestServer.cli(with(args, "csv"));
    assertThat(apiCsv.lines().count()).isEqualTo(cliCsv.lines().count());
  }

  private static String[] with(String[] args, String format) {
    String[] a = java.util.Arrays.copyOf(args, args.length + 2);
    a[args.length] = "--format";
    a[args.length + 1] = format;
    return a;
  }

  @Test
  void badUploads_400NamingTheUploadWithTheLoadersMessage() throws IOException {
    String yaml = Files.readString(Path.of("examples/preposition-gulf.yaml"));
    String csv = Files.readString(Path.of("examples/preposition-gulf-scenarios.csv"));
    JsonNode net = problem(body(Map.of("instance", "x: 1\n", "scenarios", csv)));
    assertThat(net.get("field").asText()).isEqualTo("files.instance");
    Path bad = Files.writeString(Files.createTempDirectory(dir, "bad").resolve("x.yaml"),
        "x: 1\n");
    assertThat(net.get("detail").asText()).isEqualTo(cliError("strategy", "preposition",
        bad.toString(), "--scenarios", "examples/preposition-gulf-scenarios.csv")
        .replace(bad.toString(), "files.instance")).doesNotContain("attachments");
    String badCsv = csv.lines().findFirst().orElseThrow() + "\ns1,1,houston,water,abc,,,,,\n";
    JsonNode sc = problem(body(Map.of("instance", yaml, "scenarios", badCsv)));
    assertThat(sc.get("field").asText()).isEqualTo("files.scenarios");
    assertThat(sc.get("detail").asText()).startsWith("files.scenarios: line 2, column 'demand'")
        .contains("'abc'").doesNotContain("attachments");
    assertThat(problem(body(Map.of("instance", yaml))).get("field").asText())
        .isEqualTo("files.scenarios");
    assertThat(problem(body(Map.of("scenarios", csv))).get("field").asText())
        .isEqualTo("files.instance");
    JsonNode m = problem(body(Map.of("instance", yaml, "scenarios", csv), "method", "simplex"));
    assertThat(m.get("field").asText()).isEqualTo("options.method");
  }

  @Test
  void generateOption_withoutFiles_runsTheSeededInstanceAsTheCliDoes() throws Exception {
    String id = s.submit(body(Map.of(), "generate", "locations=6,scenarios=8", "seed", 3));
    JsonNode view = s.awaitFinished(id, Duration.ofMinutes(3));
    assertThat(view.get("status").asText()).as(view.toString()).isEqualTo("done");
    JsonNode api = TestServer.json(s.get("/api/runs/" + id + "/result"));
    String limit = view.get("options").get("time-limit").asText();
    String[] args = {"strategy", "preposition", "--generate", "locations=6,scenarios=8",
        "--seed", "3", "--time-limit", limit};
    JsonNode cli = TestServer.JSON.readTree(TestServer.cli(with(args, "json")));
    assertThat(TestServer.withoutTimings(api)).isEqualTo(TestServer.withoutTimings(cli));
  }

  @Test
  void badGenerateOption_400NamingOptionsGenerate() {
    String yaml = "x: 1\n";
    for (Map<String, String> files : List.of(Map.<String, String>of(),
        Map.of("instance", yaml, "scenarios", "id\n"))) {
      String spec = files.isEmpty() ? "locations=0,scenarios=5" : "locations=5,scenarios=5";
      JsonNode g = problem(body(files, "generate", spec));
      assertThat(g.get("field").asText()).as(spec).isEqualTo("options.generate");
      assertThat(g.get("detail").asText()).as(spec).startsWith("--generate: ")
          .contains("e.g. --generate locations=30,scenarios=100");
    }
    assertThat(problem(body(Map.of(), "generate", "locations=5,planets=2")).get("field")
        .asText()).isEqualTo("options.generate");
  }

  @Test
  void openapi_describesThePrepositionKind() {
    JsonNode schemas = TestServer.json(s.get("/api/openapi.json")).get("components")
        .get("schemas");
    assertThat(schemas.get("RunRequest").get("properties").get("kind").get("enum").toString())
        .contains("\"preposition\"");
    JsonNode opts = schemas.get("RunOptions.preposition").get("properties");
    assertThat(opts.has("method") && opts.has("gap") && opts.has("time-limit")).isTrue();
    assertThat(opts.has("out") || opts.has("scenarios") || opts.has("format")).isFalse();
    JsonNode files = schemas.get("RunFiles.preposition");
    assertThat(files.has("required")).as("files are optional with options.generate").isFalse();
    assertThat(files.get("description").asText())
        .contains("Required (instance, scenarios) unless options.generate is given.");
  }

  /**
   * A ring of {@code n} locations (two-way arcs) and {@code scenarios} equally likely events,
   * each hitting 6 random locations with demand and destroying part of the local stock.
   */
  static String[] generated(int n, int scenarios, long seed) {
    StringBuilder y = new StringBuilder("name: ring\nsizes:\n"
        + "  - {name: small, capacity: 300, fixed_cost: 50000}\n"
        + "  - {name: large, capacity: 1500, fixed_cost: 150000}\n"
        + "commodities:\n"
        + "  - {name: water, unit_cost: 300, volume: 1, shortage_penalty: 3000,"
        + " surplus_penalty: 30}\n"
        + "  - {name: food, unit_cost: 600, volume: 1, shortage_penalty: 5000,"
        + " surplus_penalty: 60}\nlocations:\n");
    for (int i = 0; i < n; i++) {
      y.append("  - l").append(i).append('\n');
    }
    y.append("arcs:\n");
    for (int i = 0; i < n; i++) {
      y.append("  - {from: l").append(i).append(", to: l").append((i + 1) % n)
          .append(", cost: ").append(10 + i % 7).append(", capacity: 800, two_way: true}\n");
    }
    StringBuilder c = new StringBuilder("scenario,probability,location,commodity,demand,"
        + "destroyed,from,to,capacity_factor,cost_factor\n");
    Random r = new Random(seed);
    for (int k = 0; k < scenarios; k++) {
      int base = r.nextInt(n);
      for (int j = 0; j < 6; j++) {
        int loc = (base + j * (n / 6)) % n;
        String pr = j == 0 ? String.format(Locale.ROOT, "%.17g", 1.0 / scenarios) : "";
        for (String commodity : new String[] {"water", "food"}) {
          c.append(String.format(Locale.ROOT, "s%d,%s,l%d,%s,%d,,,,,%n", k, pr, loc,
              commodity, 50 + r.nextInt(400)));
          pr = "";
        }
        c.append(String.format(Locale.ROOT, "s%d,,l%d,*,,%.2f,,,,%n", k, loc,
            r.nextDouble() * 0.5));
      }
    }
    return new String[] {y.toString(), c.toString()};
  }

  @Test
  void delete_longGeneratedInstance_cancelledWithinTwoSecondsAndNoReport() throws Exception {
    String[] g = generated(60, 400, 5);
    // 192,000 extensive-form variables: method auto picks Benders (its loop polls the flag;
    // SCIP's interrupt of the extensive form is timed in PrepositionCancellationTest)
    String id = s.submit(body(Map.of("instance", g[0], "scenarios", g[1]), "gap", 1e-6));
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!TestServer.json(s.get("/api/runs/" + id)).get("status").asText()
        .equals("running")) {
      assertThat(System.nanoTime()).isLessThan(end);
      Thread.sleep(10);
    }
    Thread.sleep(1500); // inside the L-shaped loop
    Instant asked = Instant.now();
    assertThat(s.delete("/api/runs/" + id).statusCode()).isEqualTo(202);
    JsonNode view = s.awaitFinished(id, Duration.ofSeconds(30));
    assertThat(view.get("status").asText()).as(view.toString()).isEqualTo("cancelled");
    Duration took = Duration.between(asked, Instant.parse(view.get("finished").asText()));
    System.out.println("preposition run cancelled " + took.toMillis() + " ms after DELETE");
    assertThat(took).isLessThan(Duration.ofSeconds(2));
    assertThat(s.get("/api/runs/" + id + "/result").statusCode()).isEqualTo(409);
  }
}
