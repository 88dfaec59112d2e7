package org.stockade.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stockade.io.Nodes.Range;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.LinearInequality;
import org.stockade.uncertainty.UncertaintySpec;

/** Reads the {@code uncertainty:} block of a problem file into an {@link UncertaintySpec}. */
final class UncertaintyReader {
  static final List<String> KEYS = List.of("demand", "capacity", "service_level",
      "polyhedral_demand", "polyhedral_capacity");
  static final List<String> DEMAND_KEYS = List.of("alpha", "beta", "aggregate", "gamma");
  static final List<String> CAPACITY_KEYS = List.of("loss", "zeta");
  static final List<String> ROW_KEYS = List.of("terms", "min", "max", "label");

  private UncertaintyReader() {}

  /** The label a polyhedral row gets when the file gives none. */
  static String defaultLabel(String key, int k) {
    return "uncertainty." + key + "[" + k + "]";
  }

  /**
   * @param block the {@code uncertainty} node, or {@code null} when absent
   * @param productLevels per-product service levels from the products (null entries: not given)
   */
  static UncertaintySpec read(JsonNode block, Where w, Network n, List<Double> productLevels,
      List<String> warnings) {
    JsonNode b = Nodes.isEmpty(block) ? null
        : Nodes.object(block, w, "{demand: {alpha: 2, beta: 2}, capacity: {loss: fraction,"
            + " zeta: 0.1}}");
    if (b != null) {
      Nodes.checkKeys(b, w, KEYS);
    }
    JsonNode demand = section(b, "demand", w, "{alpha: 2, beta: 2, aggregate: unstandardized,"
        + " gamma: none}");
    JsonNode capacity = section(b, "capacity", w, "{loss: fraction, zeta: 0.1}");
    Where dw = w.key("demand");
    Where cw = w.key("capacity");
    if (demand != null) {
      Nodes.checkKeys(demand, dw, DEMAND_KEYS);
    }
    if (capacity != null) {
      Nodes.checkKeys(capacity, cw, CAPACITY_KEYS);
    }
    Double alpha = demand == null ? null : Nodes.optionalLimit(demand, "alpha", dw, "2",
        Nodes.MAX_LIMIT);
    Double beta = demand == null ? null : Nodes.optionalLimit(demand, "beta", dw, "2",
        Nodes.MAX_LIMIT);
    Double gamma = demand == null ? null : Nodes.optionalLimit(demand, "gamma", dw, "4",
        Nodes.MAX_LIMIT);
    AggregateForm form = demand == null || !Nodes.present(demand, "aggregate") ? null
        : Nodes.choice(demand.get("aggregate"), dw.key("aggregate"), AggregateForm.class);
    Double common = b == null ? null
        : Nodes.optionalNumber(b, "service_level", w, Range.SERVICE_LEVEL, "0.95");
    double[] levels = null;
    if (productLevels.stream().anyMatch(x -> x != null)) {
      levels = new double[productLevels.size()];
      for (int j = 0; j < levels.length; j++) {
        Double t = productLevels.get(j);
        levels[j] = t != null ? t : common != null ? common : 1.0;
      }
    }
    CapacityLossKind loss = capacity == null || !Nodes.present(capacity, "loss") ? null
        : Nodes.choice(capacity.get("loss"), cw.key("loss"), CapacityLossKind.class);
    Double zeta = capacity == null ? null : readZeta(capacity, cw, loss, n, warnings);
    if (capacity != null && loss == CapacityLossKind.UNITS && zeta == null) {
      warnings.add(cw.warning("loss 'units' without zeta: give zeta (capacity units that can"
          + " be lost, e.g. zeta: 200) here or on the command line"));
    }
    List<LinearInequality> demandRows = rows(b, "polyhedral_demand", w, productIndex(n), "V1");
    List<LinearInequality> capacityRows =
        rows(b, "polyhedral_capacity", w, plantIndex(n), "P1");
    if (demandRows != null && (demand != null || common != null || levels != null)) {
      warnings.add(w.key("polyhedral_demand").warning("replaces the parametric demand set, so"
          + " uncertainty.demand and the service levels are ignored"));
    }
    if (capacityRows != null && capacity != null) {
      warnings.add(w.key("polyhedral_capacity").warning("replaces the capacity-loss set, so"
          + " uncertainty.capacity is ignored"));
    }
    if (demandRows == null && alpha != null && alpha.isInfinite()
        && (gamma == null || gamma.isInfinite())
        && Arrays.stream(n.sigmas()).anyMatch(s -> s > 0)) {
      throw dw.fail("alpha is none and gamma is " + (gamma == null ? "not given" : "none")
          + ", so demand would be unbounded", "give alpha (box, e.g. alpha: 2) or gamma"
          + " (budget, e.g. gamma: 4)");
    }
    return new UncertaintySpec(alpha, beta, form, gamma, common, levels, loss, zeta, demandRows,
        capacityRows);
  }

  private static JsonNode section(JsonNode b, String key, Where w, String example) {
    if (b == null || Nodes.isEmpty(b.get(key))) {
      return null;
    }
    return Nodes.object(b.get(key), w.key(key), key + ": " + example);
  }

  private static Double readZeta(JsonNode capacity, Where cw, CapacityLossKind loss, Network n,
      List<String> warnings) {
    Double zeta = Nodes.optionalNumber(capacity, "zeta", cw, Range.NON_NEGATIVE, "0.1");
    if (zeta == null) {
      return null;
    }
    CapacityLossKind kind = loss == null ? CapacityLossKind.FRACTION : loss;
    if ((kind == CapacityLossKind.FRACTION || kind == CapacityLossKind.DETERMINISTIC)
        && zeta > 1) {
      throw cw.key("zeta").fail("with loss '" + kind.name().toLowerCase(java.util.Locale.ROOT)
          + "'" + (loss == null ? " (the default)" : "") + " zeta is a fraction of capacity and"
          + " must be in [0, 1], got " + Nodes.format(zeta), "give a fraction such as zeta: 0.1,"
          + " or write loss: units for a loss of " + Nodes.format(zeta) + " capacity units");
    }
    if (kind == CapacityLossKind.PLANTS && zeta != Math.rint(zeta)) {
      throw cw.key("zeta").fail("with loss 'plants' zeta is the number of plants that can fail"
          + " and must be a whole number, got " + Nodes.format(zeta), "give e.g. zeta: 1, or"
          + " write loss: units / fraction for a partial loss");
    }
    if (kind == CapacityLossKind.PLANTS && zeta > n.plantCount()) {
      warnings.add(cw.key("zeta").warning(Nodes.format(zeta) + " plants can fail but the"
          + " network has only " + n.plantCount() + ": all capacity can be lost"));
    }
    if (kind == CapacityLossKind.NONE) {
      warnings.add(cw.key("zeta").warning("ignored because loss is 'none'"));
    }
    return zeta;
  }

  private static Map<String, Integer> productIndex(Network n) {
    Map<String, Integer> m = new HashMap<>();
    for (int j = 0; j < n.productCount(); j++) {
      m.put(n.product(j).id(), j);
    }
    return m;
  }

  private static Map<String, Integer> plantIndex(Network n) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < n.plantCount(); i++) {
      m.put(n.plant(i).id(), i);
    }
    return m;
  }

  /** The polyhedral rows under {@code key}, or {@code null} when absent. */
  private static List<LinearInequality> rows(JsonNode b, String key, Where w,
      Map<String, Integer> ids, String exampleId) {
    if (b == null || Nodes.isEmpty(b.get(key))) {
      return null;
    }
    String kind = exampleId.startsWith("V") ? "product" : "plant";
    String example = "[{terms: {" + exampleId + ": 1}, max: 600}]";
    Where lw = w.key(key);
    JsonNode list = Nodes.list(b.get(key), lw, key + ": " + example);
    if (list.isEmpty() && kind.equals("product")) {
      throw lw.fail("the list is empty, so demand would be unbounded", "give at least one"
          + " inequality, e.g. " + key + ": " + example + ", or remove the key");
    }
    List<LinearInequality> out = new ArrayList<>();
    for (int k = 0; k < list.size(); k++) {
      Where rw = lw.index(k);
      JsonNode row = Nodes.object(list.get(k), rw, "{terms: {" + exampleId + ": 1}, max: 600}");
      Nodes.checkKeys(row, rw, ROW_KEYS);
      JsonNode terms = Nodes.object(Nodes.required(row, "terms", rw, "{" + exampleId + ": 1}"),
          rw.key("terms"), "terms: {" + exampleId + ": 1}");
      if (terms.isEmpty()) {
        throw rw.key("terms").fail("no terms are given", "give at least one " + kind
            + " with its coefficient, e.g. terms: {" + exampleId + ": 1}");
      }
      double[] coef = new double[ids.size()];
      for (Map.Entry<String, JsonNode> t : terms.properties()) {
        Where tw = rw.key("terms").key(t.getKey());
        Integer idx = ids.get(t.getKey().strip());
        if (idx == null) {
          throw tw.fail(kind + " '" + t.getKey() + "' is not declared; declared " + kind + "s: "
              + Network.describeIds(ids.keySet()), Nodes.didYouMean(t.getKey(), ids.keySet())
              + "use ids declared under " + kind + "s");
        }
        coef[idx] += Nodes.number(t.getValue(), tw, Range.ANY, "e.g. " + t.getKey() + ": 1");
      }
      Double lo = Nodes.optionalNumber(row, "min", rw, Range.ANY, "500");
      Double up = Nodes.optionalNumber(row, "max", rw, Range.ANY, "600");
      if (lo == null && up == null) {
        throw rw.fail("neither min nor max is given, so the inequality says nothing",
            "add a bound, e.g. max: 600 or min: 500");
      }
      if (lo != null && up != null && lo > up) {
        throw rw.fail("min " + Nodes.format(lo) + " is greater than max " + Nodes.format(up)
            + ", so no point satisfies it", "swap or correct the bounds");
      }
      String label = Nodes.present(row, "label")
          ? Nodes.text(row.get("label"), rw.key("label"), "label", "budget") : defaultLabel(key, k);
      try {
        out.add(new LinearInequality(coef, lo == null ? Double.NEGATIVE_INFINITY : lo,
            up == null ? Double.POSITIVE_INFINITY : up, label));
      } catch (InvalidInputException e) {
        throw rw.fail(e.getMessage(), "correct the inequality");
      }
    }
    return out;
  }
}
