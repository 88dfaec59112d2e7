package org.stockade.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/**
 * Reads the candidate arcs of {@code stockade design --candidates FILE}: a CSV file with the
 * header {@code plant,product[,cost][,forced]}, one arc per row. {@code cost} defaults to the
 * command's {@code --arc-cost}; {@code forced} is {@code yes}/{@code no} (or true/false, 1/0;
 * default no) and marks arcs that must be added. Arcs already in the network's design are
 * refused (they are free and always present).
 */
public final class CandidateReader {
  static final List<String> COLUMNS = List.of("plant", "product", "cost", "forced");

  private CandidateReader() {}

  /** One row: plant and product indices, cost (null = the default), forced flag. */
  public record Row(int plant, int product, Double cost, boolean forced) {}

  public static List<Row> read(Path file, Network n) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("--candidates " + file + ": no such file; give a CSV"
          + " file with the header plant,product[,cost][,forced]");
    }
    List<Row> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvProblemReader.Row r : CsvProblemReader.table(file, COLUMNS,
        List.of("plant", "product"))) {
      Where w = Where.csvRow(file.toString(), r.line());
      String plant = Nodes.requiredText(r.cells(), "plant", w, "P1");
      String product = Nodes.requiredText(r.cells(), "product", w, "V2");
      int i = n.plants().stream().map(p -> p.id()).toList().indexOf(plant);
      if (i < 0) {
        throw w.fail("plant '" + plant + "' is not declared", "use one of "
            + Network.describeIds(n.plants().stream().map(p -> p.id()).toList()));
      }
      int j = n.products().stream().map(p -> p.id()).toList().indexOf(product);
      if (j < 0) {
        throw w.fail("product '" + product + "' is not declared", "use one of "
            + Network.describeIds(n.products().stream().map(p -> p.id()).toList()));
      }
      if (n.hasArc(i, j)) {
        throw w.fail("arc " + plant + "->" + product + " is already in the network's design",
            "list only arcs that can be added (existing arcs are free and always kept)");
      }
      Integer prev = seen.put(plant + "\u0000" + product, r.line());
      if (prev != null) {
        throw w.fail("arc " + plant + "->" + product + " is listed twice (also on line " + prev
            + ")", "give each arc once");
      }
      Double cost = Nodes.optionalNumber(r.cells(), "cost", w, Nodes.Range.NON_NEGATIVE, "50");
      String f = Nodes.optionalText(r.cells(), "forced", w, "yes");
      boolean forced = false;
      if (f != null) {
        forced = switch (f.strip().toLowerCase(java.util.Locale.ROOT)) {
          case "yes", "true", "1" -> true;
          case "no", "false", "0", "" -> false;
          default -> throw w.fail("forced is '" + f + "'", "use yes or no");
        };
      }
      out.add(new Row(i, j, cost, forced));
    }
    if (out.isEmpty()) {
      throw new InvalidInputException("--candidates " + file + ": no data rows; add one arc per"
          + " row under the header, e.g. P1,V2,50");
    }
    return out;
  }
}
