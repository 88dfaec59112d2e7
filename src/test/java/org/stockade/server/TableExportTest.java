package org.stockade.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/export/xlsx over real HTTP: the workbench's per-table XLSX export. */
class TableExportTest {
  @TempDir static Path dir;
  static TestServer s;

  @BeforeAll
  static void start() {
    s = TestServer.start(dir.resolve("data"), 1, 4);
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  HttpResponse<byte[]> post(String path, String body) throws Exception {
    return s.http.send(HttpRequest.newBuilder(URI.create(s.base + path))
        .header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void csvTable_becomesOneSheet_numbersNumeric_textNeverAFormula() throws Exception {
    String csv = "product,inventory,note\nV1,640,\"a, b\"\nV2,52.5,=1+1\n";
    HttpResponse<byte[]> r = post("/api/export/xlsx?name=inventory", csv);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith(TableExport.XLSX_TYPE);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      Sheet sh = wb.getSheetAt(0);
      assertThat(sh.getSheetName()).isEqualTo("inventory");
      assertThat(sh.getLastRowNum()).isEqualTo(2);
      assertThat(sh.getRow(0).getCell(2).getStringCellValue()).isEqualTo("note");
      assertThat(sh.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(640.0);
      assertThat(sh.getRow(1).getCell(2).getStringCellValue()).isEqualTo("a, b");
      assertThat(sh.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(52.5);
      assertThat(sh.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sh.getRow(2).getCell(2).getStringCellValue()).isEqualTo("=1+1");
    }
  }

  @Test
  void sheetName_isMadeSafe_forExcelsRules() throws Exception {
    HttpResponse<byte[]> r = post("/api/export/xlsx?name=" + java.net.URLEncoder.encode(
        "a/b:c*d?[e]-and-a-name-longer-than-31-characters", StandardCharsets.UTF_8), "x\n1\n");
    assertThat(r.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
      String name = wb.getSheetAt(0).getSheetName();
      assertThat(name).isNotBlank().hasSizeLessThanOrEqualTo(31)
          .doesNotContain("/", ":", "*", "?", "[", "]");
    }
  }

  @Test
  void emptyBody_isAProblemNamingTheBody() throws Exception {
    HttpResponse<byte[]> r = post("/api/export/xlsx?name=t", "");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode p = TestServer.JSON.readTree(r.body());
    assertThat(p.get("detail").asText()).startsWith("body:").contains("CSV");
  }

  @Test
  void openapi_listsTheExport() throws IOException {
    JsonNode doc = TestServer.json(s.get("/api/openapi.json"));
    assertThat(doc.get("paths").get("/api/export/xlsx").has("post")).isTrue();
  }
}
