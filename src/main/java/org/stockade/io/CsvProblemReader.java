package org.stockade.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/**
 * Reads a problem from a directory of CSV files: {@code plants.csv} (id,capacity),
 * {@code products.csv} (id,mu,sigma[,holding_cost][,group][,service_level]), {@code arcs.csv}
 * (plant,product), each with a header row, and optionally {@code uncertainty.yaml} with the
 * {@code uncertainty:} and {@code delta:} keys of the YAML format (and an optional
 * {@code name:}). Blank lines and lines starting with {@code #} are skipped; empty cells of
 * optional columns mean "not given".
 */
final class CsvProblemReader {
  static final String PLANTS = "plants.csv";
  static final String PRODUCTS = "products.csv";
  static final String ARCS = "arcs.csv";
  static final List<String> SETTINGS_KEYS = List.of("name", "uncertainty", "delta", "costs");

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .build();

  private CsvProblemReader() {}

  /** A data row: its 1-based line and its non-empty cells keyed by column name. */
  record Row(int line, JsonNode cells) {}

  static ProblemDefinition read(Path dir) {
    for (String f : List.of(PLANTS, PRODUCTS, ARCS)) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        throw new InvalidInputException(dir + ": " + f + " is missing; a CSV problem directory"
            + " needs plants.csv (id,capacity), products.csv (id,mu,sigma[,holding_cost][,group]"
            + "[,service_level]) and arcs.csv (plant,product); files present: " + listing(dir));
      }
    }
    NetworkReader nr = new NetworkReader();
    Path plants = dir.resolve(PLANTS);
    List<Row> rows = table(plants, NetworkReader.PLANT_KEYS, List.of("id", "capacity"));
    for (Row r : rows) {
      nr.plant(r.cells(), Where.csvRow(plants.toString(), r.line()));
    }
    requireRows(nr.plantCount(), plants, "plant", "P1,380");
    Path products = dir.resolve(PRODUCTS);
    rows = table(products, NetworkReader.PRODUCT_KEYS, List.of("id", "mu", "sigma"));
    for (Row r : rows) {
      nr.product(r.cells(), Where.csvRow(products.toString(), r.line()));
    }
    requireRows(nr.productCount(), products, "product", "V1,320,160");
    Path arcs = dir.resolve(ARCS);
    rows = table(arcs, NetworkReader.ARC_KEYS, NetworkReader.ARC_KEYS);
    for (Row r : rows) {
      nr.arc(r.cells(), Where.csvRow(arcs.toString(), r.line()));
    }
    Path settingsFile = settingsFile(dir);
    JsonNode settings = null;
    Where sw = Where.root(dir.resolve("uncertainty.yaml").toString());
    String name = dir.toAbsolutePath().normalize().getFileName() == null ? null
        : dir.toAbsolutePath().normalize().getFileName().toString();
    if (settingsFile != null) {
      sw = Where.root(settingsFile.toString());
      settings = Nodes.object(ProblemLoader.parse(settingsFile, false), sw,
          "uncertainty: {...} and delta: 0 (see docs/input-format.md)");
      Nodes.checkKeys(settings, sw, SETTINGS_KEYS);
      String given = Nodes.optionalText(settings, "name", sw, "my network");
      name = given != null ? given : name;
    }
    List<String> warnings = new ArrayList<>();
    Network network = nr.build(name, dir.toString(), warnings);
    return ProblemLoader.finish(network, nr, settings, sw, warnings);
  }

  private static Path settingsFile(Path dir) {
    Path yaml = dir.resolve("uncertainty.yaml");
    Path yml = dir.resolve("uncertainty.yml");
    if (Files.isRegularFile(yaml) && Files.isRegularFile(yml)) {
      throw new InvalidInputException(dir + ": both uncertainty.yaml and uncertainty.yml are"
          + " present; keep only one of them");
    }
    return Files.isRegularFile(yaml) ? yaml : Files.isRegularFile(yml) ? yml : null;
  }

  private static String listing(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
      return names.isEmpty() ? "(none)" : String.join(", ", names);
    } catch (IOException e) {
      return "(cannot list the directory: " + e.getMessage() + ")";
    }
  }

  private static void requireRows(int count, Path file, String kind, String example) {
    if (count == 0) {
      throw new InvalidInputException(file + ": no " + kind + "s: the file has no data rows,"
          + " but a network needs at least one " + kind + "; add a row under the header, e.g. "
          + example);
    }
  }

  /**
   * The data rows of a CSV file whose header row must name {@code required} columns and may
   * name only {@code allowed} ones.
   */
  static List<Row> table(Path path, List<String> allowed, List<String> required) {
    String file = path.toString();
    List<Integer> lines = new ArrayList<>();
    List<List<String>> records = records(path, file, lines);
    if (records.isEmpty()) {
      throw new InvalidInputException(file + ": the file is empty; its first line must be the"
          + " header " + String.join(",", required));
    }
    List<String> header = records.get(0);
    Where hw = Where.csvRow(file, lines.get(0));
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c);
      if (h.isEmpty()) {
        throw hw.fail("header column " + (c + 1) + " has no name", "the header must name every"
            + " column, e.g. " + String.join(",", required));
      }
      if (!allowed.contains(h)) {
        throw hw.fail("unknown column '" + h + "' in the header", Nodes.didYouMean(h, allowed)
            + "allowed columns: " + String.join(", ", allowed) + " (the first line must be the"
            + " header row)");
      }
      if (header.indexOf(h) != c) {
        throw hw.fail("column '" + h + "' appears twice in the header", "keep one of them");
      }
    }
    for (String r : required) {
      if (!header.contains(r)) {
        throw hw.fail("the header has no column '" + r + "'", "the header must include "
            + String.join(",", required) + ", got " + String.join(",", header));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int k = 1; k < records.size(); k++) {
      List<String> values = records.get(k);
      int line = lines.get(k);
      for (int c = header.size(); c < values.size(); c++) {
        if (!values.get(c).isEmpty()) {
          throw Where.csvRow(file, line).fail("has " + values.size() + " values but the header"
              + " names " + header.size() + " columns (" + String.join(",", header) + ")",
              "remove the extra values, or put values containing commas in double quotes");
        }
      }
      ObjectNode cells = JsonNodeFactory.instance.objectNode();
      for (int c = 0; c < Math.min(values.size(), header.size()); c++) {
        if (!values.get(c).isEmpty()) {
          cells.put(header.get(c), values.get(c));
        }
      }
      rows.add(new Row(line, cells));
    }
    return rows;
  }

  /**
   * The non-blank, non-comment records of a CSV file, trimmed; {@code lines} receives the
   * 1-based line where each record starts.
   */
  static List<List<String>> records(Path path, String file, List<Integer> lines) {
    String text = ProblemLoader.readText(path);
    List<List<String>> out = new ArrayList<>();
    try (JsonParser p = CSV.getFactory().createParser(text)) {
      List<String> cur = null;
      int line = -1;
      int depth = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          depth++;
          if (depth == 2) {
            cur = new ArrayList<>();
            line = -1;
          }
        } else if (t == JsonToken.END_ARRAY) {
          if (depth == 2 && cur != null && !cur.stream().allMatch(String::isEmpty)
              && !cur.get(0).startsWith("#")) {
            out.add(cur);
            lines.add(line);
          }
          depth--;
        } else if (t == JsonToken.VALUE_STRING && cur != null) {
          if (line < 0) {
            line = p.currentTokenLocation().getLineNr();
          }
          cur.add(p.getText().strip());
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String at = loc == null || loc.getLineNr() < 0 ? "" : " at line " + loc.getLineNr();
      throw new InvalidInputException(file + ": malformed CSV" + at + ": "
          + e.getOriginalMessage() + "; check the quotes (a value with a comma or quote must be"
          + " enclosed in double quotes, with inner quotes doubled)", e);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read the CSV (" + e.getMessage() + ")", e);
    }
    return out;
  }
}
