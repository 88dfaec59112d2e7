package org.stockade.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.stockade.costmin.CostSpec;
import org.stockade.model.Arc;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;
import org.stockade.uncertainty.LinearInequality;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * Writes a problem in the YAML format read by {@link ProblemLoader}; loading the text back gives
 * the same network (names, order, values), uncertainty settings, delta and CM costs.
 */
public final class ProblemWriter {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
  private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off",
      "y", "n", "null", "none", "nan", "inf", "infinity");

  private ProblemWriter() {}

  /** A loaded problem as YAML: network, uncertainty settings, delta and costs. */
  public static String toYaml(ProblemDefinition problem) {
    return toYaml(problem.network(), problem.uncertainty(), problem.delta(), problem.costs());
  }

  /** The problem as YAML, without a {@code costs:} section. */
  public static String toYaml(Network network, UncertaintySpec uncertainty, Double delta) {
    return toYaml(network, uncertainty, delta, null);
  }

  /**
   * The problem as YAML.
   *
   * @param uncertainty settings to write (only the fields that are set); may be {@code null}
   * @param delta the lost-sales allowance, or {@code null} to leave it out
   * @param costs the CM cost settings to write (only the fields that are set); may be
   *     {@code null}
   */
  public static String toYaml(Network network, UncertaintySpec uncertainty, Double delta,
      CostSpec costs) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Stockade problem file; format: docs/input-format.md\n");
    sb.append("name: ").append(quote(network.name())).append('\n');
    sb.append("plants:\n");
    for (Plant p : network.plants()) {
      sb.append("  - {id: ").append(quote(p.id())).append(", capacity: ")
          .append(num(p.capacity())).append("}\n");
    }
    double[] levels = uncertainty == null ? null : uncertainty.serviceLevels();
    if (levels != null && levels.length != network.productCount()) {
      throw new InvalidInputException("cannot write service levels: " + levels.length
          + " given for " + network.productCount() + " products");
    }
    sb.append("products:\n");
    for (int j = 0; j < network.productCount(); j++) {
      Product v = network.product(j);
      sb.append("  - {id: ").append(quote(v.id())).append(", mu: ").append(num(v.mu()))
          .append(", sigma: ").append(num(v.sigma()));
      if (v.holdingCost() != 1.0) {
        sb.append(", holding_cost: ").append(num(v.holdingCost()));
      }
      if (v.group() != null) {
        sb.append(", group: ").append(quote(v.group()));
      }
      if (levels != null) {
        sb.append(", service_level: ").append(num(levels[j]));
      }
      sb.append("}\n");
    }
    writeArcs(sb, network);
    if (uncertainty != null) {
      writeUncertainty(sb, network, uncertainty);
    }
    if (delta != null) {
      sb.append("delta: ").append(num(delta)).append('\n');
    }
    if (costs != null) {
      writeCosts(sb, network, costs);
    }
    return sb.toString();
  }

  /**
   * The {@code costs:} section (only what is set); per-product entries in product order,
   * per-arc entries in arc order. Entries for unknown products or arcs are refused, since the
   * loader would refuse them too.
   */
  private static void writeCosts(StringBuilder sb, Network n, CostSpec c) {
    StringBuilder b = new StringBuilder();
    if (c.underage() != null) {
      b.append("  underage: ").append(num(c.underage())).append('\n');
    }
    if (c.overage() != null) {
      b.append("  overage: ").append(num(c.overage())).append('\n');
    }
    if (c.production() != null) {
      b.append("  production: ").append(num(c.production())).append('\n');
    }
    if (c.lossCap() != null) {
      b.append("  loss_cap: ").append(limit(c.lossCap())).append('\n');
    }
    List<String> productIds = n.products().stream().map(Product::id).toList();
    for (String id : c.underageByProduct().keySet()) {
      requireKnown(productIds.contains(id), "underage of product '" + id + "'");
    }
    for (String id : c.overageByProduct().keySet()) {
      requireKnown(productIds.contains(id), "overage of product '" + id + "'");
    }
    if (!c.underageByProduct().isEmpty() || !c.overageByProduct().isEmpty()) {
      b.append("  products:\n");
      for (String id : productIds) {
        List<String> fields = new ArrayList<>();
        Double u = c.underageByProduct().get(id);
        Double o = c.overageByProduct().get(id);
        if (u != null) {
          fields.add("underage: " + num(u));
        }
        if (o != null) {
          fields.add("overage: " + num(o));
        }
        if (!fields.isEmpty()) {
          b.append("    ").append(quote(id)).append(": {").append(String.join(", ", fields))
              .append("}\n");
        }
      }
    }
    for (Arc a : c.productionByArc().keySet()) {
      requireKnown(n.arcs().contains(a), "production cost of arc " + a.plant() + " -> "
          + a.product());
    }
    if (!c.productionByArc().isEmpty()) {
      b.append("  arcs:\n");
      for (Arc a : n.arcs()) {
        Double p = c.productionByArc().get(a);
        if (p != null) {
          b.append("    - {plant: ").append(quote(a.plant())).append(", product: ")
              .append(quote(a.product())).append(", production: ").append(num(p))
              .append("}\n");
        }
      }
    }
    if (b.length() > 0) {
      sb.append("costs:\n").append(b);
    }
  }

  private static void requireKnown(boolean known, String what) {
    if (!known) {
      throw new InvalidInputException("cannot write the " + what + ": it is not in the"
          + " network");
    }
  }

  /** A {@code flexibility} map when it keeps the arc order, else an {@code arcs} list. */
  private static void writeArcs(StringBuilder sb, Network n) {
    Map<String, List<String>> byPlant = new LinkedHashMap<>();
    String last = null;
    boolean grouped = true;
    for (Arc a : n.arcs()) {
      if (!a.plant().equals(last) && byPlant.containsKey(a.plant())) {
        grouped = false;
      }
      byPlant.computeIfAbsent(a.plant(), k -> new ArrayList<>()).add(a.product());
      last = a.plant();
    }
    if (n.arcs().isEmpty()) {
      sb.append("arcs: []\n");
    } else if (grouped) {
      sb.append("flexibility:\n");
      for (Map.Entry<String, List<String>> e : byPlant.entrySet()) {
        sb.append("  ").append(quote(e.getKey())).append(": [");
        sb.append(String.join(", ", e.getValue().stream().map(v -> quote(v)).toList()));
        sb.append("]\n");
      }
    } else {
      sb.append("arcs:\n");
      for (Arc a : n.arcs()) {
        sb.append("  - {plant: ").append(quote(a.plant())).append(", product: ")
            .append(quote(a.product())).append("}\n");
      }
    }
  }

  private static void writeUncertainty(StringBuilder sb, Network n, UncertaintySpec u) {
    List<String> demand = new ArrayList<>();
    if (u.alpha() != null) {
      demand.add("alpha: " + limit(u.alpha()));
    }
    if (u.beta() != null) {
      demand.add("beta: " + limit(u.beta()));
    }
    if (u.aggregate() != null) {
      demand.add("aggregate: " + u.aggregate().name().toLowerCase(Locale.ROOT));
    }
    if (u.gamma() != null) {
      demand.add("gamma: " + limit(u.gamma()));
    }
    List<String> capacity = new ArrayList<>();
    if (u.capacityLoss() != null) {
      capacity.add("loss: " + u.capacityLoss().name().toLowerCase(Locale.ROOT));
    }
    if (u.zeta() != null) {
      capacity.add("zeta: " + num(u.zeta()));
    }
    StringBuilder b = new StringBuilder();
    if (!demand.isEmpty()) {
      b.append("  demand: {").append(String.join(", ", demand)).append("}\n");
    }
    if (!capacity.isEmpty()) {
      b.append("  capacity: {").append(String.join(", ", capacity)).append("}\n");
    }
    if (u.serviceLevel() != null) {
      b.append("  service_level: ").append(num(u.serviceLevel())).append('\n');
    }
    List<String> productIds = n.products().stream().map(Product::id).toList();
    List<String> plantIds = n.plants().stream().map(Plant::id).toList();
    rows(b, "polyhedral_demand", u.demandRows(), productIds);
    rows(b, "polyhedral_capacity", u.capacityRows(), plantIds);
    if (b.length() > 0) {
      sb.append("uncertainty:\n").append(b);
    }
  }

  private static void rows(StringBuilder b, String key, List<LinearInequality> rows,
      List<String> ids) {
    if (rows == null) {
      return;
    }
    b.append("  ").append(key).append(":").append(rows.isEmpty() ? " []\n" : "\n");
    for (int k = 0; k < rows.size(); k++) {
      LinearInequality r = rows.get(k);
      double[] coef = r.coef();
      if (coef.length != ids.size()) {
        throw new InvalidInputException("cannot write " + r.label() + ": it has " + coef.length
            + " coefficients for " + ids.size() + " ids");
      }
      List<String> terms = new ArrayList<>();
      for (int i = 0; i < coef.length; i++) {
        if (coef[i] != 0) {
          terms.add(quote(ids.get(i)) + ": " + num(coef[i]));
        }
      }
      if (terms.isEmpty()) {
        terms.add(quote(ids.get(0)) + ": 0");
      }
      b.append("    - {terms: {").append(String.join(", ", terms)).append('}');
      boolean any = false;
      if (r.lo() != Double.NEGATIVE_INFINITY) {
        b.append(", min: ").append(num(r.lo()));
        any = true;
      }
      if (r.up() != Double.POSITIVE_INFINITY) {
        b.append(", max: ").append(num(r.up()));
        any = true;
      }
      if (!any) {
        throw new InvalidInputException("cannot write " + r.label() + ": it has no finite bound");
      }
      if (!r.label().equals(UncertaintyReader.defaultLabel(key, k))) {
        b.append(", label: ").append(quote(r.label()));
      }
      b.append("}\n");
    }
  }

  private static String limit(double v) {
    return v == Double.POSITIVE_INFINITY ? "none" : num(v);
  }

  /** A number that reads back to exactly {@code v}. */
  private static String num(double v) {
    if (!Double.isFinite(v)) {
      throw new InvalidInputException("cannot write the non-finite number " + v);
    }
    return Nodes.format(v);
  }

  /** {@code s} as a YAML scalar: plain when it cannot be mistaken for anything else. */
  static String quote(String s) {
    if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
      return s;
    }
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\t' -> q.append("\\t");
        case '\r' -> q.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
