package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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

  /**
   * After a table on a terminal, names the chart files a command wrote ({@code png}, {@code svg});
   * nothing in JSON/CSV output or when the service captures the report.
   */
  static void chartFiles(RunContext ctx, PrintWriter out, String fmt, List<Path> files) {
    if (fmt.equals("table") && !ctx.captures()) {
      out.println("chart: " + files.get(0) + ", " + files.get(1));
    }
  }
}
