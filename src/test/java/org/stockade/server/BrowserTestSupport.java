package org.stockade.server;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every workbench browser test needs: an in-process server on a free loopback port (with
 * or without a bearer token), Debian's headless Chromium through chromium-driver (never
 * downloaded) with downloads going to a known directory, and helpers that drive the page.
 * Screenshots go to target/screenshots/. Each test class starts and stops its own server and
 * browser ({@link #startAll}, {@link #stopAll}); JUnit runs the classes one after another.
 */
abstract class BrowserTestSupport {
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String CHROMIUM = "/usr/bin/chromium";
  static final Path SHOTS = Path.of("target", "screenshots");

  static Path dir;
  static Path downloads;
  static TestServer s;
  static WebDriver driver;

  /** Starts the server ({@code token}: null for none) and the browser. */
  static void startAll(String token) throws IOException {
    if (!new File(CHROMEDRIVER).canExecute() || !new File(CHROMIUM).canExecute()) {
      fail("browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", "
          + CHROMEDRIVER + "); install them: apt-get install -y chromium chromium-driver"
          + " (.ci/run does)");
    }
    Files.createDirectories(SHOTS);
    dir = Files.createTempDirectory("stockade-browser");
    downloads = Files.createDirectories(dir.resolve("downloads"));
    s = TestServer.start(dir.resolve("data"), 2, 32, token);
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM);
    o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=1280,800", "--lang=en-US");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
    prefs.put("download.prompt_for_download", false);
    prefs.put("profile.default_content_setting_values.automatic_downloads", 1);
    o.setExperimentalOption("prefs", prefs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeDriver chrome = new ChromeDriver(service, o);
    // headless Chromium honours the download directory only when told through DevTools too
    chrome.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
        "downloadPath", downloads.toAbsolutePath().toString()));
    driver = chrome;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  static void stopAll() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
    if (s != null) {
      s.close();
      s = null;
    }
  }

  @BeforeEach
  void window() {
    driver.manage().window().setSize(new Dimension(1280, 800));
  }

  void open() {
    open("/");
  }

  /** Navigates to {@code path} (e.g. "/#network=ID") and waits for the page to be ready. */
  void open(String path) {
    driver.get(s.base + path);
    waitFor(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")),
        "the page to load");
  }

  <T> T waitFor(Function<WebDriver, T> cond, String what) {
    return waitFor(cond, what, Duration.ofSeconds(90));
  }

  <T> T waitFor(Function<WebDriver, T> cond, String what, Duration max) {
    return new WebDriverWait(driver, max).withMessage(() -> "waiting for " + what + "; page"
        + " says: " + text("status-line") + " | " + text("run-msg") + " | " + text("net-msg"))
        .until(d -> {
          T v = cond.apply(d);
          return v instanceof Boolean b && !b ? null : v;
        });
  }

  WebElement byId(String id) {
    return driver.findElement(By.id(id));
  }

  String text(String id) {
    try {
      return byId(id).getText();
    } catch (RuntimeException e) {
      return "";
    }
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  void shot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }

  void uploadFile(Path file) {
    byId("file").sendKeys(file.toAbsolutePath().toString());
    byId("upload").click();
    waitFor(d -> text("net-info").contains(" nodes")
        && byId("diagram").getAttribute("data-drawn-at-ms") != null, "the network to open");
  }

  void select(String id, String value) {
    new org.openqa.selenium.support.ui.Select(byId(id)).selectByValue(value);
  }

  void param(String name, String value) {
    WebElement in = driver.findElement(By.cssSelector("#params input[data-opt='" + name + "']"));
    in.clear();
    in.sendKeys(value);
  }

  void clearParams() {
    for (WebElement in : driver.findElements(By.cssSelector("#params input"))) {
      in.clear();
    }
  }

  /** Runs with the current panel and waits for the end; returns the run id. */
  String runAndWait() {
    js("document.getElementById('results').removeAttribute('data-status');"
        + "document.getElementById('summary').textContent='';");
    byId("run").click();
    waitFor(d -> byId("results").getAttribute("data-status") != null
        && !text("summary").isEmpty(), "the run to finish", Duration.ofSeconds(180));
    String summary = text("summary");
    return summary.split(" run ")[1].split(":")[0];
  }

  JsonNode result(String runId) {
    return TestServer.json(s.get("/api/runs/" + runId + "/result"));
  }

  /**
   * Clicks {@code button} and waits for the file {@code name} to be completely downloaded
   * (no .crdownload left); returns its bytes. An older file of that name is removed first.
   */
  byte[] download(WebElement button, String name) throws IOException {
    Path f = downloads.resolve(name);
    Files.deleteIfExists(f);
    button.click();
    waitFor(d -> {
      try {
        return Files.isRegularFile(f) && Files.size(f) > 0
            && !Files.exists(downloads.resolve(name + ".crdownload"));
      } catch (IOException e) {
        return false;
      }
    }, "the download of " + name, Duration.ofSeconds(30));
    return Files.readAllBytes(f);
  }
}
