package org.stockade.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.stockade.design.ScaleNetworks;
import org.stockade.io.ProblemWriter;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * The workbench's exports (a table as CSV and XLSX, a chart as PNG and SVG, each file read back
 * and compared with the API's result), the layered diagrams of multi-stage and multi-tier
 * networks (column sizes against the file), load times of GM and a generated 1,000-node
 * network (recorded, not asserted), and a keyboard walk through the page on a 600 px window.
 */
@Tag("browser")
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchViewsBrowserTest extends BrowserTestSupport {
  @BeforeAll
  static void start() throws IOException {
    startAll(null);
  }

  @AfterAll
  static void stop() {
    stopAll();
  }

  /** Runs SG on the uploaded GM file with one plant down; returns the run id. */
  String gmSgRun() {
    open();
    uploadFile(Path.of("examples", "gm.yaml"));
    clearParams();
    param("capacity-loss", "plants:1");
    return runAndWait();
  }

  WebElement exportButton(String tableOrChart, String cls) {
    return driver.findElement(By.cssSelector("[data-table='" + tableOrChart + "'] h3 button."
        + cls + ", figure:has(#" + tableOrChart + ") figcaption button." + cls));
  }

  @Test
  @Order(1)
  void inventoryTable_exportsAsCsvAndXlsx_withTheApisRows() throws IOException {
    String run = gmSgRun();
    JsonNode inv = result(run).get("inventory");
    List<String> cols = new ArrayList<>(columnsOf(inv));

    byte[] csvBytes = download(exportButton("inventory", "csv"), "inventory.csv");
    List<List<String>> csv = readCsv(new String(csvBytes, StandardCharsets.UTF_8));
    assertThat(csv.get(0)).isEqualTo(cols);
    assertThat(csv).hasSize(inv.size() + 1);
    for (int i = 0; i < inv.size(); i++) {
      for (int c = 0; c < cols.size(); c++) {
        assertSameValue(inv.get(i).get(cols.get(c)), csv.get(i + 1).get(c),
            "row " + (i + 1) + " column " + cols.get(c));
      }
    }

    byte[] xlsx = download(exportButton("inventory", "xlsx"), "inventory.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("inventory");
      assertThat(sheet.getLastRowNum()).isEqualTo(inv.size());
      for (int c = 0; c < cols.size(); c++) {
        assertThat(sheet.getRow(0).getCell(c).getStringCellValue()).isEqualTo(cols.get(c));
      }
      for (int i = 0; i < inv.size(); i++) {
        Row row = sheet.getRow(i + 1);
        for (int c = 0; c < cols.size(); c++) {
          JsonNode want = inv.get(i).get(cols.get(c));
          Cell cell = row.getCell(c);
          if (want != null && want.isNumber()) {
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isEqualTo(want.asDouble());
          } else {
            assertSameValue(want, cell == null ? "" : cell.getStringCellValue(),
                "xlsx row " + (i + 1) + " column " + cols.get(c));
          }
        }
      }
    }

    // the whole report through the API's ?format=, downloaded with the page's fetch
    WebElement reportCsv = driver.findElement(By.xpath("//p[@id='exports']/button[.='CSV']"));
    assertThat(new String(download(reportCsv, "sg-" + run + ".csv"), StandardCharsets.UTF_8))
        .isEqualTo(s.get("/api/runs/" + run + "/result?format=csv").body());
    WebElement reportXlsx = driver.findElement(By.xpath("//p[@id='exports']/button[.='XLSX']"));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(
        download(reportXlsx, "sg-" + run + ".xlsx")))) {
      assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(readCsv(
          s.get("/api/runs/" + run + "/result?format=csv").body()).size() - 1);
    }
    js("document.getElementById('results').scrollIntoView()");
    shot("results-exports");
  }

  @Test
  @Order(2)
  void inventoryChart_exportsAsPngAndSvg() throws Exception {
    String run = gmSgRun();
    JsonNode inv = result(run).get("inventory");
    byte[] png = download(exportButton("chart-inventory", "png"), "chart-inventory.png");
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    assertThat(java.util.Arrays.copyOf(png, 8)).isEqualTo(magic);
    java.awt.image.BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(img.getWidth()).isGreaterThan(100);
    assertThat(img.getHeight()).isGreaterThan(100);

    byte[] svg = download(exportButton("chart-inventory", "svg"), "chart-inventory.svg");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg))
        .getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    // the axis labels are the result's products, drawn as SVG text
    String all = root.getTextContent();
    for (JsonNode r : inv) {
      assertThat(all).contains(r.get("product").asText());
    }
  }

  @Test
  @Order(3)
  void multiStageNetwork_isDrawnOneColumnPerStage() throws IOException {
    open();
    Path file = Path.of("examples", "gm-two-tier.yaml");
    uploadFile(file);
    JsonNode tree = new YAMLMapper().readTree(file.toFile());
    List<String> sizes = new ArrayList<>();
    int total = 0;
    for (JsonNode stage : tree.get("stages")) {
      sizes.add(String.valueOf(stage.get("nodes").size()));
      total += stage.get("nodes").size();
    }
    assertThat(sizes).hasSize(3);
    assertThat(byId("diagram").getAttribute("data-layers")).isEqualTo(String.join(",", sizes));
    assertThat(byId("diagram").getAttribute("data-nodes")).isEqualTo(String.valueOf(total));
    assertThat(text("net-info")).contains("multi-stage");
    js("document.getElementById('network-panel').scrollIntoView()");
    shot("multi-stage");

    // the run panel switched to the multi-stage model; its first worst case is highlighted:
    // the short products and every node whose worst-case capacity is below the file's
    assertThat(byId("kind").getAttribute("value")).isEqualTo("msg");
    String run = runAndWait();
    JsonNode r = result(run);
    assertThat(byId("chart-inventory").getAttribute("data-values"))
        .isEqualTo(String.valueOf(r.get("inventory").size()));
    JsonNode first = r.get("certificate").get(0);
    Set<String> expected = new java.util.TreeSet<>();
    first.get("short_products").forEach(p -> expected.add(p.asText()));
    for (JsonNode stage : tree.get("stages")) {
      for (JsonNode n : stage.get("nodes")) {
        JsonNode w = first.get("worst_case_capacity").get(n.get("id").asText());
        if (n.has("capacity") && w != null && w.asDouble() < n.get("capacity").asDouble() - 1e-9) {
          expected.add(n.get("id").asText());
        }
      }
    }
    assertThat(expected).hasSizeGreaterThan(first.get("short_products").size());
    assertThat(byId("diagram").getAttribute("data-highlighted"))
        .isEqualTo(String.join(",", expected));
    assertThat(text("highlight-legend")).contains("nodes down");
    driver.manage().window().setSize(new Dimension(1280, 1600));
    shot("multi-stage-result");
  }

  @Test
  @Order(4)
  void multiTierExposureNetwork_isDrawnOneColumnPerTier() throws IOException {
    open();
    select("example", "tiers30");
    byId("load-example").click();
    waitFor(d -> text("net-info").contains("exposure"), "the example to open");
    JsonNode tree = new YAMLMapper().readTree(Path.of("examples", "tiers30.yaml").toFile());
    assertThat(byId("diagram").getAttribute("data-layers")).isEqualTo(tierSizes(tree));
    js("document.getElementById('network-panel').scrollIntoView()");
    shot("multi-tier");
  }

  /**
   * Nodes per tier, tier = the longest chain of suppliers below a node, by memoized depth-first
   * search (the page uses Kahn's order; an independent computation).
   */
  static String tierSizes(JsonNode tree) {
    Map<String, List<String>> suppliers = new HashMap<>();
    List<String> ids = new ArrayList<>();
    tree.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
    tree.get("edges").forEach(e -> suppliers.computeIfAbsent(e.get("to").asText(),
        k -> new ArrayList<>()).add(e.get("from").asText()));
    Map<String, Integer> tier = new HashMap<>();
    java.util.TreeMap<Integer, Integer> count = new java.util.TreeMap<>();
    for (String id : ids) {
      count.merge(depth(id, suppliers, tier), 1, Integer::sum);
    }
    return String.join(",", count.values().stream().map(String::valueOf).toList());
  }

  private static int depth(String id, Map<String, List<String>> suppliers,
      Map<String, Integer> memo) {
    Integer known = memo.get(id);
    if (known != null) {
      return known;
    }
    int d = 0;
    for (String s : suppliers.getOrDefault(id, List.of())) {
      d = Math.max(d, depth(s, suppliers, memo) + 1);
    }
    memo.put(id, d);
    return d;
  }

  @Test
  @Order(5)
  void loadTimes_gmAndAGeneratedThousandNodeNetwork_recorded_andTheDiagramStaysUsable()
      throws IOException {
    String gm = s.upload(Path.of("examples", "gm.yaml"));
    Path big = dir.resolve("sparse-500.yaml");
    // sparse:3,n=500: 500 plants, 500 products, each product on 3 random plants (seed 1)
    Files.writeString(big, ProblemWriter.toYaml(ScaleNetworks.parse("sparse:3,n=500", 1),
        UncertaintySpec.empty(), null));
    String sparse = s.upload(big);
    StringBuilder log = new StringBuilder("# navigation -> page ready / network drawn, ms;"
        + " network fetch+draw ms; headless Chromium, same machine as the test run\n");
    for (String[] net : new String[][] {{"gm", gm, "24"}, {"sparse:3,n=500", sparse, "1000"}}) {
      for (int i = 1; i <= 3; i++) {
        driver.get("about:blank");
        open("/#network=" + net[1]);
        waitFor(d -> byId("diagram").getAttribute("data-drawn-at-ms") != null,
            "the diagram of " + net[0], Duration.ofSeconds(60));
        assertThat(byId("diagram").getAttribute("data-nodes")).isEqualTo(net[2]);
        log.append(net[0]).append(" (").append(net[2]).append(" nodes) load ").append(i)
            .append(": ready ").append(byId("status-line").findElement(By.xpath("/html/body"))
                .getAttribute("data-ready-ms"))
            .append(", drawn ").append(byId("diagram").getAttribute("data-drawn-at-ms"))
            .append(", fetch+draw ").append(byId("diagram").getAttribute("data-render-ms"))
            .append('\n');
      }
    }
    // usable at 1,000 nodes: zoom (button and mouse wheel) and search answer, each timed to
    // the second animation frame after it (so the repaint is included); the match is found
    String frames = "const done = arguments[arguments.length - 1]; const t = performance.now();"
        + " %s; requestAnimationFrame(() => requestAnimationFrame(() =>"
        + " done(Math.round(performance.now() - t))));";
    Object zoomMs = driver instanceof org.openqa.selenium.JavascriptExecutor x
        ? x.executeAsyncScript(String.format(frames,
            "document.getElementById('zoom-in').click()")) : null;
    double afterButton = Double.parseDouble(byId("diagram").getAttribute("data-zoom"));
    assertThat(afterButton).isEqualTo(1.5);
    Object wheelMs = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
        String.format(frames, "const c = document.querySelector('#diagram canvas');"
            + " const r = c.getBoundingClientRect(); c.dispatchEvent(new WheelEvent('wheel',"
            + " {deltaY: -240, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2,"
            + " bubbles: true, cancelable: true}))"));
    assertThat(Double.parseDouble(byId("diagram").getAttribute("data-zoom")))
        .as("the wheel zoomed, and the page followed").isNotEqualTo(afterButton);
    Object searchMs = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
        String.format(frames, "const s = document.getElementById('search'); s.value = 'V500';"
            + " s.dispatchEvent(new Event('input'))"));
    assertThat(text("search-msg")).isEqualTo("1 found: V500");
    // the match is centred at a zoom where a column's neighbours are apart: every label shows
    assertThat(byId("diagram").getAttribute("data-labels")).isEqualTo("all");
    log.append("1000 nodes, to the repaint: + button ").append(zoomMs)
        .append(" ms, mouse wheel ").append(wheelMs).append(" ms, search 'V500' ")
        .append(searchMs).append(" ms\n");
    Files.writeString(SHOTS.resolve("load-times.txt"), log);
    // the generated network has idle plants: their warnings are folded under one line
    assertThat(byId("net-warnings").findElement(By.tagName("summary")).getText())
        .endsWith("warnings");
    assertThat(byId("net-warnings").getText()).doesNotContain("stockade-upload");
    js("document.getElementById('diagram').scrollIntoView({block: 'center'})");
    shot("large-network-sparse");
  }

  @Test
  @Order(6)
  void keyboard_at600px_reachesEveryControlWithAVisibleFocusRing_andNoSidewaysScroll()
      throws IOException {
    gmSgRun();
    driver.manage().window().setSize(new Dimension(600, 900));
    Long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
    assertThat(overflow).isLessThanOrEqualTo(0L);
    js("document.activeElement && document.activeElement.blur(); window.scrollTo(0,0)");
    Actions keys = new Actions(driver);
    Set<String> seen = new LinkedHashSet<>();
    List<String> noRing = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      keys.sendKeys(Keys.TAB).perform();
      String who = (String) js("const e = document.activeElement; return e.id || (e.className"
          + " ? e.tagName.toLowerCase() + '.' + e.className : e.tagName.toLowerCase())");
      if (!seen.add(who) && who.equals(seen.iterator().next())) {
        break;
      }
      Boolean ring = (Boolean) js("const e = document.activeElement; if (e === document.body)"
          + " return true; const s = getComputedStyle(e);"
          + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0");
      if (!ring) {
        noRing.add(who);
      }
      if (who.equals("run")) {
        shot("keyboard-focus-600");
      }
    }
    assertThat(seen).contains("file", "upload", "example", "load-example", "search",
        "zoom-in", "kind", "run", "scenario-name", "sweep", "compare", "button.csv",
        "button.xlsx", "button.png", "button.svg", "button.show-worst");
    // the token field, file input and every button and field show the focus ring
    assertThat(noRing).as("focused without a visible outline").isEmpty();
    driver.manage().window().setSize(new Dimension(600, 2400));
    shot("narrow-600");
  }

  // ---- independent readers of the exported files --------------------------------------

  static Set<String> columnsOf(JsonNode rows) {
    Set<String> cols = new LinkedHashSet<>();
    rows.forEach(r -> r.fieldNames().forEachRemaining(cols::add));
    return cols;
  }

  static List<List<String>> readCsv(String text) throws IOException {
    CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = m.readerForListOf(String.class).readValues(text)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  static void assertSameValue(JsonNode want, String got, String where) throws IOException {
    if (want == null || want.isNull()) {
      assertThat(got).as(where).isEmpty();
    } else if (want.isNumber()) {
      assertThat(Double.parseDouble(got)).as(where).isEqualTo(want.asDouble());
    } else if (want.isContainerNode()) {
      assertThat(TestServer.JSON.readTree(got)).as(where).isEqualTo(want);
    } else {
      assertThat(got).as(where).isEqualTo(want.asText());
    }
  }
}
