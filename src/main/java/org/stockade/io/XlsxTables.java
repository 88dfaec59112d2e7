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
    try (InputStream in = Files.newInputStream(path); Workbook wb = new XSSFWorkbook(in)) {
      for (String needed : List.of("nodes", "edges")) {
        find(wb, file, needed);
      }
      List<ExposureLoader.Item> nodes = sheet(wb, file, "nodes", ExposureLoader.NODE_KEYS,
          List.of("id", "kind", "ttr"));
      List<ExposureLoader.Item> edges = sheet(wb, file, "edges", ExposureLoader.EDGE_KEYS,
          List.of("from", "to"));
      return ExposureLoader.build(name, file, nodes, edges);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read the workbook (" + e.getMessage()
          + "); save it as an Excel .xlsx file", e);
    } catch (org.apache.poi.UnsupportedFileFormatException e) {
      throw new InvalidInputException(file + ": not an .xlsx workbook (" + e.getMessage()
          + "); save it as Excel Workbook (.xlsx)", e);
    }
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
      if (cells.stream().allMatch(String::isEmpty) || cells.get(0).startsWith("#")) {
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
      default -> fmt.formatCellValue(cell).strip();
    };
  }
}
