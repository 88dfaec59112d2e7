package org.stockade.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The workbench against a server started with a bearer token (as {@code serve --token} does;
 * here on loopback): without the token the page says what to do, with it every view works,
 * including the progress stream (read through fetch, which can send the header).
 */
@Tag("browser")
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchTokenBrowserTest extends BrowserTestSupport {
  static final String TOKEN = "browser-test-token-0123456789abcdef";

  @BeforeAll
  static void start() throws IOException {
    startAll(TOKEN);
  }

  @AfterAll
  static void stop() {
    stopAll();
  }

  void typeToken(String t) {
    WebElement in = byId("token");
    in.clear();
    in.sendKeys(t);
    in.sendKeys(Keys.TAB);
  }

  @Test
  @Order(1)
  void withoutTheToken_thePageAsksForIt_andFocusesTheField() throws IOException {
    open();
    waitFor(d -> "needed".equals(byId("token").findElement(org.openqa.selenium.By.xpath(
        "/html/body")).getAttribute("data-auth")), "the page to ask for the token");
    assertThat(text("status-line")).contains("needs an API token")
        .contains("API token").contains("serve --token");
    assertThat(js("return document.activeElement.id")).isEqualTo("token");
    assertThat(byId("token").getAttribute("aria-invalid")).isEqualTo("true");
    shot("token-needed");
  }

  @Test
  @Order(2)
  void aWrongToken_isRefusedWithAClearMessage() {
    open();
    typeToken("not-the-right-token-000000");
    waitFor(d -> text("status-line").contains("refused"), "the refusal");
    assertThat(text("status-line")).contains("API token");
  }

  @Test
  @Order(3)
  void withTheToken_examplesLoadAndAnSgRunStreamsToItsResult() throws IOException {
    open();
    typeToken(TOKEN);
    waitFor(d -> text("status-line").equals("ready")
        && !d.findElements(org.openqa.selenium.By.cssSelector("#example option")).isEmpty(),
        "the lists to load with the token");
    select("example", "gm");
    byId("load-example").click();
    waitFor(d -> text("net-info").contains("24 nodes"), "GM to open");
    param("capacity-loss", "plants:1");
    String run = runAndWait();
    assertThat(byId("results").getAttribute("data-status")).isEqualTo("done");
    JsonNode r = authorizedJson("/api/runs/" + run + "/result");
    assertThat(text("summary")).contains("cost");
    assertThat(byId("chart-inventory").getAttribute("data-values"))
        .isEqualTo(String.valueOf(r.get("inventory").size()));
    // progress came from the event stream, fetched (EventSource cannot send the header)
    assertThat((Boolean) js("return performance.getEntriesByType('resource').some(e =>"
        + " e.name.endsWith('/api/runs/" + run + "/events') && e.initiatorType === 'fetch')"))
        .isTrue();
    assertThat(text("progress-text")).startsWith("done");
    shot("token-run");
  }

  @Test
  @Order(4)
  void theTokenIsKeptForTheTab_soAReloadNeedsNoRetyping() {
    open();
    typeToken(TOKEN);
    waitFor(d -> text("status-line").equals("ready"), "the lists with the token");
    driver.navigate().refresh();
    waitFor(d -> "true".equals(byId("status-line").findElement(org.openqa.selenium.By.xpath(
        "/html/body")).getAttribute("data-ready")), "the reload");
    assertThat(byId("token").getAttribute("value")).isEqualTo(TOKEN);
    assertThat(text("status-line")).isEqualTo("ready");
  }

  @Test
  @Order(5)
  void theServerItself_refusesAnApiCallWithoutTheToken_butServesThePage() throws Exception {
    HttpResponse<String> api = s.get("/api/networks");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(s.get("/").statusCode()).isEqualTo(200);
    assertThat(s.get("/js/app.js").statusCode()).isEqualTo(200);
  }

  JsonNode authorizedJson(String path) {
    try {
      HttpResponse<String> r = s.http.send(HttpRequest.newBuilder(URI.create(s.base + path))
          .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      return TestServer.JSON.readTree(r.body());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
