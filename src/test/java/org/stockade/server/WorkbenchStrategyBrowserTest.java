package org.stockade.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The strategy kinds in the workbench: chosen in the model selector, options typed in the
 * generic form, the input file picked in its file field (sent as the run request's
 * {@code files}); the report shown equals the CLI's for the same inputs, and a bad value is
 * marked on its field.
 */
@Tag("browser")
@Tag("slow")
class WorkbenchStrategyBrowserTest extends BrowserTestSupport {
  @BeforeAll
  static void start() throws IOException {
    startAll(null);
  }

  @AfterAll
  static void stop() {
    stopAll();
  }

  private void kind(String k) {
    select("kind", k);
    js("document.getElementById('kind').dispatchEvent(new Event('change'))");
  }

  private static JsonNode cli(String... args) throws IOException {
    return TestServer.withoutTimings(TestServer.JSON.readTree(TestServer.cli(args)));
  }

  @Test
  void suppliers_withThePickedInstanceFile_showsTheCliReport() throws Exception {
    open();
    kind("suppliers");
    Path yaml = Files.copy(Path.of("examples/suppliers-service.yaml"),
        Files.createTempDirectory(dir, "cli").resolve("instance.yaml"));
    param("model", "cost");
    param("samples", "20000");
    param("seed", "7");
    driver.findElement(By.cssSelector("#params input[data-file='instance']"))
        .sendKeys(yaml.toString());
    String id = runAndWait();
    assertThat(byId("results").getAttribute("data-status")).isEqualTo("done");
    String api = TestServer.JSON.writeValueAsString(result(id)).replaceAll(
        "/[^\"]*/attachments/[0-9a-f]{64}/", yaml.getParent() + "/");
    assertThat(TestServer.withoutTimings(TestServer.JSON.readTree(api))).isEqualTo(cli(
        "strategy", "suppliers", yaml.toString(), "--model", "cost", "--samples", "20000",
        "--seed", "7", "--format", "json"));
    assertThat(text("summary")).startsWith("suppliers run " + id + ": done");
    shot("workbench-strategy-suppliers");
  }

  @Test
  void pooling_oneDemandPerLocation_showsTheCliReportAndItsLocationTable() throws Exception {
    open();
    kind("pooling");
    param("demand", "normal:100:20 normal:80:30");
    param("names", "A,B");
    param("samples", "300");
    param("seed", "5");
    param("shortage-cost", "10");
    String id = runAndWait();
    assertThat(TestServer.withoutTimings(result(id))).isEqualTo(cli("strategy", "pooling",
        "--demand", "normal:100:20", "--demand", "normal:80:30", "--names", "A,B", "--samples",
        "300", "--seed", "5", "--shortage-cost", "10", "--format", "json"));
    WebElement table = waitFor(d -> d.findElement(By.cssSelector("[data-table='locations']")),
        "the locations table");
    assertThat(table.getText()).contains("pooled_stock", "A", "B");
  }

  @Test
  void preposition_gulfExampleWithBothFiles_showsTheCliReportAndItsRunsTable()
      throws Exception {
    open();
    kind("preposition");
    Path d = Files.createTempDirectory(dir, "cli");
    Path yaml = Files.copy(Path.of("examples/preposition-gulf.yaml"), d.resolve("instance.yaml"));
    Path csv = Files.copy(Path.of("examples/preposition-gulf-scenarios.csv"),
        d.resolve("scenarios.csv"));
    param("method", "both");
    param("time-limit", "60");
    driver.findElement(By.cssSelector("#params input[data-file='instance']"))
        .sendKeys(yaml.toString());
    driver.findElement(By.cssSelector("#params input[data-file='scenarios']"))
        .sendKeys(csv.toString());
    String id = runAndWait();
    assertThat(byId("results").getAttribute("data-status")).isEqualTo("done");
    String api = TestServer.JSON.writeValueAsString(result(id)).replaceAll(
        "/[^\"]*/attachments/[0-9a-f]{64}/", d + "/");
    assertThat(TestServer.withoutTimings(TestServer.JSON.readTree(api))).isEqualTo(cli(
        "strategy", "preposition", yaml.toString(), "--scenarios", csv.toString(), "--method",
        "both", "--time-limit", "60", "--format", "json"));
    assertThat(text("summary")).startsWith("preposition run " + id + ": done");
    WebElement table = waitFor(d2 -> d2.findElement(By.cssSelector("[data-table='runs']")),
        "the runs table");
    assertThat(table.getText()).contains("extensive", "benders");
    shot("workbench-strategy-preposition");
  }

  @Test
  void stockpile_badDemand_isMarkedOnItsField() {
    open();
    kind("stockpile");
    param("demand", "normal:100");
    param("shortage-cost", "10");
    byId("run").click();
    WebElement err = waitFor(d -> d.findElements(By.cssSelector("#params .field-error"))
        .stream().findFirst().orElse(null), "the field error", Duration.ofSeconds(30));
    assertThat(err.getText()).startsWith("--demand normal takes 2 numbers");
    assertThat(driver.findElement(By.cssSelector("#params input[data-opt='demand']"))
        .getAttribute("aria-invalid")).isEqualTo("true");
  }
}
