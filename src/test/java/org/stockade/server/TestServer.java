package org.stockade.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import org.stockade.cli.Main;

/** An in-process server on a free loopback port, and an HTTP client for it. */
final class TestServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  final Server server;
  final String base;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .build();

  private TestServer(Server server) {
    this.server = server;
    this.base = server.url();
  }

  static TestServer start(Path data, int workers, int queue) {
    return start(data, workers, queue, Duration.ofSeconds(600));
  }

  /** A server that needs {@code Authorization: Bearer token} on every API call (null: none). */
  static TestServer start(Path data, int workers, int queue, String token) {
    return new TestServer(Server.start(new Server.Options("127.0.0.1", 0, data, token, workers,
        queue, Duration.ofSeconds(600), 16L << 20)));
  }

  static TestServer start(Path data, int workers, int queue, Duration runLimit) {
    return new TestServer(Server.start(new Server.Options("127.0.0.1", 0, data, null, workers,
        queue, runLimit, 16L << 20)));
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> post(String path, byte[] body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b);
  }

  HttpResponse<String> postJson(String path, Object body, String... headers) {
    try {
      return post(path, JSON.writeValueAsBytes(body), headers);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return http.send(b.timeout(Duration.ofSeconds(120)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException("not JSON (" + r.statusCode() + "): " + r.body(), e);
    }
  }

  /** Uploads {@code file} and returns the network id. */
  String upload(Path file) throws IOException {
    HttpResponse<String> r = post("/api/networks?name=" + file.getFileName(),
        Files.readAllBytes(file));
    if (r.statusCode() != 201) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
    return json(r).get("id").asText();
  }

  /** Submits a run and returns its id (asserting 202). */
  String submit(Map<String, Object> body) {
    HttpResponse<String> r = postJson("/api/runs", body);
    if (r.statusCode() != 202) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
    return json(r).get("id").asText();
  }

  /** Polls run {@code id} until it is finished; returns its view. */
  JsonNode awaitFinished(String id, Duration max) throws InterruptedException {
    long end = System.nanoTime() + max.toNanos();
    while (true) {
      JsonNode run = json(get("/api/runs/" + id));
      if (Api.finished(run.get("status").asText())) {
        return run;
      }
      if (System.nanoTime() > end) {
        throw new AssertionError("run " + id + " not finished after " + max + ": " + run);
      }
      Thread.sleep(50);
    }
  }

  /** The CLI's stdout for {@code args}, run in this JVM. */
  static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(out, err).execute(args);
    if (code != 0 && code != 3) {
      throw new IllegalStateException("exit " + code + ": " + err);
    }
    return out.toString();
  }

  /** A report without its wall-clock fields (the only thing that differs run to run). */
  static JsonNode withoutTimings(JsonNode n) {
    JsonNode c = n.deepCopy();
    strip(c);
    return c;
  }

  private static void strip(JsonNode n) {
    if (n instanceof ObjectNode o) {
      for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (k.equals("millis") || k.endsWith("seconds") || k.endsWith("_ms")
            || k.equals("time_limit")) {
          it.remove();
        } else {
          strip(o.get(k));
        }
      }
    } else if (n != null && n.isArray()) {
      n.forEach(TestServer::strip);
    }
  }

  @Override
  public void close() {
    server.close();
  }

  /**
   * The XLSX download matches the CSV report: as many rows, the first column's text and
   * column {@code numericColumn}'s number in the first data row.
   */
  static void assertXlsxMatchesCsv(byte[] xlsx, String csv, int numericColumn)
      throws IOException {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var sheet = wb.getSheetAt(0);
      String[] lines = csv.strip().split("\n");
      org.assertj.core.api.Assertions.assertThat(sheet.getLastRowNum() + 1)
          .isEqualTo(lines.length);
      org.assertj.core.api.Assertions.assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo(lines[1].split(",")[0]);
      org.assertj.core.api.Assertions.assertThat(
          sheet.getRow(1).getCell(numericColumn).getNumericCellValue())
          .isEqualTo(Double.parseDouble(lines[1].split(",")[numericColumn]));
    }
  }
}
