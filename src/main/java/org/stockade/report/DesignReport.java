package org.stockade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.flexdesign.CandidateArc;
import org.stockade.flexdesign.DesignFrontier;
import org.stockade.flexdesign.DesignProblem;
import org.stockade.flexdesign.DesignResult;
import org.stockade.model.Network;
import org.stockade.robust.Verification;

/** Renders a joint design solve, or a frontier of them, as a table, JSON or CSV. */
public final class DesignReport {
  private DesignReport() {}

  /** The report of one solve; {@code v} may be null (not verified). */
  public static String single(DesignProblem p, DesignResult r, Verification v, String format) {
    return switch (format) {
      case "json" -> Json.pretty(tree(p, r, v));
      case "csv" -> csv(p, r);
      default -> table(p, r, v);
    };
  }

  private static String table(DesignProblem p, DesignResult r, Verification v) {
    Network n = p.network();
    StringBuilder sb = new StringBuilder();
    sb.append("Stockade design: ").append(n.name()).append('\n');
    sb.append("network   ").append(n.plantCount()).append(" plants, ").append(n.productCount())
        .append(" products, ").append(n.arcs().size()).append(" existing arcs, ")
        .append(p.candidates().size()).append(" candidate arcs").append(limits(p)).append('\n');
    sb.append("          ").append(p.base().uncertainty().summary()).append("; delta ")
        .append(Fmt.num(p.base().delta(), 4)).append("\n\n");
    sb.append("status    ").append(r.status()).append(" (").append(r.message()).append(")\n");
    if (!r.hasSolution()) {
      return sb.toString();
    }
    sb.append("total     ").append(Fmt.num(r.cost(), 6)).append(" = arcs ")
        .append(Fmt.num(r.arcCost(), 6)).append(" + inventory ")
        .append(Fmt.num(r.inventoryCost(), 6)).append('\n');
    sb.append("bound     ").append(Fmt.num(r.lowerBound(), 6)).append("   (gap ")
        .append(Fmt.pct(r.gap())).append(")\n");
    if (!Double.isNaN(r.greedyCost())) {
      sb.append("greedy    ").append(Fmt.num(r.greedyCost(), 6)).append('\n');
    }
    sb.append("solver    ").append(r.rounds()).append(" master MILPs, ").append(r.cuts())
        .append(" cuts, ").append(r.sgSolves()).append(" SG solves, ")
        .append(Fmt.num(r.millis() / 1000, 3)).append(" s\n");
    if (v != null) {
      sb.append("verify    ").append(v.ok() ? "OK (" + v.method() + ")"
          : "FAILED: " + String.join("; ", v.problems())).append('\n');
    }
    List<String> arcs = new ArrayList<>();
    for (int k : r.chosen()) {
      arcs.add(p.label(k));
    }
    sb.append("\narcs added (").append(arcs.size()).append("): ")
        .append(arcs.isEmpty() ? "none" : String.join(", ", arcs)).append("\n\n");
    TextTable t = new TextTable("product", "mu (units)", "inventory (units)");
    double[] inv = r.inventory();
    for (int j = 0; j < n.productCount(); j++) {
      t.row(n.product(j).id(), Fmt.num(n.product(j).mu(), 2), Fmt.num(inv[j], 2));
    }
    sb.append(t.render());
    return sb.toString();
  }

  private static String limits(DesignProblem p) {
    StringBuilder sb = new StringBuilder();
    if (p.maxArcs() != null) {
      sb.append(", at most ").append(p.maxArcs()).append(" added");
    }
    if (p.maxArcCost() != null) {
      sb.append(", arc budget ").append(Fmt.num(p.maxArcCost(), 6));
    }
    if (p.forced().length > 0) {
      sb.append(", ").append(p.forced().length).append(" forced");
    }
    return sb.toString();
  }

  static Map<String, Object> tree(DesignProblem p, DesignResult r, Verification v) {
    Network n = p.network();
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("network", n.name());
    t.put("status", r.status().name());
    t.put("message", r.message());
    t.put("candidates", p.candidates().size());
    t.put("max_arcs", p.maxArcs());
    t.put("max_arc_cost", p.maxArcCost());
    t.put("uncertainty", Json.uncertainty(p.base().uncertainty()));
    t.put("delta", p.base().delta());
    if (r.hasSolution()) {
      t.put("total_cost", r.cost());
      t.put("arc_cost", r.arcCost());
      t.put("inventory_cost", r.inventoryCost());
      t.put("lower_bound", r.lowerBound());
      t.put("gap", r.gap());
      t.put("greedy_cost", Json.finite(r.greedyCost()));
      List<Map<String, Object>> arcs = new ArrayList<>();
      for (int k : r.chosen()) {
        CandidateArc a = p.candidates().get(k);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("plant", n.plant(a.plant()).id());
        e.put("product", n.product(a.product()).id());
        e.put("cost", a.cost());
        arcs.add(e);
      }
      t.put("arcs_added", arcs);
      t.put("inventory", Json.byId(r.inventory(), j -> n.product(j).id()));
      List<Map<String, Object>> cert = new ArrayList<>();
      for (var b : r.certificate().certificate()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("products", b.productIds());
        e.put("plants", b.plantIds());
        e.put("g", b.g());
        e.put("multiplier", b.multiplier());
        e.put("lost_sales", b.lostSales());
        cert.add(e);
      }
      t.put("certificate", cert);
    } else {
      t.put("lower_bound", Json.finite(r.lowerBound()));
    }
    t.put("rounds", r.rounds());
    t.put("cuts", r.cuts());
    t.put("sg_solves", r.sgSolves());
    t.put("seconds", r.millis() / 1000);
    if (v != null) {
      t.put("verification", Json.verification(v));
    }
    return t;
  }

  private static String csv(DesignProblem p, DesignResult r) {
    Network n = p.network();
    Csv c = new Csv("kind", "plant", "product", "value");
    c.row("status", "", "", r.status().name());
    if (!r.hasSolution()) {
      return c.toString();
    }
    c.row("total_cost", "", "", r.cost());
    c.row("arc_cost", "", "", r.arcCost());
    c.row("inventory_cost", "", "", r.inventoryCost());
    c.row("lower_bound", "", "", r.lowerBound());
    c.row("gap", "", "", r.gap());
    for (int k : r.chosen()) {
      CandidateArc a = p.candidates().get(k);
      c.row("arc", n.plant(a.plant()).id(), n.product(a.product()).id(), a.cost());
    }
    double[] inv = r.inventory();
    for (int j = 0; j < inv.length; j++) {
      c.row("inventory", "", n.product(j).id(), inv[j]);
    }
    return c.toString();
  }

  /**
   * The frontier: one row per budget K with status, total/arc/inventory cost, bound, gap, the
   * arcs added and (when {@code ttsBudgetUnits} is given) the time-to-survive
   * {@code R / inventory}.
   */
  public static String frontier(DesignProblem p, List<DesignFrontier.Point> points,
      Double ttsBudgetUnits, String format) {
    Network n = p.network();
    List<String> cols = new ArrayList<>(List.of("max_arcs", "status", "arcs_added",
        "total_cost", "arc_cost", "inventory_cost", "lower_bound", "gap"));
    if (ttsBudgetUnits != null) {
      cols.add("tts_periods");
    }
    cols.add("arcs");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DesignFrontier.Point pt : points) {
      DesignResult r = pt.result();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("max_arcs", pt.budget());
      row.put("status", r.status().name());
      boolean ok = r.hasSolution();
      row.put("arcs_added", ok ? r.chosen().size() : null);
      row.put("total_cost", ok ? r.cost() : null);
      row.put("arc_cost", ok ? r.arcCost() : null);
      row.put("inventory_cost", ok ? r.inventoryCost() : null);
      row.put("lower_bound", Json.finite(r.lowerBound()));
      row.put("gap", ok ? r.gap() : null);
      if (ttsBudgetUnits != null) {
        row.put("tts_periods", ok && r.inventoryCost() > 0
            ? ttsBudgetUnits / r.inventoryCost() : null);
      }
      List<String> arcs = new ArrayList<>();
      if (ok) {
        for (int k : r.chosen()) {
          arcs.add(p.label(k));
        }
      }
      row.put("arcs", arcs);
      rows.add(row);
    }
    if (format.equals("json")) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("network", n.name());
      t.put("candidates", p.candidates().size());
      t.put("uncertainty", Json.uncertainty(p.base().uncertainty()));
      t.put("frontier", rows);
      return Json.pretty(t);
    }
    if (format.equals("csv")) {
      Csv c = new Csv(cols.toArray(String[]::new));
      for (Map<String, Object> row : rows) {
        Object[] cells = new Object[cols.size()];
        for (int k = 0; k < cells.length; k++) {
          Object v = row.get(cols.get(k));
          cells[k] = v instanceof List<?> l ? String.join(" ", l.stream().map(String::valueOf)
              .toList()) : v == null ? "" : v;
        }
        c.row(cells);
      }
      return c.toString();
    }
    StringBuilder sb = new StringBuilder();
    sb.append("Stockade design frontier: ").append(n.name()).append(" (")
        .append(p.candidates().size()).append(" candidate arcs)\n");
    sb.append("          ").append(p.base().uncertainty().summary()).append("\n\n");
    List<String> head = new ArrayList<>(List.of("max arcs", "status", "added", "total",
        "arcs", "inventory", "bound", "gap"));
    if (ttsBudgetUnits != null) {
      head.add("TTS (periods)");
    }
    TextTable t = new TextTable(head.toArray(String[]::new));
    for (Map<String, Object> row : rows) {
      List<Object> cells = new ArrayList<>();
      cells.add(row.get("max_arcs"));
      cells.add(row.get("status"));
      cells.add(cell(row.get("arcs_added")));
      cells.add(num(row.get("total_cost")));
      cells.add(num(row.get("arc_cost")));
      cells.add(num(row.get("inventory_cost")));
      cells.add(num(row.get("lower_bound")));
      cells.add(row.get("gap") == null ? "" : Fmt.pct((Double) row.get("gap")));
      if (ttsBudgetUnits != null) {
        cells.add(num(row.get("tts_periods")));
      }
      t.row(cells.toArray());
    }
    sb.append(t.render());
    for (Map<String, Object> row : rows) {
      sb.append("K = ").append(row.get("max_arcs")).append(": ")
          .append(((List<?>) row.get("arcs")).isEmpty() ? "no arcs added"
              : String.join(", ", ((List<?>) row.get("arcs")).stream().map(String::valueOf)
                  .toList())).append('\n');
    }
    return sb.toString();
  }

  private static String cell(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  private static String num(Object o) {
    return o == null ? "" : Fmt.num((Double) o, 6);
  }
}
