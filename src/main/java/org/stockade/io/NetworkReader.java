package org.stockade.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.io.Nodes.Range;
import org.stockade.model.Arc;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;

/**
 * Collects plants, products and arcs from parsed elements (YAML/JSON list items or CSV rows),
 * checking each field and cross-reference with messages that point at the element. Read all
 * plants and products before any arc.
 */
final class NetworkReader {
  static final List<String> PLANT_KEYS = List.of("id", "capacity");
  static final List<String> PRODUCT_KEYS =
      List.of("id", "mu", "sigma", "holding_cost", "group", "service_level");
  static final List<String> ARC_KEYS = List.of("plant", "product");

  private final List<Plant> plants = new ArrayList<>();
  private final Map<String, Where> plantAt = new LinkedHashMap<>();
  private final List<Product> products = new ArrayList<>();
  private final Map<String, Where> productAt = new LinkedHashMap<>();
  private final List<Double> serviceLevels = new ArrayList<>();
  private final List<Arc> arcs = new ArrayList<>();

  /** A plant element {@code {id, capacity}}. */
  void plant(JsonNode n, Where w) {
    Nodes.object(n, w, "{id: P1, capacity: 380}");
    Nodes.checkKeys(n, w, PLANT_KEYS);
    String id = Nodes.requiredText(n, "id", w, "P" + (plants.size() + 1));
    unique("plant", id, w, plantAt);
    Where at = w.about("plant '" + id + "'");
    double capacity = Nodes.requiredNumber(n, "capacity", at, Range.POSITIVE, "380");
    plants.add(new Plant(id, capacity));
  }

  /** A product element {@code {id, mu, sigma[, holding_cost][, group][, service_level]}}. */
  void product(JsonNode n, Where w) {
    Nodes.object(n, w, "{id: V1, mu: 320, sigma: 160}");
    Nodes.checkKeys(n, w, PRODUCT_KEYS);
    String id = Nodes.requiredText(n, "id", w, "V" + (products.size() + 1));
    unique("product", id, w, productAt);
    if (plantAt.containsKey(id)) {
      throw w.key("id").fail("product id '" + id + "' is also the id of a plant ("
          + plantAt.get(id).describe() + ")", "give products and plants distinct ids (scenario"
          + " files, --ttr and --inventory name both by id), e.g. V" + (products.size() + 1));
    }
    Where at = w.about("product '" + id + "'");
    double mu = Nodes.requiredNumber(n, "mu", at, Range.NON_NEGATIVE, "320");
    double sigma = Nodes.requiredNumber(n, "sigma", at, Range.NON_NEGATIVE, "160");
    Double h = Nodes.optionalNumber(n, "holding_cost", at, Range.POSITIVE, "1");
    String group = Nodes.optionalText(n, "group", at, "high");
    Double tau = Nodes.optionalNumber(n, "service_level", at, Range.SERVICE_LEVEL, "0.95");
    products.add(new Product(id, mu, sigma, h == null ? 1.0 : h, group));
    serviceLevels.add(tau);
  }

  private static void unique(String kind, String id, Where w, Map<String, Where> seen) {
    Where before = seen.putIfAbsent(id, w);
    if (before != null) {
      throw w.key("id").fail("duplicate " + kind + " id '" + id + "', already used by "
          + before.describe(), "give every " + kind + " a unique id");
    }
  }

  /** An arc element: {@code {plant: P1, product: V1}} or the pair {@code [P1, V1]}. */
  void arc(JsonNode n, Where w) {
    if (n != null && n.isArray()) {
      if (n.size() != 2) {
        throw w.fail("an arc given as a list needs exactly 2 entries [plant, product], got "
            + Nodes.render(n), "write it like {plant: P1, product: V1}");
      }
      String plant = Nodes.text(n.get(0), w.index(0), "plant", "P1");
      String product = Nodes.text(n.get(1), w.index(1), "product", "V1");
      add(plant, w.index(0), product, w.index(1));
      return;
    }
    Nodes.object(n, w, "{plant: P1, product: V1}");
    Nodes.checkKeys(n, w, ARC_KEYS);
    String plant = Nodes.requiredText(n, "plant", w, "P1");
    String product = Nodes.requiredText(n, "product", w, "V1");
    add(plant, w.key("plant"), product, w.key("product"));
  }

  /** A {@code flexibility} mapping: plant id to the list of products it can make. */
  void flexibility(JsonNode map, Where w) {
    if (Nodes.isEmpty(map)) {
      return;
    }
    Nodes.object(map, w, "{P1: [V1, V2], P2: [V2, V3]}");
    for (Map.Entry<String, JsonNode> e : map.properties()) {
      Where pw = w.key(e.getKey());
      String plant = e.getKey().strip();
      checkDeclared("plant", plant, pw, plantAt);
      JsonNode list = e.getValue();
      if (Nodes.isEmpty(list)) {
        continue;
      }
      if (list.isValueNode()) {
        add(plant, pw, Nodes.text(list, pw, e.getKey(), "[V1, V2]"), pw);
        continue;
      }
      Nodes.list(list, pw, e.getKey() + ": [V1, V2]");
      for (int k = 0; k < list.size(); k++) {
        Where at = pw.index(k);
        add(plant, pw, Nodes.text(list.get(k), at, e.getKey(), "[V1, V2]"), at);
      }
    }
  }

  private void add(String plant, Where plantWhere, String product, Where productWhere) {
    checkDeclared("plant", plant, plantWhere, plantAt);
    checkDeclared("product", product, productWhere, productAt);
    arcs.add(new Arc(plant, product));
  }

  private static void checkDeclared(String kind, String id, Where w, Map<String, Where> ids) {
    if (!ids.containsKey(id)) {
      throw w.fail(kind + " '" + id + "' is not declared; declared " + kind + "s: "
          + Network.describeIds(ids.keySet()), Nodes.didYouMean(id, ids.keySet())
          + (w.isCsv() ? "add it to " + kind + "s.csv" : "declare it under " + kind + "s")
          + " or correct the id");
    }
  }

  int plantCount() {
    return plants.size();
  }

  int productCount() {
    return products.size();
  }

  List<Product> products() {
    return products;
  }

  /** Per-product service levels as given ({@code null} entries where not given). */
  List<Double> serviceLevels() {
    return serviceLevels;
  }

  /**
   * The network; {@code file} prefixes any message of the model's own checks. Adds a warning
   * for each product no plant can make and each plant that makes nothing.
   */
  Network build(String name, String file, List<String> warnings) {
    Network n;
    try {
      n = new Network(name, plants, products, arcs);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(file + ": " + e.getMessage(), e);
    }
    for (String v : n.productsWithoutArcs()) {
      warnings.add(file + ": product '" + v + "' has no arc: only inventory can serve it");
    }
    for (int i = 0; i < n.plantCount(); i++) {
      if (n.productsOf(i).length == 0) {
        warnings.add(file + ": plant '" + n.plant(i).id() + "' has no arc: it makes no product"
            + " and its capacity is unused");
      }
    }
    return n;
  }

  /** Fails when no plant or no product was declared; {@code example} shows one element. */
  static void requireSome(int count, String kind, Where w, String example) {
    if (count == 0) {
      throw w.fail("no " + kind + "s are declared, but a network needs at least one " + kind,
          "add one, " + example);
    }
  }
}
