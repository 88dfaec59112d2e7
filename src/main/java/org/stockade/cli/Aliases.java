package org.stockade.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Old option spellings kept so existing scripts run: each prints one line on stderr naming the
 * new spelling, then behaves exactly like it.
 */
final class Aliases {
  private Aliases() {}

  /** Prints the one-line deprecation note for {@code old} (now {@code now}) on stderr. */
  static void note(CommandSpec spec, String old, String now) {
    var err = spec.commandLine().getErr();
    err.println("note: " + spec.qualifiedName() + " " + old + " is deprecated; use " + now
        + " (same meaning)");
    err.flush();
  }
}
