package org.stockade.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockade.report.Csv;
import org.stockade.report.Fmt;
import org.stockade.report.Json;
import org.stockade.report.TextTable;
import org.stockade.strategies.suppliers.MonteCarloCheck;
import org.stockade.strategies.suppliers.NewsvendorResult;
import org.stockade.strategies.suppliers.Selection;
import org.stockade.strategies.suppliers.SelectionResult;
import org.stockade.strategies.suppliers.Supplier;
import org.stockade.strategies.suppliers.SupplierProblem;

/** JSON, CSV and table reports of {@link SuppliersCommand}. */
final class SuppliersOutput {
  private SuppliersOutput() {}

  private static Map<String, Object> problem(SupplierProblem p) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("demand_mean", p.demandMean());
    t.put("demand_sd", p.demandSd());
    t.put("payment", p.payment().label());
    t.put("alpha", Json.finite(p.alpha()));
    t.put("holding_cost", Json.finite(p.holdingCost()));
    t.put("shortage_cost", Json.finite(p.shortageCost()));
    t.put("price", Json.finite(p.price()));
    t.put("salvage", Json.finite(p.salvage()));
    t.put("suppliers", p.size());
    return t;
  }

  private static List<String> used(SupplierProblem p, double[] q) {
    List<String> u = new ArrayList<>();
    for (int i = 0; i < q.length; i++) {
      if (q[i] > 0) {
        u.add(p.supplier(i).name());
      }
    }
    return u;
  }

  private static Map<String, Object> plan(SupplierProblem p, Selection s) {
    if (s == null) {
      return null;
    }
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("suppliers_used", used(p, s.orders()));
    t.put("total_cost", s.total());
    t.put("fixed_cost", s.fixedCost());
    t.put("procurement_cost", s.procurementCost());
    t.put("expected_penalty", s.penalty());
    t.put("threshold", s.threshold());
    t.put("clt_service_level", s.cltService());
    return t;
  }

  static Map<String, Object> tree(SelectionResult r, MonteCarloCheck mc) {
    SupplierProblem p = r.problem();
    Selection b = r.best();
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("model", r.model());
    t.put("problem", problem(p));
    t.put("units", Json.units("units of product", "one period", "currency of the costs"));
    t.put("optimal", plan(p, b));
    t.put("method", r.enumerated() ? "enumeration of all subsets" : "greedy over prefixes");
    t.put("subsets_evaluated", r.subsets());
    List<String> ord = new ArrayList<>();
    for (int i : r.ordering()) {
      ord.add(p.supplier(i).name());
    }
    t.put("cheapest_first_ordering", ord);
    t.put("greedy", plan(p, r.greedy()));
    t.put("greedy_gap", Json.finite(r.greedyGap()));
    t.put("greedy_exact_by_theory", r.greedyExactByTheory());
    List<Object> pre = new ArrayList<>();
    for (int k = 0; k < r.prefixes().size(); k++) {
      Selection s = r.prefixes().get(k);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("k", k + 1);
      m.put("feasible", s != null);
      m.put("total_cost", s == null ? null : s.total());
      m.put("suppliers_used", s == null ? List.of() : used(p, s.orders()));
      pre.add(m);
    }
    t.put("prefixes", pre);
    List<Object> sup = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      Supplier s = p.supplier(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("supplier", s.name());
      m.put("effective_cost", s.effectiveCost(p.payment()));
      m.put("unit_cost", s.unitCost());
      m.put("fixed_cost", s.fixedCost());
      m.put("yield_mean", s.yieldMean());
      m.put("yield_sd", s.yieldSd());
      m.put("order", b.orders()[i]);
      m.put("expected_delivery", b.expectedDelivery()[i]);
      m.put("used", b.uses(i));
      sup.add(m);
    }
    t.put("suppliers", sup);
    t.put("monte_carlo", SuppliersCommand.monteCarlo(mc, "cost"));
    return t;
  }

  static String csv(SelectionResult r) {
    SupplierProblem p = r.problem();
    Csv c = new Csv("supplier", "effective_cost", "fixed_cost", "yield_mean", "yield_sd", "order",
        "expected_delivery", "used");
    for (int i = 0; i < p.size(); i++) {
      Supplier s = p.supplier(i);
      c.row(s.name(), s.effectiveCost(p.payment()), s.fixedCost(), s.yieldMean(), s.yieldSd(),
          r.best().orders()[i], r.best().expectedDelivery()[i], r.best().uses(i));
    }
    return c.toString();
  }

  static String table(SelectionResult r, MonteCarloCheck mc) {
    SupplierProblem p = r.problem();
    Selection b = r.best();
    boolean service = r.model().equals("service");
    StringBuilder sb = new StringBuilder("Stockade supplier selection, ")
        .append(service ? "service model (Federgruen & Yang 2008, CLT): P(supply >= demand) >= "
            + Fmt.num(p.alpha(), 6) : "total-cost model (Federgruen & Yang, normal approx.): h = "
            + Fmt.num(p.holdingCost(), 6) + ", p = " + Fmt.num(p.shortageCost(), 6))
        .append("\ndemand N(").append(Fmt.num(p.demandMean(), 6)).append(", sd ")
        .append(Fmt.num(p.demandSd(), 6)).append("), pay per ").append(p.payment().label())
        .append(" unit\n\n");
    sb.append("suppliers used     ").append(String.join(", ", used(p, b.orders())))
        .append(r.enumerated() ? "  (enumeration of " + r.subsets() + " subsets)"
            : "  (greedy; over " + org.stockade.strategies.suppliers.SupplierSelection.ENUMERATE_MAX
            + " suppliers, no enumeration)").append('\n');
    sb.append("total cost         ").append(Fmt.num(b.total(), 6)).append(" = fixed ")
        .append(Fmt.num(b.fixedCost(), 6)).append(" + procurement ")
        .append(Fmt.num(b.procurementCost(), 6));
    if (!service) {
      sb.append(" + holding/shortage ").append(Fmt.num(b.penalty(), 6));
    }
    sb.append('\n');
    sb.append("threshold          ").append(Fmt.num(b.threshold(), 6))
        .append(" (a supplier of the set is used iff its effective cost is below)\n");
    sb.append("CLT service level  ").append(Fmt.num(b.cltService(), 6)).append('\n');
    if (mc != null) {
      sb.append("Monte Carlo        service ").append(Fmt.num(mc.serviceLevel(), 6))
          .append(" +- ").append(Fmt.num(mc.serviceHalfWidth(), 5)).append(", cost ")
          .append(Fmt.num(mc.mean(), 6)).append(" +- ").append(Fmt.num(mc.meanHalfWidth(), 2))
          .append(" (95%; ").append(mc.samples()).append(" draws, Beta yields, seed ")
          .append(mc.seed()).append(")\n");
    }
    sb.append("greedy (cheapest first) ");
    if (r.greedy() == null) {
      sb.append("found no feasible prefix\n");
    } else {
      sb.append(Fmt.num(r.greedy().total(), 6)).append(r.enumerated() ? ", gap "
          + Fmt.num(r.greedyGap(), 6) : "").append(r.greedyExactByTheory()
          ? " (exact here: zero fixed costs or a dominance chain)" : "").append('\n');
    }
    sb.append('\n');
    TextTable t = new TextTable("supplier", "eff. cost", "fixed", "yield mean", "yield sd",
        "order Q", "E[delivery]");
    for (int i : r.ordering()) {
      Supplier s = p.supplier(i);
      t.row(s.name(), Fmt.num(s.effectiveCost(p.payment()), 6), Fmt.num(s.fixedCost(), 6),
          Fmt.num(s.yieldMean(), 4), Fmt.num(s.yieldSd(), 4), Fmt.num(b.orders()[i], 6),
          Fmt.num(b.expectedDelivery()[i], 6));
    }
    sb.append(t.render());
    return sb.toString();
  }

  static Map<String, Object> tree(NewsvendorResult r, MonteCarloCheck mc) {
    SupplierProblem p = r.problem();
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("model", "newsvendor");
    t.put("problem", problem(p));
    t.put("units", Json.units("units of product", "one period", "currency of the costs"));
    t.put("expected_profit", r.expectedProfit());
    t.put("expected_payment", r.expectedPayment());
    t.put("suppliers_used", used(p, r.orders()));
    t.put("cost_precedes_reliability", r.costPrecedesReliability());
    t.put("capacity_scenarios", r.scenarios());
    t.put("cells_searched", r.cells());
    List<Object> sup = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      Supplier s = p.supplier(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("supplier", s.name());
      m.put("unit_cost", s.unitCost());
      m.put("reliability", s.capacity().reliability());
      m.put("order", r.orders()[i]);
      m.put("expected_delivery", r.expectedDelivery()[i]);
      m.put("used", r.uses(i));
      sup.add(m);
    }
    t.put("suppliers", sup);
    t.put("monte_carlo", SuppliersCommand.monteCarlo(mc, "profit"));
    return t;
  }

  static String csv(NewsvendorResult r) {
    SupplierProblem p = r.problem();
    Csv c = new Csv("supplier", "unit_cost", "reliability", "order", "expected_delivery", "used");
    for (int i = 0; i < p.size(); i++) {
      Supplier s = p.supplier(i);
      c.row(s.name(), s.unitCost(), s.capacity().reliability(), r.orders()[i],
          r.expectedDelivery()[i], r.uses(i));
    }
    return c.toString();
  }

  static String table(NewsvendorResult r, MonteCarloCheck mc) {
    SupplierProblem p = r.problem();
    StringBuilder sb = new StringBuilder("Stockade supplier selection, newsvendor with "
        + "unreliable suppliers (Dada, Petruzzi & Schwarz 2007), exact\n")
        .append("demand N(").append(Fmt.num(p.demandMean(), 6)).append(", sd ")
        .append(Fmt.num(p.demandSd(), 6)).append("), price ").append(Fmt.num(p.price(), 6))
        .append(", salvage ").append(Fmt.num(Double.isNaN(p.salvage()) ? 0 : p.salvage(), 6))
        .append(", pay per ").append(p.payment().label()).append(" unit\n\n");
    sb.append("suppliers used     ").append(String.join(", ", used(p, r.orders()))).append('\n');
    sb.append("expected profit    ").append(Fmt.num(r.expectedProfit(), 6)).append(" (")
        .append(r.scenarios()).append(" capacity scenarios, ").append(r.cells())
        .append(" concave cells)\n");
    sb.append("cost precedes reliability: ").append(r.costPrecedesReliability() ? "yes" : "NO")
        .append(" (every supplier cheaper than a used one is used)\n");
    if (mc != null) {
      sb.append("Monte Carlo        profit ").append(Fmt.num(mc.mean(), 6)).append(" +- ")
          .append(Fmt.num(mc.meanHalfWidth(), 2)).append(", P(supply >= demand) ")
          .append(Fmt.num(mc.serviceLevel(), 6)).append(" +- ")
          .append(Fmt.num(mc.serviceHalfWidth(), 5)).append(" (95%; ").append(mc.samples())
          .append(" draws, seed ").append(mc.seed()).append(")\n");
    }
    sb.append('\n');
    TextTable t = new TextTable("supplier", "unit cost", "P(K > 0)", "order Q", "E[delivery]");
    Integer[] idx = new Integer[p.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, java.util.Comparator.comparingDouble(i -> p.supplier(i)
        .unitCost()));
    for (int i : idx) {
      Supplier s = p.supplier(i);
      t.row(s.name(), Fmt.num(s.unitCost(), 6), Fmt.num(s.capacity().reliability(), 4),
          Fmt.num(r.orders()[i], 6), Fmt.num(r.expectedDelivery()[i], 6));
    }
    sb.append(t.render());
    return sb.toString();
  }
}
