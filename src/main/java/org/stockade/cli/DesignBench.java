package org.stockade.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.bench.DesignBenchmark;
import org.stockade.flexdesign.DesignResult;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Csv;
import org.stockade.report.Fmt;
import org.stockade.report.Json;
import org.stockade.report.TextTable;

/** {@code stockade bench design}: exact vs heuristic joint design, time and gap. */
final class DesignBench {
  private DesignBench() {}

  static int print(PrintWriter out, PrintWriter err, String fmt, List<String> counts,
      double arcCost, long seed, double seconds) {
    int[] k = new int[counts.size()];
    for (int t = 0; t < k.length; t++) {
      String c = counts.get(t).strip();
      if (c.equalsIgnoreCase("all")) {
        k[t] = -1;
      } else {
        try {
          k[t] = Integer.parseInt(c);
        } catch (NumberFormatException e) {
          k[t] = -2;
        }
        if (k[t] < 1) {
          throw new InvalidInputException("--candidate-counts: '" + c + "' is not a positive "
              + "whole number or 'all'; e.g. --candidate-counts 6,10,all");
        }
      }
    }
    if (!(arcCost >= 0) || arcCost > Values.MAX_MAGNITUDE) {
      throw new InvalidInputException("--arc-cost must be in [0, 1e9], got " + arcCost);
    }
    Duration limit = Values.seconds("--time-limit", seconds);
    List<DesignBenchmark.Row> rows = DesignBenchmark.run(k, arcCost, seed, limit, line -> {
      err.println("bench design: " + line);
      err.flush();
    });
    if (fmt.equals("table")) {
      TextTable t = new TextTable("case", "exact s", "exact status", "exact cost", "exact gap",
          "heur s", "time ratio", "heur cost", "heur bound", "heur gap", "greedy cost",
          "heur excess");
      for (DesignBenchmark.Row r : rows) {
        t.row(r.name(), s(r.exact()), r.exact().status(), Fmt.num(r.exact().cost(), 6),
            Fmt.pct(r.exact().gap()), s(r.heuristic()), Fmt.num(r.timeRatio(), 3) + "x",
            Fmt.num(r.heuristic().cost(), 6), Fmt.num(r.heuristic().lowerBound(), 6),
            Fmt.pct(r.heuristic().gap()), Fmt.num(r.heuristic().greedyCost(), 6),
            Fmt.pct(r.costExcess()));
      }
      out.print("Joint design on GM (paper defaults), arc cost " + Fmt.num(arcCost, 6)
          + ", candidates drawn with seed " + seed + ", time limit " + Fmt.num(seconds, 4)
          + " s per solve; one run each; time ratio = heuristic / exact; heur excess = "
          + "(heuristic cost - best cost) / best cost\n" + t.render());
    } else if (fmt.equals("csv")) {
      Csv c = new Csv("case", "candidates", "method", "seconds", "status", "cost",
          "lower_bound", "gap", "ratio_to_exact");
      for (DesignBenchmark.Row r : rows) {
        for (DesignResult d : List.of(r.exact(), r.heuristic())) {
          c.row(r.name(), r.candidates(), d == r.exact() ? "exact" : "heuristic",
              d.millis() / 1000, d.status().name(), d.cost(), d.lowerBound(), d.gap(),
              d.millis() / r.exact().millis());
        }
      }
      out.print(c);
    } else {
      List<Object> list = new ArrayList<>();
      for (DesignBenchmark.Row r : rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", r.name());
        m.put("candidates", r.candidates());
        m.put("exact", entry(r.exact()));
        m.put("heuristic", entry(r.heuristic()));
        m.put("time_ratio", r.timeRatio());
        m.put("heuristic_excess", r.costExcess());
        list.add(m);
      }
      out.print(Json.pretty(list));
    }
    out.flush();
    return 0;
  }

  private static Map<String, Object> entry(DesignResult d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seconds", d.millis() / 1000);
    m.put("status", d.status().name());
    m.put("cost", d.cost());
    m.put("lower_bound", d.lowerBound());
    m.put("gap", d.gap());
    m.put("arcs_added", d.chosen().size());
    m.put("greedy_cost", Json.finite(d.greedyCost()));
    return m;
  }

  private static String s(DesignResult d) {
    return Fmt.num(d.millis() / 1000, 3);
  }
}
