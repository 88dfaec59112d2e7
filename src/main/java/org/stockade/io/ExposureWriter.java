package org.stockade.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stockade.exposure.Edge;
import org.stockade.exposure.Node;
import org.stockade.exposure.SupplyNetwork;
import org.stockade.report.Csv;

/**
 * Writes an exposure network in the formats {@link ExposureLoader} reads (YAML, a CSV directory,
 * an XLSX workbook); loading the output gives back an equal network.
 */
public final class ExposureWriter {
  private ExposureWriter() {}

  static {
    PoiLogging.quiet();
  }

  public static String yaml(SupplyNetwork net) {
    StringBuilder sb = new StringBuilder();
    sb.append("name: ").append(quote(net.name())).append("\nnodes:\n");
    for (Node n : net.nodes()) {
      List<String> cells = nodeCells(n);
      sb.append("  - {");
      String sep = "";
      for (int k = 0; k < cells.size(); k++) {
        if (!cells.get(k).isEmpty()) {
          sb.append(sep).append(ExposureLoader.NODE_KEYS.get(k)).append(": ")
              .append(k <= 1 || k == 3 ? quote(cells.get(k)) : cells.get(k));
          sep = ", ";
        }
      }
      sb.append("}\n");
    }
    sb.append("edges:\n");
    for (Edge e : net.edges()) {
      sb.append("  - {from: ").append(quote(e.from())).append(", to: ").append(quote(e.to()))
          .append(", quantity: ").append(num(e.quantity()));
      if (!e.group().equals(e.from())) {
        sb.append(", group: ").append(quote(e.group()));
      }
      sb.append("}\n");
    }
    return sb.toString();
  }

  /** Writes {@code nodes.csv} and {@code edges.csv} into {@code dir} (created if missing). */
  public static void csv(SupplyNetwork net, Path dir) {
    StringBuilder nodes = new StringBuilder(String.join(",", ExposureLoader.NODE_KEYS) + "\n");
    for (Node n : net.nodes()) {
      nodes.append(String.join(",", nodeCells(n).stream().map(ExposureWriter::csvCell)
          .toList())).append('\n');
    }
    StringBuilder edges = new StringBuilder(String.join(",", ExposureLoader.EDGE_KEYS) + "\n");
    for (Edge e : net.edges()) {
      edges.append(String.join(",", edgeCells(e).stream().map(ExposureWriter::csvCell).toList()))
          .append('\n');
    }
    try {
      Files.createDirectories(dir);
      AtomicFiles.writeString(dir.resolve(ExposureLoader.NODES_CSV), nodes);
      AtomicFiles.writeString(dir.resolve(ExposureLoader.EDGES_CSV), edges);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV files to " + dir, e);
    }
  }

  /** Writes a workbook with sheets {@code nodes} and {@code edges}; numbers as numeric cells. */
  public static void xlsx(SupplyNetwork net, Path file) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      sheet(wb.createSheet("nodes"), ExposureLoader.NODE_KEYS, net.nodes(),
          ExposureWriter::nodeCells);
      sheet(wb.createSheet("edges"), ExposureLoader.EDGE_KEYS, net.edges(),
          ExposureWriter::edgeCells);
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      AtomicFiles.write(file, wb::write);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static <T> void sheet(Sheet sheet, List<String> header, List<T> items,
      Function<T, List<String>> cells) {
    Row h = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      h.createCell(c).setCellValue(header.get(c));
    }
    for (int r = 0; r < items.size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<String> v = cells.apply(items.get(r));
      for (int c = 0; c < v.size(); c++) {
        if (v.get(c).isEmpty()) {
          continue;
        }
        try {
          row.createCell(c).setCellValue(Double.parseDouble(v.get(c)));
        } catch (NumberFormatException e) {
          row.createCell(c).setCellValue(v.get(c));
        }
      }
    }
  }

  private static List<String> nodeCells(Node n) {
    boolean product = n.isProduct();
    return List.of(n.id(), n.kind().label(),
        Double.isInfinite(n.capacity()) ? "" : num(n.capacity()),
        n.facility() == null ? "" : n.facility(), n.inventory() == 0 ? "" : num(n.inventory()),
        num(n.ttr()), product ? num(n.demand()) : "", product ? num(n.margin()) : "");
  }

  private static List<String> edgeCells(Edge e) {
    return List.of(e.from(), e.to(), num(e.quantity()),
        e.group().equals(e.from()) ? "" : e.group());
  }

  /** Node and edge numbers are finite (validated), where this is the plain number format. */
  private static String num(double v) {
    return Nodes.format(v);
  }

  private static String quote(String s) {
    return s.matches("[A-Za-z_][A-Za-z0-9_.-]*") && !s.matches("(?i)true|false|yes|no|null|on|off")
        ? s : "'" + s.replace("'", "''") + "'";
  }

  /** RFC 4180 only: this file is read back as input, so ids must round-trip unchanged. */
  private static String csvCell(String s) {
    return Csv.quote(s);
  }
}
