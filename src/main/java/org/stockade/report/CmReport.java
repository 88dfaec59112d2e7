package org.stockade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.costmin.CmProblem;
import org.stockade.costmin.CmResult;
import org.stockade.costmin.CmScenario;
import org.stockade.costmin.CmVerifier;
import org.stockade.costmin.CostModel;
import org.stockade.model.Network;
import org.stockade.model.Product;

/**
 * Output of {@code stockade solve --model cm}: inventory per product, holding cost, worst-case
 * recourse cost, total, bounds and gap, status, binding worst cases and the verification, as a
 * table, JSON or CSV.
 */
public final class CmReport {
  private final CmProblem problem;
  private final CmResult result;
  private final String design;
  private final CmVerifier.Report verification;

  public CmReport(CmProblem problem, CmResult result, String design,
      CmVerifier.Report verification) {
    this.problem = problem;
    this.result = result;
    this.design = design;
    this.verification = verification;
  }

  /** One line describing the costs. */
  public static String costSummary(CmProblem p) {
    CostModel c = p.costs();
    String s = "underage " + Fmt.num(c.underage(), 4) + ", overage " + Fmt.num(c.overage(), 4)
        + ", production " + Fmt.num(c.production(), 4);
    if (!c.isUniform()) {
      s += " (overrides: " + c.underageByProduct().size() + " underage, "
          + c.overageByProduct().size() + " overage, " + c.productionByArc().size() + " arcs)";
    }
    return s + "; loss cap " + (p.hasLossCap() ? Fmt.num(p.lossCap(), 4) : "none");
  }

  public String table(int maxScenarios) {
    Network n = problem.network();
    StringBuilder sb = new StringBuilder();
    sb.append("Cost-minimization (CM) robust inventory: min h.r + max over U of recourse cost\n");
    sb.append("network   ").append(n.name()).append(" (").append(n.plantCount())
        .append(" plants, ").append(n.productCount()).append(" products, ")
        .append(n.arcs().size()).append(" arcs, design ").append(design).append(")\n");
    sb.append("set       ").append(problem.uncertainty().summary()).append('\n');
    sb.append("costs     ").append(costSummary(problem)).append('\n');
    sb.append("status    ").append(result.status()).append(" (").append(result.message())
        .append(")\n");
    if (result.hasSolution()) {
      sb.append("total     ").append(Fmt.num(result.totalCost(), 4)).append(" = holding ")
          .append(Fmt.num(result.holdingCost(), 4)).append(" + worst-case recourse ")
          .append(Fmt.num(result.worstCaseCost(), 4)).append('\n');
    }
    sb.append("bounds    [").append(Fmt.num(result.lowerBound(), 4)).append(", ")
        .append(Fmt.num(result.upperBound(), 4)).append("], gap ")
        .append(Fmt.num(100 * result.gap(), 6)).append("%\n");
    sb.append("effort    ").append(result.iterations()).append(" rounds, ")
        .append(result.scenarios()).append(" scenarios, ").append(result.subproblems())
        .append(" exact max-min MILPs, ").append(Fmt.num(result.millis() / 1000, 2))
        .append(" s\n");
    if (result.hasSolution()) {
      double[] r = result.inventory();
      double[] u = problem.costs().underage(n);
      double[] o = problem.costs().overage(n);
      TextTable t = new TextTable("product", "group", "mu (units)", "sigma (units)",
          "h ($/unit)", "u ($/unit)", "o ($/unit)", "inventory (units)");
      for (int j = 0; j < n.productCount(); j++) {
        Product p = n.product(j);
        t.row(p.id(), p.group() == null ? "" : p.group(), Fmt.num(p.mu(), 2),
            Fmt.num(p.sigma(), 2), Fmt.num(p.holdingCost(), 3), Fmt.num(u[j], 3),
            Fmt.num(o[j], 3), Fmt.num(r[j], 3));
      }
      sb.append('\n').append(t.render());
      List<CmScenario> b = result.binding();
      sb.append("\nbinding worst cases (").append(b.size()).append(", recourse cost at r):\n");
      sb.append("(units: units of product; $: the currency of the input's costs)\n");
      TextTable s = new TextTable("#", "recourse cost ($)", "lost sales (units)",
          "left over (units)",
          "demand above mean", "plants below nominal");
      for (int k = 0; k < Math.min(maxScenarios, b.size()); k++) {
        CmScenario sc = b.get(k);
        s.row(String.valueOf(k + 1), Fmt.num(sc.recourseCost(), 3), Fmt.num(sc.lostSales(), 3),
            Fmt.num(sc.excess(), 3), above(n, sc.demand()), below(n, sc.capacity()));
      }
      sb.append(s.render());
      if (b.size() > maxScenarios) {
        sb.append("(").append(b.size() - maxScenarios).append(" more; --scenarios N)\n");
      }
    }
    if (verification != null) {
      sb.append("\nverify    ").append(verification.ok() ? "OK" : "FAILED").append(" (")
          .append(verification.method()).append(")\n");
      for (String p : verification.problems()) {
        sb.append("  problem: ").append(p).append('\n');
      }
    }
    return sb.toString();
  }

  private static String above(Network n, double[] d) {
    List<String> ids = new ArrayList<>();
    for (int j = 0; j < d.length; j++) {
      if (d[j] > n.product(j).mu() + 1e-6 * Math.max(1, n.product(j).mu())) {
        ids.add(n.product(j).id());
      }
    }
    return ids.isEmpty() ? "-" : String.join(" ", ids);
  }

  private static String below(Network n, double[] c) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < c.length; i++) {
      double c0 = n.plant(i).capacity();
      if (c[i] < c0 - 1e-6 * c0) {
        ids.add(n.plant(i).id() + "=" + Fmt.num(c[i], 1));
      }
    }
    return ids.isEmpty() ? "-" : String.join(" ", ids);
  }

  public String csv() {
    Csv csv = new Csv("product", "group", "mu", "sigma", "holding_cost", "underage", "overage",
        "inventory");
    if (result.hasSolution()) {
      Network n = problem.network();
      double[] r = result.inventory();
      double[] u = problem.costs().underage(n);
      double[] o = problem.costs().overage(n);
      for (int j = 0; j < n.productCount(); j++) {
        Product p = n.product(j);
        csv.row(p.id(), p.group(), p.mu(), p.sigma(), p.holdingCost(), u[j], o[j], r[j]);
      }
    }
    return csv.toString();
  }

  public Map<String, Object> tree() {
    Network n = problem.network();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("model", "cm");
    root.put("status", result.status().name());
    root.put("message", result.message());
    root.put("network", n.name());
    root.put("design", design);
    root.put("units", Json.inventoryUnits(false));
    root.put("uncertainty", Json.uncertainty(problem.uncertainty()));
    Map<String, Object> costs = new LinkedHashMap<>();
    costs.put("underage", problem.costs().underage());
    costs.put("overage", problem.costs().overage());
    costs.put("production", problem.costs().production());
    costs.put("underage_by_product", problem.costs().underageByProduct());
    costs.put("overage_by_product", problem.costs().overageByProduct());
    costs.put("production_arcs", problem.costs().productionByArc().size());
    costs.put("loss_cap", problem.hasLossCap() ? problem.lossCap() : null);
    root.put("costs", costs);
    if (result.hasSolution()) {
      root.put("holding_cost", result.holdingCost());
      root.put("worst_case_cost", result.worstCaseCost());
      root.put("total_cost", result.totalCost());
    }
    root.put("lower_bound", result.lowerBound());
    root.put("upper_bound", Json.finite(result.upperBound()));
    root.put("gap", Json.finite(result.gap()));
    root.put("iterations", result.iterations());
    root.put("scenarios", result.scenarios());
    root.put("subproblems", result.subproblems());
    root.put("millis", result.millis());
    if (result.hasSolution()) {
      List<Object> inv = new ArrayList<>();
      double[] r = result.inventory();
      for (int j = 0; j < r.length; j++) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("product", n.product(j).id());
        e.put("inventory", r[j]);
        inv.add(e);
      }
      root.put("inventory", inv);
      List<Object> sc = new ArrayList<>();
      for (CmScenario s : result.binding()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("recourse_cost", s.recourseCost());
        e.put("lost_sales", s.lostSales());
        e.put("left_over", s.excess());
        e.put("production_cost", s.productionCost());
        e.put("demand", Json.byId(s.demand(), j -> n.product(j).id()));
        e.put("capacity", Json.byId(s.capacity(), i -> n.plant(i).id()));
        sc.add(e);
      }
      root.put("binding", sc);
    }
    if (verification != null) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("ok", verification.ok());
      v.put("problems", verification.problems());
      v.put("method", verification.method());
      v.put("vertices", verification.vertices());
      v.put("brute_force_worst", Json.finite(verification.bruteForceWorst()));
      v.put("brute_force_optimum", Json.finite(verification.bruteForceOptimum()));
      root.put("verification", v);
    }
    return root;
  }

  public String json() {
    return Json.pretty(tree());
  }
}
