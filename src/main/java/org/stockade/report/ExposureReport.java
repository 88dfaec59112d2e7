package org.stockade.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.exposure.ExposureResult;
import org.stockade.exposure.ScenarioResult;
import org.stockade.exposure.SupplyNetwork;
import org.stockade.report.chart.BarChartSpec;
import org.stockade.report.chart.Charts;
import org.stockade.report.chart.ScatterChartSpec;
import org.stockade.report.chart.Series;

/** Renders an {@link ExposureResult}: ranked table, JSON, CSV and charts. */
public final class ExposureReport {
  /** Bars in the REI chart. */
  static final int CHART_BARS = 25;

  private ExposureReport() {}

  public static String table(SupplyNetwork net, ExposureResult res, int top) {
    return table(net, res, top, null);
  }

  /** The ranked table, after a first row for the "nothing down" {@code baseline} if given. */
  public static String table(SupplyNetwork net, ExposureResult res, int top,
      ScenarioResult baseline) {
    List<ScenarioResult> rank = res.ranking();
    StringBuilder sb = new StringBuilder();
    sb.append("Stockade risk exposure: ").append(res.network()).append('\n');
    sb.append(net.size()).append(" nodes, ").append(net.edges().size()).append(" edges; ")
        .append(rank.size()).append(" scenarios in ").append(Fmt.num(res.seconds(), 2))
        .append(" s on ").append(res.threads()).append(" thread(s), ")
        .append(res.method().name().toLowerCase(java.util.Locale.ROOT)).append(" LPs (")
        .append(res.restrictedCount()).append(" answered on the affected part only)\n");
    sb.append("exposed (TTS < TTR): ").append(res.exposedCount()).append(" of ")
        .append(rank.size()).append("; max lost profit ").append(Fmt.num(res.maxLostProfit(), 2))
        .append(res.failedCount() > 0 ? "; FAILED: " + res.failedCount() : "").append("\n\n");
    TextTable t = new TextTable("rank", "disrupted", "lost profit ($)", "lost units", "REI",
        "TTS (time)", "TTR (time)", "exposed", "products lost (units)");
    if (baseline != null && baseline.solved()) {
      t.row("-", baseline.scenario().label(), Fmt.num(baseline.lostProfit(), 2),
          Fmt.num(baseline.lostUnits(), 2), "", tts(baseline),
          Fmt.num(baseline.scenario().ttr(), 3), "", products(baseline, 3));
    }
    int shown = top == 0 ? rank.size() : Math.min(top, rank.size());
    for (int k = 0; k < shown; k++) {
      ScenarioResult s = rank.get(k);
      if (!s.solved()) {
        t.row(k + 1, s.scenario().label(), "failed", "", "", "", Fmt.num(s.scenario().ttr(), 3),
            "", s.message());
        continue;
      }
      t.row(k + 1, s.scenario().label(), Fmt.num(s.lostProfit(), 2), Fmt.num(s.lostUnits(), 2),
          Fmt.num(s.rei(), 3), tts(s), Fmt.num(s.scenario().ttr(), 3), s.exposed() ? "YES" : "",
          products(s, 3));
    }
    sb.append(t.render());
    sb.append("($: the currency of the input's margins; time: the unit of the input's ttr)\n");
    if (shown < rank.size()) {
      sb.append("... ").append(rank.size() - shown).append(" more (--top 0 for all)\n");
    }
    return sb.toString();
  }

  public static String json(ExposureResult res, Long seed) {
    return json(res, seed, null);
  }

  /** JSON, with a "baseline" object (nothing down) when {@code baseline} is given. */
  public static String json(ExposureResult res, Long seed, ScenarioResult baseline) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("network", res.network());
    if (seed != null) {
      tree.put("seed", seed);
    }
    tree.put("method", res.method().name().toLowerCase(java.util.Locale.ROOT));
    tree.put("threads", res.threads());
    tree.put("seconds", res.seconds());
    tree.put("scenarios_count", res.scenarios().size());
    tree.put("exposed_count", res.exposedCount());
    tree.put("failed_count", res.failedCount());
    tree.put("max_lost_profit", res.maxLostProfit());
    tree.put("units", Json.units("units of product (per unit of time of the input)",
        "unit of time of the input's ttr (e.g. weeks)", "currency of the input's margins"));
    if (baseline != null && baseline.solved()) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("window", baseline.scenario().ttr());
      b.put("lost_profit", baseline.lostProfit());
      b.put("lost_units", baseline.lostUnits());
      b.put("tts", baseline.ttsUnbounded() ? "unbounded" : baseline.tts());
      b.put("lost_by_product", sorted(baseline));
      tree.put("baseline", b);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    int rank = 1;
    for (ScenarioResult s : res.ranking()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rank", rank++);
      m.put("disrupted", s.scenario().nodes());
      boolean hasTtr = Double.isFinite(s.scenario().ttr());
      m.put("ttr", hasTtr ? s.scenario().ttr() : null);
      m.put("solved", s.solved());
      if (s.solved()) {
        m.put("lost_profit", s.lostProfit());
        m.put("lost_units", s.lostUnits());
        m.put("rei", s.rei());
        m.put("tts", s.ttsUnbounded() ? "unbounded" : s.tts());
        if (hasTtr) {
          m.put("exposed", s.exposed());
        }
        m.put("lost_by_product", sorted(s));
      } else {
        m.put("message", s.message());
      }
      m.put("restricted_lp", s.restricted());
      m.put("lp_nodes", s.lpNodes());
      rows.add(m);
    }
    tree.put("scenarios", rows);
    return Json.pretty(tree);
  }

  public static String csv(ExposureResult res) {
    return csv(res, null);
  }

  /** CSV; the "nothing down" {@code baseline}, if given, is a first row with rank 0. */
  public static String csv(ExposureResult res, ScenarioResult baseline) {
    Csv csv = new Csv("rank", "disrupted", "ttr", "tts", "exposed", "lost_profit", "lost_units",
        "rei", "products_lost", "restricted_lp", "lp_nodes");
    List<ScenarioResult> rows = new ArrayList<>();
    if (baseline != null && baseline.solved()) {
      rows.add(baseline);
    }
    rows.addAll(res.ranking());
    int rank = baseline != null && baseline.solved() ? 0 : 1;
    for (ScenarioResult s : rows) {
      // products_lost: "id:units" items joined by ';' (';', ':' and '\\' inside ids escaped).
      List<String> lost = new ArrayList<>();
      for (Map.Entry<String, Double> e : sorted(s).entrySet()) {
        lost.add(Csv.escapeItem(e.getKey(), ':') + ":" + Csv.number(e.getValue()));
      }
      boolean ok = s.solved();
      String disrupted = s == baseline ? s.scenario().label()
          : Csv.list(s.scenario().nodes(), '+');
      csv.row(rank++, disrupted, s.scenario().ttr(),
          !ok ? null : s.ttsUnbounded() ? "unbounded" : (Object) s.tts(),
          ok && s != baseline && Double.isFinite(s.scenario().ttr()) ? (Object) s.exposed()
              : null,
          ok ? (Object) s.lostProfit() : null, ok ? (Object) s.lostUnits() : null,
          ok && !Double.isNaN(s.rei()) ? (Object) s.rei() : null, Csv.list(lost, ';'),
          s.restricted(), s.lpNodes());
    }
    return csv.toString();
  }

  /**
   * The REI ranking (top {@value #CHART_BARS} bars) and the TTS-vs-TTR scatter with exposed
   * scenarios highlighted; unbounded TTS is drawn at 1.1 times the largest finite value.
   */
  public static List<Path> charts(ExposureResult res, Path dir) {
    List<ScenarioResult> rank = res.ranking().stream().filter(ScenarioResult::solved).toList();
    List<Path> out = new ArrayList<>();
    if (rank.isEmpty()) {
      return out;
    }
    List<ScenarioResult> bars = rank.subList(0, Math.min(CHART_BARS, rank.size()));
    List<String> cats = bars.stream().map(s -> s.scenario().label()).toList();
    double[] rei = bars.stream().mapToDouble(ScenarioResult::rei).toArray();
    out.addAll(Charts.writeBar(new BarChartSpec("Risk exposure index: " + res.network()
        + (bars.size() < rank.size() ? " (top " + bars.size() + " of " + rank.size() + ")" : ""),
        "disrupted", "REI = lost profit / max lost profit", cats,
        List.of(new Series("REI", null, rei))), dir, "exposure-rei"));
    double cap = 0;
    for (ScenarioResult s : rank) {
      cap = Math.max(cap, s.scenario().ttr());
      if (!s.ttsUnbounded()) {
        cap = Math.max(cap, s.tts());
      }
    }
    cap = cap * 1.1 + (cap == 0 ? 1 : 0);
    List<Series> series = new ArrayList<>();
    for (boolean exposed : new boolean[] {true, false}) {
      List<ScenarioResult> pts = rank.stream().filter(s -> s.exposed() == exposed).toList();
      if (!pts.isEmpty()) {
        double c = cap;
        series.add(new Series(exposed ? "exposed (TTS < TTR)" : "not exposed",
            pts.stream().mapToDouble(s -> s.scenario().ttr()).toArray(),
            pts.stream().mapToDouble(s -> s.ttsUnbounded() ? c : s.tts()).toArray()));
      }
    }
    boolean anyUnbounded = rank.stream().anyMatch(ScenarioResult::ttsUnbounded);
    out.addAll(Charts.writeScatter(new ScatterChartSpec("Time-to-survive vs time-to-recover: "
        + res.network(), "TTR (time to recover)", "TTS (time to survive)"
        + (anyUnbounded ? "; unbounded drawn at " + Fmt.num(cap, 2) : ""), series, true), dir,
        "exposure-tts-ttr"));
    return out;
  }

  private static String tts(ScenarioResult s) {
    return s.ttsUnbounded() ? "unbounded" : Fmt.num(s.tts(), 3);
  }

  private static Map<String, Double> sorted(ScenarioResult s) {
    Map<String, Double> m = new LinkedHashMap<>();
    s.lostByProduct().entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> m.put(e.getKey(), e.getValue()));
    return m;
  }

  private static String products(ScenarioResult s, int max) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Double> e : sorted(s).entrySet()) {
      if (parts.size() == max) {
        parts.add("+" + (s.lostByProduct().size() - max) + " more");
        break;
      }
      parts.add(e.getKey() + " " + Fmt.num(e.getValue(), 1));
    }
    return String.join(", ", parts);
  }
}
