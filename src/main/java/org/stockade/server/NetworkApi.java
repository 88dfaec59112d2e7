package org.stockade.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Networks (upload, list, get, new version, delete) and named scenarios. An upload is the raw
 * file as the request body: {@code POST /api/networks?name=gm.yaml} (or {@code ?format=yaml},
 * json, xlsx, zip for CSV files). It is parsed by the CLI's loader before anything is stored,
 * so a bad file is a 400 problem naming the field and nothing is kept.
 */
final class NetworkApi {
  private final Api api;
  private final Store store;

  NetworkApi(Api api) {
    this.api = api;
    this.store = api.store;
  }

  List<Api.Route> routes() {
    return List.of(
        new Api.Route("POST", "/api/networks", "Upload a network: the file as the body,"
            + " ?name=FILE.yaml|.json|.xlsx|.zip (or ?format=); 201 with id and version", 201,
            this::create),
        new Api.Route("GET", "/api/networks", "List networks with their versions", 200,
            this::list),
        new Api.Route("GET", "/api/networks/{id}", "A network and its versions", 200,
            this::get),
        new Api.Route("POST", "/api/networks/{id}/versions", "Upload a new version (body and"
            + " parameters as for POST /api/networks)", 201, this::addVersion),
        new Api.Route("GET", "/api/networks/{id}/versions/{version}", "One version: kind,"
            + " warnings and the parsed model", 200, this::version),
        new Api.Route("GET", "/api/networks/{id}/versions/{version}/original", "The file as"
            + " uploaded", 200, this::original),
        new Api.Route("DELETE", "/api/networks/{id}", "Hide a network from listings (its"
            + " versions stay for past runs)", 204, this::delete),
        new Api.Route("POST", "/api/scenarios", "Save a named scenario: {name, kind, network,"
            + " version, options}", 201, this::createScenario),
        new Api.Route("GET", "/api/scenarios", "List scenarios", 200, this::scenarios),
        new Api.Route("GET", "/api/scenarios/{id}", "One scenario", 200, this::scenario));
  }

  /** An upload read and parsed: the original bytes and what they hold. */
  private record Upload(byte[] body, Uploads.Parsed parsed) {}

  private Upload upload(Context ctx) throws IOException {
    byte[] body = Api.body(ctx, api.uploads.maxBytes());
    return new Upload(body, api.uploads.parse(body, ctx.queryParam("format"),
        ctx.queryParam("name")));
  }

  private void create(Context ctx) throws IOException {
    Upload u = upload(ctx);
    Uploads.Parsed p = u.parsed();
    String id = Api.newId("n");
    store.createNetwork(id, p.network().name(), p.network().kind(), p.fileName(), u.body(),
        p.model(), Jsons.MAPPER.writeValueAsString(p.warnings()));
    ctx.header("Location", "/api/networks/" + id);
    Api.json(ctx, 201, view(store.network(id)));
  }

  private void addVersion(Context ctx) throws IOException {
    Store.NetworkRow n = network(ctx);
    Upload u = upload(ctx);
    Uploads.Parsed p = u.parsed();
    int v = store.addVersion(n.id(), p.network().kind(), p.fileName(), u.body(), p.model(),
        Jsons.MAPPER.writeValueAsString(p.warnings()));
    if (v < 0) {
      throw ApiError.notFound("network '" + n.id() + "' was deleted");
    }
    ctx.header("Location", "/api/networks/" + n.id() + "/versions/" + v);
    Api.json(ctx, 201, view(store.network(n.id())));
  }

  private void list(Context ctx) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Store.NetworkRow n : store.networks()) {
      out.add(view(n));
    }
    Api.json(ctx, 200, Map.of("networks", out));
  }

  private void get(Context ctx) {
    Api.json(ctx, 200, view(network(ctx)));
  }

  private void version(Context ctx) throws IOException {
    Store.Version v = version(network(ctx), ctx);
    Map<String, Object> m = versionView(v);
    String model = store.content(v.networkId(), v.version()).model();
    m.put("model", model);
    // the same model as a JSON tree, for clients without a YAML parser (the web workbench)
    m.put("model_tree", Jsons.YAML.readTree(model));
    Api.json(ctx, 200, m);
  }

  private void original(Context ctx) {
    Store.Version v = version(network(ctx), ctx);
    byte[] b = store.content(v.networkId(), v.version()).original();
    ctx.status(200).contentType(v.fileName().endsWith(".xlsx")
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : !v.fileName().contains(".") ? "application/zip"
        : v.fileName().endsWith(".json") ? "application/json" : "application/yaml");
    ctx.header("Content-Disposition", "attachment; filename=\"" + v.fileName()
        + (v.fileName().contains(".") ? "" : ".zip") + "\"");
    ctx.result(b);
  }

  private void delete(Context ctx) {
    Store.NetworkRow n = network(ctx);
    store.deleteNetwork(n.id());
    ctx.status(204);
  }

  private Store.NetworkRow network(Context ctx) {
    String id = ctx.pathParam("id");
    Store.NetworkRow n = store.network(id);
    if (n == null || n.deleted()) {
      throw ApiError.notFound("network '" + Uploads.visible(id) + "' does not exist; list"
          + " networks with GET /api/networks");
    }
    return n;
  }

  private Store.Version version(Store.NetworkRow n, Context ctx) {
    String raw = ctx.pathParam("version");
    int v;
    try {
      v = Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      v = -1;
    }
    if (v < 1 || v > n.versions().size()) {
      throw ApiError.notFound("network '" + n.id() + "' has versions 1 to "
          + n.versions().size() + ", not '" + Uploads.visible(raw) + "'");
    }
    return n.versions().get(v - 1);
  }

  private Map<String, Object> view(Store.NetworkRow n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", n.id());
    m.put("name", n.name());
    m.put("kind", n.kind());
    m.put("created", n.created());
    m.put("latest_version", n.versions().size());
    List<Map<String, Object>> vs = new ArrayList<>();
    for (Store.Version v : n.versions()) {
      vs.add(versionView(v));
    }
    m.put("versions", vs);
    return m;
  }

  private static Map<String, Object> versionView(Store.Version v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", v.version());
    m.put("kind", v.kind());
    m.put("file_name", v.fileName());
    m.put("created", v.created());
    try {
      m.put("warnings", Jsons.MAPPER.readTree(v.warnings()));
    } catch (IOException e) {
      m.put("warnings", List.of());
    }
    m.put("links", Map.of("self", "/api/networks/" + v.networkId() + "/versions/"
        + v.version(), "original", "/api/networks/" + v.networkId() + "/versions/"
        + v.version() + "/original"));
    return m;
  }

  // ---- scenarios ----------------------------------------------------------------------------

  private void createScenario(Context ctx) throws IOException {
    JsonNode body = api.jsonBody(ctx);
    String name = body.isObject() ? Api.text(body, "name") : null;
    if (name == null || name.isBlank() || name.length() > 200) {
      throw ApiError.badInput("name: give the scenario a name of 1 to 200 characters");
    }
    com.fasterxml.jackson.databind.node.ObjectNode run = ((com.fasterxml.jackson.databind.node
        .ObjectNode) body).deepCopy();
    run.remove("name");
    Api.Submission s = api.submission(run); // the same checks as a run submission
    Store.Scenario sc = new Store.Scenario(Api.newId("s"), name, s.kind(), s.networkId(),
        s.version(), Jsons.MAPPER.writeValueAsString(s.options()), Store.now());
    store.createScenario(sc);
    ctx.header("Location", "/api/scenarios/" + sc.id());
    Api.json(ctx, 201, scenarioView(sc));
  }

  private void scenarios(Context ctx) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Store.Scenario s : store.scenarios()) {
      out.add(scenarioView(s));
    }
    Api.json(ctx, 200, Map.of("scenarios", out));
  }

  private void scenario(Context ctx) {
    String id = ctx.pathParam("id");
    Store.Scenario s = store.scenario(id);
    if (s == null) {
      throw ApiError.notFound("scenario '" + Uploads.visible(id) + "' does not exist");
    }
    Api.json(ctx, 200, scenarioView(s));
  }

  private static Map<String, Object> scenarioView(Store.Scenario s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("name", s.name());
    m.put("kind", s.kind());
    m.put("network", s.networkId());
    m.put("version", s.networkVersion());
    try {
      m.put("options", Jsons.MAPPER.readTree(s.options()));
    } catch (IOException e) {
      m.put("options", s.options());
    }
    m.put("created", s.created());
    return m;
  }
}
