package org.stockade.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The web workbench in a real headless Chromium (Debian's chromium and chromium-driver, never
 * downloaded) against an in-process server on a free loopback port. Every check compares what
 * the page shows with what the API (or the CLI, run in this JVM) returns for the same run.
 * Screenshots go to target/screenshots/. More views: {@link WorkbenchViewsBrowserTest}, the
 * token path: {@link WorkbenchTokenBrowserTest}.
 */
@Tag("browser")
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest extends BrowserTestSupport {
  static final String XSS = "<img src=x onerror=alert(1)>";

  @BeforeAll
  static void start() throws IOException {
    startAll(null);
  }

  @AfterAll
  static void stop() {
    stopAll();
  }

  // ---- tests ----------------------------------------------------------------------------

  @Test
  @Order(1)
  void uploadGm_runSg_showsInventoryChartAndHighlightsTheFirstWorstCase() throws IOException {
    open();
    uploadFile(Path.of("examples", "gm.yaml"));
    assertThat(text("net-info")).contains("24 nodes").contains("plant-product");
    assertThat(byId("diagram").getAttribute("data-nodes")).isEqualTo("24");
    // recorded for docs/workbench.md, not asserted (no timing in tests)
    Files.writeString(SHOTS.resolve("gm-timings.txt"), "page ready ms="
        + byId("status-line").findElement(By.xpath("/html/body")).getAttribute("data-ready-ms")
        + " gm open+draw ms=" + byId("diagram").getAttribute("data-render-ms") + "\n");
    byId("kind").sendKeys("sg");
    param("capacity-loss", "plants:1");
    String run = runAndWait();
    JsonNode r = result(run);
    assertThat(text("summary")).contains("done").contains("cost");
    // the chart is drawn (a canvas inside the chart box) with one bar per product
    WebElement chart = byId("chart-inventory");
    assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
    assertThat(chart.getAttribute("data-values"))
        .isEqualTo(String.valueOf(r.get("inventory").size()));
    // the worst cases listed are the certificate's, the first one highlighted on the diagram
    List<WebElement> rows = driver.findElements(By.cssSelector("#worst tbody tr"));
    assertThat(rows).hasSize(r.get("certificate").size()).isNotEmpty();
    Set<String> expected = new TreeSet<>();
    r.get("certificate").get(0).get("products").forEach(p -> expected.add(p.asText()));
    JsonNode cap = r.get("certificate").get(0).get("worst_case_capacity");
    int p = 0;
    for (double c : org.stockade.model.Examples.GM_CAPACITY) {
      p++;
      JsonNode w = cap == null ? null : cap.get("P" + p);
      if (w != null && w.isNumber() && w.asDouble() < c - 1e-9) {
        expected.add("P" + p);
      }
    }
    assertThat(byId("diagram").getAttribute("data-highlighted"))
        .isEqualTo(String.join(",", expected));
    assertThat(rows.get(0).getAttribute("class")).contains("selected");
    assertThat(text("highlight-legend")).contains("worst case 1");
    shot("sg-result");
    driver.manage().window().setSize(new Dimension(1280, 2000));
    shot("sg-result-full");
  }

  @Test
  @Order(10)
  void tiers30Example_exposureRun_drawsTheTtsTtrScatterOfEveryScenario() throws IOException {
    open();
    new org.openqa.selenium.support.ui.Select(byId("example")).selectByValue("tiers30");
    byId("load-example").click();
    waitFor(d -> text("net-info").contains("exposure"), "the example to open");
    assertThat(byId("diagram").getAttribute("data-nodes")).isEqualTo("30");
    new org.openqa.selenium.support.ui.Select(byId("kind")).selectByValue("exposure");
    String run = runAndWait();
    JsonNode r = result(run);
    assertThat(byId("chart-scatter-scenarios").getAttribute("data-values"))
        .isEqualTo(String.valueOf(r.get("scenarios").size() + 2));
    assertThat(driver.findElements(By.cssSelector("[data-table='scenarios'] tbody tr")))
        .hasSize(r.get("scenarios").size());
    driver.manage().window().setSize(new Dimension(1280, 2000));
    shot("exposure");
  }

  @Test
  @Order(11)
  void ttsRun_highlightsTheBindingFailure() throws IOException {
    open();
    uploadFile(Path.of("examples", "gm.yaml"));
    new org.openqa.selenium.support.ui.Select(byId("kind")).selectByValue("tts");
    param("budget", "100");
    String run = runAndWait();
    JsonNode b = result(run).get("binding_failures").get(0);
    Set<String> expected = new TreeSet<>();
    b.get("plants_down").forEach(x -> expected.add(x.asText()));
    b.get("products_short").forEach(x -> expected.add(x.asText()));
    assertThat(byId("diagram").getAttribute("data-highlighted"))
        .isEqualTo(String.join(",", expected));
    assertThat(byId("chart-tts-per_facility").findElements(By.tagName("canvas"))).isNotEmpty();
  }

  @Test
  @Order(2)
  void changeBeta_withTheFullDesign_costMovesToTheClisValue_andTwoRunsCompare()
      throws IOException {
    open();
    uploadFile(Path.of("examples", "gm.yaml"));
    // beta bounds the aggregate demand surge; on GM's base design the binding worst cases are
    // single groups, so beta only moves the cost once every plant serves every product
    clearParams();
    param("design", "full");
    param("beta", "0.5");
    String a = runAndWait();
    param("beta", "3");
    String b = runAndWait();
    double costA = result(a).get("cost").asDouble();
    double costB = result(b).get("cost").asDouble();
    assertThat(costB).isNotCloseTo(costA, org.assertj.core.data.Offset.offset(1.0));
    // the page shows the cost of the run it started, which is the CLI's for the same flags
    java.util.regex.Matcher shown = java.util.regex.Pattern.compile("cost ([-0-9.e+]+)")
        .matcher(text("summary"));
    assertThat(shown.find()).as("the summary shows a cost: %s", text("summary")).isTrue();
    assertThat(Double.parseDouble(shown.group(1))).isCloseTo(cliCost("3"),
        org.assertj.core.data.Offset.offset(1e-5 * cliCost("3")));
    assertThat(costA).isCloseTo(cliCost("0.5"), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(costB).isCloseTo(cliCost("3"), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(text("summary")).contains(b);
    byId("refresh-runs").click();
    waitFor(d -> !d.findElements(By.cssSelector("#run-list input[value='" + b + "']")).isEmpty(),
        "the runs to be listed");
    driver.findElement(By.cssSelector("#run-list input[value='" + a + "']")).click();
    driver.findElement(By.cssSelector("#run-list input[value='" + b + "']")).click();
    byId("compare").click();
    waitFor(d -> !d.findElements(By.cssSelector("#compare-out table")).isEmpty(), "the table");
    List<WebElement> costRow = driver.findElements(By.xpath(
        "//div[@id='compare-out']//tr[td[1][text()='cost']]/td"));
    assertThat(costRow).hasSize(3);
    assertThat(Double.parseDouble(costRow.get(1).getText())).isCloseTo(costA,
        org.assertj.core.data.Offset.offset(1e-3 * Math.max(1, costA)));
    assertThat(Double.parseDouble(costRow.get(2).getText())).isCloseTo(costB,
        org.assertj.core.data.Offset.offset(1e-3 * Math.max(1, costB)));
    assertThat(costRow.get(2).getAttribute("class")).contains("diff");
    assertThat(costRow.get(1).getAttribute("class")).doesNotContain("diff");
    assertThat(byId("chart-compare").findElements(By.tagName("canvas"))).isNotEmpty();
    js("document.getElementById('compare-panel').scrollIntoView()");
    shot("compare");
  }

  /** The CLI's SG cost on the GM file with the full design and {@code beta}, in this JVM. */
  static double cliCost(String beta) throws IOException {
    return TestServer.JSON.readTree(TestServer.cli("solve", "examples/gm.yaml", "--design",
        "full", "--beta", beta, "--format", "json")).get("cost").asDouble();
  }

  @Test
  @Order(3)
  void alphaSweep_drawsOnePointPerValue_withRisingCost() throws IOException {
    open();
    uploadFile(Path.of("examples", "gm.yaml"));
    clearParams();
    new org.openqa.selenium.support.ui.Select(byId("sweep-param")).selectByValue("alpha");
    byId("sweep-values").clear();
    byId("sweep-values").sendKeys("1, 2");
    byId("sweep").click();
    waitFor(d -> text("sweep-msg").contains("runs done"), "the sweep", Duration.ofSeconds(180));
    JsonNode points = TestServer.JSON.readTree(byId("sweep-chart").getAttribute("data-points"));
    assertThat(points).hasSize(2);
    assertThat(points.get(0).get(1).asDouble()).isLessThan(points.get(1).get(1).asDouble());
    assertThat(byId("chart-sweep").findElements(By.tagName("canvas"))).isNotEmpty();
    js("document.getElementById('whatif').scrollIntoView()");
    shot("sweep");
  }

  @Test
  @Order(4)
  void cancel_longRun_endsCancelled() throws IOException {
    open();
    clearParams();
    js("document.getElementById('kind').value='sg';"
        + "document.getElementById('kind').dispatchEvent(new Event('change'))");
    param("generate", "sparse:3,n=1000");
    param("seed", "7");
    param("capacity-loss", "plants:1"); // runs for minutes (the default loss: one round)
    byId("run").click();
    waitFor(d -> byId("cancel").isEnabled() && text("status-line").contains("running"),
        "the run to start", Duration.ofSeconds(60));
    shot("run-progress");
    byId("cancel").click();
    waitFor(d -> "cancelled".equals(byId("results").getAttribute("data-status")),
        "the run to end cancelled", Duration.ofSeconds(60));
    assertThat(text("progress-text")).startsWith("cancelled");
  }

  @Test
  @Order(5)
  void xssId_isShownAsText_neverAsMarkup() throws IOException {
    Path f = dir.resolve("xss.yaml");
    Files.writeString(f, "name: \"" + XSS + "\"\nplants:\n  - {id: \"" + XSS + "\", capacity: 10}\n"
        + "products:\n  - {id: V1, mu: 5, sigma: 1}\narcs:\n  - {plant: \"" + XSS
        + "\", product: V1}\n");
    open();
    uploadFile(f);
    assertThat(text("net-info")).contains(XSS);
    byId("search").sendKeys("onerror");
    waitFor(d -> text("search-msg").contains(XSS), "the search to list the id as text");
    assertThat(byId("networks").getText()).contains(XSS);
    byId("editor-box").findElement(By.tagName("summary")).click();
    assertThat(driver.findElement(By.cssSelector("input[data-field='plants[0].id']"))
        .getAttribute("value")).isEqualTo(XSS);
    assertThat(driver.findElements(By.tagName("img"))).isEmpty();
    try {
      driver.switchTo().alert();
      fail("an alert opened: the id ran as markup");
    } catch (NoAlertPresentException expected) {
      // the id stayed text
    }
  }

  @Test
  @Order(6)
  void editor_badCapacity_showsTheApisMessageNextToTheField() throws IOException {
    open();
    uploadFile(Path.of("examples", "gm.yaml"));
    byId("editor-box").findElement(By.tagName("summary")).click();
    WebElement cap = driver.findElement(By.cssSelector("input[data-field='plants[1].capacity']"));
    cap.clear();
    cap.sendKeys("-5");
    byId("save-version").click();
    WebElement err = waitFor(d -> d.findElements(By.cssSelector("#editor .field-error")).stream()
        .findFirst().orElse(null), "the field's message");
    assertThat(err.getText()).contains("plants[1].capacity").contains("-5");
    assertThat(cap.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat((Boolean) js("return arguments[0].previousElementSibling === arguments[1]", err,
        cap)).isTrue();
    shot("editor-error");
  }

  @Test
  @Order(7)
  void keyboard_tabReachesTheRunButton_andEnterRunsIt() {
    open();
    js("document.activeElement && document.activeElement.blur(); window.scrollTo(0,0)");
    List<String> seen = new ArrayList<>();
    org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(
        driver);
    for (int i = 0; i < 80; i++) {
      keys.sendKeys(Keys.TAB).perform();
      String id = (String) js("return document.activeElement.id");
      seen.add(id);
      if ("run".equals(id)) {
        keys.sendKeys(Keys.ENTER).perform();
        waitFor(d -> byId("results").getAttribute("data-status") != null, "the run by Enter");
        assertThat(text("summary")).contains("sg run");
        return;
      }
    }
    fail("Tab never reached the run button; focus went through " + seen);
  }

  @Test
  @Order(8)
  void narrowWindow_stacksThePanels_withoutHorizontalScroll() throws IOException {
    open();
    uploadFile(Path.of("examples", "gm.yaml"));
    driver.manage().window().setSize(new Dimension(420, 900));
    waitFor(d -> (Boolean) js("return document.getElementById('run-panel').getBoundingClientRect()"
        + ".top > document.getElementById('network-panel').getBoundingClientRect().bottom - 1"),
        "the panels to stack");
    Long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth");
    assertThat(overflow).isLessThanOrEqualTo(0L);
    shot("narrow");
  }

  @Test
  @Order(9)
  void largeNetwork_thousandNodes_drawnAndSearchable() throws IOException {
    StringBuilder y = new StringBuilder("name: big\nplants:\n");
    int plants = 300;
    int products = 700;
    for (int i = 0; i < plants; i++) {
      y.append("  - {id: P").append(i).append(", capacity: 100}\n");
    }
    y.append("products:\n");
    for (int j = 0; j < products; j++) {
      y.append("  - {id: V").append(j).append(", mu: 40, sigma: 10}\n");
    }
    y.append("arcs:\n");
    for (int j = 0; j < products; j++) {
      y.append("  - {plant: P").append(j % plants).append(", product: V").append(j).append("}\n");
      y.append("  - {plant: P").append((j + 1) % plants).append(", product: V").append(j)
          .append("}\n");
    }
    Path f = dir.resolve("big.yaml");
    Files.writeString(f, y);
    open();
    uploadFile(f);
    assertThat(byId("diagram").getAttribute("data-nodes")).isEqualTo("1000");
    byId("search").sendKeys("V699");
    waitFor(d -> text("search-msg").startsWith("1 found"), "the search");
    Files.writeString(SHOTS.resolve("large-network.txt"), "nodes=1000 open+draw ms="
        + byId("diagram").getAttribute("data-render-ms") + "\n");
    shot("large-network");
  }
}
