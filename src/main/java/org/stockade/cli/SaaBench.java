package org.stockade.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.report.Json;
import org.stockade.bench.SaaBenchmark;
import org.stockade.bench.Timing;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Fmt;
import org.stockade.report.TextTable;
import org.stockade.stochastic.SaaResult;

/** Output of {@code stockade bench saa}. */
final class SaaBench {
  private static final long SEED = 2018;

  private SaaBench() {}

  static int print(PrintWriter out, PrintWriter err, String fmt, int[] sizes, int warmup,
      int runs, double limitSeconds) throws Exception {
    Values.seconds("--time-limit", limitSeconds);
    for (int n : sizes) {
      if (n < 1 || n > 1_000_000) {
        throw new InvalidInputException("--samples values must be in 1..1000000, got " + n);
      }
    }
    List<SaaBenchmark.Row> rows = SaaBenchmark.run(sizes, warmup, runs, SEED,
        Duration.ofMillis((long) (limitSeconds * 1000)), line -> {
          err.println(line);
          err.flush();
        });
    if (fmt.equals("table")) {
      TextTable t = new TextTable("samples", "extensive LP ms", "status", "decomposition ms",
          "status", "rounds", "ratio", "cost (extensive)", "cost (decomp.)", "rel. diff");
      for (SaaBenchmark.Row r : rows) {
        SaaResult e = r.extensiveResult();
        SaaResult d = r.decompositionResult();
        t.row(r.samples(), ms(r.extensive()), e.status(), ms(r.decomposition()), d.status(),
            d.iterations(), Fmt.num(r.extensive().medianMillis()
                / r.decomposition().medianMillis(), 1) + "x",
            e.hasSolution() ? Fmt.num(e.cost(), 3) : "-",
            d.hasSolution() ? Fmt.num(d.cost(), 3) : "-",
            Double.isNaN(r.relativeDifference()) ? "-"
                : String.format(java.util.Locale.ROOT, "%.1e", r.relativeDifference()));
      }
      out.print("SAA on GM base (p = 0.1, 95% fill rate, seed " + SEED + "), one thread each;"
          + " median of " + runs + " runs for n <= 1000, 1 run above; ratio = extensive time /"
          + " decomposition time\n" + t.render());
      for (SaaBenchmark.Row r : rows) {
        if (!r.extensiveResult().status().isOptimal()) {
          out.println("n = " + r.samples() + ": extensive form not solved within the "
              + Fmt.num(limitSeconds, 0) + " s time limit (" + r.extensiveResult().status() + ": "
              + r.extensiveResult().message() + "); its time is a lower bound, so the ratio "
              + "is too.");
        }
      }
    } else if (fmt.equals("csv")) {
      org.stockade.report.Csv csv = new org.stockade.report.Csv("samples", "method",
          "median_ms", "status", "cost", "ratio_to_extensive");
      for (SaaBenchmark.Row r : rows) {
        for (Object[] x : List.of(new Object[] {r.extensive(), r.extensiveResult()},
            new Object[] {r.decomposition(), r.decompositionResult()})) {
          Timing t = (Timing) x[0];
          SaaResult s = (SaaResult) x[1];
          csv.row(r.samples(), t.name(), t.medianMillis(), s.status().name(),
              s.hasSolution() ? (Object) s.cost() : null,
              t.medianMillis() / r.extensive().medianMillis());
        }
      }
      out.print(csv);
    } else {
      List<Object> list = new ArrayList<>();
      for (SaaBenchmark.Row r : rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", r.samples());
        m.put("extensive_ms", r.extensive().medianMillis());
        m.put("extensive_status", r.extensiveResult().status().name());
        m.put("decomposition_ms", r.decomposition().medianMillis());
        m.put("decomposition_status", r.decompositionResult().status().name());
        m.put("decomposition_rounds", r.decompositionResult().iterations());
        m.put("ratio", r.extensive().medianMillis() / r.decomposition().medianMillis());
        m.put("relative_cost_difference", Double.isNaN(r.relativeDifference()) ? null
            : r.relativeDifference());
        list.add(m);
      }
      out.print(Json.pretty(list));
    }
    out.flush();
    return 0;
  }

  private static String ms(Timing t) {
    return Fmt.num(t.medianMillis(), 1);
  }
}
