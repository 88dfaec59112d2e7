package org.stockade.server;

import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * {@code POST /api/export/xlsx?name=NAME}: any table the web workbench shows (a result list,
 * the side-by-side comparison), sent as CSV text, returned as an XLSX workbook with one sheet.
 * The conversion is {@link XlsxResult#fromCsv}, the same one a run's {@code ?format=xlsx}
 * report uses, so numbers become numeric cells and nothing ever becomes a formula. The browser
 * thus needs no spreadsheet library; the request body cap of the server applies.
 */
final class TableExport {
  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private TableExport() {}

  static List<Api.Route> routes() {
    return List.of(new Api.Route("POST", "/api/export/xlsx", "A table sent as CSV text (header"
        + " row first) returned as an XLSX workbook with one sheet named ?name= (the workbench's"
        + " per-table XLSX export)", 200, TableExport::xlsx));
  }

  private static void xlsx(Context ctx) {
    String name = ctx.queryParam("name");
    String sheet = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "table"
        : name.strip());
    String csv = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
    if (csv.isBlank()) {
      throw ApiError.badInput("body: give the table as CSV text (a header row, then one row"
          + " per line), e.g. 'product,inventory\\nV1,12.5'");
    }
    byte[] xlsx;
    try {
      xlsx = XlsxResult.fromCsv(csv, sheet);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      throw ApiError.badInput("body: not readable as CSV (" + Uploads.visible(
          String.valueOf(e.getMessage())) + "); quote fields holding commas or quotes");
    }
    String file = sheet.replaceAll("[^A-Za-z0-9._-]", "_") + ".xlsx";
    ctx.status(200).contentType(XLSX_TYPE);
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.result(xlsx);
  }
}
