package org.stockade.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void visible_escapeOscBelAndC1_becomeVisibleEscapes() {
    assertThat(Terminal.visible("\u001b[31mred\u001b]0;title\u0007\u009b2J\u202e"))
        .isEqualTo("\\u001b[31mred\\u001b]0;title\\u0007\\u009b2J\\u202e")
        .doesNotContain("\u001b");
    assertThat(Terminal.visible("a\nb\tc")).isEqualTo("a\\u000ab\\u0009c");
    assertThat(Terminal.visibleLines("a\nb\u001b")).isEqualTo("a\nb\\u001b");
    assertThat(Terminal.visible("plain ü €")).isEqualTo("plain ü €");
  }

  @Test
  void filter_keepsNewlinesAndEscapesControlCharacters() {
    StringWriter sw = new StringWriter();
    try (PrintWriter w = new PrintWriter(Terminal.filter(sw))) {
      w.print("id \u001b[2J\tok\n");
      w.write('\u0007');
    }
    assertThat(sw.toString()).isEqualTo("id \\u001b[2J\tok\n\\u0007");
  }

  @Test
  void textTable_cellWithEscape_isShownEscapedAndStaysAligned() {
    String out = new TextTable("id", "v").row("\u001b[31mred", 1).row("x\ny", 2).render();
    assertThat(out).doesNotContain("\u001b").contains("\\u001b[31mred", "x\\u000ay");
    assertThat(out.lines()).hasSize(4);
  }
}
