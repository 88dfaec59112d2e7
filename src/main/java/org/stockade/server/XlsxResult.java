package org.stockade.server;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A run's CSV report as an XLSX workbook (one sheet, the same rows and columns): numbers become
 * numeric cells, everything else text cells, so no cell is ever a formula. The CSV comes from
 * the shared writers; this only changes the container.
 */
final class XlsxResult {
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private XlsxResult() {}

  static byte[] fromCsv(String csv, String sheetName) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        MappingIterator<List<String>> it = CSV.readerForListOf(String.class).readValues(csv)) {
      Sheet sheet = wb.createSheet(sheetName == null ? "result" : sheetName);
      int r = 0;
      while (it.hasNext()) {
        Row row = sheet.createRow(r++);
        List<String> cells = it.next();
        for (int c = 0; c < cells.size(); c++) {
          String v = cells.get(c);
          Double d = number(v);
          if (d != null) {
            row.createCell(c).setCellValue(d);
          } else {
            row.createCell(c).setCellValue(v);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Double number(String v) {
    if (v == null || v.isEmpty() || !v.matches("-?[0-9][0-9.eE+-]*")) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
