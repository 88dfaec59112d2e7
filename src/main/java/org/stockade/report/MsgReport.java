package org.stockade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.multistage.LayeredNetwork;
import org.stockade.multistage.MsgBindingCut;
import org.stockade.multistage.MsgProblem;
import org.stockade.multistage.MsgResult;
import org.stockade.multistage.Stage;
import org.stockade.multistage.StageNode;
import org.stockade.robust.Verification;

/** Renders a multi-stage (m-SG) solve as a text table, JSON or CSV. */
public final class MsgReport {
  private final MsgProblem problem;
  private final MsgResult result;
  private final Verification verification;

  public MsgReport(MsgProblem problem, MsgResult result, Verification verification) {
    this.problem = problem;
    this.result = result;
    this.verification = verification;
  }

  private String stageSizes() {
    List<String> parts = new ArrayList<>();
    for (Stage s : problem.network().stages()) {
      parts.add(s.name() + " " + s.nodes().size());
    }
    return String.join(" -> ", parts);
  }

  /** The capacity set's summary, with its plants called nodes (it spans all stages). */
  private String capacitySummary() {
    return problem.uncertainty().capacity().summary().replace("plant(s)", "capacitated node(s)");
  }

  public String table(int maxCuts) {
    LayeredNetwork n = problem.network();
    StringBuilder sb = new StringBuilder();
    sb.append("Stockade m-SG solve (multi-stage service guarantee): ").append(n.name())
        .append('\n');
    sb.append("network   ").append(n.stageCount()).append(" stages (").append(stageSizes())
        .append("), ").append(n.links().size()).append(" arcs; inventory allowed at ")
        .append(n.inventoryNodes().length).append(" nodes\n");
    sb.append("          ").append(problem.uncertainty().demand().summary()).append('\n');
    sb.append("          ").append(capacitySummary()).append(" (over ")
        .append(n.capacitatedCount()).append(" capacitated nodes of all stages)\n");
    sb.append("          lost-sales allowance delta = ").append(Fmt.num(problem.delta(), 4))
        .append("\n\n");
    sb.append("status    ").append(result.status()).append(" (").append(result.message())
        .append(")\n");
    if (result.hasSolution()) {
      sb.append("cost      ").append(Fmt.num(result.cost(), 4)).append("   (lower bound ")
          .append(Fmt.num(result.lowerBound(), 4)).append(", gap ").append(Fmt.pct(result.gap()))
          .append(")\n");
    } else {
      sb.append("lower bound ").append(Fmt.num(result.lowerBound(), 4)).append('\n');
    }
    sb.append("solver    ").append(result.iterations()).append(" master LPs, ")
        .append(result.generatedCuts()).append(" cuts generated, ")
        .append(result.exactSeparations()).append(" exact separations, solve time ")
        .append(Fmt.num(result.millis(), 1)).append(" ms\n");
    SolveReport.appendVerification(sb, verification);
    if (!result.hasSolution()) {
      return sb.toString();
    }
    double[] r = result.inventory();
    sb.append("\ninventory by stage\n");
    TextTable st = new TextTable("stage", "nodes", "with inventory", "units", "holding cost");
    double units = 0;
    for (int s = 0; s < n.stageCount(); s++) {
      int withInv = 0;
      double u = stageUnits(n, s, r);
      double c = 0;
      for (int v = n.stageStart(s); v < n.stageStart(s + 1); v++) {
        withInv += n.node(v).inventoryAllowed() ? 1 : 0;
        c += r[v] * n.node(v).holdingCost();
      }
      units += u;
      st.row(n.stages().get(s).name(), n.stageStart(s + 1) - n.stageStart(s), withInv,
          Fmt.num(u, 2), Fmt.num(c, 2));
    }
    st.row("total", n.nodeCount(), n.inventoryNodes().length, Fmt.num(units, 2),
        Fmt.num(result.cost(), 2));
    sb.append(st.render());
    sb.append("\ninventory per node (nodes where inventory is allowed)\n");
    TextTable t = new TextTable("node", "stage", "capacity (units)", "mu (units)",
        "sigma (units)", "h ($/unit)", "inventory (units)");
    for (int v : n.inventoryNodes()) {
      StageNode x = n.node(v);
      t.row(x.id(), n.stages().get(n.stageOf(v)).name(), Fmt.num(x.capacity(), 2),
          x.demand() == null ? "" : Fmt.num(x.demand().mu(), 2),
          x.demand() == null ? "" : Fmt.num(x.demand().sigma(), 2), Fmt.num(x.holdingCost(), 3),
          Fmt.num(r[v], 2));
    }
    sb.append(t.render());
    List<MsgBindingCut> cert = result.certificate();
    if (!cert.isEmpty()) {
      sb.append("\nbinding worst cases (").append(cert.size())
          .append(" cuts, largest multiplier first")
          .append(cert.size() > maxCuts ? "; showing " + maxCuts : "").append(")\n");
      TextTable b = new TextTable("short products", "bottleneck nodes", "sum d", "sum c", "g",
          "r(B)", "y", "L(r,d,c)");
      for (MsgBindingCut c : cert.subList(0, Math.min(maxCuts, cert.size()))) {
        double sd = 0;
        for (int j = c.cut().products().nextSetBit(0); j >= 0;
            j = c.cut().products().nextSetBit(j + 1)) {
          sd += c.demand()[j];
        }
        b.row(String.join(",", c.shortProducts()), String.join(",", c.bottleneckNodes()),
            Fmt.num(sd, 2), Fmt.num(sd - c.g(), 2), Fmt.num(c.g(), 2), Fmt.num(c.inventory(), 2),
            Fmt.num(c.multiplier(), 4), Fmt.num(c.lostSales(), 4));
      }
      sb.append(b.render());
      sb.append("(bottleneck nodes: capacitated nodes on the cut, whose worst-case capacity is"
          + " sum c; r(B): inventory held on the short side; L: lost sales re-evaluated by"
          + " max-flow at that worst case)\n");
    }
    return sb.toString();
  }

  public String csv() {
    Csv csv = new Csv("node", "stage", "capacity", "holding_cost", "inventory_allowed",
        "inventory");
    if (result.hasSolution()) {
      LayeredNetwork n = problem.network();
      double[] r = result.inventory();
      for (int v = 0; v < n.nodeCount(); v++) {
        StageNode x = n.node(v);
        csv.row(x.id(), n.stages().get(n.stageOf(v)).name(),
            x.capacitated() ? (Object) x.capacity() : null, x.holdingCost(),
            x.inventoryAllowed(), r[v]);
      }
    }
    return csv.toString();
  }

  public Map<String, Object> tree() {
    LayeredNetwork n = problem.network();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("model", "m-SG");
    Map<String, Object> net = new LinkedHashMap<>();
    net.put("name", n.name());
    List<Object> stages = new ArrayList<>();
    for (Stage s : n.stages()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", s.name());
      e.put("nodes", s.nodes().size());
      stages.add(e);
    }
    net.put("stages", stages);
    net.put("nodes", n.nodeCount());
    net.put("arcs", n.links().size());
    root.put("network", net);
    root.put("units", Json.inventoryUnits(false));
    Map<String, Object> uncertainty = Json.uncertainty(problem.uncertainty());
    uncertainty.put("summary", problem.uncertainty().demand().summary() + "; "
        + capacitySummary());
    root.put("uncertainty", uncertainty);
    root.put("delta", problem.delta());
    root.put("status", result.status().name());
    root.put("message", result.message());
    root.put("cost", result.hasSolution() ? result.cost() : null);
    root.put("lower_bound", Json.finite(result.lowerBound()));
    root.put("gap", Json.finite(result.gap()));
    root.put("iterations", result.iterations());
    root.put("generated_cuts", result.generatedCuts());
    root.put("exact_separations", result.exactSeparations());
    root.put("millis", result.millis());
    if (result.hasSolution()) {
      double[] r = result.inventory();
      List<Object> inv = new ArrayList<>();
      for (int v = 0; v < n.nodeCount(); v++) {
        StageNode x = n.node(v);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("node", x.id());
        e.put("stage", n.stages().get(n.stageOf(v)).name());
        e.put("inventory_allowed", x.inventoryAllowed());
        e.put("holding_cost", x.holdingCost());
        e.put("inventory", r[v]);
        inv.add(e);
      }
      root.put("inventory", inv);
      Map<String, Double> byStage = new LinkedHashMap<>();
      for (int s = 0; s < n.stageCount(); s++) {
        byStage.put(n.stages().get(s).name(), stageUnits(n, s, r));
      }
      root.put("inventory_by_stage", byStage);
      List<Object> cert = new ArrayList<>();
      for (MsgBindingCut c : result.certificate()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("short_products", c.shortProducts());
        e.put("bottleneck_nodes", c.bottleneckNodes());
        e.put("inventory_nodes", c.inventoryNodes());
        e.put("short_nodes", n.ids(c.cut().shortNodes()));
        e.put("starved_nodes", n.ids(c.cut().starvedNodes()));
        e.put("g", c.g());
        e.put("inventory", c.inventory());
        e.put("multiplier", c.multiplier());
        e.put("worst_case_demand", Json.byId(c.demand(), j -> n.id(n.productNode(j))));
        e.put("worst_case_capacity", Json.byId(c.capacity(),
            k -> n.id(n.capacitatedNode(k))));
        e.put("lost_sales_maxflow", c.lostSales());
        e.put("min_cut_short_nodes", c.minCutShortNodes());
        cert.add(e);
      }
      root.put("certificate", cert);
    }
    if (verification != null) {
      root.put("verification", Json.verification(verification));
    }
    return root;
  }

  public String json() {
    return Json.pretty(tree());
  }

  /** Inventory units held at the nodes of stage {@code s}. */
  private static double stageUnits(LayeredNetwork n, int s, double[] r) {
    double u = 0;
    for (int v = n.stageStart(s); v < n.stageStart(s + 1); v++) {
      u += r[v];
    }
    return u;
  }
}
