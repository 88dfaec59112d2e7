package org.stockade.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stockade.cli.Runs;

/**
 * Generates {@code /api/openapi.json} (OpenAPI 3.1) from the same route table that registers
 * the handlers, so the document cannot drift from the server.
 */
final class OpenApi {
  private static final Pattern PARAM = Pattern.compile("\\{([a-z]+)}");

  private OpenApi() {}

  static String document(List<Api.Route> routes, boolean bearer) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put("info", Map.of("title", "Stockade", "version", "0.1.0", "description",
        "Robust supply-chain models as a service: upload networks, submit runs of every kind"
            + " the CLI has (" + String.join(", ", Runs.KINDS) + "), follow their progress and"
            + " download the CLI's own JSON/CSV reports (and XLSX). Run options are the CLI"
            + " flags without the dashes. Errors are application/problem+json (RFC 9457)."));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Api.Route r : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(),
          k -> new LinkedHashMap<String, Object>());
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("summary", r.summary());
      op.put("operationId", operationId(r));
      List<Map<String, Object>> params = new ArrayList<>();
      Matcher m = PARAM.matcher(r.path());
      while (m.find()) {
        params.add(Map.of("name", m.group(1), "in", "path", "required", true, "schema",
            Map.of("type", "string")));
      }
      if (!params.isEmpty()) {
        op.put("parameters", params);
      }
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put(String.valueOf(r.status()), Map.of("description", "success"));
      responses.put("default", Map.of("description", "a problem (RFC 9457)", "content",
          Map.of("application/problem+json", Map.of("schema",
              Map.of("$ref", "#/components/schemas/Problem")))));
      if (r.method().equals("POST") && r.path().equals("/api/runs")) {
        op.put("requestBody", Map.of("required", true, "content", Map.of("application/json",
            Map.of("schema", Map.of("$ref", "#/components/schemas/RunRequest")))));
      }
      op.put("responses", responses);
      item.put(r.method().toLowerCase(Locale.ROOT), op);
    }
    doc.put("paths", paths);
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "object");
    problem.put("properties", Map.of("type", Map.of("type", "string"), "title",
        Map.of("type", "string"), "status", Map.of("type", "integer"), "detail",
        Map.of("type", "string"), "instance", Map.of("type", "string"), "field",
        Map.of("type", "string")));
    Map<String, Object> schemas = new LinkedHashMap<>();
    schemas.put("Problem", problem);
    runSchemas(schemas);
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("schemas", schemas);
    if (bearer) {
      components.put("securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme",
          "bearer")));
      doc.put("security", List.of(Map.of("bearer", List.of())));
    }
    doc.put("components", components);
    try {
      return Jsons.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@code RunRequest} (the body of {@code POST /api/runs}) and, per run kind, its options
   * ({@code RunOptions.KIND}, the command's flags from its picocli spec) and uploads
   * ({@code RunFiles.KIND}).
   */
  private static void runSchemas(Map<String, Object> schemas) {
    List<Map<String, Object>> byKind = new ArrayList<>();
    for (String kind : Runs.KINDS) {
      Map<String, Object> opts = new LinkedHashMap<>();
      opts.put("type", "object");
      opts.put("description", "Options of a " + kind + " run: the flags of 'stockade "
          + Runs.commandOf(kind) + "' without the dashes.");
      opts.put("properties", Runs.optionSchemas(kind));
      opts.put("additionalProperties", false);
      schemas.put("RunOptions." + kind, opts);
      Map<String, Object> files = new LinkedHashMap<>();
      files.put("type", "object");
      files.put("description", "Input files of a " + kind + " run: name to the file's text,"
          + " stored content-addressed on the server.");
      Map<String, Object> fileProps = new LinkedHashMap<>();
      for (String f : Runs.attachable(kind)) {
        fileProps.put(f, Map.of("type", "string", "description", "the content of the "
            + Runs.storedName(kind, f).replaceFirst("^.*\\.", "").toUpperCase(Locale.ROOT)
            + " file ('" + f + "' of the CLI command)"));
      }
      files.put("properties", fileProps);
      files.put("additionalProperties", false);
      List<String> required = Runs.requiredFiles(kind);
      String generator = Runs.fileGenerator(kind);
      if (!required.isEmpty() && generator != null) {
        // a generator replaces the files (StrategyRuns.addFiles), so they are not required
        files.put("description", files.get("description") + " Required ("
            + String.join(", ", required) + ") unless options." + generator + " is given.");
      } else if (!required.isEmpty()) {
        files.put("required", required);
      }
      schemas.put("RunFiles." + kind, files);
      byKind.add(Map.of("if", Map.of("properties", Map.of("kind", Map.of("const", kind))),
          "then", Map.of("properties", Map.of(
              "options", Map.of("$ref", "#/components/schemas/RunOptions." + kind),
              "files", Map.of("$ref", "#/components/schemas/RunFiles." + kind)))));
    }
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("kind", Map.of("type", "string", "enum", Runs.KINDS));
    props.put("network", Map.of("type", "string", "description", "an uploaded network's id"));
    props.put("version", Map.of("type", "integer", "minimum", 1));
    props.put("scenario", Map.of("type", "string", "description", "a stored scenario's id"));
    props.put("options", Map.of("type", "object"));
    props.put("files", Map.of("type", "object", "additionalProperties",
        Map.of("type", "string")));
    Map<String, Object> req = new LinkedHashMap<>();
    req.put("type", "object");
    req.put("properties", props);
    req.put("additionalProperties", false);
    req.put("allOf", byKind);
    schemas.put("RunRequest", req);
  }

  private static String operationId(Api.Route r) {
    StringBuilder b = new StringBuilder(r.method().toLowerCase(Locale.ROOT));
    for (String part : r.path().split("/")) {
      if (part.isEmpty() || part.equals("api")) {
        continue;
      }
      String p = part.startsWith("{") ? "By" + cap(part.substring(1, part.length() - 1))
          : cap(part.replace(".json", "").replace("-", ""));
      b.append(p);
    }
    return b.toString();
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
