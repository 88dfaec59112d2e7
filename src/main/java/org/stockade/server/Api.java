package org.stockade.server;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.cli.Runs;
import org.stockade.model.InvalidInputException;

/**
 * The REST API: one table of routes ({@link #routes}) that both registers the handlers and
 * generates {@code /api/openapi.json}. Networks and scenarios are in {@link NetworkApi}; runs
 * here. Bodies are JSON; results are the CLI's own JSON/CSV reports, stored verbatim.
 */
final class Api {
  /** Largest JSON request body (run submissions, scenarios). */
  static final int MAX_JSON_BYTES = 256 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final List<String> FINISHED = List.of("done", "failed", "cancelled",
      "interrupted", "timed-out");

  /** One route: method, path (with {@code {param}}), summary, success status, handler. */
  record Route(String method, String path, String summary, int status, Handler handler) {}

  final Store store;
  private final Attachments attachments;
  final Runner runner;
  final Uploads uploads;

  Api(Store store, Runner runner, Uploads uploads, Attachments attachments) {
    this.attachments = attachments;
    this.store = store;
    this.runner = runner;
    this.uploads = uploads;
  }

  List<Route> routes() {
    NetworkApi networks = new NetworkApi(this);
    List<Route> r = new ArrayList<>();
    r.add(new Route("GET", "/api/health", "Liveness, schema version and queue state", 200,
        this::health));
    r.add(new Route("GET", "/api/openapi.json", "This API as OpenAPI 3.1", 200, null));
    r.addAll(networks.routes());
    r.addAll(Examples.routes());
    r.addAll(TableExport.routes());
    r.add(new Route("POST", "/api/runs", "Submit a run (kind, network or scenario, options);"
        + " 202 with its id. Honours Idempotency-Key; 429 with Retry-After when the queue is"
        + " full", 202, this::submit));
    r.add(new Route("GET", "/api/runs", "List runs, newest first (?status=, ?limit=)", 200,
        this::listRuns));
    r.add(new Route("GET", "/api/runs/{id}", "A run's status, progress, timings and error", 200,
        this::getRun));
    r.add(new Route("GET", "/api/runs/{id}/events", "Server-sent events: status and progress"
        + " until the run finishes", 200, null));
    r.add(new Route("GET", "/api/runs/{id}/result", "The run's report: ?format=json (default),"
        + " csv or xlsx", 200, this::result));
    r.add(new Route("DELETE", "/api/runs/{id}", "Cancel a queued or executing run", 202,
        this::cancel));
    r.add(new Route("POST", "/api/runs/{id}/retry", "Submit the same inputs again (e.g. an"
        + " interrupted run)", 202, this::retry));
    return r;
  }

  // ---- runs ---------------------------------------------------------------------------------

  private void health(Context ctx) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "ok");
    m.put("schema_version", store.schemaVersion());
    m.put("workers", runner.workers());
    m.put("capacity", runner.capacity());
    m.put("admitted", runner.admitted());
    json(ctx, 200, m);
  }

  private void submit(Context ctx) throws IOException {
    JsonNode body = jsonBody(ctx);
    String key = ctx.header("Idempotency-Key");
    if (key != null && (key.isBlank() || key.length() > 200)) {
      throw ApiError.badInput("Idempotency-Key: give 1 to 200 characters, e.g. a UUID");
    }
    Submission s = submission(body);
    String hash = key == null ? null : sha256(Jsons.MAPPER.writeValueAsString(body));
    if (key != null) {
      Store.RunRow existing = store.runByKey(key);
      if (existing != null) {
        replay(ctx, existing, hash);
        return;
      }
    }
    enqueue(ctx, s, key, hash, null);
  }

  /** A validated submission: the kind, network version, scenario, options and command line. */
  record Submission(String kind, String networkId, Integer version, String scenarioId,
      Map<String, Object> options, List<String> args) {}

  Submission submission(JsonNode body) {
    if (!body.isObject()) {
      throw ApiError.badInput("body: give a JSON object {\"kind\": \"sg\", \"network\": ID,"
          + " \"options\": {...}}");
    }
    for (var it = body.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!List.of("kind", "network", "version", "scenario", "options", "files").contains(f)) {
        throw ApiError.badInput(Uploads.visible(f) + ": not a field of a run; use kind,"
            + " network, version, scenario, options and files");
      }
    }
    String scenarioId = text(body, "scenario");
    Store.Scenario sc = null;
    if (scenarioId != null) {
      sc = store.scenario(scenarioId);
      if (sc == null) {
        throw ApiError.badInput("scenario: '" + Uploads.visible(scenarioId) + "' is not a"
            + " stored scenario; list them with GET /api/scenarios");
      }
    }
    String kind = text(body, "kind");
    if (kind == null && sc != null) {
      kind = sc.kind();
    }
    if (kind == null) {
      throw ApiError.badInput("kind: missing; give one of " + String.join(", ", Runs.KINDS));
    }
    Map<String, Object> options = new LinkedHashMap<>();
    try {
      if (sc != null) {
        options.putAll(Jsons.MAPPER.readValue(sc.options(),
            new TypeReference<Map<String, Object>>() { }));
      }
      JsonNode o = body.get("options");
      if (o != null && !o.isNull()) {
        if (!o.isObject()) {
          throw ApiError.badInput("options: give an object of CLI flags without the dashes,"
              + " e.g. {\"delta\": 5, \"capacity-loss\": \"plants:1\"}");
        }
        options.putAll(Jsons.MAPPER.convertValue(o, new TypeReference<Map<String, Object>>() { }));
      }
    } catch (IOException e) {
      throw ApiError.badInput("options: " + e.getMessage());
    }
    String networkId = text(body, "network");
    Integer version = body.has("version") ? body.get("version").asInt(-1) : null;
    if (networkId == null && sc != null) {
      networkId = sc.networkId();
      version = version == null ? sc.networkVersion() : version;
    }
    if (networkId != null) {
      Store.NetworkRow n = store.network(networkId);
      if (n == null || (n.deleted() && version == null)) {
        throw ApiError.badInput("network: '" + Uploads.visible(networkId) + "' is not a stored"
            + " network; upload one with POST /api/networks or list them with GET"
            + " /api/networks");
      }
      int v = version == null ? n.versions().size() : version;
      if (v < 1 || v > n.versions().size()) {
        throw ApiError.badInput("version: network '" + networkId + "' has versions 1 to "
            + n.versions().size() + ", got " + (version == null ? "none" : version));
      }
      version = v;
      String needs = Runs.networkKind(kind);
      String has = n.versions().get(v - 1).kind();
      if (needs != null && !needs.equals(has)) {
        throw ApiError.badInput("network: '" + networkId + "' is a " + has + " network, but a "
            + Uploads.visible(kind) + " run needs a " + needs + " network");
      }
      if (needs == null) {
        throw ApiError.badInput("network: a " + kind + " run takes no network; give its"
            + " parameters in options");
      }
    } else if (version != null) {
      throw ApiError.badInput("version: give it together with network");
    }
    timeLimit(kind, options);
    Map<String, String> files = files(body.get("files"));
    Runs.arguments(kind, options, networkId != null, placeholders(files)); // checks, stores nothing
    String k = kind;
    Map<String, java.nio.file.Path> stored = attachments.store(files,
        f -> Runs.storedName(k, f));
    List<String> args = Runs.arguments(kind, options, networkId != null, stored);
    try {
      Precheck.run(args, networkId == null ? null : uploads.load(store, networkId, version));
    } catch (ApiError e) {
      throw uploadNamed(e, stored);
    }
    return new Submission(kind, networkId, version, scenarioId, options, args);
  }

  /**
   * A rejection that names a stored upload, with {@code files.NAME} in place of the server's
   * path (which the client never sees), so the problem's {@code field} is the upload.
   */
  private static ApiError uploadNamed(ApiError e, Map<String, java.nio.file.Path> stored) {
    String detail = e.getMessage();
    if (e.status != 400 || detail == null) {
      return e;
    }
    for (Map.Entry<String, java.nio.file.Path> f : stored.entrySet()) {
      detail = detail.replace(f.getValue().toString(), "files." + f.getKey());
    }
    return detail.equals(e.getMessage()) ? e : ApiError.badInput(detail);
  }

  /** The uploaded input files of a run: option name to CSV text. */
  private static Map<String, String> files(JsonNode f) {
    Map<String, String> out = new LinkedHashMap<>();
    if (f == null || f.isNull()) {
      return out;
    }
    if (!f.isObject()) {
      throw ApiError.badInput("files: give an object of option name to the file's text, e.g."
          + " {\"demand\": \"period,product,quantity\\n1,V1,100\\n...\"}");
    }
    for (var it = f.fields(); it.hasNext(); ) {
      var e = it.next();
      if (!e.getValue().isTextual()) {
        throw ApiError.badInput("files." + Uploads.visible(e.getKey()) + ": give the file's"
            + " content as a JSON string");
      }
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }

  private static Map<String, java.nio.file.Path> placeholders(Map<String, String> files) {
    Map<String, java.nio.file.Path> out = new LinkedHashMap<>();
    files.keySet().forEach(k -> out.put(k, java.nio.file.Path.of(k + ".csv")));
    return out;
  }

  /** The per-run limit: the solver's --time-limit, at most the server's. */
  private void timeLimit(String kind, Map<String, Object> options) {
    if (!Runs.hasTimeLimit(kind)) {
      return;
    }
    long max = runner.runLimit().toSeconds();
    Object t = options.get("time-limit");
    if (t == null) {
      options.put("time-limit", max);
      return;
    }
    double v;
    try {
      v = Double.parseDouble(String.valueOf(t));
    } catch (NumberFormatException e) {
      return; // the command reports the malformed value in its own words
    }
    if (v > max) {
      throw ApiError.badInput("options.time-limit: " + Uploads.visible(String.valueOf(t))
          + " s is over this server's per-run limit of " + max + " s; give at most " + max);
    }
  }

  private void enqueue(Context ctx, Submission s, String key, String hash, String retryOf)
      throws IOException {
    if (!runner.tryAdmit()) {
      throw new ApiError(429, "queue-full", "Too many runs", "all " + runner.workers()
          + " workers are busy and the queue of " + (runner.capacity() - runner.workers())
          + " runs is full; retry after the Retry-After seconds", "2");
    }
    Store.RunRow row;
    String id = newId("r");
    try {
      row = store.insertRun(id, s.kind(), s.networkId(), s.version(), s.scenarioId(),
          Jsons.MAPPER.writeValueAsString(s.options()), Jsons.MAPPER.writeValueAsString(s.args()),
          key, hash, retryOf);
    } catch (RuntimeException e) {
      runner.release();
      throw e;
    }
    if (!row.id().equals(id)) {
      runner.release(); // an earlier submission with this key won the race
      replay(ctx, row, hash);
      return;
    }
    runner.enqueue(row.id(), false);
    ctx.header("Location", "/api/runs/" + row.id());
    json(ctx, 202, view(store.run(row.id())));
  }

  /** Answers a repeated Idempotency-Key with the first run, or 422 if the body differs. */
  private void replay(Context ctx, Store.RunRow existing, String hash) {
    if (hash != null && !hash.equals(existing.requestHash())) {
      throw new ApiError(422, "idempotency-key-reused", "Idempotency-Key reused",
          "Idempotency-Key was used for a different request (run " + existing.id() + "); use a"
              + " new key for a new run");
    }
    ctx.header("Location", "/api/runs/" + existing.id());
    ctx.header("Idempotent-Replayed", "true");
    json(ctx, 202, view(store.run(existing.id())));
  }

  private void listRuns(Context ctx) {
    String status = ctx.queryParam("status");
    int limit = intParam(ctx, "limit", 100, 1, 10_000);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Store.RunRow r : store.runs(status, limit)) {
      out.add(view(r));
    }
    json(ctx, 200, Map.of("runs", out));
  }

  private void getRun(Context ctx) {
    json(ctx, 200, view(run(ctx)));
  }

  Store.RunRow run(Context ctx) {
    String id = ctx.pathParam("id");
    Store.RunRow r = store.run(id);
    if (r == null) {
      throw ApiError.notFound("run '" + Uploads.visible(id) + "' does not exist; list runs with"
          + " GET /api/runs");
    }
    return r;
  }

  Map<String, Object> view(Store.RunRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("kind", r.kind());
    m.put("status", r.status());
    if (r.networkId() != null) {
      m.put("network", Map.of("id", r.networkId(), "version", r.networkVersion()));
    }
    if (r.scenarioId() != null) {
      m.put("scenario", r.scenarioId());
    }
    try {
      m.put("options", Jsons.MAPPER.readTree(r.options()));
      m.put("command", "stockade " + String.join(" ", Jsons.MAPPER.readValue(r.args(),
          new TypeReference<List<String>>() { })));
    } catch (IOException e) {
      m.put("options", r.options());
    }
    String live = runner.progress(r.id());
    m.put("progress", live != null ? live : r.progress());
    m.put("exit_code", r.exitCode());
    m.put("submitted", r.submitted());
    m.put("started", r.started());
    m.put("finished", r.finished());
    m.put("error", r.error());
    if (r.exitCode() != null && r.exitCode() == 2 && r.error() != null) {
      m.put("problem", ApiError.badInput(r.error()).body("/api/runs/" + r.id()));
    }
    m.put("retry_of", r.retryOf());
    Map<String, String> links = new LinkedHashMap<>();
    links.put("self", "/api/runs/" + r.id());
    links.put("events", "/api/runs/" + r.id() + "/events");
    links.put("result", "/api/runs/" + r.id() + "/result");
    m.put("links", links);
    return m;
  }

  private void result(Context ctx) throws IOException {
    Store.RunRow r = run(ctx);
    String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
    if (!List.of("json", "csv", "xlsx").contains(format)) {
      throw ApiError.badInput("format: '" + Uploads.visible(format) + "' is not a result"
          + " format; use json, csv or xlsx");
    }
    String text = store.result(r.id(), format.equals("json") ? "json" : "csv");
    if (text == null) {
      if (!FINISHED.contains(r.status())) {
        throw new ApiError(409, "not-finished", "Run not finished", "run " + r.id() + " is "
            + r.status() + "; wait for it (GET /api/runs/" + r.id() + "/events) and ask again");
      }
      if (r.exitCode() != null && r.exitCode() == 2) {
        throw ApiError.badInput(r.error());
      }
      throw new ApiError(409, "no-result", "No result", "run " + r.id() + " is " + r.status()
          + " without a report: " + (r.error() == null ? "" : r.error()));
    }
    switch (format) {
      case "csv" -> {
        ctx.status(200).contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + r.id() + ".csv\"");
        ctx.result(text);
      }
      case "xlsx" -> {
        ctx.status(200).contentType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ctx.header("Content-Disposition", "attachment; filename=\"" + r.id() + ".xlsx\"");
        ctx.result(XlsxResult.fromCsv(text, r.kind()));
      }
      default -> {
        ctx.status(200).contentType("application/json");
        ctx.result(text);
      }
    }
  }

  private void cancel(Context ctx) {
    Store.RunRow r = run(ctx);
    if (FINISHED.contains(r.status())) {
      throw new ApiError(409, "finished", "Run finished", "run " + r.id() + " is already "
          + r.status() + "; nothing to cancel");
    }
    runner.cancel(r.id());
    json(ctx, 202, view(store.run(r.id())));
  }

  private void retry(Context ctx) throws IOException {
    Store.RunRow r = run(ctx);
    Map<String, Object> options = Jsons.MAPPER.readValue(r.options(),
        new TypeReference<Map<String, Object>>() { });
    List<String> args = Jsons.MAPPER.readValue(r.args(), new TypeReference<List<String>>() { });
    enqueue(ctx, new Submission(r.kind(), r.networkId(), r.networkVersion(), r.scenarioId(),
        options, args), null, null, r.id());
  }

  // ---- helpers ------------------------------------------------------------------------------

  JsonNode jsonBody(Context ctx) throws IOException {
    byte[] b = body(ctx, MAX_JSON_BYTES);
    try {
      JsonNode n = Jsons.MAPPER.readTree(b);
      if (n == null || n.isMissingNode()) {
        throw ApiError.badInput("body: empty; send a JSON object");
      }
      return n;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw ApiError.badInput("body: malformed JSON (" + e.getOriginalMessage() + ")");
    }
  }

  /** The request body, refused with 413 above {@code max} bytes (checked while reading). */
  static byte[] body(Context ctx, long max) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw tooLarge(max);
    }
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (b.length > max) {
        throw tooLarge(max);
      }
      return b;
    }
  }

  private static ApiError tooLarge(long max) {
    return new ApiError(413, "too-large", "Request too large", "body: over the limit of "
        + (max >= 1 << 20 ? max / (1 << 20) + " MB" : max / 1024 + " KB") + "; send a smaller"
        + " file or raise --max-upload-mb");
  }

  static String text(JsonNode body, String field) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw ApiError.badInput(field + ": give text, got " + Uploads.visible(n.toString()));
    }
    return n.asText();
  }

  static int intParam(Context ctx, String name, int dflt, int lo, int hi) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    try {
      int i = Integer.parseInt(v);
      if (i >= lo && i <= hi) {
        return i;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw ApiError.badInput(name + ": give a whole number from " + lo + " to " + hi + ", got '"
        + Uploads.visible(v) + "'");
  }

  static void json(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json").result(
          Jsons.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String newId(String prefix) {
    byte[] b = new byte[9];
    RANDOM.nextBytes(b);
    return prefix + "-" + HexFormat.of().formatHex(b);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Maps an exception to its problem (bad input: 400 with the CLI's message). */
  static ApiError problem(Exception e) {
    if (e instanceof ApiError a) {
      return a;
    }
    if (e instanceof InvalidInputException) {
      return ApiError.badInput(e.getMessage());
    }
    if (e instanceof Store.StoreException) {
      return new ApiError(503, "store-unavailable", "Store unavailable", e.getMessage());
    }
    return new ApiError(500, "internal", "Internal error", String.valueOf(e));
  }

  static boolean finished(String status) {
    return FINISHED.contains(status);
  }
}
