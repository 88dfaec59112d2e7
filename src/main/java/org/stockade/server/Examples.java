package org.stockade.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.io.ProblemWriter;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * The built-in example networks as files a client can upload ({@code GET /api/examples},
 * {@code GET /api/examples/{name}}): the web workbench's "start from an example". The GM case
 * is written by the shared {@link ProblemWriter} from {@link org.stockade.model.Examples#gm()};
 * tiers30 (exposure) and gm-two-tier (multi-stage) are copies of the files in {@code examples/}
 * shipped on the classpath (ExamplesApiTest checks they are the same).
 */
final class Examples {
  private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

  static {
    DESCRIPTIONS.put("gm", "GM case (Jordan & Graves 1995): 8 plants, 16 products, base design");
    DESCRIPTIONS.put("tiers30", "Multi-tier exposure network with 30 nodes");
    DESCRIPTIONS.put("gm-two-tier", "GM fed by 5 suppliers: multi-stage network (3 stages)");
  }

  private Examples() {}

  static List<Api.Route> routes() {
    return List.of(
        new Api.Route("GET", "/api/examples", "Built-in example networks: name, file name,"
            + " description", 200, Examples::list),
        new Api.Route("GET", "/api/examples/{name}", "One example as a YAML file, ready to"
            + " upload with POST /api/networks?name=NAME.yaml", 200, Examples::file));
  }

  private static void list(Context ctx) {
    List<Map<String, String>> out = DESCRIPTIONS.entrySet().stream()
        .map(e -> Map.of("name", e.getKey(), "file", e.getKey() + ".yaml", "description",
            e.getValue()))
        .toList();
    Api.json(ctx, 200, Map.of("examples", out));
  }

  private static void file(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    String yaml = switch (name) {
      case "gm" -> ProblemWriter.toYaml(org.stockade.model.Examples.gm(),
          UncertaintySpec.empty(), null);
      case "tiers30" -> resource("/examples/tiers30.yaml");
      case "gm-two-tier" -> resource("/examples/gm-two-tier.yaml");
      default -> throw ApiError.notFound("example '" + Uploads.visible(name) + "' does not"
          + " exist; GET /api/examples lists " + String.join(", ", DESCRIPTIONS.keySet()));
    };
    ctx.status(200).contentType("application/yaml; charset=utf-8").result(yaml);
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = Examples.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException(path + " missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
