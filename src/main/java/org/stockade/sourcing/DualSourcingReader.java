package org.stockade.sourcing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.stockade.model.InvalidInputException;

/**
 * Reads a dual-sourcing instance from YAML or JSON, e.g.
 *
 * <pre>
 * demand: uniform:0:4     # or poisson:2, pmf:0.2,0.3,0.5
 * lr: 2
 * le: 0                   # optional, default 0
 * cr: 100
 * ce: 105
 * h: 5
 * b: 495
 * lost_sales: false       # optional
 * </pre>
 *
 * Values are returned as text keyed by field so that command-line flags can override them.
 */
public final class DualSourcingReader {
  /** The accepted fields. */
  public static final Set<String> FIELDS = java.util.Collections.unmodifiableSet(
      new java.util.LinkedHashSet<>(java.util.List.of("demand", "lr", "le", "cr", "ce", "h", "b",
          "lost_sales")));

  private DualSourcingReader() {}

  public static Map<String, String> read(Path file) {
    if (!Files.exists(file)) {
      throw new InvalidInputException(file + ": file not found; give a .yaml or .json dual-sourcing"
          + " instance (fields " + String.join(", ", FIELDS) + ")");
    }
    JsonNode root;
    try {
      String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      ObjectMapper m = (name.endsWith(".json") ? new ObjectMapper()
          : new ObjectMapper(new YAMLFactory()))
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      String text = org.stockade.io.InputFiles.readText(file, "dual-sourcing instance");
      if (!name.endsWith(".json")) {
        org.stockade.io.YamlGuard.check(text, file.toString());
      }
      root = text.isBlank() ? null : m.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      com.fasterxml.jackson.core.JsonLocation loc = e.getLocation();
      String where = loc == null || loc.getLineNr() <= 0 ? ""
          : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new InvalidInputException(file + ": malformed YAML/JSON" + where + ": "
          + firstLine(e.getOriginalMessage()) + "; check the colons, quotes and brackets"
          + (where.isEmpty() ? "" : " near line " + loc.getLineNr()));
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read the file (" + firstLine(e.getMessage())
          + "); check the path and permissions");
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new InvalidInputException(file + ": the file is empty; give the fields "
          + String.join(", ", FIELDS) + ", e.g. demand: uniform:0:4");
    }
    if (!root.isObject()) {
      throw new InvalidInputException(file + ": expected a mapping with fields "
          + String.join(", ", FIELDS));
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String k = e.getKey().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
      if (!FIELDS.contains(k)) {
        throw new InvalidInputException(file + ": unknown field '" + e.getKey() + "'; expected "
            + String.join(", ", FIELDS));
      }
      JsonNode v = e.getValue();
      if (!v.isValueNode() || v.isNull()) {
        throw new InvalidInputException(file + ": field '" + e.getKey() + "' must be a single "
            + "value, got " + v);
      }
      out.put(k, v.asText());
    }
    return out;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int i = s.indexOf('\n');
    return i < 0 ? s : s.substring(0, i);
  }
}
