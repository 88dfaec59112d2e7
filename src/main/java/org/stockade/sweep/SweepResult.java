package org.stockade.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stockade.report.Csv;

/**
 * The rows of a finished sweep, sorted by task id.
 *
 * @param kind the sweep's kind
 * @param engine the engine that ran it ({@code local}, {@code spark})
 * @param columns the function's columns
 * @param rows one per task, by id
 * @param seconds wall-clock time of the run (engine start-up included)
 * @param files result files written (empty when no output directory was given)
 */
public record SweepResult(String kind, String engine, List<Column> columns, List<SweepRow> rows,
    double seconds, List<String> files) {
  public SweepResult {
    columns = List.copyOf(columns);
    List<SweepRow> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingLong(SweepRow::id));
    rows = List.copyOf(sorted);
    files = List.copyOf(files);
  }

  public List<SweepRow> failures() {
    return rows.stream().filter(r -> !r.ok()).toList();
  }

  /** Index of column {@code name}. */
  public int column(String name) {
    for (int k = 0; k < columns.size(); k++) {
      if (columns.get(k).name().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("no column '" + name + "' in sweep " + kind);
  }

  /** CSV header: {@code id,seed,ok,error,<columns>}. */
  public static String csvHeader(List<Column> columns) {
    StringBuilder b = new StringBuilder("id,seed,ok,error");
    for (Column c : columns) {
      b.append(',').append(c.name());
    }
    return b.toString();
  }

  /** One CSV line (RFC 4180; reals in shortest round-trip form, so they re-read bitwise). */
  public static String csvLine(SweepRow r, int width) {
    StringBuilder b = new StringBuilder();
    b.append(r.id()).append(',').append(r.seed()).append(',').append(r.ok()).append(',')
        .append(r.ok() ? "" : Csv.text(r.error()));
    for (int k = 0; k < width; k++) {
      Object v = r.value(k);
      b.append(',');
      if (v instanceof Double d) {
        b.append(Double.isFinite(d) ? Double.toString(d) : d.isNaN() ? "NaN"
            : d > 0 ? "Infinity" : "-Infinity");
      } else if (v instanceof String s) {
        b.append(Csv.text(s));
      } else if (v != null) {
        b.append(v);
      }
    }
    return b.toString();
  }

  /** The whole result as CSV (header line first). */
  public String csv() {
    StringBuilder b = new StringBuilder(csvHeader(columns)).append('\n');
    for (SweepRow r : rows) {
      b.append(csvLine(r, columns.size())).append('\n');
    }
    return b.toString();
  }

  /** Writes {@link #csv()} to {@code dir/<kind>.csv} atomically; returns the file. */
  public Path writeCsv(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(kind + ".csv");
    Path tmp = Files.createTempFile(dir, "." + kind, ".tmp");
    Files.writeString(tmp, csv());
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  public SweepResult withFiles(List<String> written) {
    return new SweepResult(kind, engine, columns, rows, seconds, written);
  }
}
