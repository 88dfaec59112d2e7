package org.stockade.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * The last step of every command: the report goes to stdout in the chosen format, or, when the
 * command runs inside the service, is captured as JSON and CSV (both from the same writers).
 */
final class Output {
  private Output() {}

  static void emit(RunContext ctx, PrintWriter out, String fmt, Supplier<String> json,
      Supplier<String> csv, Supplier<String> table) {
    if (ctx.captures()) {
      ctx.captured(json.get(), csv.get());
      return;
    }
    out.print(switch (fmt) {
      case "json" -> json.get();
      case "csv" -> csv.get();
      default -> table.get();
    });
    out.flush();
  }
}
