package org.stockade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Hostile ids (commas, quotes, newlines, formulas, ESC sequences) in every output format. */
class SafeOutputTest {
  private static final String ESC_ID = "\u001b[31mred\u001b[0m";
  private static final String FORMULA_ID = "=cmd|' /C calc'!A0";
  private static final List<String> PRODUCTS = List.of("V,1 \"quoted\"", "line\nbreak",
      FORMULA_ID, ESC_ID, "-2+3");
  /** What a spreadsheet-safe CSV holds for each product id, in order. */
  private static final List<String> PRODUCTS_IN_CSV = List.of("V,1 \"quoted\"", "line\nbreak",
      "'" + FORMULA_ID, ESC_ID, "'-2+3");

  private static Path evil(Path dir) throws Exception {
    Path f = dir.resolve("evil.yaml");
    Files.writeString(f, String.join("\n",
        "name: \"evil \\e]0;pwned\\a net\"",
        "plants:",
        "  - {id: \"P,1\", capacity: 100}",
        "  - {id: \"@P2\", capacity: 80}",
        "products:",
        "  - {id: \"V,1 \\\"quoted\\\"\", mu: 60, sigma: 30}",
        "  - {id: \"line\\nbreak\", mu: 50, sigma: 12.5}",
        "  - {id: \"=cmd|' /C calc'!A0\", mu: 45, sigma: 10}",
        "  - {id: \"\\e[31mred\\e[0m\", mu: 40, sigma: 20}",
        "  - {id: \"-2+3\", mu: 40, sigma: 20}",
        "arcs:",
        "  - {plant: \"P,1\", product: \"V,1 \\\"quoted\\\"\"}",
        "  - {plant: \"P,1\", product: \"line\\nbreak\"}",
        "  - {plant: \"P,1\", product: \"=cmd|' /C calc'!A0\"}",
        "  - {plant: \"@P2\", product: \"line\\nbreak\"}",
        "  - {plant: \"@P2\", product: \"\\e[31mred\\e[0m\"}",
        "  - {plant: \"@P2\", product: \"-2+3\"}",
        ""));
    return f;
  }

  private static List<String[]> parseCsv(String csv) throws Exception {
    CsvMapper m = new CsvMapper();
    m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = m.readerFor(String[].class).readValues(csv)) {
      return it.readAll();
    }
  }

  private static List<String> firstColumn(String csv) throws Exception {
    List<String[]> rows = parseCsv(csv);
    return rows.subList(1, rows.size()).stream().map(r -> r[0]).toList();
  }

  /** Runs the CLI exactly as {@code main} does (stdout/stderr through the terminal filter). */
  private static SolveCommandTest.Run runAsMain(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(out, err);
    int code = cl.execute(args);
    return new SolveCommandTest.Run(code, out.toString(), err.toString());
  }

  @Test
  void solveCsv_hostileProductIds_roundTripThroughCsvParser(@TempDir Path dir) throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("solve", evil(dir).toString(), "--format",
        "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(firstColumn(r.out())).containsExactlyElementsOf(PRODUCTS_IN_CSV);
    List<String[]> rows = parseCsv(r.out());
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(5));
  }

  @Test
  void cmCsv_hostileProductIds_roundTripThroughCsvParser(@TempDir Path dir) throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("solve", evil(dir).toString(), "--model", "cm",
        "--underage", "10", "--overage", "1", "--format", "csv");
    assertThat(r.exit()).as(r.err()).isIn(0, 3);
    assertThat(firstColumn(r.out())).containsExactlyElementsOf(PRODUCTS_IN_CSV);
  }

  @Test
  void ttsCsv_hostileProductIds_roundTripThroughCsvParser(@TempDir Path dir) throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("tts", evil(dir).toString(), "--budget", "1",
        "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(firstColumn(r.out())).containsExactlyElementsOf(PRODUCTS_IN_CSV);
  }

  @Test
  void exposureCsv_hostileNodeIds_roundTripIncludingListCells(@TempDir Path dir)
      throws Exception {
    Path f = dir.resolve("net.yaml");
    Files.writeString(f, String.join("\n",
        "name: evil",
        "nodes:",
        "  - {id: \"s;1:x\", kind: supplier, capacity: 100, inventory: 0, ttr: 4}",
        "  - {id: \"=plant,\\\"a\\\"\", kind: plant, capacity: 100, inventory: 0, ttr: 2}",
        "  - {id: \"car+1\", kind: product, inventory: 0, ttr: 1, demand: 10, margin: 5}",
        "  - {id: \"line\\nbreak\", kind: product, inventory: 0, ttr: 1, demand: 5, margin: 7}",
        "edges:",
        "  - {from: \"s;1:x\", to: \"=plant,\\\"a\\\"\", quantity: 1}",
        "  - {from: \"=plant,\\\"a\\\"\", to: \"car+1\", quantity: 1}",
        "  - {from: \"=plant,\\\"a\\\"\", to: \"line\\nbreak\", quantity: 1}",
        ""));
    SolveCommandTest.Run r = SolveCommandTest.run("exposure", f.toString(), "--no-progress",
        "--format", "csv");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String[]> rows = parseCsv(r.out());
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(11));
    List<String> disrupted = rows.subList(1, rows.size()).stream().map(x -> x[1]).toList();
    assertThat(disrupted).contains("s;1:x", "'=plant,\"a\"", "car\\+1", "line\nbreak");
    String[] supplierRow = rows.stream().filter(x -> x[1].equals("s;1:x")).findFirst()
        .orElseThrow();
    // products_lost: "id:units" items joined by ';', with ';', ':' and '\\' in ids escaped.
    List<String> items = org.stockade.report.CsvTestAccess.splitList(supplierRow[8], ';');
    assertThat(items).hasSize(2);
    assertThat(items.stream().map(i -> org.stockade.report.CsvTestAccess.splitList(i, ':')
        .get(0)).toList()).containsExactlyInAnyOrder("car+1", "line\nbreak");
  }

  @Test
  void tableOutput_idsWithEscapeSequences_containNoRawEsc(@TempDir Path dir) throws Exception {
    Path f = evil(dir);
    for (String[] args : new String[][] {{"solve", f.toString()},
        {"solve", f.toString(), "--model", "cm", "--underage", "10"},
        {"tts", f.toString(), "--budget", "1", "--ttr", "3"},
        {"solve", f.toString(), "--format", "csv"},
        {"solve", f.toString(), "--format", "json"}}) {
      SolveCommandTest.Run r = runAsMain(args);
      assertThat(r.exit()).as(r.err()).isIn(0, 3);
      assertThat(r.out()).as(String.join(" ", args)).doesNotContain("\u001b", "\u0007");
      assertThat(r.err()).doesNotContain("\u001b");
      if (args.length == 2) {
        assertThat(r.out()).contains("\\u001b[31mred\\u001b[0m", "\\u001b]0;pwned\\u0007");
      }
    }
    // JSON stays valid and means the same: the filter's escape is JSON's own.
    JsonNode json = new ObjectMapper().readTree(runAsMain("solve", f.toString(), "--format",
        "json").out());
    assertThat(json.get("inventory").findValuesAsText("product")).contains(ESC_ID);
  }

  @Test
  void errorMessage_idWithEscape_isEscapedOnStderr(@TempDir Path dir) throws Exception {
    SolveCommandTest.Run r = runAsMain("tts", evil(dir).toString(), "--budget", "1", "--ttr",
        "P\u001b]0;x\u0007=3");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("\u001b", "\u0007").contains("P\\u001b]0;x\\u0007");
  }

  @Test
  void ttsJson_plantWithoutTtr_hasNullTtrAndNoExposedFlag() throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("tts", "--example", "gm", "--budget", "1",
        "--ttr", "P1=4", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("NaN");
    JsonNode root = new ObjectMapper().readTree(r.out());
    for (JsonNode p : root.get("per_facility")) {
      String plant = p.get("plant_down").asText();
      if (plant.equals("P1")) {
        assertThat(p.get("ttr").asDouble()).isEqualTo(4.0);
        assertThat(p.has("exposed")).isTrue();
      } else if (!plant.equals("none")) {
        assertThat(p.get("ttr").isNull()).as(plant).isTrue();
        assertThat(p.has("exposed")).as(plant).isFalse();
      }
    }
    assertThat(root.at("/units/time").asText()).contains("periods");
    assertThat(root.at("/uncertainty/capacity/kind").asText()).isEqualTo("plants");
    SolveCommandTest.Run table = SolveCommandTest.run("tts", "--example", "gm", "--budget", "1",
        "--ttr", "P1=4");
    assertThat(table.exit()).as(table.err()).isZero();
  }

  @Test
  void solveJson_hasUnitsAndStructuredUncertainty() throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("solve", "--example", "gm", "--alpha", "1.5",
        "--capacity-loss", "units:100", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.at("/units/quantity").asText()).contains("units");
    assertThat(root.at("/uncertainty/summary").asText()).contains("alpha=1.5");
    assertThat(root.at("/uncertainty/demand/alpha").asDouble()).isEqualTo(1.5);
    assertThat(root.at("/uncertainty/capacity/kind").asText()).isEqualTo("units");
    assertThat(root.at("/uncertainty/capacity/budget").asDouble()).isEqualTo(100.0);
  }

  @Test
  void exposureJsonAndCsv_haveNoFloatNoise() throws Exception {
    SolveCommandTest.Run r = SolveCommandTest.run("exposure", "--example", "tiers30",
        "--no-progress", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContainPattern("\\d\\.\\d*0000000\\d").doesNotContain("NaN");
    SolveCommandTest.Run c = SolveCommandTest.run("exposure", "--example", "tiers30",
        "--no-progress", "--format", "csv");
    assertThat(c.out()).doesNotContainPattern("\\d\\.\\d*0000000\\d");
    assertThat(parseCsv(c.out())).allSatisfy(row -> assertThat(row).hasSize(11));
  }

  @Test
  void bars_plainWhenNotATerminalOrForced() {
    assertThat(Bars.plain(null, false)).isTrue();
    assertThat(Bars.plain(null, true)).isFalse();
    assertThat(Bars.plain("plain", true)).isTrue();
    assertThat(Bars.plain("bar", false)).isFalse();
  }

  @Test
  void bars_plainLines_writeNoAnsiCodesOrCarriageReturns() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName("task").setInitialMax(10)
        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
        .setConsumer(new Bars.PlainLines(ps, 0)).build()) {
      for (int k = 1; k <= 10; k++) {
        bar.stepTo(k);
      }
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("task").doesNotContain("\r", "\u001b");
    assertThat(text.lines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("task"));
  }
}
