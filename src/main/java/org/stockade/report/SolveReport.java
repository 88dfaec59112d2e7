package org.stockade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.model.Network;
import org.stockade.model.Product;
import org.stockade.robust.BindingScenario;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.robust.Verification;

/** Renders an SG solve as a text table, JSON or CSV. */
public final class SolveReport {
  /** Up to this many products JSON certificates carry the full worst-case vectors. */
  static final int FULL_VECTORS_UP_TO = 200;

  private final SgProblem problem;
  private final SgResult result;
  private final String design;
  private final Verification verification;

  public SolveReport(SgProblem problem, SgResult result, String design, Verification verification) {
    this.problem = problem;
    this.result = result;
    this.design = design;
    this.verification = verification;
  }

  public String table(int maxScenarios) {
    Network n = problem.network();
    StringBuilder sb = new StringBuilder();
    sb.append("Stockade SG solve: ").append(n.name()).append('\n');
    sb.append("network   ").append(n.plantCount()).append(" plants, ").append(n.productCount())
        .append(" products, ").append(n.arcs().size()).append(" arcs (design: ").append(design)
        .append(")\n");
    sb.append("          ").append(problem.uncertainty().demand().summary()).append('\n');
    sb.append("          ").append(problem.uncertainty().capacity().summary()).append('\n');
    sb.append("          lost-sales allowance delta = ").append(Fmt.num(problem.delta(), 4))
        .append("\n\n");
    sb.append("status    ").append(result.status()).append(" (").append(result.message())
        .append(")\n");
    if (result.hasSolution()) {
      sb.append("cost      ").append(Fmt.num(result.cost(), 4)).append("   (lower bound ")
          .append(Fmt.num(result.lowerBound(), 4)).append(", gap ").append(Fmt.pct(result.gap()))
          .append(")\n");
      double share = Variability.highShare(n, result.inventory());
      if (!Double.isNaN(share)) {
        sb.append("share of inventory on high-variability products: ").append(Fmt.pct(share))
            .append('\n');
      }
    } else {
      sb.append("lower bound ").append(Fmt.num(result.lowerBound(), 4)).append('\n');
    }
    sb.append("solver    ").append(result.iterations()).append(" master LPs, ")
        .append(result.generatedSubsets()).append(" subsets generated, ")
        .append(result.exactSeparations()).append(" exact separations, ")
        .append(Fmt.num(result.millis(), 1)).append(" ms\n");
    appendVerification(sb, verification);
    if (!result.hasSolution()) {
      return sb.toString();
    }
    double[] r = result.inventory();
    boolean[] high = Variability.highVariability(n);
    sb.append('\n');
    TextTable t = new TextTable("product", "group", "mu (units)", "sigma (units)",
        "inventory (units)", "% of mu");
    for (int j = 0; j < n.productCount(); j++) {
      Product p = n.product(j);
      String group = p.group() != null ? p.group() : (high == null ? "" : high[j] ? "high" : "low");
      t.row(p.id(), group, Fmt.num(p.mu(), 2), Fmt.num(p.sigma(), 2), Fmt.num(r[j], 2),
          p.mu() > 0 ? Fmt.pct(r[j] / p.mu()) : "-");
    }
    t.row("total", "", "", "", Fmt.num(sum(r), 2), "");
    sb.append(t.render());
    sb.append("(units: units of product per period, as mu; cost = sum h_j r_j in the currency"
        + " of the input's holding costs)\n");
    List<BindingScenario> cert = result.certificate();
    if (!cert.isEmpty()) {
      sb.append("\nbinding worst cases (").append(cert.size()).append(", largest multiplier first")
          .append(cert.size() > maxScenarios ? "; showing " + maxScenarios : "").append(")\n");
      TextTable b = new TextTable("short products S", "plants A(S)", "sum d", "sum c", "g(S)",
          "r(S)", "y_S", "L(r,d,c)");
      for (BindingScenario s : cert.subList(0, Math.min(maxScenarios, cert.size()))) {
        double sd = 0;
        for (int j = s.products().nextSetBit(0); j >= 0; j = s.products().nextSetBit(j + 1)) {
          sd += s.demand()[j];
        }
        b.row(String.join(",", s.productIds()), String.join(",", s.plantIds()), Fmt.num(sd, 2),
            Fmt.num(sd - s.g(), 2), Fmt.num(s.g(), 2), Fmt.num(s.inventory(), 2),
            Fmt.num(s.multiplier(), 4), Fmt.num(s.lostSales(), 4));
      }
      sb.append(b.render());
      sb.append("(sum d: worst-case demand of S; sum c: worst-case capacity of A(S); L: lost sales"
          + " re-evaluated by max-flow at that worst case)\n");
    }
    return sb.toString();
  }

  public String csv() {
    Csv csv = new Csv("product", "group", "mu", "sigma", "inventory");
    if (result.hasSolution()) {
      Network n = problem.network();
      double[] r = result.inventory();
      for (int j = 0; j < n.productCount(); j++) {
        Product p = n.product(j);
        csv.row(p.id(), p.group(), p.mu(), p.sigma(), r[j]);
      }
    }
    return csv.toString();
  }

  public Map<String, Object> tree() {
    Network n = problem.network();
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> net = new LinkedHashMap<>();
    net.put("name", n.name());
    net.put("design", design);
    net.put("plants", n.plantCount());
    net.put("products", n.productCount());
    net.put("arcs", n.arcs().size());
    root.put("network", net);
    root.put("units", Json.inventoryUnits(false));
    root.put("uncertainty", Json.uncertainty(problem.uncertainty()));
    root.put("delta", problem.delta());
    root.put("status", result.status().name());
    root.put("message", result.message());
    root.put("cost", result.hasSolution() ? result.cost() : null);
    root.put("lower_bound", finite(result.lowerBound()));
    root.put("gap", finite(result.gap()));
    root.put("iterations", result.iterations());
    root.put("generated_subsets", result.generatedSubsets());
    root.put("exact_separations", result.exactSeparations());
    root.put("millis", result.millis());
    if (result.hasSolution()) {
      double[] r = result.inventory();
      root.put("high_variability_share", finite(Variability.highShare(n, r)));
      List<Object> inv = new ArrayList<>();
      for (int j = 0; j < n.productCount(); j++) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("product", n.product(j).id());
        e.put("group", n.product(j).group());
        e.put("mu", n.product(j).mu());
        e.put("sigma", n.product(j).sigma());
        e.put("inventory", r[j]);
        inv.add(e);
      }
      root.put("inventory", inv);
      List<Object> cert = new ArrayList<>();
      for (BindingScenario s : result.certificate()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("products", s.productIds());
        e.put("plants", s.plantIds());
        e.put("g", s.g());
        e.put("inventory", s.inventory());
        e.put("multiplier", s.multiplier());
        if (n.productCount() <= FULL_VECTORS_UP_TO) {
          e.put("worst_case_demand", Json.byId(s.demand(), j -> n.product(j).id()));
          e.put("worst_case_capacity", Json.byId(s.capacity(), i -> n.plant(i).id()));
        } else {
          // O(N) scenarios x O(N) entries would make the file O(N^2); keep what decides g(S)
          e.put("worst_case_demand", Json.byId(s.demand(), j -> n.product(j).id(),
              s.products()));
          e.put("worst_case_capacity", Json.byId(s.capacity(), i -> n.plant(i).id(),
              s.plants()));
          e.put("worst_case_vectors", "restricted to S and A(S) above " + FULL_VECTORS_UP_TO
              + " products; the library's BindingScenario has the full vectors");
        }
        e.put("lost_sales_maxflow", s.lostSales());
        e.put("min_cut_products", s.minCutProducts());
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

  private static Double finite(double v) {
    return Json.finite(v);
  }

  private static double sum(double[] r) {
    double s = 0;
    for (double x : r) {
      s += x;
    }
    return s;
  }

  /**
   * The {@code verify} line of the SG and m-SG text reports (ok, method, max violation, dual
   * bound) and one line per problem found; nothing when {@code v} is null.
   */
  static void appendVerification(StringBuilder sb, Verification v) {
    if (v == null) {
      return;
    }
    sb.append("verify    ").append(v.ok() ? "OK" : "FAILED").append(" (").append(v.method())
        .append("; max violation ").append(Fmt.num(Math.max(0, v.maxViolation()), 6))
        .append(", dual bound ").append(Fmt.num(v.dualLowerBound(), 4)).append(")\n");
    for (String p : v.problems()) {
      sb.append("          ! ").append(p).append('\n');
    }
  }
}
