package org.stockade.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stockade.costmin.CostSpec;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.uncertainty.UncertaintySpec;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Loads a problem (network, uncertainty settings, delta) from a YAML ({@code .yaml}/{@code .yml})
 * or JSON ({@code .json}) file, or from a directory of CSV files; the schema is documented in
 * {@code docs/input-format.md}. Every problem with the input is reported as an
 * {@link InvalidInputException} whose message names the file, the field, the bad value and a
 * fix; no parser exception escapes.
 */
public final class ProblemLoader {
  static final List<String> TOP_KEYS = List.of("name", "plants", "products", "arcs",
      "flexibility", "uncertainty", "delta", "costs");

  private static final ObjectMapper YAML = YAMLMapper.builder(yamlFactory())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
      .build();
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private ProblemLoader() {}

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) InputFiles.MAX_BYTES); // the default is 3 MB
    return YAMLFactory.builder().loaderOptions(options).build();
  }

  /**
   * Loads the problem at {@code path}: a {@code .yaml}, {@code .yml} or {@code .json} file, or
   * a directory holding {@code plants.csv}, {@code products.csv}, {@code arcs.csv} and
   * optionally {@code uncertainty.yaml}.
   *
   * @throws InvalidInputException for any problem with the path or its content
   */
  public static ProblemDefinition load(Path path) {
    if (path == null) {
      throw new InvalidInputException("no problem file given; pass a .yaml, .yml or .json file"
          + " or a directory of CSV files");
    }
    String file = path.toString();
    if (!Files.exists(path)) {
      throw new InvalidInputException(file + ": file not found; check the path (relative paths"
          + " are resolved from " + Path.of("").toAbsolutePath() + ")");
    }
    try {
      if (Files.isDirectory(path)) {
        return CsvProblemReader.read(path);
      }
      String ext = extension(path);
      return switch (ext) {
        case "yaml", "yml" -> fromTree(parse(path, false), Where.root(file), stem(path));
        case "json" -> fromTree(parse(path, true), Where.root(file), stem(path));
        default -> throw new InvalidInputException(file + ": unknown file type '"
            + (ext.isEmpty() ? "(no extension)" : "." + ext) + "'; use a .yaml, .yml or .json"
            + " file, or a directory with plants.csv, products.csv and arcs.csv");
      };
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      // Safety net: report unexpected failures as input errors rather than stack traces.
      throw new InvalidInputException(file + ": could not load the problem (" + e + "); please"
          + " check the file against docs/input-format.md", e);
    }
  }

  static String extension(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String stem(Path p) {
    String name = p.getFileName() == null ? "network" : p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** Reads {@code path} as UTF-8 text, through the size and file-type checks of InputFiles. */
  static String readText(Path path) {
    return InputFiles.readText(path, "input file");
  }

  /** Parses a YAML or JSON file to a tree; syntax errors give the line and column. */
  static JsonNode parse(Path path, boolean json) {
    String text = readText(path);
    String file = path.toString();
    if (!json) {
      YamlGuard.check(text, file);
    }
    JsonNode root;
    try {
      root = (json ? JSON : YAML).readTree(text);
    } catch (JsonProcessingException e) {
      throw syntaxError(file, json ? "JSON" : "YAML", e, text);
    } catch (RuntimeException e) {
      throw new InvalidInputException(file + ": malformed " + (json ? "JSON" : "YAML") + " ("
          + e.getMessage() + "); check the syntax", e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new InvalidInputException(file + ": the file is empty; it needs at least plants"
          + " and products, see docs/input-format.md");
    }
    return root;
  }

  private static InvalidInputException syntaxError(String file, String kind,
      JsonProcessingException e, String text) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? -1 : loc.getLineNr();
    int col = loc == null ? -1 : loc.getColumnNr();
    String where = line > 0 ? " at line " + line + (col > 0 ? ", column " + col : "") : "";
    String raw = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
        : e.getOriginalMessage();
    String fix;
    String problem;
    if (raw.startsWith("Duplicate field")) {
      problem = "duplicate key " + raw.substring("Duplicate field ".length());
      fix = "each key may appear only once in a mapping; remove or rename one of them";
    } else if (raw.startsWith("Malformed numeric value")) {
      problem = raw.replace("Malformed numeric value", "value") + " is not a finite number";
      fix = "give a finite number (write none for 'no limit' in alpha, beta or gamma)";
    } else if (raw.startsWith("Trailing token")) {
      problem = "unexpected content after the end of the " + kind + " document";
      fix = kind.equals("YAML") ? "keep a single document (remove '---' separators)"
          : "keep a single top-level object";
    } else {
      problem = summarize(raw);
      fix = "check the indentation, colons, quotes and brackets" + (line > 0 ? " near line "
          + line : "");
    }
    String shown = lineText(text, line);
    return new InvalidInputException(file + ": malformed " + kind + where + ": " + problem
        + (shown == null ? "" : " (line " + line + " reads: " + shown + ")") + "; " + fix, e);
  }

  /** The first lines of a parser message, without its source excerpts. */
  private static String summarize(String raw) {
    List<String> parts = new ArrayList<>();
    for (String l : raw.split("\\R")) {
      if (l.isBlank() || l.startsWith(" ") || l.contains("in 'reader'")) {
        continue;
      }
      parts.add(l.strip());
    }
    String s = parts.isEmpty() ? raw.strip() : String.join(": ", parts);
    int at = s.indexOf("\n at [Source");
    return at >= 0 ? s.substring(0, at) : s;
  }

  private static String lineText(String text, int line) {
    if (line <= 0) {
      return null;
    }
    String[] lines = text.split("\\R", -1);
    if (line > lines.length || lines[line - 1].isBlank()) {
      return null;
    }
    String l = lines[line - 1].stripTrailing();
    return "'" + (l.length() > 80 ? l.substring(0, 77) + "..." : l) + "'";
  }

  /** Builds the problem from a parsed YAML/JSON tree. */
  static ProblemDefinition fromTree(JsonNode root, Where w, String defaultName) {
    Nodes.object(root, w, "plants: [...], products: [...], arcs: [...] (see"
        + " docs/input-format.md)");
    Nodes.checkKeys(root, w, TOP_KEYS);
    String name = Nodes.optionalText(root, "name", w, "my network");
    NetworkReader nr = new NetworkReader();
    JsonNode plants = Nodes.list(Nodes.required(root, "plants", w, "[{id: P1, capacity: 380}]"),
        w.key("plants"), "plants: [{id: P1, capacity: 380}]");
    for (int k = 0; k < plants.size(); k++) {
      nr.plant(plants.get(k), w.key("plants").index(k));
    }
    NetworkReader.requireSome(nr.plantCount(), "plant", w.key("plants"),
        "plants: [{id: P1, capacity: 380}]");
    JsonNode products = Nodes.list(Nodes.required(root, "products", w,
        "[{id: V1, mu: 320, sigma: 160}]"), w.key("products"),
        "products: [{id: V1, mu: 320, sigma: 160}]");
    for (int k = 0; k < products.size(); k++) {
      nr.product(products.get(k), w.key("products").index(k));
    }
    NetworkReader.requireSome(nr.productCount(), "product", w.key("products"),
        "products: [{id: V1, mu: 320, sigma: 160}]");
    if (Nodes.present(root, "arcs")) {
      JsonNode arcs = Nodes.list(root.get("arcs"), w.key("arcs"),
          "arcs: [{plant: P1, product: V1}]");
      for (int k = 0; k < arcs.size(); k++) {
        nr.arc(arcs.get(k), w.key("arcs").index(k));
      }
    }
    if (root.has("flexibility")) {
      nr.flexibility(root.get("flexibility"), w.key("flexibility"));
    }
    List<String> warnings = new ArrayList<>();
    Network network = nr.build(name == null ? defaultName : name, w.file(), warnings);
    return finish(network, nr, root, w, warnings);
  }

  /**
   * Reads {@code uncertainty} and {@code delta} from {@code settings} (the problem tree, or a
   * CSV directory's {@code uncertainty.yaml}; {@code null} if none) and assembles the result.
   */
  static ProblemDefinition finish(Network network, NetworkReader nr, JsonNode settings, Where w,
      List<String> warnings) {
    JsonNode block = settings == null ? null : settings.get("uncertainty");
    UncertaintySpec spec = UncertaintyReader.read(block, w.key("uncertainty"), network,
        nr.serviceLevels(), warnings);
    Double delta = settings == null ? null
        : Nodes.optionalNumber(settings, "delta", w, Nodes.Range.NON_NEGATIVE, "0");
    CostSpec costs = settings == null ? CostSpec.empty()
        : CostReader.read(settings.get("costs"), w.key("costs"), network);
    return new ProblemDefinition(network, spec, delta, costs, warnings);
  }
}
