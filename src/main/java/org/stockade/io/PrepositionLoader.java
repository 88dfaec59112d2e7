package org.stockade.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.model.InvalidInputException;
import org.stockade.strategies.preposition.Arc;
import org.stockade.strategies.preposition.Commodity;
import org.stockade.strategies.preposition.PrepositionProblem;
import org.stockade.strategies.preposition.Scenario;
import org.stockade.strategies.preposition.SizeOption;

/**
 * Loads a pre-positioning instance (docs/strategies.md, section 5): the network from a YAML or
 * JSON file (sizes, locations, commodities, arcs) and the scenarios from a long-format CSV, one
 * row per scenario and location-commodity (demand, destroyed fraction) or per scenario and arc
 * (capacity and cost factors). Every error names the file, the position, the value and a fix.
 */
public final class PrepositionLoader {
  static final List<String> TOP_KEYS = List.of("name", "sizes", "locations", "commodities",
      "arcs");
  static final List<String> SIZE_KEYS = List.of("name", "capacity", "fixed_cost");
  static final List<String> LOCATION_KEYS = List.of("name", "sizes");
  static final List<String> COMMODITY_KEYS = List.of("name", "unit_cost", "volume",
      "shortage_penalty", "surplus_penalty");
  static final List<String> ARC_KEYS = List.of("from", "to", "cost", "capacity", "two_way");
  /** Columns of the scenarios CSV; only {@code scenario} is required. */
  public static final List<String> COLUMNS = List.of("scenario", "probability", "location",
      "commodity", "demand", "destroyed", "from", "to", "capacity_factor", "cost_factor");
  private static final String DOC = " (see docs/strategies.md, section 5)";

  private PrepositionLoader() {}

  /** The network part, before scenarios. */
  private record Network(String name, List<String> locations, List<List<SizeOption>> sizes,
      List<Commodity> commodities, List<Arc> arcs, int[] twin) {}

  public static PrepositionProblem load(Path network, Path scenarios) {
    if (network == null) {
      throw new InvalidInputException("no network file given; pass a .yaml or .json file"
          + DOC);
    }
    if (scenarios == null) {
      throw new InvalidInputException("no scenarios given; add --scenarios FILE.csv" + DOC);
    }
    String ext = ProblemLoader.extension(network);
    if (!List.of("yaml", "yml", "json").contains(ext)) {
      throw new InvalidInputException(network + ": unknown file type '"
          + (ext.isEmpty() ? "(no extension)" : "." + ext) + "'; the pre-positioning network"
          + " is a .yaml, .yml or .json file" + DOC);
    }
    Network net = network(ProblemLoader.parse(network, ext.equals("json")), network.toString(),
        ProblemLoader.stem(network));
    return scenarios(net, scenarios);
  }

  private static Network network(JsonNode root, String file, String stem) {
    Where w = Where.root(file);
    Nodes.object(root, w, "locations: [...], commodities: [...], sizes: [...], arcs: [...]"
        + DOC);
    Nodes.checkKeys(root, w, TOP_KEYS);
    String name = Nodes.optionalText(root, "name", w, "gulf-coast");
    List<SizeOption> defaults = null;
    if (Nodes.present(root, "sizes")) {
      defaults = sizes(root.get("sizes"), w.key("sizes"));
    }
    JsonNode comms = Nodes.list(Nodes.required(root, "commodities", w, "[{name: water, "
        + "unit_cost: 1, volume: 1, shortage_penalty: 10}]"), w.key("commodities"),
        "- {name: water, unit_cost: 1, volume: 1, shortage_penalty: 10}");
    List<Commodity> commodities = new ArrayList<>();
    for (int k = 0; k < comms.size(); k++) {
      Where at = w.key("commodities").index(k);
      JsonNode c = Nodes.object(comms.get(k), at, "{name: water, unit_cost: 1, volume: 1, "
          + "shortage_penalty: 10, surplus_penalty: 0.1}");
      Nodes.checkKeys(c, at, COMMODITY_KEYS);
      String cn = Nodes.requiredText(c, "name", at, "water");
      Where a = at.about("commodity '" + cn + "'");
      Double surplus = Nodes.optionalNumber(c, "surplus_penalty", a, Nodes.Range.NON_NEGATIVE,
          "0.1");
      commodities.add(wrap(a, () -> new Commodity(cn,
          Nodes.requiredNumber(c, "unit_cost", a, Nodes.Range.NON_NEGATIVE, "1"),
          Nodes.requiredNumber(c, "volume", a, Nodes.Range.POSITIVE, "1"),
          Nodes.requiredNumber(c, "shortage_penalty", a, Nodes.Range.NON_NEGATIVE, "10"),
          surplus == null ? 0 : surplus)));
    }
    JsonNode locs = Nodes.list(Nodes.required(root, "locations", w, "[{name: houston}]"),
        w.key("locations"), "- {name: houston}");
    List<String> names = new ArrayList<>();
    List<List<SizeOption>> sizes = new ArrayList<>();
    for (int i = 0; i < locs.size(); i++) {
      Where at = w.key("locations").index(i);
      JsonNode l = locs.get(i);
      if (l != null && l.isValueNode()) {
        names.add(Nodes.text(l, at, "name", "houston"));
        l = null;
      } else {
        Nodes.object(l, at, "{name: houston, sizes: [...]}");
        Nodes.checkKeys(l, at, LOCATION_KEYS);
        names.add(Nodes.requiredText(l, "name", at, "houston"));
      }
      Where a = at.about("location '" + names.get(i) + "'");
      if (l != null && Nodes.present(l, "sizes")) {
        sizes.add(sizes(l.get("sizes"), a.key("sizes")));
      } else if (defaults != null) {
        sizes.add(defaults);
      } else {
        throw a.fail("no size options: the location has no sizes: and there is no top-level"
            + " sizes: list", "add a top-level sizes: [{name: small, capacity: 500, fixed_cost:"
            + " 10000}] or sizes: under the location");
      }
    }
    Map<String, Integer> index = indexOf(names, w.key("locations"), "location");
    indexOf(commodities.stream().map(Commodity::name).toList(), w.key("commodities"),
        "commodity");
    List<Arc> arcs = new ArrayList<>();
    List<Integer> twins = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    if (Nodes.present(root, "arcs")) {
      JsonNode list = Nodes.list(root.get("arcs"), w.key("arcs"), "- {from: houston, to: "
          + "dallas, cost: 2, capacity: 1000, two_way: true}");
      for (int j = 0; j < list.size(); j++) {
        Where at = w.key("arcs").index(j);
        JsonNode e = Nodes.object(list.get(j), at, "{from: houston, to: dallas, cost: 2}");
        Nodes.checkKeys(e, at, ARC_KEYS);
        int from = location(index, Nodes.requiredText(e, "from", at, "houston"), at.key("from"));
        int to = location(index, Nodes.requiredText(e, "to", at, "dallas"), at.key("to"));
        if (from == to) {
          throw at.key("to").fail("the arc goes from '" + names.get(from) + "' to itself",
              "drop it: stock is used where it is stored without an arc");
        }
        double[] cost = arcCost(e, at, commodities);
        Double cap = Nodes.optionalLimit(e, "capacity", at, "1000");
        double capacity = cap == null ? Double.POSITIVE_INFINITY : cap;
        boolean both = false;
        if (Nodes.present(e, "two_way")) {
          if (!e.get("two_way").isBoolean()) {
            throw at.key("two_way").fail("expected true or false, got " + Nodes.render(
                e.get("two_way")), "e.g. two_way: true");
          }
          both = e.get("two_way").booleanValue();
        }
        int[][] dirs = both ? new int[][] {{from, to}, {to, from}} : new int[][] {{from, to}};
        int first = arcs.size();
        for (int[] d : dirs) {
          String key = names.get(d[0]) + "->" + names.get(d[1]);
          if (seen.putIfAbsent(key, j) != null) {
            throw at.fail("arc " + key + " is also given at arcs[" + seen.get(key) + "]",
                "give each direction once (two_way: true covers both)");
          }
          arcs.add(wrap(at, () -> new Arc(d[0], d[1], capacity, cost)));
          twins.add(both ? (arcs.size() - 1 == first ? first + 1 : first) : -1);
        }
      }
    }
    return new Network(name == null ? stem : name, names, sizes, commodities, arcs,
        twins.stream().mapToInt(Integer::intValue).toArray());
  }

  private static double[] arcCost(JsonNode e, Where at, List<Commodity> commodities) {
    double[] cost = new double[commodities.size()];
    if (!Nodes.present(e, "cost")) {
      return cost;
    }
    JsonNode c = e.get("cost");
    if (!c.isObject()) {
      Arrays.fill(cost, Nodes.number(c, at.key("cost"), Nodes.Range.NON_NEGATIVE,
          "e.g. cost: 2, or per commodity cost: {water: 1, food: 2}"));
      return cost;
    }
    List<String> names = commodities.stream().map(Commodity::name).toList();
    for (Map.Entry<String, JsonNode> en : c.properties()) {
      int k = names.indexOf(en.getKey());
      if (k < 0) {
        throw at.key("cost").fail("unknown commodity '" + en.getKey() + "'",
            Nodes.didYouMean(en.getKey(), names) + "commodities: " + String.join(", ", names));
      }
      cost[k] = Nodes.number(en.getValue(), at.key("cost").key(en.getKey()),
          Nodes.Range.NON_NEGATIVE, "e.g. " + en.getKey() + ": 1.5");
    }
    for (int k = 0; k < names.size(); k++) {
      if (!c.has(names.get(k))) {
        throw at.key("cost").fail("no cost for commodity '" + names.get(k) + "'",
            "give every commodity a cost, e.g. " + names.get(k) + ": 1, or one number for all");
      }
    }
    return cost;
  }

  private static List<SizeOption> sizes(JsonNode n, Where w) {
    JsonNode list = Nodes.list(n, w, "- {name: small, capacity: 500, fixed_cost: 10000}");
    List<SizeOption> out = new ArrayList<>();
    for (int l = 0; l < list.size(); l++) {
      Where at = w.index(l);
      JsonNode s = Nodes.object(list.get(l), at, "{name: small, capacity: 500, fixed_cost: "
          + "10000}");
      Nodes.checkKeys(s, at, SIZE_KEYS);
      String sn = Nodes.requiredText(s, "name", at, "small");
      Where a = at.about("size '" + sn + "'");
      out.add(wrap(a, () -> new SizeOption(sn,
          Nodes.requiredNumber(s, "fixed_cost", a, Nodes.Range.NON_NEGATIVE, "10000"),
          Nodes.requiredNumber(s, "capacity", a, Nodes.Range.POSITIVE, "500"))));
    }
    indexOf(out.stream().map(SizeOption::name).toList(), w, "size");
    return out;
  }

  private static Map<String, Integer> indexOf(List<String> names, Where w, String what) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Integer prev = index.putIfAbsent(names.get(i), i);
      if (prev != null) {
        throw w.index(i).fail(what + " '" + names.get(i) + "' is also at [" + prev + "]",
            "give every " + what + " a different name");
      }
    }
    if (names.isEmpty()) {
      throw w.fail("the list is empty", "give at least one " + what);
    }
    return index;
  }

  private static int location(Map<String, Integer> index, String name, Where w) {
    Integer i = index.get(name);
    if (i == null) {
      throw w.fail("unknown location '" + name + "'", Nodes.didYouMean(name, index.keySet())
          + "locations: " + String.join(", ", index.keySet()));
    }
    return i;
  }

  /** Runs {@code make}, turning a record's own validation error into one at {@code w}. */
  static <T> T wrap(Where w, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidInputException e) {
      if (e.getMessage().startsWith(w.file())) {
        throw e;
      }
      throw w.fail(e.getMessage(), "");
    }
  }

  private static PrepositionProblem scenarios(Network net, Path path) {
    return PrepositionScenarioReader.read(path, net.name(), net.locations(), net.sizes(),
        net.commodities(), net.arcs(), net.twin());
  }

  /** A CSV cell as a tree node for {@link Nodes}. */
  static JsonNode cell(String s) {
    return new TextNode(s);
  }
}
