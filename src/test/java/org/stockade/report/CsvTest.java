package org.stockade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
  /** Parses CSV text with Jackson's CSV parser (RFC 4180), one String[] per row. */
  static List<String[]> parse(String csv) throws Exception {
    CsvMapper m = new CsvMapper();
    m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = m.readerFor(String[].class).readValues(csv)) {
      return it.readAll();
    }
  }

  /** Splits a list cell written by {@link Csv#list} back into its items. */
  static List<String> splitList(String cell, char sep) {
    List<String> items = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int k = 0; k < cell.length(); k++) {
      char c = cell.charAt(k);
      if (c == '\\' && k + 1 < cell.length()) {
        cur.append(cell.charAt(++k));
      } else if (c == sep) {
        items.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    items.add(cur.toString());
    return items;
  }

  @Test
  void csv_idWithCommaQuoteAndNewline_roundTripsThroughCsvParser() throws Exception {
    List<String> ids = List.of("V,1", "say \"hi\"", "line\nbreak", "cr\rhere", "a,\"b\"\n,c",
        "plain");
    Csv csv = new Csv("id", "value");
    for (String id : ids) {
      csv.row(id, 1.5);
    }
    List<String[]> rows = parse(csv.toString());
    assertThat(rows).hasSize(ids.size() + 1);
    assertThat(rows.get(0)).containsExactly("id", "value");
    for (int k = 0; k < ids.size(); k++) {
      assertThat(rows.get(k + 1)).containsExactly(ids.get(k), "1.5");
    }
  }

  @Test
  void csv_formulaLikeTextCells_getALeadingQuote() throws Exception {
    Csv csv = new Csv("id");
    for (String id : List.of("=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1)", "\tTAB",
        "=HYPERLINK(\"x\",\"y\")")) {
      csv.row(id);
    }
    List<String[]> rows = parse(csv.toString());
    assertThat(rows.subList(1, rows.size())).extracting(r -> r[0]).containsExactly(
        "'=cmd|' /C calc'!A0", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tTAB", "'=HYPERLINK(\"x\",\"y\")");
  }

  @Test
  void csv_negativeNumbers_stayNumbers() {
    assertThat(new Csv("a", "b", "c", "d").row(-3.5, "-3.5", "+2e3", -7).toString())
        .endsWith("\n-3.5,-3.5,+2e3,-7\n");
  }

  @Test
  void csv_numbers_haveNoFloatNoiseAndNaNIsEmpty() {
    assertThat(Csv.number(5055500.000000001)).isEqualTo("5055500.0");
    assertThat(Csv.number(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(Csv.number(Double.NaN)).isEmpty();
    assertThat(Csv.number(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(Csv.cell(null)).isEmpty();
    assertThat(Csv.cell(true)).isEqualTo("true");
  }

  @Test
  void csv_listCell_escapesItsSeparatorAndSplitsBackExactly() throws Exception {
    List<String> items = List.of("a;b", "c\\d", "plain", "x,y");
    String cell = Csv.list(items, ';');
    List<String[]> rows = parse(new Csv("list").row(cell).toString());
    assertThat(splitList(rows.get(1)[0], ';')).containsExactlyElementsOf(items);
  }

  @Test
  void csv_rowWithWrongCellCount_isRefused() {
    assertThatThrownBy(() -> new Csv("a", "b").row("x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells");
  }

  @Test
  void quote_keepsFormulaTextUnchanged_forFilesReadBackAsInput() {
    assertThat(Csv.quote("=x")).isEqualTo("=x");
    assertThat(Csv.quote("a,b")).isEqualTo("\"a,b\"");
  }
}
