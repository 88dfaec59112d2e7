package org.stockade.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockade.io.Nodes.Range;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;
import org.stockade.multistage.Demand;
import org.stockade.multistage.LayeredNetwork;
import org.stockade.multistage.Link;
import org.stockade.multistage.Stage;
import org.stockade.multistage.StageNode;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * Loads a multi-stage (m-SG) problem from a YAML or JSON file whose top level has a
 * {@code stages:} key (schema in {@code docs/multi-stage.md}). Every problem is reported as an
 * {@link InvalidInputException} naming the file, the field, the value and a fix.
 */
public final class MultiStageLoader {
  static final List<String> TOP_KEYS = List.of("name", "stages", "arcs", "flexibility",
      "uncertainty", "delta");
  static final List<String> STAGE_KEYS = List.of("name", "nodes");
  static final List<String> NODE_KEYS = List.of("id", "capacity", "holding_cost", "inventory",
      "mu", "sigma", "group", "service_level");
  static final List<String> ARC_KEYS = List.of("from", "to");

  private MultiStageLoader() {}

  /** Whether {@code path} is a readable YAML/JSON file whose top level has {@code stages}. */
  public static boolean isMultiStage(Path path) {
    if (path == null || !Files.isRegularFile(path)) {
      return false;
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean json = name.endsWith(".json");
    if (!json && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
      return false;
    }
    try {
      JsonNode root = ProblemLoader.parse(path, json);
      return root.isObject() && root.has("stages");
    } catch (RuntimeException e) {
      return false; // the ordinary loader reports the problem
    }
  }

  public static MultiStageDefinition load(Path path) {
    if (path == null || !Files.isRegularFile(path)) {
      throw new InvalidInputException(path + ": file not found; check the path");
    }
    String file = path.toString();
    boolean json = file.toLowerCase(Locale.ROOT).endsWith(".json");
    JsonNode root = ProblemLoader.parse(path, json);
    try {
      String stem = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      return fromTree(root, Where.root(file), stem);
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidInputException(file + ": could not load the multi-stage problem (" + e
          + "); check the file against docs/multi-stage.md", e);
    }
  }

  static MultiStageDefinition fromTree(JsonNode root, Where w, String defaultName) {
    Nodes.object(root, w, "stages: [...], arcs: [...] (see docs/multi-stage.md)");
    Nodes.checkKeys(root, w, TOP_KEYS);
    String name = Nodes.optionalText(root, "name", w, "my supply chain");
    JsonNode stages = Nodes.list(Nodes.required(root, "stages", w,
        "[{name: plants, nodes: [...]}, {name: products, nodes: [...]}]"), w.key("stages"),
        "stages: [{name: plants, nodes: [{id: P1, capacity: 380}]}, {name: products, nodes:"
            + " [{id: V1, mu: 320, sigma: 160}]}]");
    if (stages.isEmpty()) {
      throw w.key("stages").fail("no stages are given", "list the stages from upstream to"
          + " downstream; the last one holds the products");
    }
    Map<String, Where> seen = new LinkedHashMap<>();
    Map<String, Integer> stageOf = new LinkedHashMap<>();
    List<Stage> out = new ArrayList<>();
    List<Double> levels = new ArrayList<>();
    for (int s = 0; s < stages.size(); s++) {
      Where sw = w.key("stages").index(s);
      JsonNode st = Nodes.object(stages.get(s), sw, "{name: plants, nodes: [{id: P1,"
          + " capacity: 380}]}");
      Nodes.checkKeys(st, sw, STAGE_KEYS);
      String sname = Nodes.optionalText(st, "name", sw, "plants");
      if (sname == null) {
        sname = s == stages.size() - 1 ? "products" : "stage " + (s + 1);
      }
      boolean last = s == stages.size() - 1;
      JsonNode nodes = Nodes.list(Nodes.required(st, "nodes", sw, "[{id: P1, capacity: 380}]"),
          sw.key("nodes"), "nodes: [{id: P1, capacity: 380}]");
      if (nodes.isEmpty()) {
        throw sw.key("nodes").fail("stage '" + sname + "' has no nodes", "give it at least one"
            + " node or remove the stage");
      }
      List<StageNode> list = new ArrayList<>();
      for (int k = 0; k < nodes.size(); k++) {
        Where nw = sw.key("nodes").index(k);
        list.add(node(nodes.get(k), nw, last, sname, seen, levels));
        stageOf.put(list.get(list.size() - 1).id(), s);
      }
      out.add(new Stage(sname, list));
    }
    List<Link> links = new ArrayList<>();
    if (Nodes.present(root, "arcs")) {
      JsonNode arcs = Nodes.list(root.get("arcs"), w.key("arcs"), "arcs: [[S1, P1], [P1, V1]]");
      for (int k = 0; k < arcs.size(); k++) {
        links.add(arc(arcs.get(k), w.key("arcs").index(k), stageOf, out));
      }
    }
    if (Nodes.present(root, "flexibility")) {
      Where fw = w.key("flexibility");
      JsonNode map = Nodes.object(root.get("flexibility"), fw, "{S1: [P1, P2], P1: [V1]}");
      for (Map.Entry<String, JsonNode> e : map.properties()) {
        Where pw = fw.key(e.getKey());
        JsonNode v = e.getValue();
        if (Nodes.isEmpty(v)) {
          continue;
        }
        List<JsonNode> targets = new ArrayList<>();
        if (v.isValueNode()) {
          targets.add(v);
        } else {
          Nodes.list(v, pw, e.getKey() + ": [P1, P2]").forEach(targets::add);
        }
        for (int k = 0; k < targets.size(); k++) {
          String to = Nodes.text(targets.get(k), pw.index(k), e.getKey(), "[P1, P2]");
          links.add(checked(e.getKey().strip(), pw, to, pw.index(k), stageOf, out));
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    LayeredNetwork network;
    try {
      network = new LayeredNetwork(name == null ? defaultName : name, out, links);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(w.file() + ": " + e.getMessage(), e);
    }
    warn(network, w.file(), warnings);
    Network proxy = proxy(network, w);
    UncertaintySpec spec = UncertaintyReader.read(root.get("uncertainty"), w.key("uncertainty"),
        proxy, levels, warnings);
    Double delta = Nodes.optionalNumber(root, "delta", w, Range.NON_NEGATIVE, "0");
    return new MultiStageDefinition(network, spec, delta, warnings);
  }

  private static StageNode node(JsonNode n, Where w, boolean product, String stage,
      Map<String, Where> seen, List<Double> levels) {
    String example = product ? "{id: V1, mu: 320, sigma: 160}" : "{id: P1, capacity: 380}";
    Nodes.object(n, w, example);
    Nodes.checkKeys(n, w, NODE_KEYS);
    String id = Nodes.requiredText(n, "id", w, product ? "V1" : "P1");
    Where before = seen.putIfAbsent(id, w);
    if (before != null) {
      throw w.key("id").fail("duplicate node id '" + id + "', already used by "
          + before.describe(), "node ids must be unique across all stages");
    }
    Where at = w.about("node '" + id + "' in stage '" + stage + "'");
    double capacity = Double.POSITIVE_INFINITY;
    if (n.has("capacity") && !(n.get("capacity").isTextual()
        && n.get("capacity").textValue().strip().equalsIgnoreCase("none"))
        && !Nodes.isEmpty(n.get("capacity"))) {
      capacity = Nodes.number(n.get("capacity"), at.key("capacity"), Range.POSITIVE,
          "e.g. capacity: 380, or capacity: none for an uncapacitated node");
    }
    Double h = Nodes.optionalNumber(n, "holding_cost", at, Range.POSITIVE, "1");
    boolean inventory = product;
    if (Nodes.present(n, "inventory")) {
      inventory = bool(n.get("inventory"), at.key("inventory"));
    }
    Demand demand = null;
    if (product) {
      double mu = Nodes.requiredNumber(n, "mu", at, Range.NON_NEGATIVE, "320");
      double sigma = Nodes.requiredNumber(n, "sigma", at, Range.NON_NEGATIVE, "160");
      String group = Nodes.optionalText(n, "group", at, "high");
      demand = new Demand(mu, sigma, group);
      levels.add(Nodes.optionalNumber(n, "service_level", at, Range.SERVICE_LEVEL, "0.95"));
    } else {
      for (String k : List.of("mu", "sigma", "group", "service_level")) {
        if (Nodes.present(n, k)) {
          throw at.key(k).fail("only products (nodes of the last stage) have demand",
              "remove " + k + " here, or move the node to the last stage");
        }
      }
    }
    return new StageNode(id, capacity, h == null ? 1.0 : h, inventory, demand);
  }

  private static boolean bool(JsonNode v, Where w) {
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isTextual()) {
      String s = v.textValue().strip().toLowerCase(Locale.ROOT);
      if (List.of("true", "yes", "on").contains(s)) {
        return true;
      }
      if (List.of("false", "no", "off").contains(s)) {
        return false;
      }
    }
    throw w.fail("expected true or false, got " + Nodes.render(v), "write inventory: true to"
        + " allow inventory at the node, inventory: false to forbid it");
  }

  private static Link arc(JsonNode n, Where w, Map<String, Integer> stageOf, List<Stage> st) {
    if (n != null && n.isArray()) {
      if (n.size() != 2) {
        throw w.fail("an arc given as a list needs exactly 2 entries [from, to], got "
            + Nodes.render(n), "write it like [S1, P1] or {from: S1, to: P1}");
      }
      return checked(Nodes.text(n.get(0), w.index(0), "from", "S1"), w.index(0),
          Nodes.text(n.get(1), w.index(1), "to", "P1"), w.index(1), stageOf, st);
    }
    Nodes.object(n, w, "{from: S1, to: P1}");
    Nodes.checkKeys(n, w, ARC_KEYS);
    return checked(Nodes.requiredText(n, "from", w, "S1"), w.key("from"),
        Nodes.requiredText(n, "to", w, "P1"), w.key("to"), stageOf, st);
  }

  private static Link checked(String from, Where fw, String to, Where tw,
      Map<String, Integer> stageOf, List<Stage> stages) {
    declared(from, fw, stageOf);
    declared(to, tw, stageOf);
    int a = stageOf.get(from);
    int b = stageOf.get(to);
    if (b != a + 1) {
      String what = b > a ? "skips a stage" : "does not go downstream";
      throw tw.fail("arc " + from + " -> " + to + " " + what + ": " + from + " is in stage "
          + (a + 1) + " '" + stages.get(a).name() + "' and " + to + " in stage " + (b + 1) + " '"
          + stages.get(b).name() + "'", "arcs connect a node to a node of the next stage only");
    }
    return new Link(from, to);
  }

  private static void declared(String id, Where w, Map<String, Integer> stageOf) {
    if (!stageOf.containsKey(id)) {
      throw w.fail("node '" + id + "' is not declared; declared nodes: "
          + Network.describeIds(stageOf.keySet()), Nodes.didYouMean(id, stageOf.keySet())
          + "declare it under one of the stages or correct the id");
    }
  }

  private static void warn(LayeredNetwork n, String file, List<String> warnings) {
    for (int v = 0; v < n.nodeCount(); v++) {
      boolean product = n.productIndex(v) >= 0;
      if (n.stageOf(v) > 0 && n.preds(v).length == 0) {
        warnings.add(file + ": node '" + n.id(v) + "' has no upstream arc: only inventory can"
            + " supply it");
      }
      if (!product && n.succs(v).length == 0) {
        warnings.add(file + ": node '" + n.id(v) + "' has no downstream arc: its capacity is"
            + " unused");
      }
    }
  }

  /**
   * A single-stage stand-in (capacitated nodes as plants, products as products) through which
   * the {@code uncertainty} block is read with the same rules and messages as for single-stage
   * files; polyhedral capacity rows name capacitated nodes.
   */
  private static Network proxy(LayeredNetwork n, Where w) {
    if (n.capacitatedCount() == 0) {
      throw w.key("stages").fail("no node has a capacity, so supply is unlimited and nothing can"
          + " ever be lost", "give the suppliers or plants a capacity, e.g. capacity: 380");
    }
    List<Plant> plants = new ArrayList<>();
    for (int k = 0; k < n.capacitatedCount(); k++) {
      StageNode v = n.node(n.capacitatedNode(k));
      plants.add(new Plant(v.id(), v.capacity()));
    }
    List<Product> products = new ArrayList<>();
    for (int j = 0; j < n.productCount(); j++) {
      StageNode v = n.node(n.productNode(j));
      products.add(new Product(v.id(), v.demand().mu(), v.demand().sigma(), v.holdingCost(),
          v.demand().group()));
    }
    return new Network(n.name(), plants, products, List.of());
  }
}
