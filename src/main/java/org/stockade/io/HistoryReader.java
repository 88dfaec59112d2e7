package org.stockade.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.stockade.calibration.DemandTable;
import org.stockade.calibration.Outage;
import org.stockade.calibration.OutageLog;
import org.stockade.calibration.PeriodAxis;
import org.stockade.model.InvalidInputException;

/**
 * Reads the histories that {@code stockade calibrate} calibrates from (format:
 * docs/calibration.md). Demand history, long or wide:
 *
 * <pre>
 *   period,product,quantity[,forecast]        period,V1,V2,V3
 *   1,V1,320                                  1,320,150,270
 *   1,V2,151                                  2,298,160,281
 * </pre>
 *
 * An outage log: {@code plant,start,end,fraction} (start and end inclusive, labelled like the
 * periods). Period labels are integers, ISO months or ISO dates ({@link PeriodAxis}). Every
 * malformed row is reported (up to {@link #MAX_ERRORS} of them, with the total), each with its
 * line and column; nothing is dropped silently. An empty demand cell is a missing value, which
 * the missing-value policy handles ({@link org.stockade.calibration.DemandHistory#of}).
 */
public final class HistoryReader {
  /** Errors listed in one message; the total is given beside them. */
  public static final int MAX_ERRORS = 20;

  private HistoryReader() {}

  /** Accumulates row errors; throws them together. */
  private static final class Errors {
    private final String file;
    private final List<String> list = new ArrayList<>();
    private int count;

    Errors(String file) {
      this.file = file;
    }

    void add(int line, String column, String problem) {
      count++;
      if (list.size() < MAX_ERRORS) {
        list.add("line " + line + (column == null ? "" : ", column '" + column + "'") + ": "
            + problem);
      }
    }

    void throwIfAny(String fix) {
      if (count == 0) {
        return;
      }
      throw new InvalidInputException(file + ": " + count + " malformed row value(s)"
          + (count > list.size() ? " (first " + list.size() + " shown)" : "") + ":\n  "
          + String.join("\n  ", list) + "\n" + fix);
    }
  }

  /** The cells of one data row (missing trailing cells are empty) and its line. */
  private record Line(int line, List<String> cells) {
    String cell(int c) {
      return c < cells.size() ? cells.get(c) : "";
    }
  }

  private static List<Line> rows(Path path, List<String> header) {
    String file = path.toString();
    List<Integer> lines = new ArrayList<>();
    List<List<String>> recs = CsvProblemReader.records(path, file, lines);
    if (recs.isEmpty()) {
      throw new InvalidInputException(file + ": the file is empty; its first line must be a"
          + " header row (see docs/calibration.md)");
    }
    for (String h : recs.get(0)) {
      header.add(h.strip());
    }
    List<Line> out = new ArrayList<>();
    for (int k = 1; k < recs.size(); k++) {
      out.add(new Line(lines.get(k), recs.get(k)));
    }
    if (out.isEmpty()) {
      throw new InvalidInputException(file + ": the file has a header but no data rows");
    }
    return out;
  }

  /** Demand history, with forecasts from its {@code forecast} column or {@code forecasts}. */
  public static DemandTable readDemand(Path demandFile, Path forecastFile) {
    Parsed d = parse(demandFile, "quantity");
    if (forecastFile == null) {
      return d.toTable(d.forecastColumn ? d.forecast : null);
    }
    if (d.forecastColumn) {
      throw new InvalidInputException(demandFile + ": has a 'forecast' column and --forecasts "
          + forecastFile + " was given too; give forecasts one way only");
    }
    Parsed f = parse(forecastFile, "forecast");
    if (f.kind != d.kind) {
      throw new InvalidInputException(forecastFile + ": forecast periods are "
          + f.kind.example() + " but the demand periods are " + d.kind.example()
          + "; label both the same way");
    }
    Map<Long, Map<String, Double>> fc = new TreeMap<>();
    for (Map.Entry<Long, Map<String, Double>> e : f.values.entrySet()) {
      for (Map.Entry<String, Double> v : e.getValue().entrySet()) {
        if (!d.products.contains(v.getKey())) {
          throw new InvalidInputException(forecastFile + ": line " + f.lineOf.get(e.getKey()
              + "/" + v.getKey()) + ": product '" + v.getKey() + "' has forecasts but no demand"
              + " history in " + demandFile + "; remove it or add its demand");
        }
      }
      fc.put(e.getKey(), e.getValue());
    }
    return d.toTable(fc);
  }

  /** A parsed long or wide table: period key -> product -> value. */
  private static final class Parsed {
    String file;
    PeriodAxis.Kind kind;
    List<String> products = new ArrayList<>();
    java.util.Set<String> productSet = new java.util.HashSet<>();
    TreeMap<Long, Map<String, Double>> values = new TreeMap<>();
    TreeMap<Long, Map<String, Double>> forecast = new TreeMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    boolean forecastColumn;

    DemandTable toTable(Map<Long, Map<String, Double>> fc) {
      // Trailing periods with forecasts but no demand are future periods: the first is planned.
      TreeMap<Long, Map<String, Double>> demand = new TreeMap<>();
      for (Map.Entry<Long, Map<String, Double>> e : values.entrySet()) {
        if (e.getValue().values().stream().anyMatch(v -> !Double.isNaN(v))) {
          demand.put(e.getKey(), e.getValue());
        }
      }
      if (demand.isEmpty()) {
        throw new InvalidInputException(file + ": no demand values (every quantity is empty)");
      }
      long last = demand.lastKey();
      List<Long> keys = new ArrayList<>(values.headMap(last, true).keySet());
      double[][] dem = new double[keys.size()][products.size()];
      double[][] f = fc == null ? null : new double[keys.size()][products.size()];
      for (int t = 0; t < keys.size(); t++) {
        Map<String, Double> row = values.get(keys.get(t));
        for (int j = 0; j < products.size(); j++) {
          dem[t][j] = row.getOrDefault(products.get(j), Double.NaN);
          if (f != null) {
            Map<String, Double> fr = fc.get(keys.get(t));
            f[t][j] = fr == null ? Double.NaN : fr.getOrDefault(products.get(j), Double.NaN);
          }
        }
      }
      double[] next = null;
      if (fc != null) {
        Long nk = fc.keySet().stream().filter(k -> k > last).min(Long::compare).orElse(null);
        if (nk != null) {
          next = new double[products.size()];
          for (int j = 0; j < products.size(); j++) {
            Double v = fc.get(nk).get(products.get(j));
            if (v == null || v.isNaN()) {
              throw new InvalidInputException(file + ": the planning period after the last"
                  + " demand (the first period with forecasts only) has no forecast for"
                  + " product '" + products.get(j) + "'; give one for every product");
            }
            next[j] = v;
          }
        }
      }
      return new DemandTable(file, kind, keys.stream().mapToLong(Long::longValue).toArray(),
          products, dem, f, next);
    }
  }

  private static Parsed parse(Path path, String valueColumn) {
    List<String> header = new ArrayList<>();
    List<Line> rows = rows(path, header);
    Parsed p = new Parsed();
    p.file = path.toString();
    Errors err = new Errors(p.file);
    List<String> lower = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    if (lower.isEmpty() || !lower.get(0).equals("period") && !lower.contains("period")) {
      throw new InvalidInputException(p.file + ": line 1: the header has no 'period' column;"
          + " write period,product," + valueColumn + " (long) or period,ID1,ID2,... (wide)");
    }
    boolean isLong = lower.contains("product");
    int pc = lower.indexOf("period");
    int prc = lower.indexOf("product");
    int qc = lower.indexOf(valueColumn);
    int fcCol = valueColumn.equals("quantity") ? lower.indexOf("forecast") : -1;
    if (isLong) {
      if (qc < 0) {
        throw new InvalidInputException(p.file + ": line 1: a long-format header (with"
            + " 'product') needs a '" + valueColumn + "' column; got " + String.join(",", header));
      }
      for (int c = 0; c < lower.size(); c++) {
        if (c != pc && c != prc && c != qc && c != fcCol) {
          throw new InvalidInputException(p.file + ": line 1, column " + (c + 1) + ": unknown"
              + " column '" + header.get(c) + "'; a long-format history has period,product,"
              + valueColumn + (valueColumn.equals("quantity") ? "[,forecast]" : ""));
        }
      }
      p.forecastColumn = fcCol >= 0;
    } else {
      if (pc != 0) {
        throw new InvalidInputException(p.file + ": line 1: in a wide-format history the first"
            + " column must be 'period', then one column per product");
      }
      for (int c = 1; c < header.size(); c++) {
        String id = header.get(c);
        if (id.isEmpty()) {
          throw new InvalidInputException(p.file + ": line 1, column " + (c + 1) + ": empty"
              + " product id in the header; name every column");
        }
        if (p.products.contains(id)) {
          throw new InvalidInputException(p.file + ": line 1, column " + (c + 1) + ": product '"
              + id + "' appears twice in the header");
        }
        p.products.add(id);
      }
      if (p.products.isEmpty()) {
        throw new InvalidInputException(p.file + ": line 1: the header names no product; write"
            + " period,ID1,ID2,... (wide) or period,product," + valueColumn + " (long)");
      }
    }
    for (Line row : rows) {
      if (row.cells().size() > header.size()) {
        err.add(row.line(), null, row.cells().size() + " values but the header has "
            + header.size() + " columns");
        continue;
      }
      Long key = period(p, err, row, pc, header.get(pc));
      if (isLong) {
        String prod = row.cell(prc);
        if (prod.isEmpty()) {
          err.add(row.line(), header.get(prc), "empty product id");
          continue;
        }
        double v = value(err, row, qc, header.get(qc));
        double f = fcCol >= 0 ? value(err, row, fcCol, header.get(fcCol)) : Double.NaN;
        if (key == null) {
          continue;
        }
        if (p.productSet.add(prod)) {
          p.products.add(prod);
        }
        String id = key + "/" + prod;
        Integer before = p.lineOf.put(id, row.line());
        if (before != null) {
          err.add(row.line(), null, "period " + row.cell(pc) + ", product '" + prod
              + "' was already given on line " + before + "; keep one row per period and"
              + " product");
          continue;
        }
        p.values.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(prod, v);
        p.forecast.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(prod, f);
      } else {
        if (key == null) {
          continue;
        }
        if (p.values.containsKey(key)) {
          err.add(row.line(), header.get(pc), "period " + row.cell(pc) + " was already given on"
              + " line " + p.lineOf.get(key + "/"));
          continue;
        }
        p.lineOf.put(key + "/", row.line());
        Map<String, Double> m = new LinkedHashMap<>();
        for (int c = 1; c < header.size(); c++) {
          m.put(header.get(c), value(err, row, c, header.get(c)));
          p.lineOf.put(key + "/" + header.get(c), row.line());
        }
        p.values.put(key, m);
      }
    }
    err.throwIfAny("Fix: quantities are numbers >= 0 (an empty cell is a missing value),"
        + " periods are integers, ISO months (2024-03) or ISO dates (2024-03-04), one kind per"
        + " file.");
    return p;
  }

  private static Long period(Parsed p, Errors err, Line row, int col, String name) {
    String s = row.cell(col);
    if (s.isEmpty()) {
      err.add(row.line(), name, "empty period");
      return null;
    }
    PeriodAxis.Kind k = PeriodAxis.kindOf(s);
    if (k == null) {
      err.add(row.line(), name, "'" + s + "' is not a period label (an integer, an ISO month"
          + " 2024-03 or an ISO date 2024-03-04)");
      return null;
    }
    if (p.kind == null) {
      p.kind = k;
    } else if (p.kind != k) {
      err.add(row.line(), name, "'" + s + "' is " + k.example().replaceFirst(", e.g.*", "")
          + " but earlier periods are " + p.kind.example().replaceFirst(", e.g.*", ""));
      return null;
    }
    return PeriodAxis.key(k, s);
  }

  /** A value >= 0, NaN for an empty cell (missing); errors are recorded. */
  private static double value(Errors err, Line row, int col, String name) {
    String s = row.cell(col);
    if (s.isEmpty()) {
      return Double.NaN;
    }
    double v;
    try {
      v = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      err.add(row.line(), name, "'" + s + "' is not a number");
      return Double.NaN;
    }
    if (!(v >= 0) || Double.isInfinite(v) || v > 1e12) {
      err.add(row.line(), name, "'" + s + "' must be a number in [0, 1e12]");
      return Double.NaN;
    }
    return v;
  }

  /** An outage log: {@code plant,start,end,fraction}, start and end inclusive. */
  public static OutageLog readOutages(Path path) {
    List<String> header = new ArrayList<>();
    List<Line> rows = rows(path, header);
    String file = path.toString();
    List<String> need = List.of("plant", "start", "end", "fraction");
    List<String> lower = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    for (int c = 0; c < lower.size(); c++) {
      if (!need.contains(lower.get(c)) || lower.indexOf(lower.get(c)) != c) {
        throw new InvalidInputException(file + ": line 1, column " + (c + 1) + ": "
            + (need.contains(lower.get(c)) ? "duplicate" : "unknown") + " column '"
            + header.get(c) + "'; an outage log has the columns plant,start,end,fraction");
      }
    }
    for (String n : need) {
      if (!lower.contains(n)) {
        throw new InvalidInputException(file + ": line 1: the header has no '" + n + "' column;"
            + " an outage log has the columns plant,start,end,fraction");
      }
    }
    int pc = lower.indexOf("plant");
    int sc = lower.indexOf("start");
    int ec = lower.indexOf("end");
    int fc = lower.indexOf("fraction");
    Errors err = new Errors(file);
    Parsed kinds = new Parsed();
    List<Outage> out = new ArrayList<>();
    for (Line row : rows) {
      if (row.cells().size() > header.size()) {
        err.add(row.line(), null, row.cells().size() + " values but the header has "
            + header.size() + " columns");
        continue;
      }
      String plant = row.cell(pc);
      if (plant.isEmpty()) {
        err.add(row.line(), header.get(pc), "empty plant id");
      }
      Long s = period(kinds, err, row, sc, header.get(sc));
      Long e = period(kinds, err, row, ec, header.get(ec));
      double f = Double.NaN;
      String ft = row.cell(fc);
      if (ft.isEmpty()) {
        err.add(row.line(), header.get(fc), "empty fraction; give the share of capacity lost,"
            + " e.g. 1 for a full outage");
      } else {
        try {
          f = Double.parseDouble(ft);
          if (!(f > 0 && f <= 1)) {
            err.add(row.line(), header.get(fc), "'" + ft + "' must be in (0, 1], the share of"
                + " the plant's capacity lost");
            f = Double.NaN;
          }
        } catch (NumberFormatException x) {
          err.add(row.line(), header.get(fc), "'" + ft + "' is not a number");
        }
      }
      if (s != null && e != null && e < s) {
        err.add(row.line(), header.get(ec), "end " + row.cell(ec) + " is before start "
            + row.cell(sc));
        continue;
      }
      if (!plant.isEmpty() && s != null && e != null && !Double.isNaN(f)) {
        out.add(new Outage(plant, s, e, f, row.line()));
      }
    }
    err.throwIfAny("Fix: plant is a plant id, start <= end are period labels like the demand"
        + " history's (inclusive), fraction is in (0, 1].");
    return new OutageLog(file, kinds.kind, out);
  }
}
