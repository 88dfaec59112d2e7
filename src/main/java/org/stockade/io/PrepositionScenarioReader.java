package org.stockade.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockade.model.InvalidInputException;
import org.stockade.strategies.preposition.Arc;
import org.stockade.strategies.preposition.Commodity;
import org.stockade.strategies.preposition.PrepositionProblem;
import org.stockade.strategies.preposition.Scenario;
import org.stockade.strategies.preposition.SizeOption;

/**
 * The scenarios CSV of a pre-positioning instance (columns {@link PrepositionLoader#COLUMNS}):
 * <ul>
 *   <li>a row with {@code location} and {@code commodity}: that commodity's {@code demand}
 *       (default 0) and {@code destroyed} fraction there;</li>
 *   <li>a row with {@code location} and no (or {@code *}) commodity: the {@code destroyed}
 *       fraction of every commodity there (a commodity row overrides it);</li>
 *   <li>a row with {@code from} and {@code to}: that arc's {@code capacity_factor} and
 *       {@code cost_factor} (default 1; 0 closes the arc), for both directions of a
 *       {@code two_way} arc.</li>
 * </ul>
 * {@code probability} is given on at least one row of each scenario (equal if given twice), or
 * the column is left out and scenarios are equally likely. Anything not given is demand 0,
 * nothing destroyed, factors 1.
 */
final class PrepositionScenarioReader {
  private PrepositionScenarioReader() {}

  /** One scenario while it is read. */
  private static final class Acc {
    Double probability;
    int probLine;
    final double[][] demand;
    final double[][] destroyed;
    final double[] locDestroyed;
    final double[] cap;
    final double[] cost;
    final Map<String, Integer> seen = new LinkedHashMap<>();

    Acc(int n, int m, int a) {
      demand = new double[n][m];
      destroyed = new double[n][m];
      for (double[] r : destroyed) {
        Arrays.fill(r, Double.NaN);
      }
      locDestroyed = new double[n];
      Arrays.fill(locDestroyed, Double.NaN);
      cap = new double[a];
      cost = new double[a];
      Arrays.fill(cap, 1);
      Arrays.fill(cost, 1);
    }
  }

  static PrepositionProblem read(Path path, String name, List<String> locations,
      List<List<SizeOption>> sizes, List<Commodity> commodities, List<Arc> arcs, int[] twin) {
    String file = path.toString();
    List<List<String>> rows = rows(path);
    List<String> header = rows.get(0).stream().map(s -> s.strip().toLowerCase(Locale.ROOT))
        .toList();
    Where hw = Where.csvRow(file, 1);
    for (String h : header) {
      if (!PrepositionLoader.COLUMNS.contains(h)) {
        throw hw.fail("unknown column '" + h + "'", Nodes.didYouMean(h, PrepositionLoader.COLUMNS)
            + "allowed columns: " + String.join(", ", PrepositionLoader.COLUMNS));
      }
      if (header.indexOf(h) != header.lastIndexOf(h)) {
        throw hw.fail("column '" + h + "' appears twice", "keep one");
      }
    }
    if (!header.contains("scenario")) {
      throw hw.fail("no 'scenario' column in the header " + header, "start the header with "
          + "scenario,probability,location,commodity,demand,destroyed");
    }
    List<String> comms = commodities.stream().map(Commodity::name).toList();
    int n = locations.size();
    int m = comms.size();
    Map<String, Acc> acc = new LinkedHashMap<>();
    boolean hasProb = header.contains("probability");
    for (int r = 1; r < rows.size(); r++) {
      int line = r + 1;
      Where w = Where.csvRow(file, line);
      List<String> row = rows.get(r);
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (row.size() > header.size()) {
        throw w.fail(row.size() + " cells but the header has " + header.size() + " columns",
            "give at most one value per column (quote values that contain commas)");
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int c = 0; c < row.size(); c++) {
        String v = row.get(c).strip();
        if (!v.isEmpty()) {
          cells.put(header.get(c), v);
        }
      }
      String sc = cells.get("scenario");
      if (sc == null) {
        throw w.key("scenario").fail("required value is empty", "name the scenario, e.g. s1");
      }
      Acc a = acc.computeIfAbsent(sc, k -> new Acc(n, m, arcs.size()));
      if (cells.containsKey("probability")) {
        double p = num(cells, "probability", w, Nodes.Range.FRACTION, "0.1");
        if (a.probability != null && Math.abs(a.probability - p) > 1e-12) {
          throw w.key("probability").fail("scenario '" + sc + "' has probability " + p
              + " here but " + a.probability + " on line " + a.probLine, "give one probability"
              + " per scenario (it may be left empty on its other rows)");
        }
        a.probability = p;
        a.probLine = line;
      }
      boolean loc = cells.containsKey("location");
      boolean arc = cells.containsKey("from") || cells.containsKey("to");
      if (loc && arc) {
        throw w.fail("the row has both a location and from/to", "put location data and arc "
            + "data on separate rows");
      }
      if (loc) {
        locationRow(cells, w, a, locations, comms, line);
      } else if (arc) {
        arcRow(cells, w, a, locations, arcs, twin, line);
      } else {
        for (String c : List.of("commodity", "demand", "destroyed", "capacity_factor",
            "cost_factor")) {
          if (cells.containsKey(c)) {
            throw w.key(c).fail("a value but no location or arc on the row", "give the "
                + "location (or from and to for an arc) it belongs to");
          }
        }
      }
    }
    if (acc.isEmpty()) {
      throw new InvalidInputException(file + ": no scenario rows under the header; add one line"
          + " per scenario, location and commodity" + " (see docs/strategies.md, section 4)");
    }
    List<Scenario> out = new ArrayList<>();
    for (Map.Entry<String, Acc> e : acc.entrySet()) {
      Acc a = e.getValue();
      if (hasProb && a.probability == null) {
        throw new InvalidInputException(file + ": scenario '" + e.getKey() + "' has no "
            + "probability; give it on one of its rows, or drop the probability column for "
            + "equally likely scenarios");
      }
      double[][] lost = new double[n][m];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < m; k++) {
          double v = a.destroyed[i][k];
          lost[i][k] = !Double.isNaN(v) ? v : Double.isNaN(a.locDestroyed[i]) ? 0
              : a.locDestroyed[i];
        }
      }
      double p = hasProb ? a.probability : 1.0 / acc.size();
      out.add(PrepositionLoader.wrap(hw, () -> new Scenario(e.getKey(), p, a.demand, lost,
          a.cap, a.cost)));
    }
    double sum = out.stream().mapToDouble(Scenario::probability).sum();
    if (Math.abs(sum - 1) > 1e-6) {
      throw new InvalidInputException(file + ": the probabilities of the " + out.size()
          + " scenarios sum to " + sum + ", not 1; rescale them, or drop the probability column"
          + " for equally likely scenarios");
    }
    return new PrepositionProblem(name, locations, sizes, commodities, arcs, out);
  }

  private static void locationRow(Map<String, String> cells, Where w, Acc a,
      List<String> locations, List<String> comms, int line) {
    String ln = cells.get("location");
    int i = locations.indexOf(ln);
    if (i < 0) {
      throw w.key("location").fail("unknown location '" + ln + "'", Nodes.didYouMean(ln,
          locations) + "locations in the network: " + String.join(", ", locations));
    }
    for (String c : List.of("capacity_factor", "cost_factor")) {
      if (cells.containsKey(c)) {
        throw w.key(c).fail("an arc factor on a location row", "put it on a row with from and"
            + " to");
      }
    }
    String cn = cells.getOrDefault("commodity", "*");
    String key = ln + "\u0000" + cn;
    Integer prev = a.seen.putIfAbsent(key, line);
    if (prev != null) {
      throw w.fail("location '" + ln + "', commodity '" + cn + "' is also given on line " + prev
          + " for this scenario", "give each scenario, location and commodity once");
    }
    Double lost = cells.containsKey("destroyed")
        ? num(cells, "destroyed", w, Nodes.Range.FRACTION, "0.3") : null;
    if (cn.equals("*")) {
      if (cells.containsKey("demand")) {
        throw w.key("demand").fail("demand without a commodity", "name the commodity in the "
            + "commodity column");
      }
      if (lost != null) {
        a.locDestroyed[i] = lost;
      }
      return;
    }
    int k = comms.indexOf(cn);
    if (k < 0) {
      throw w.key("commodity").fail("unknown commodity '" + cn + "'", Nodes.didYouMean(cn,
          comms) + "commodities in the network: " + String.join(", ", comms)
          + " (or * for all)");
    }
    if (cells.containsKey("demand")) {
      a.demand[i][k] = num(cells, "demand", w, Nodes.Range.NON_NEGATIVE, "120");
    }
    if (lost != null) {
      a.destroyed[i][k] = lost;
    }
  }

  private static void arcRow(Map<String, String> cells, Where w, Acc a, List<String> locations,
      List<Arc> arcs, int[] twin, int line) {
    String from = cells.get("from");
    String to = cells.get("to");
    if (from == null || to == null) {
      throw w.key(from == null ? "from" : "to").fail("required value is empty", "an arc row "
          + "needs both from and to");
    }
    for (String c : List.of("commodity", "demand", "destroyed")) {
      if (cells.containsKey(c)) {
        throw w.key(c).fail("location data on an arc row", "put it on a row with a location");
      }
    }
    int fi = locations.indexOf(from);
    int ti = locations.indexOf(to);
    int found = -1;
    for (int e = 0; e < arcs.size(); e++) {
      if (arcs.get(e).from() == fi && arcs.get(e).to() == ti) {
        found = e;
      }
    }
    if (found < 0) {
      throw w.fail("no arc " + from + "->" + to + " in the network", "use an arc listed under "
          + "arcs: (two_way arcs exist in both directions)");
    }
    String key = "arc\u0000" + found;
    Integer prev = a.seen.putIfAbsent(key, line);
    if (prev != null) {
      throw w.fail("arc " + from + "->" + to + " is also given on line " + prev
          + " for this scenario", "give each scenario and arc once");
    }
    for (int e : new int[] {found, twin[found]}) {
      if (e < 0) {
        continue;
      }
      if (cells.containsKey("capacity_factor")) {
        a.cap[e] = num(cells, "capacity_factor", w, Nodes.Range.NON_NEGATIVE, "0.5");
      }
      if (cells.containsKey("cost_factor")) {
        a.cost[e] = num(cells, "cost_factor", w, Nodes.Range.NON_NEGATIVE, "1.5");
      }
    }
  }

  private static double num(Map<String, String> cells, String col, Where w, Nodes.Range r,
      String example) {
    return Nodes.number(PrepositionLoader.cell(cells.get(col)), w.key(col), r, "e.g. "
        + example);
  }

  private static List<List<String>> rows(Path path) {
    String text = InputFiles.readText(path, "scenarios CSV");
    List<List<String>> rows = new ArrayList<>();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.TRIM_SPACES);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
        .readValues(text)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException(path + ": not a readable CSV file (" + e.getMessage()
          .split("\n")[0] + "); write a header row and one line per scenario row", e);
    }
    if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isBlank)) {
      throw new InvalidInputException(path + ": empty; write the header scenario,probability,"
          + "location,commodity,demand,destroyed and one line per row below it");
    }
    return rows;
  }
}
