package org.stockade.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/**
 * User-supplied scenarios as CSV: a header naming every product and every plant of the network
 * once (in any order; write {@code demand:ID} or {@code capacity:ID} when a product and a plant
 * share an id), then one row per scenario with the product demands and plant capacities.
 * Blank lines and lines starting with {@code #} are skipped. Every error names the file, the
 * line and the column.
 *
 * <pre>
 *   V1,V2,P1,P2
 *   100,80,120,0
 *   95,110,120,60
 * </pre>
 */
public final class ScenarioFile {
  private ScenarioFile() {}

  public static ScenarioSet read(Path file, Network n) {
    List<String> lines = org.stockade.io.InputFiles.readText(file, "scenario file").lines()
        .toList();
    int p = n.productCount();
    int m = n.plantCount();
    int[] target = null; // column -> index (products 0..p-1, plants p..p+m-1)
    List<double[]> demands = new ArrayList<>();
    List<double[]> capacities = new ArrayList<>();
    for (int ln = 0; ln < lines.size(); ln++) {
      String line = lines.get(ln).strip();
      if (ln == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file + " line " + (ln + 1);
      String[] cells = line.split(",", -1);
      if (target == null) {
        target = header(cells, n, where);
        continue;
      }
      if (cells.length != target.length) {
        throw new InvalidInputException(where + ": " + cells.length + " values but the header"
            + " has " + target.length + " columns; give one value per product and plant");
      }
      double[] d = new double[p];
      double[] c = new double[m];
      for (int k = 0; k < cells.length; k++) {
        String cell = cells[k].strip();
        String col = "column " + (k + 1);
        double v;
        try {
          v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
          throw new InvalidInputException(where + ", " + col + ": '" + cell + "' is not a number");
        }
        if (!(v >= 0) || Double.isInfinite(v) || v > 1e9) {
          throw new InvalidInputException(where + ", " + col + ": " + (target[k] < p ? "demand"
              : "capacity") + " must be a number in [0, 1e9], got '" + cell + "'");
        }
        if (target[k] < p) {
          d[target[k]] = v;
        } else {
          c[target[k] - p] = v;
        }
      }
      demands.add(d);
      capacities.add(c);
    }
    if (target == null) {
      throw new InvalidInputException("scenario file " + file + " is empty; expected a header"
          + " naming the products and plants, then one row per scenario");
    }
    if (demands.isEmpty()) {
      throw new InvalidInputException("scenario file " + file + " has a header but no"
          + " scenario rows");
    }
    ScenarioSet s = ScenarioSet.of(demands.toArray(double[][]::new),
        capacities.toArray(double[][]::new), "file " + file);
    return s;
  }

  /**
   * Writes {@code s} in the format {@link #read} accepts: a header naming every product, then
   * every plant ({@code demand:ID} / {@code capacity:ID} when an id names both), and one row per
   * scenario. Values are written exactly ({@link Double#toString}), so reading the file back gives
   * the same scenarios. Returns {@code file}.
   */
  public static Path write(Path file, Network n, ScenarioSet s) {
    s.requireFits(n);
    java.util.Set<String> productIds = new java.util.HashSet<>();
    for (int j = 0; j < n.productCount(); j++) {
      productIds.add(n.product(j).id());
    }
    java.util.Set<String> plantIds = new java.util.HashSet<>();
    for (int i = 0; i < n.plantCount(); i++) {
      plantIds.add(n.plant(i).id());
    }
    List<String> head = new ArrayList<>();
    for (int j = 0; j < n.productCount(); j++) {
      String id = n.product(j).id();
      head.add(plantIds.contains(id) ? "demand:" + id : id);
    }
    for (int i = 0; i < n.plantCount(); i++) {
      String id = n.plant(i).id();
      head.add(productIds.contains(id) ? "capacity:" + id : id);
    }
    for (String h : head) {
      if (h.contains(",") || h.contains("\n") || h.contains("\r") || h.strip().startsWith("#")) {
        throw new InvalidInputException("cannot export scenarios: the id '" + h + "' contains a"
            + " comma or line break or starts with '#', which the scenario CSV format cannot"
            + " hold; rename it in the network file");
      }
    }
    StringBuilder sb = new StringBuilder(String.join(",", head)).append('\n');
    for (int k = 0; k < s.size(); k++) {
      for (int j = 0; j < s.products(); j++) {
        sb.append(j == 0 ? "" : ",").append(s.demand(k, j));
      }
      for (int i = 0; i < s.plants(); i++) {
        sb.append(',').append(s.capacity(k, i));
      }
      sb.append('\n');
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidInputException("cannot write scenario file " + file + ": "
          + e.getMessage() + "; give a writable path");
    }
    return file;
  }

  private static int[] header(String[] cells, Network n, String where) {
    int p = n.productCount();
    Map<String, Integer> products = new HashMap<>();
    Map<String, Integer> plants = new HashMap<>();
    for (int j = 0; j < p; j++) {
      products.put(n.product(j).id(), j);
    }
    for (int i = 0; i < n.plantCount(); i++) {
      plants.put(n.plant(i).id(), i);
    }
    int[] target = new int[cells.length];
    boolean[] seen = new boolean[p + n.plantCount()];
    for (int k = 0; k < cells.length; k++) {
      String name = cells[k].strip();
      Integer idx;
      if (name.startsWith("demand:")) {
        idx = products.get(name.substring(7).strip());
      } else if (name.startsWith("capacity:")) {
        Integer i = plants.get(name.substring(9).strip());
        idx = i == null ? null : p + i;
      } else {
        Integer j = products.get(name);
        Integer i = plants.get(name);
        if (j != null && i != null) {
          throw new InvalidInputException(where + ", column " + (k + 1) + ": '" + name
              + "' is both a product and a plant; write demand:" + name + " or capacity:"
              + name);
        }
        idx = j != null ? j : i == null ? null : p + i;
      }
      if (idx == null) {
        throw new InvalidInputException(where + ", column " + (k + 1) + ": '" + name
            + "' is neither a product nor a plant of the network; products: "
            + Network.describeIds(products.keySet()) + "; plants: "
            + Network.describeIds(plants.keySet()));
      }
      if (seen[idx]) {
        throw new InvalidInputException(where + ", column " + (k + 1) + ": '" + name
            + "' appears twice in the header");
      }
      seen[idx] = true;
      target[k] = idx;
    }
    List<String> missing = new ArrayList<>();
    for (int x = 0; x < seen.length; x++) {
      if (!seen[x]) {
        missing.add(x < p ? n.product(x).id() : n.plant(x - p).id());
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(where + ": header lacks column(s) " + String.join(", ",
          missing) + "; name every product (demand) and every plant (capacity) once");
    }
    return target;
  }
}
