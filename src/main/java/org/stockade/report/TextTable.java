package org.stockade.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain aligned text table: first column left-aligned, the others right-aligned. Cells are
 * shown through {@link Terminal#visible}, so an id holding ESC or other control characters
 * cannot reach the terminal raw (nor break the alignment with a newline).
 */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  public TextTable(String... header) {
    this.columns = header.length;
    String[] h = new String[columns];
    for (int k = 0; k < columns; k++) {
      h[k] = Terminal.visible(header[k]);
    }
    rows.add(h);
  }

  public TextTable row(Object... cells) {
    String[] r = new String[columns];
    for (int k = 0; k < columns; k++) {
      r[k] = k < cells.length && cells[k] != null ? Terminal.visible(cells[k].toString()) : "";
    }
    rows.add(r);
    return this;
  }

  public String render() {
    int[] w = new int[columns];
    for (String[] r : rows) {
      for (int k = 0; k < columns; k++) {
        w[k] = Math.max(w[k], r[k].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int x = 0; x < rows.size(); x++) {
      String[] r = rows.get(x);
      StringBuilder line = new StringBuilder();
      for (int k = 0; k < columns; k++) {
        String cell = r[k];
        String pad = " ".repeat(w[k] - cell.length());
        line.append(k == 0 ? cell + pad : pad + cell);
        if (k < columns - 1) {
          line.append("  ");
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
      if (x == 0) {
        int total = 0;
        for (int k = 0; k < columns; k++) {
          total += w[k] + (k < columns - 1 ? 2 : 0);
        }
        sb.append("-".repeat(total)).append('\n');
      }
    }
    return sb.toString();
  }
}
