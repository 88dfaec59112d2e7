package org.stockade.strategies.suppliers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stockade.io.InputFiles;
import org.stockade.io.YamlGuard;
import org.stockade.model.InvalidInputException;

/**
 * Reads a supplier-selection instance from YAML or JSON (see {@code
 * examples/suppliers-*.yaml}):
 * <pre>
 * demand: {mean: 1000, sd: 150}
 * alpha: 0.95              # service model
 * payment: delivered       # or ordered
 * holding_cost: 2          # cost model
 * shortage_cost: 40        # cost model
 * price: 30                # newsvendor model
 * salvage: 2               # newsvendor model (default 0)
 * suppliers:
 *   - {name: A, fixed_cost: 500, unit_cost: 10, yield_mean: 0.9, yield_sd: 0.1,
 *      reliability: 0.8}                       # or capacity: {values: [...], probabilities: [...]}
 * </pre>
 * Every error names the field (and the supplier).
 */
public final class SupplierReader {
  static final Set<String> TOP = Set.of("demand", "alpha", "payment", "holding_cost",
      "shortage_cost", "price", "salvage", "suppliers");
  static final Set<String> SUPPLIER = Set.of("name", "fixed_cost", "unit_cost", "yield_mean",
      "yield_sd", "reliability", "capacity");

  private SupplierReader() {}

  public static SupplierProblem read(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean json = name.endsWith(".json");
    String text = InputFiles.readText(file, "supplier-selection file");
    if (!json) {
      YamlGuard.check(text, file.toString());
    }
    JsonNode root;
    try {
      ObjectMapper m = (json ? new ObjectMapper() : new ObjectMapper(new YAMLFactory()))
          .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      // YAML's .inf (infinity) is not read by the YAML parser: give it as text
      String src = json ? text
          : text.replaceAll("(?<=[\\[\\s,:])[.]inf(?=[\\s,\\]]|$)", "\"inf\"");
      root = src.isBlank() ? null : m.readTree(src);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var loc = e.getLocation();
      String where = loc == null || loc.getLineNr() <= 0 ? "" : " at line " + loc.getLineNr();
      String msg = String.valueOf(e.getOriginalMessage());
      throw new InvalidInputException(file + ": malformed YAML/JSON" + where + ": "
          + msg.lines().findFirst().orElse("") + "; check the colons, quotes and brackets");
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read the file (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInputException(file + ": expected a mapping with fields demand, suppliers"
          + " (and alpha, holding_cost, shortage_cost, price, salvage, payment); see "
          + "examples/suppliers-service.yaml");
    }
    return parse(root, file.toString());
  }

  static SupplierProblem parse(JsonNode root, String file) {
    String at = file + ": ";
    unknown(root, TOP, at, "");
    JsonNode d = root.get("demand");
    if (d == null || !d.isObject()) {
      throw new InvalidInputException(at + "demand is required as a mapping, e.g. demand: "
          + "{mean: 1000, sd: 150}");
    }
    unknown(d, Set.of("mean", "sd"), at, "demand.");
    double mean = number(d, "mean", at + "demand.", Double.NaN);
    double sd = number(d, "sd", at + "demand.", Double.NaN);
    if (Double.isNaN(mean) || Double.isNaN(sd)) {
      throw new InvalidInputException(at + "demand.mean and demand.sd are required, e.g. demand:"
          + " {mean: 1000, sd: 150}");
    }
    Payment pay = Payment.DELIVERED;
    JsonNode pn = root.get("payment");
    if (pn != null) {
      String t = pn.asText().trim().toLowerCase(Locale.ROOT);
      pay = switch (t) {
        case "delivered" -> Payment.DELIVERED;
        case "ordered" -> Payment.ORDERED;
        default -> throw new InvalidInputException(at + "payment must be 'delivered' or "
            + "'ordered', got '" + pn.asText() + "'");
      };
    }
    JsonNode ss = root.get("suppliers");
    if (ss == null || !ss.isArray() || ss.isEmpty()) {
      throw new InvalidInputException(at + "suppliers is required as a non-empty list, e.g. "
          + "suppliers: [{name: A, unit_cost: 10, yield_mean: 0.9, yield_sd: 0.1}]");
    }
    List<Supplier> list = new ArrayList<>();
    int k = 0;
    for (JsonNode s : ss) {
      k++;
      if (!s.isObject()) {
        throw new InvalidInputException(at + "suppliers[" + k + "] must be a mapping with name, "
            + "unit_cost, ...");
      }
      String nm = s.hasNonNull("name") ? s.get("name").asText() : "#" + k;
      String where = at + "supplier '" + nm + "': ";
      unknown(s, SUPPLIER, where, "");
      if (!s.hasNonNull("name")) {
        throw new InvalidInputException(where + "name is required");
      }
      double unit = number(s, "unit_cost", where, Double.NaN);
      if (Double.isNaN(unit)) {
        throw new InvalidInputException(where + "unit_cost is required, e.g. unit_cost: 10");
      }
      CapacityDistribution cap = null;
      if (s.has("reliability") && s.has("capacity")) {
        throw new InvalidInputException(where + "give reliability or capacity, not both");
      }
      try {
        if (s.has("reliability")) {
          cap = CapacityDistribution.allOrNothing(number(s, "reliability", where, Double.NaN));
        } else if (s.has("capacity")) {
          JsonNode c = s.get("capacity");
          unknown(c, Set.of("values", "probabilities"), where, "capacity.");
          cap = new CapacityDistribution(array(c, "values", where + "capacity."),
              array(c, "probabilities", where + "capacity."));
        }
        list.add(new Supplier(nm, number(s, "fixed_cost", where, 0), unit,
            number(s, "yield_mean", where, Double.NaN), number(s, "yield_sd", where, Double.NaN),
            cap));
      } catch (InvalidInputException e) {
        String msg = e.getMessage();
        throw new InvalidInputException(msg.startsWith(at) ? msg
            : msg.startsWith("supplier '") ? at + msg : where + msg);
      }
    }
    try {
      return new SupplierProblem(mean, sd, list, pay, number(root, "alpha", at, Double.NaN),
          number(root, "holding_cost", at, Double.NaN),
          number(root, "shortage_cost", at, Double.NaN), number(root, "price", at, Double.NaN),
          number(root, "salvage", at, Double.NaN));
    } catch (InvalidInputException e) {
      throw e.getMessage().startsWith(at) ? e : new InvalidInputException(at + e.getMessage());
    }
  }

  private static void unknown(JsonNode node, Set<String> allowed, String at, String prefix) {
    if (!node.isObject()) {
      throw new InvalidInputException(at + prefix.replaceAll("\\.$", "") + " must be a mapping");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      String k = it.next().getKey();
      if (!allowed.contains(k)) {
        throw new InvalidInputException(at + "unknown field '" + prefix + k + "'; expected one of "
            + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  /** The number at {@code field}, {@code dflt} if absent; '.inf'/'unlimited' is +Infinity. */
  static double number(JsonNode node, String field, String at, double dflt) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    return value(v, at + field);
  }

  private static double value(JsonNode v, String what) {
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (v.isTextual()) {
      String t = v.asText().trim().toLowerCase(Locale.ROOT);
      if (t.equals("inf") || t.equals(".inf") || t.equals("unlimited") || t.equals("infinity")) {
        return Double.POSITIVE_INFINITY;
      }
      try {
        return Double.parseDouble(t);
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    throw new InvalidInputException(what + " must be a number, got " + v);
  }

  private static double[] array(JsonNode node, String field, String at) {
    JsonNode a = node.get(field);
    if (a == null || !a.isArray() || a.isEmpty()) {
      throw new InvalidInputException(at + field + " must be a non-empty list of numbers, e.g. "
          + field + ": [0, 500, .inf]");
    }
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = value(a.get(i), at + field + "[" + (i + 1) + "]");
    }
    return out;
  }
}
