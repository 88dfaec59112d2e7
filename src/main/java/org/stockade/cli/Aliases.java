package org.stockade.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Old option spellings kept so existing scripts run: each behaves exactly like its new
 * spelling and leaves a one-line note on stderr, printed after the command's own output (or
 * after its error message, which stays the first line of stderr).
 */
final class Aliases {
  private static final ThreadLocal<List<String>> PENDING = ThreadLocal.withInitial(ArrayList::new);

  private Aliases() {}

  /** Records the deprecation note for {@code old} (now {@code now}); see {@link #flush}. */
  static void note(CommandSpec spec, String old, String now) {
    String line = "note: " + spec.qualifiedName() + " " + old + " is deprecated; use " + now
        + " (same meaning)";
    if (!PENDING.get().contains(line)) {
      PENDING.get().add(line);
    }
  }

  /** Prints and forgets the notes recorded on this thread. */
  static void flush(PrintWriter err) {
    List<String> lines = PENDING.get();
    for (String l : lines) {
      err.println(l);
    }
    lines.clear();
    err.flush();
  }

  /** Forgets notes left by an earlier parse on this thread. */
  static void clear() {
    PENDING.get().clear();
  }
}
