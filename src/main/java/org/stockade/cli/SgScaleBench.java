package org.stockade.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockade.bench.SgScaleBenchmark;
import org.stockade.bench.SgScaleBenchmark.Row;
import org.stockade.bench.SgScaleBenchmark.Run;
import org.stockade.design.ScaleNetworks;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Csv;
import org.stockade.report.Json;
import org.stockade.report.TextTable;
import org.stockade.uncertainty.UncertaintySpec;

/** {@code stockade bench sg-scale}: SG time against network size, new vs baselines. */
final class SgScaleBench {
  private SgScaleBench() {}

  /** "10% capacity loss" (the paper default) or e.g. "capacity loss plants:1.0". */
  private static String lossLabel(UncertaintySpec u) {
    return u.capacityLoss() == null ? "10% capacity loss"
        : "capacity loss " + u.capacityLoss().name().toLowerCase(Locale.ROOT)
            + (u.zeta() == null ? "" : ":" + u.zeta());
  }

  static int print(PrintWriter out, PrintWriter err, String fmt, List<String> families,
      int[] sizes, long seed, double limitSeconds, double baselineSeconds,
      UncertaintySpec uncertainty) {
    for (int n : sizes) {
      if (n < 2 || n > 100_000) {
        throw new InvalidInputException("--sizes: each N must be in 2..100000, got " + n);
      }
    }
    if (!(limitSeconds > 0 && limitSeconds <= 1e6) || !(baselineSeconds > 0
        && baselineSeconds <= 1e6)) {
      throw new InvalidInputException("--time-limit and --baseline-limit must be in (0, 1e6]"
          + " seconds, got " + limitSeconds + " and " + baselineSeconds);
    }
    for (String f : families) {
      ScaleNetworks.parse(f + ",n=" + sizes[0], seed); // fail fast, naming the family
    }
    err.println("bench sg-scale: " + families.size() + " families x " + sizes.length
        + " sizes; baselines limited to " + baselineSeconds + " s each (they stop at larger N"
        + " once they hit it); " + lossLabel(uncertainty));
    err.flush();
    List<Row> rows = SgScaleBenchmark.run(families, sizes, seed, uncertainty,
        Duration.ofMillis((long) (limitSeconds * 1000)),
        Duration.ofMillis((long) (baselineSeconds * 1000)), line -> {
          err.println(line);
          err.flush();
        });
    List<SgScaleBenchmark.Summary> sums = SgScaleBenchmark.summarize(rows);
    switch (fmt) {
      case "csv" -> {
        Csv csv = new Csv("family", "n", "arcs", "status", "seconds", "iterations", "cuts",
            "exact_separations", "cost", "master_s", "search_s", "proof_s", "plain_s",
            "plain_status", "ratio_plain", "previous_s", "previous_status", "ratio_previous");
        for (Row r : rows) {
          csv.row(r.family(), r.n(), r.arcs(), r.scalable().status(), r.scalable().seconds(),
              r.scalable().iterations(), r.scalable().cuts(), r.scalable().exact(),
              r.scalable().cost(), split(r, 0), split(r, 1), split(r, 2),
              r.plain() == null ? null : r.plain().seconds(),
              r.plain() == null ? null : r.plain().status(),
              SgScaleBenchmark.ratio(r.plain(), r.scalable()),
              r.classic() == null ? null : r.classic().seconds(),
              r.classic() == null ? null : r.classic().status(),
              SgScaleBenchmark.ratio(r.classic(), r.scalable()));
        }
        out.print(csv);
      }
      case "json" -> {
        Map<String, Object> tree = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>();
        for (Row r : rows) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("family", r.family());
          m.put("n", r.n());
          m.put("arcs", r.arcs());
          m.put("scalable", run(r.scalable()));
          if (r.split() != null) {
            m.put("time_split_s", Map.of("master", r.split().masterSeconds(), "search",
                r.split().searchSeconds(), "proof", r.split().exactSeconds()));
          }
          m.put("plain_loop", r.plain() == null ? null : run(r.plain()));
          m.put("previous_release", r.classic() == null ? null : run(r.classic()));
          list.add(m);
        }
        tree.put("seed", seed);
        tree.put("rows", list);
        List<Object> s = new ArrayList<>();
        for (SgScaleBenchmark.Summary x : sums) {
          s.add(Map.of("family", x.family(), "exponent", x.exponent(), "largest_n_within_60s",
              x.largestWithin60s(), "largest_n_within_600s", x.largestWithin600s()));
        }
        tree.put("summary", s);
        out.print(Json.pretty(tree));
      }
      default -> {
        TextTable t = new TextTable("family", "N", "arcs", "status", "time (s)", "rounds",
            "cuts", "proofs", "master/search/proof (s)", "plain loop (s)", "ratio",
            "previous (s)", "ratio");
        for (Row r : rows) {
          String split = r.split() == null ? "-" : String.format(Locale.ROOT, "%.1f/%.1f/%.1f",
              r.split().masterSeconds(), r.split().searchSeconds(), r.split().exactSeconds());
          t.row(r.family(), r.n(), r.arcs(), r.scalable().status(),
              SgScaleBenchmark.seconds(r.scalable()), r.scalable().iterations(),
              r.scalable().cuts(), r.scalable().exact(), split,
              SgScaleBenchmark.seconds(r.plain()), SgScaleBenchmark.ratio(r.plain(), r.scalable()),
              SgScaleBenchmark.seconds(r.classic()),
              SgScaleBenchmark.ratio(r.classic(), r.scalable()));
        }
        out.print("SG at scale (alpha 2, unstandardized beta 2, " + lossLabel(uncertainty)
            + ", delta 0;"
            + " seed " + seed + "); ratio = baseline time / scalable time, '>' = baseline"
            + " stopped at its limit, '-' = not run\n" + t.render());
        TextTable u = new TextTable("family", "growth exponent (N >= 100)",
            "largest N within 60 s", "largest N within 600 s");
        for (SgScaleBenchmark.Summary x : sums) {
          u.row(x.family(), String.format(Locale.ROOT, "%.2f", x.exponent()),
              x.largestWithin60s(), x.largestWithin600s());
        }
        out.print("\n" + u.render());
      }
    }
    out.flush();
    return 0;
  }

  private static Double split(Row r, int k) {
    if (r.split() == null) {
      return null;
    }
    return k == 0 ? r.split().masterSeconds() : k == 1 ? r.split().searchSeconds()
        : r.split().exactSeconds();
  }

  private static Map<String, Object> run(Run r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", r.status());
    m.put("seconds", r.seconds());
    m.put("iterations", r.iterations());
    m.put("cuts", r.cuts());
    m.put("exact_separations", r.exact());
    m.put("cost", Double.isNaN(r.cost()) ? null : r.cost());
    return m;
  }
}
