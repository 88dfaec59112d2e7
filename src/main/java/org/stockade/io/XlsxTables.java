package org.stockade.io;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.stockade.exposure.SupplyNetwork;
import org.stockade.model.InvalidInputException;

/**
 * Reads an exposure network from an {@code .xlsx} workbook with sheets {@code nodes} and
 * {@code edges} (names case-insensitive), each a header row then one row per node or edge, the
 * same columns as the CSV files. Formula cells are read by their cached value.
 */
final class XlsxTables {
  private XlsxTables() {}

  static {
    PoiLogging.quiet();
  }

  static SupplyNetwork read(Path path, String name) {
    String file = path.toString();
    InputFiles.check(path, "workbook");
    try (InputStream in = Files.newInputStream(path); Workbook wb = new XSSFWorkbook(in)) {
      for (String needed : List.of("nodes", "edges")) {
        find(wb, file, needed);
      }
      List<ExposureLoader.Item> nodes = sheet(wb, file, "nodes", ExposureLoader.NODE_KEYS,
          List.of("id", "kind", "ttr"));
      List<ExposureLoader.Item> edges = sheet(wb, file, "edges", ExposureLoader.EDGE_KEYS,
          List.of("from", "to"));
      return ExposureLoader.build(name, file, nodes, edges);
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException(file + ": " + plainReason(e), e);
    }
  }

  /**
   * A message for a workbook POI could not open, in plain words: no POI class names or stack
   * details reach the user.
   */
  static String plainReason(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getClass().getSimpleName()).append(' ').append(t.getMessage()).append('\n');
    }
    String s = all.toString().toLowerCase(Locale.ROOT);
    if (s.contains("zip bomb") || s.contains("inflate ratio") || s.contains("max entry size")
        || s.contains("exceeds the max")) {
      return "the workbook unpacks to far more data than its size (a zip bomb or a damaged"
          + " file); refusing to read it, save a normal .xlsx from Excel or LibreOffice";
    }
    if (s.contains("doctype") || s.contains("entity") || s.contains("dtd")) {
      return "the workbook contains XML entity or DOCTYPE declarations, which are not allowed;"
          + " save it again from Excel or LibreOffice as an .xlsx workbook";
    }
    if (s.contains("empty")) {
      return "the file is empty, not an .xlsx workbook; save the network as Excel Workbook"
          + " (.xlsx) with sheets 'nodes' and 'edges'";
    }
    return "not a readable .xlsx workbook (damaged, or another format such as .xls, .csv or"
        + " .ods renamed to .xlsx); save it as Excel Workbook (.xlsx) with sheets 'nodes' and"
        + " 'edges'";
  }

  private static List<ExposureLoader.Item> sheet(Workbook wb, String file, String name,
      List<String> allowed, List<String> required) {
    Sheet sheet = find(wb, file, name);
    DataFormatter fmt = new DataFormatter(Locale.ROOT);
    List<String> header = null;
    int headerRow = 0;
    List<ExposureLoader.Item> items = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
        cells.add(text(row.getCell(c), fmt));
      }
      if (cells.stream().allMatch(String::isEmpty) || cells.get(0).startsWith("#")
          && !isError(row.getCell(0))) {
        continue;
      }
      int rowNo = row.getRowNum() + 1;
      Where w = Where.sheetRow(file, name, rowNo);
      if (header == null) {
        header = checkHeader(cells, w, allowed, required);
        headerRow = rowNo;
        continue;
      }
      ObjectNode obj = JsonNodeFactory.instance.objectNode();
      for (int c = 0; c < cells.size(); c++) {
        if (cells.get(c).isEmpty()) {
          continue;
        }
        if (c >= header.size()) {
          throw w.fail("has a value in column " + (c + 1) + " but the header (row " + headerRow
              + ") names only " + header.size() + " columns", "remove the extra value");
        }
        obj.put(header.get(c), cells.get(c));
      }
      items.add(new ExposureLoader.Item(obj, w));
    }
    if (header == null) {
      throw new InvalidInputException(file + ": sheet '" + name + "' is empty; its first row"
          + " must be the header " + String.join(",", required));
    }
    return items;
  }

  private static Sheet find(Workbook wb, String file, String name) {
    List<String> names = new ArrayList<>();
    for (int k = 0; k < wb.getNumberOfSheets(); k++) {
      names.add(wb.getSheetName(k));
      if (wb.getSheetName(k).strip().equalsIgnoreCase(name)) {
        return wb.getSheetAt(k);
      }
    }
    throw new InvalidInputException(file + ": no sheet named '" + name + "'; the workbook"
        + " needs sheets 'nodes' and 'edges', it has: " + String.join(", ", names));
  }

  private static List<String> checkHeader(List<String> cells, Where w, List<String> allowed,
      List<String> required) {
    List<String> header = new ArrayList<>();
    for (String h : cells) {
      header.add(h.strip().toLowerCase(Locale.ROOT));
    }
    while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
      header.remove(header.size() - 1);
    }
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c);
      if (h.isEmpty()) {
        throw w.fail("header column " + (c + 1) + " has no name", "name every column, e.g. "
            + String.join(",", required));
      }
      if (!allowed.contains(h)) {
        throw w.fail("unknown column '" + h + "' in the header", Nodes.didYouMean(h, allowed)
            + "allowed columns: " + String.join(", ", allowed));
      }
      if (header.indexOf(h) != c) {
        throw w.fail("column '" + h + "' appears twice in the header", "keep one of them");
      }
    }
    for (String r : required) {
      if (!header.contains(r)) {
        throw w.fail("the header has no column '" + r + "'", "the header must include "
            + String.join(",", required));
      }
    }
    return header;
  }

  private static boolean isError(Cell cell) {
    return cell != null && (cell.getCellType() == CellType.ERROR
        || cell.getCellType() == CellType.FORMULA
        && cell.getCachedFormulaResultType() == CellType.ERROR);
  }

  /** The error code a cell shows ({@code #DIV/0!}, {@code #N/A}, ...). */
  private static String errorText(Cell cell) {
    try {
      return org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue())
          .getString();
    } catch (RuntimeException e) {
      return "#ERROR";
    }
  }

  /** A cell as text: numbers in full precision, formulas by their cached result. */
  private static String text(Cell cell, DataFormatter fmt) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
        : cell.getCellType();
    return switch (type) {
      case NUMERIC -> {
        double v = cell.getNumericCellValue();
        yield v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
            : Double.toString(v);
      }
      case STRING -> cell.getStringCellValue().strip();
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      case BLANK -> "";
      case ERROR -> errorText(cell);
      default -> fmt.formatCellValue(cell).strip();
    };
  }
}
