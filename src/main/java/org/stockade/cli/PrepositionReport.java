package org.stockade.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.report.Csv;
import org.stockade.report.Fmt;
import org.stockade.report.Json;
import org.stockade.report.TextTable;
import org.stockade.strategies.preposition.PrepositionOptions;
import org.stockade.strategies.preposition.PrepositionProblem;
import org.stockade.strategies.preposition.PrepositionResult;

/** The table, JSON and CSV reports of {@code stockade strategy preposition}. */
final class PrepositionReport {
  private PrepositionReport() {}

  /**
   * Relative difference of the two methods' objectives, or NaN unless both found a plan; they
   * agree when it is within the gap (each objective is within the gap of the optimum).
   */
  static double difference(PrepositionResult r) {
    if (r.runs().size() < 2 || r.runs().stream().anyMatch(x -> x.plan() == null)) {
      return Double.NaN;
    }
    double a = r.runs().get(0).objective();
    double b = r.runs().get(1).objective();
    return Math.abs(a - b) / Math.max(Math.max(Math.abs(a), Math.abs(b)), 1e-9);
  }

  static boolean agree(PrepositionResult r, PrepositionOptions o) {
    return difference(r) <= o.gap() * 1.01 + 1e-9;
  }

  private static String sizeName(PrepositionProblem p, PrepositionResult.Plan plan, int i) {
    return plan.sizeAt(i) < 0 ? "-" : p.sizesOf(i).get(plan.sizeAt(i)).name();
  }

  private static double capacity(PrepositionProblem p, PrepositionResult.Plan plan, int i) {
    return plan.sizeAt(i) < 0 ? 0 : p.sizesOf(i).get(plan.sizeAt(i)).capacity();
  }

  private static double volume(PrepositionProblem p, PrepositionResult.Plan plan, int i) {
    double v = 0;
    for (int k = 0; k < p.commodityCount(); k++) {
      v += p.commodity(k).volume() * plan.stock(i, k);
    }
    return v;
  }

  static String json(PrepositionResult r, PrepositionOptions o, long extensiveVariables) {
    PrepositionProblem p = r.problem();
    Map<String, Object> t = new LinkedHashMap<>();
    Map<String, Object> pr = new LinkedHashMap<>();
    pr.put("name", p.name());
    pr.put("locations", p.locationCount());
    pr.put("size_options", p.sizes().stream().mapToInt(List::size).sum());
    pr.put("commodities", p.commodities().stream().map(c -> c.name()).toList());
    pr.put("arcs", p.arcs().size());
    pr.put("scenarios", p.scenarioCount());
    pr.put("extensive_form_variables", extensiveVariables);
    t.put("problem", pr);
    t.put("units", Json.units("units of each commodity (volume in the units of its volume)",
        "one event", "currency of the costs"));
    t.put("generator_seed", r.seed());
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("gap", o.gap());
    op.put("time_limit_seconds", o.timeLimit() == null ? null : o.timeLimit().toMillis() / 1e3);
    op.put("threads", o.threads());
    t.put("options", op);
    List<Map<String, Object>> runs = new ArrayList<>();
    for (PrepositionResult.Run run : r.runs()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("method", run.method().label());
      m.put("status", run.status().name());
      m.put("objective", Json.finite(run.objective()));
      m.put("lower_bound", Json.finite(run.lowerBound()));
      m.put("gap", Json.finite(run.gap()));
      m.put("seconds", run.seconds());
      m.put("iterations", run.iterations());
      m.put("cuts", run.cuts());
      m.put("variables", run.variables());
      runs.add(m);
    }
    t.put("runs", runs);
    if (r.runs().size() > 1) {
      Map<String, Object> ag = new LinkedHashMap<>();
      ag.put("relative_difference", Json.finite(difference(r)));
      ag.put("agree", agree(r, o));
      t.put("agreement", ag);
    }
    if (r.plan() == null) {
      t.put("plan", null);
      return Json.pretty(t);
    }
    List<Map<String, Object>> fac = new ArrayList<>();
    for (int i = 0; i < p.locationCount(); i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("location", p.locations().get(i));
      m.put("size", r.plan().sizeAt(i) < 0 ? null : sizeName(p, r.plan(), i));
      m.put("capacity", capacity(p, r.plan(), i));
      m.put("volume_used", volume(p, r.plan(), i));
      Map<String, Object> st = new LinkedHashMap<>();
      for (int k = 0; k < p.commodityCount(); k++) {
        st.put(p.commodity(k).name(), r.plan().stock(i, k));
      }
      m.put("stock", st);
      fac.add(m);
    }
    t.put("plan", fac);
    PrepositionResult.CostSplit c = r.cost();
    Map<String, Object> cost = new LinkedHashMap<>();
    cost.put("fixed", c.fixed());
    cost.put("acquisition", c.acquisition());
    cost.put("shipping", c.shipping());
    cost.put("shortage", c.shortage());
    cost.put("surplus", c.surplus());
    cost.put("total", c.total());
    t.put("expected_cost", cost);
    List<Map<String, Object>> sc = new ArrayList<>();
    for (int s = 0; s < p.scenarioCount(); s++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("scenario", p.scenario(s).name());
      m.put("probability", p.scenario(s).probability());
      Map<String, Object> sh = new LinkedHashMap<>();
      Map<String, Object> dem = new LinkedHashMap<>();
      for (int k = 0; k < p.commodityCount(); k++) {
        sh.put(p.commodity(k).name(), c.shortageUnits()[s][k]);
        dem.put(p.commodity(k).name(), demand(p, s, k));
      }
      m.put("demand", dem);
      m.put("shortage", sh);
      m.put("recourse_cost", c.recourse()[s]);
      sc.add(m);
    }
    t.put("scenarios", sc);
    return Json.pretty(t);
  }

  private static double demand(PrepositionProblem p, int s, int k) {
    double d = 0;
    for (int i = 0; i < p.locationCount(); i++) {
      d += p.scenario(s).demand(i, k);
    }
    return d;
  }

  static String csv(PrepositionResult r) {
    PrepositionProblem p = r.problem();
    Csv csv = new Csv("location", "size", "capacity", "commodity", "stock");
    if (r.plan() == null) {
      return csv.toString();
    }
    for (int i = 0; i < p.locationCount(); i++) {
      for (int k = 0; k < p.commodityCount(); k++) {
        csv.row(p.locations().get(i), r.plan().sizeAt(i) < 0 ? "" : sizeName(p, r.plan(), i),
            capacity(p, r.plan(), i), p.commodity(k).name(), r.plan().stock(i, k));
      }
    }
    return csv.toString();
  }

  static String table(PrepositionResult r, PrepositionOptions o, long extensiveVariables) {
    PrepositionProblem p = r.problem();
    StringBuilder sb = new StringBuilder("Stockade pre-positioning: ").append(p.name())
        .append(": ").append(p.locationCount()).append(" locations, ")
        .append(p.sizes().stream().mapToInt(List::size).sum()).append(" size options, ")
        .append(p.commodityCount()).append(" commodities, ").append(p.arcs().size())
        .append(" arcs, ").append(p.scenarioCount()).append(" scenarios")
        .append(r.seed() == null ? "" : " (generated, seed " + r.seed() + ")")
        .append("; extensive form ").append(extensiveVariables).append(" variables\n\n");
    TextTable runs = new TextTable("method", "status", "objective", "lower bound", "gap",
        "time s", "iterations", "cuts");
    for (PrepositionResult.Run run : r.runs()) {
      runs.row(run.method().label(), run.status().name(), Fmt.num(run.objective(), 2),
          Fmt.num(run.lowerBound(), 2), Double.isNaN(run.gap()) ? "-" : String.format(java.util.Locale.ROOT, "%.1e", run.gap()), Fmt.num(run.seconds(), 2),
          Integer.toString(run.iterations()), Integer.toString(run.cuts()));
    }
    sb.append(runs.render());
    if (r.runs().size() > 1) {
      double d = difference(r);
      sb.append("agreement: objectives differ by ")
          .append(Double.isNaN(d) ? "-" : String.format(java.util.Locale.ROOT, "%.2e", d))
          .append(agree(r, o) ? " (within the gap " : " (NOT within the gap ")
          .append(Fmt.num(o.gap(), 9)).append(")\n");
    }
    if (r.plan() == null) {
      return sb.append("\nno plan found within the time limit\n").toString();
    }
    sb.append('\n');
    List<String> head = new ArrayList<>(List.of("location", "size", "capacity", "volume"));
    p.commodities().forEach(c -> head.add(c.name()));
    TextTable fac = new TextTable(head.toArray(String[]::new));
    for (int i = 0; i < p.locationCount(); i++) {
      List<String> row = new ArrayList<>(List.of(p.locations().get(i),
          sizeName(p, r.plan(), i), Fmt.num(capacity(p, r.plan(), i), 2),
          Fmt.num(volume(p, r.plan(), i), 2)));
      for (int k = 0; k < p.commodityCount(); k++) {
        row.add(Fmt.num(r.plan().stock(i, k), 2));
      }
      fac.row(row.toArray(String[]::new));
    }
    sb.append(fac.render()).append('\n');
    PrepositionResult.CostSplit c = r.cost();
    sb.append("expected cost  fixed ").append(Fmt.num(c.fixed(), 2))
        .append("  acquisition ").append(Fmt.num(c.acquisition(), 2))
        .append("  shipping ").append(Fmt.num(c.shipping(), 2))
        .append("  shortage ").append(Fmt.num(c.shortage(), 2))
        .append("  surplus ").append(Fmt.num(c.surplus(), 2))
        .append("  total ").append(Fmt.num(c.total(), 2)).append("\n\n");
    List<String> sh = new ArrayList<>(List.of("scenario", "probability"));
    p.commodities().forEach(x -> sh.add("short " + x.name()));
    sh.add("recourse cost");
    TextTable st = new TextTable(sh.toArray(String[]::new));
    for (int s = 0; s < p.scenarioCount(); s++) {
      List<String> row = new ArrayList<>(List.of(p.scenario(s).name(),
          Fmt.num(p.scenario(s).probability(), 4)));
      for (int k = 0; k < p.commodityCount(); k++) {
        double d = demand(p, s, k);
        double u = c.shortageUnits()[s][k];
        row.add(Fmt.num(u, 2) + (d > 0 ? " (" + Fmt.pct(u / d) + ")" : ""));
      }
      row.add(Fmt.num(c.recourse()[s], 2));
      st.row(row.toArray(String[]::new));
    }
    sb.append(st.render());
    return sb.toString();
  }
}
