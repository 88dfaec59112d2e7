package org.stockade.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Csv;
import org.stockade.report.Fmt;
import org.stockade.report.Json;
import org.stockade.report.TextTable;
import org.stockade.server.ServeBenchmark;

/** {@code stockade bench serve}: the service's overhead as ratios to an in-process solve. */
final class ServeBench {
  private ServeBench() {}

  static int print(PrintWriter out, PrintWriter err, String fmt, int clients, int each,
      int queue, int warmup, int runs) throws Exception {
    if (clients < 1 || clients > 1000 || each < 1 || queue < 0 || queue > 1000) {
      throw new InvalidInputException("--clients must be 1 to 1000, --runs-per-client >= 1 and"
          + " --queue 0 to 1000; e.g. --clients 8 --runs-per-client 5 --queue 8");
    }
    int workers = Runtime.getRuntime().availableProcessors();
    ServeBenchmark.Report r = ServeBenchmark.run(clients, each, workers, queue, warmup, runs,
        line -> {
          err.println(line);
          err.flush();
        });
    double base = r.baselineMillis();
    switch (fmt) {
      case "csv" -> {
        Csv csv = new Csv("load", "clients", "runs", "rejected_429", "lost", "seconds",
            "runs_per_second", "p50_ms", "p99_ms", "p50_ratio", "p99_ratio",
            "in_process_median_ms");
        for (ServeBenchmark.Row x : r.rows()) {
          csv.row(x.load(), x.clients(), x.runs(), x.rejected(), x.lost(), x.seconds(),
              x.throughput(), x.p50(), x.p99(), x.p50() / base, x.p99() / base, base);
        }
        out.print(csv);
      }
      case "json" -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("in_process_median_ms", base);
        m.put("in_process_before_ms", r.before().medianMillis());
        m.put("in_process_after_ms", r.after().medianMillis());
        m.put("workers", r.workers());
        m.put("capacity", r.capacity());
        List<Object> rows = new ArrayList<>();
        for (ServeBenchmark.Row x : r.rows()) {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("load", x.load());
          row.put("clients", x.clients());
          row.put("runs", x.runs());
          row.put("rejected_429", x.rejected());
          row.put("lost", x.lost());
          row.put("seconds", x.seconds());
          row.put("runs_per_second", x.throughput());
          row.put("p50_ms", x.p50());
          row.put("p99_ms", x.p99());
          row.put("p50_ratio", x.p50() / base);
          row.put("p99_ratio", x.p99() / base);
          rows.add(row);
        }
        m.put("rows", rows);
        out.print(Json.pretty(m));
      }
      default -> {
        TextTable t = new TextTable("load", "clients", "runs", "429s", "lost", "runs/s",
            "p50 ms", "p99 ms", "p50 ratio", "p99 ratio");
        for (ServeBenchmark.Row x : r.rows()) {
          t.row(x.load(), String.valueOf(x.clients()), String.valueOf(x.runs()),
              String.valueOf(x.rejected()), String.valueOf(x.lost()),
              Fmt.num(x.throughput(), 2), Fmt.num(x.p50(), 1), Fmt.num(x.p99(), 1),
              Fmt.num(x.p50() / base, 2) + "x", Fmt.num(x.p99() / base, 2) + "x");
        }
        out.print("stockade serve on loopback: GM SG solve (kind sg, example gm) submitted and"
            + " polled every 5 ms; " + r.workers() + " workers, capacity " + r.capacity()
            + " (workers + queue); latency = submit to done; ratio = latency / in-process solve"
            + " (median of " + runs + " after " + 5 * warmup + " warm-up solves on each path"
            + " in this JVM: "
            + Fmt.num(r.before().medianMillis(), 1) + " ms before the loads, "
            + Fmt.num(r.after().medianMillis(), 1) + " ms after; ratios use the mean "
            + Fmt.num(base, 1) + " ms); clients told 429 retry after Retry-After\n"
            + t.render());
      }
    }
    out.flush();
    return 0;
  }
}
