package org.stockade.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockade.exposure.Edge;
import org.stockade.exposure.Node;
import org.stockade.exposure.NodeKind;
import org.stockade.exposure.SupplyNetwork;
import org.stockade.model.InvalidInputException;

/**
 * Loads a multi-tier network for the risk-exposure model (docs/exposure-format.md) from a
 * {@code .yaml}/{@code .yml}/{@code .json} file, a directory with {@code nodes.csv} and
 * {@code edges.csv}, or an {@code .xlsx} workbook with sheets {@code nodes} and {@code edges}.
 * Every error names the file, the row or path, the field, the value and a fix.
 */
public final class ExposureLoader {
  static final List<String> TOP_KEYS = List.of("name", "nodes", "edges");
  static final List<String> NODE_KEYS = List.of("id", "kind", "capacity", "facility",
      "inventory", "ttr", "demand", "margin");
  static final List<String> EDGE_KEYS = List.of("from", "to", "quantity", "group");
  static final String NODES_CSV = "nodes.csv";
  static final String EDGES_CSV = "edges.csv";
  private static final String DOC = " (see docs/exposure-format.md)";

  private ExposureLoader() {}

  /** One row of the nodes or edges table, with its position for messages. */
  record Item(JsonNode cells, Where where) {}

  /**
   * Tighter ranges than the generic |x| <= 1e9 where values multiply along paths or the window:
   * a BOM quantity of 1e-9 or a TTR of 1e9 periods makes the LPs numerically singular.
   */
  static final double MIN_QUANTITY = 1e-6;
  static final double MAX_QUANTITY = 1e6;
  static final double MAX_TTR = 1e6;

  public static SupplyNetwork load(Path path) {
    if (path == null) {
      throw new InvalidInputException("no network file given; pass a .yaml, .json or .xlsx file"
          + " or a directory with nodes.csv and edges.csv");
    }
    String file = path.toString();
    if (!Files.exists(path)) {
      throw new InvalidInputException(file + ": file not found; check the path (relative paths"
          + " are resolved from " + Path.of("").toAbsolutePath() + ")");
    }
    try {
      if (Files.isDirectory(path)) {
        return csv(path);
      }
      String name = path.getFileName().toString();
      String ext = name.contains(".")
          ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
      String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
      return switch (ext) {
        case "yaml", "yml" -> tree(ProblemLoader.parse(path, false), file, stem);
        case "json" -> tree(ProblemLoader.parse(path, true), file, stem);
        case "xlsx" -> XlsxTables.read(path, stem);
        default -> throw new InvalidInputException(file + ": unknown file type '"
            + (ext.isEmpty() ? "(no extension)" : "." + ext) + "'; use .yaml, .yml, .json or"
            + " .xlsx, or a directory with nodes.csv and edges.csv");
      };
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidInputException(file + ": could not load the network (" + e + "); check"
          + " it against docs/exposure-format.md", e);
    }
  }

  /** Parses YAML (or JSON) text; {@code file} names it in messages. */
  public static SupplyNetwork fromYaml(String text, String file, String defaultName) {
    JsonNode root;
    try {
      root = new com.fasterxml.jackson.databind.ObjectMapper(
          new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidInputException(file + ": malformed YAML (" + e.getOriginalMessage()
          + "); check the syntax", e);
    }
    return tree(root, file, defaultName);
  }

  static SupplyNetwork tree(JsonNode root, String file, String defaultName) {
    Where w = Where.root(file);
    Nodes.object(root, w, "name: ..., nodes: [...], edges: [...]" + DOC);
    Nodes.checkKeys(root, w, TOP_KEYS);
    String name = Nodes.optionalText(root, "name", w, "my-network");
    JsonNode nodes = Nodes.list(Nodes.required(root, "nodes", w, "[{id: S1, kind: supplier,"
        + " capacity: 100, ttr: 4}]"), w.key("nodes"), "- {id: S1, kind: supplier, ...}");
    List<Item> ni = new ArrayList<>();
    for (int k = 0; k < nodes.size(); k++) {
      ni.add(new Item(nodes.get(k), w.key("nodes").index(k)));
    }
    List<Item> ei = new ArrayList<>();
    if (Nodes.present(root, "edges")) {
      JsonNode edges = Nodes.list(root.get("edges"), w.key("edges"),
          "- {from: S1, to: M1, quantity: 2}");
      for (int k = 0; k < edges.size(); k++) {
        ei.add(new Item(edges.get(k), w.key("edges").index(k)));
      }
    }
    return build(name == null ? defaultName : name, file, ni, ei);
  }

  static SupplyNetwork csv(Path dir) {
    for (String f : List.of(NODES_CSV, EDGES_CSV)) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        throw new InvalidInputException(dir + ": " + f + " is missing; a CSV network directory"
            + " needs nodes.csv (" + String.join(",", NODE_KEYS) + ") and edges.csv ("
            + String.join(",", EDGE_KEYS) + ")" + DOC);
      }
    }
    Path nf = dir.resolve(NODES_CSV);
    Path ef = dir.resolve(EDGES_CSV);
    List<Item> ni = new ArrayList<>();
    for (CsvProblemReader.Row r : CsvProblemReader.table(nf, NODE_KEYS, List.of("id", "kind",
        "ttr"))) {
      ni.add(new Item(r.cells(), Where.csvRow(nf.toString(), r.line())));
    }
    List<Item> ei = new ArrayList<>();
    for (CsvProblemReader.Row r : CsvProblemReader.table(ef, EDGE_KEYS, List.of("from", "to"))) {
      ei.add(new Item(r.cells(), Where.csvRow(ef.toString(), r.line())));
    }
    Path abs = dir.toAbsolutePath().normalize();
    return build(abs.getFileName() == null ? "network" : abs.getFileName().toString(),
        dir.toString(), ni, ei);
  }

  /** Builds the network from rows; network-wide problems are reported against {@code file}. */
  static SupplyNetwork build(String name, String file, List<Item> nodeItems,
      List<Item> edgeItems) {
    if (nodeItems.isEmpty()) {
      throw new InvalidInputException(file + ": no nodes; add at least one supplier and one"
          + " product" + DOC);
    }
    List<Node> nodes = new ArrayList<>();
    Map<String, Where> seen = new HashMap<>();
    for (Item it : nodeItems) {
      Node n = node(it.cells(), it.where());
      Where prev = seen.putIfAbsent(n.id(), it.where());
      if (prev != null) {
        throw it.where().key("id").fail("duplicate node id '" + n.id() + "', already used at "
            + prev.describe(), "give every node its own id");
      }
      nodes.add(n);
    }
    List<Edge> edges = new ArrayList<>();
    Map<String, Where> seenEdges = new HashMap<>();
    for (Item it : edgeItems) {
      Edge e = edge(it.cells(), it.where());
      for (String end : List.of("from", "to")) {
        String id = end.equals("from") ? e.from() : e.to();
        if (!seen.containsKey(id)) {
          throw it.where().key(end).fail("unknown node '" + id + "'", Nodes.didYouMean(id,
              seen.keySet()) + "every edge must join two nodes listed under nodes");
        }
      }
      Where prev = seenEdges.putIfAbsent(e.from() + "\u0000" + e.to(), it.where());
      if (prev != null) {
        throw it.where().fail("edge " + e.from() + " -> " + e.to() + " repeats "
            + prev.describe(), "keep one edge per pair (add up the quantities)");
      }
      edges.add(e);
    }
    try {
      return new SupplyNetwork(name, nodes, edges);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(file + ": " + e.getMessage(), e);
    }
  }

  private static Node node(JsonNode raw, Where w) {
    JsonNode n = Nodes.object(raw, w, "{id: S1, kind: supplier, capacity: 100, ttr: 4}");
    Nodes.checkKeys(n, w, NODE_KEYS);
    String id = Nodes.requiredText(n, "id", w, "S1");
    Where at = w.about("node '" + id + "'");
    NodeKind kind = Nodes.choice(Nodes.required(n, "kind", at, "supplier"), at.key("kind"),
        NodeKind.class);
    Double cap = Nodes.optionalLimit(n, "capacity", at, "100");
    Double inv = Nodes.optionalNumber(n, "inventory", at, Nodes.Range.NON_NEGATIVE, "50");
    double ttr = Nodes.within(Nodes.requiredNumber(n, "ttr", at, Nodes.Range.NON_NEGATIVE, "4"),
        at.key("ttr"), 0, MAX_TTR, "ttr: 4 (in periods, e.g. weeks)");
    String facility = Nodes.optionalText(n, "facility", at, "site-1");
    double demand = 0;
    double margin = 0;
    if (kind == NodeKind.PRODUCT) {
      demand = Nodes.requiredNumber(n, "demand", at, Nodes.Range.NON_NEGATIVE, "40");
      margin = Nodes.requiredNumber(n, "margin", at, Nodes.Range.NON_NEGATIVE, "12.5");
    } else {
      for (String k : List.of("demand", "margin")) {
        if (Nodes.present(n, k)) {
          throw at.key(k).fail("only products have " + k + ", but this node is a "
              + kind.label(), "remove the value or make the node kind: product");
        }
      }
    }
    return new Node(id, kind, cap == null ? Double.POSITIVE_INFINITY : cap, facility,
        inv == null ? 0 : inv, ttr, demand, margin);
  }

  private static Edge edge(JsonNode raw, Where w) {
    JsonNode e = Nodes.object(raw, w, "{from: S1, to: M1, quantity: 2}");
    Nodes.checkKeys(e, w, EDGE_KEYS);
    String from = Nodes.requiredText(e, "from", w, "S1");
    String to = Nodes.requiredText(e, "to", w, "M1");
    Where at = w.about("edge " + from + " -> " + to);
    Double q = Nodes.optionalNumber(e, "quantity", at, Nodes.Range.POSITIVE, "2");
    if (q != null) {
      Nodes.within(q, at.key("quantity"), MIN_QUANTITY, MAX_QUANTITY, "quantity: 2 (units of"
          + " input per unit of output; rescale the units of one of the two nodes)");
    }
    String group = Nodes.optionalText(e, "group", at, "steel");
    return new Edge(from, to, q == null ? 1 : q, group);
  }
}
