package org.stockade.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints loader warnings to stderr, collapsing repeats: warnings that differ only in the ids or
 * numbers they quote (one per product of a 100,000-node network, say) are shown once, with a
 * count of the others, so a large input cannot flood the terminal.
 */
final class Warnings {
  /** Examples shown per kind of warning before the rest are counted. */
  static final int SHOWN_PER_KIND = 3;

  private Warnings() {}

  static void print(PrintWriter err, List<String> warnings) {
    Map<String, List<String>> byKind = new LinkedHashMap<>();
    for (String w : warnings) {
      byKind.computeIfAbsent(kind(w), k -> new ArrayList<>()).add(w);
    }
    for (List<String> same : byKind.values()) {
      for (int i = 0; i < Math.min(SHOWN_PER_KIND, same.size()); i++) {
        err.println("warning: " + same.get(i));
      }
      if (same.size() > SHOWN_PER_KIND) {
        err.println("warning: ... and " + (same.size() - SHOWN_PER_KIND) + " more like these"
            + " (" + same.size() + " in total)");
      }
    }
    err.flush();
  }

  /** The warning with quoted ids, numbers and positions blanked out. */
  static String kind(String w) {
    return w.replaceAll("'[^']*'", "'*'").replaceAll("\\[\\d+]", "[#]")
        .replaceAll("\\d+(\\.\\d+)?", "#");
  }
}
