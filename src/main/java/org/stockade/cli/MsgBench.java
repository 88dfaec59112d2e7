package org.stockade.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.report.Json;
import org.stockade.bench.MsgBenchmark;
import org.stockade.bench.Timing;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Fmt;
import org.stockade.report.TextTable;

/** {@code stockade bench msg}: m-SG timings as ratios to the SG solve of GM. */
final class MsgBench {
  private MsgBench() {}

  static int print(PrintWriter out, String fmt, int warmup, int runs) {
    if (runs < 1 || warmup < 0) {
      throw new InvalidInputException("--runs must be >= 1 and --warmup >= 0");
    }
    List<MsgBenchmark.Row> rows = MsgBenchmark.run(warmup, runs);
    switch (fmt) {
      case "csv" -> {
        org.stockade.report.Csv csv = new org.stockade.report.Csv("setting", "method",
            "median_ms", "min_ms", "ratio_to_baseline", "cost");
        for (MsgBenchmark.Row r : rows) {
          Timing base = r.timings().get(0);
          for (int k = 0; k < r.timings().size(); k++) {
            Timing t = r.timings().get(k);
            csv.row(r.setting(), t.name(), t.medianMillis(), t.minMillis(),
                t.medianMillis() / base.medianMillis(), r.costs().get(k));
          }
        }
        out.print(csv);
      }
      case "json" -> {
        List<Object> list = new ArrayList<>();
        for (MsgBenchmark.Row r : rows) {
          Timing base = r.timings().get(0);
          for (int k = 0; k < r.timings().size(); k++) {
            Timing t = r.timings().get(k);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("setting", r.setting());
            m.put("method", t.name());
            m.put("median_ms", t.medianMillis());
            m.put("ratio", t.medianMillis() / base.medianMillis());
            m.put("cost", r.costs().get(k));
            list.add(m);
          }
        }
        out.print(Json.pretty(list));
      }
      default -> {
        TextTable t = new TextTable("setting", "method", "median ms", "ratio", "cost");
        for (MsgBenchmark.Row r : rows) {
          Timing base = r.timings().get(0);
          for (int k = 0; k < r.timings().size(); k++) {
            Timing x = r.timings().get(k);
            t.row(k == 0 ? r.setting() : "", x.name(), Fmt.num(x.medianMillis(), 1),
                Fmt.num(x.medianMillis() / base.medianMillis(), 2) + "x",
                Fmt.num(r.costs().get(k), 3));
          }
        }
        out.print("m-SG, median of " + runs + " runs after " + warmup + " warm-up; ratio ="
            + " time / SG constraint-generation time on GM in the same run\n" + t.render());
      }
    }
    out.flush();
    return 0;
  }
}
