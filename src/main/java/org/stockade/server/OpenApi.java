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
    Map<String, Object> components = new LinkedHashMap<>();
    components.put("schemas", Map.of("Problem", problem));
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
