package org.stockade.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stockade.costmin.CostSpec;
import org.stockade.model.Arc;
import org.stockade.model.Network;

/**
 * Reads the optional {@code costs:} section (CM model; docs/input-format.md):
 *
 * <pre>
 * costs:
 *   underage: 10        # default u_j per unit of lost demand
 *   overage: 1          # default o_j per unit left over
 *   production: 0       # default p_ij per unit made
 *   loss_cap: 50        # optional cap on lost sales per scenario (none = no cap)
 *   products:           # optional per-product overrides
 *     V1: {underage: 20, overage: 2}
 *   arcs:               # optional per-arc production costs
 *     - {plant: P1, product: V1, production: 0.5}
 * </pre>
 */
final class CostReader {
  static final List<String> KEYS = List.of("underage", "overage", "production", "loss_cap",
      "products", "arcs");
  private static final List<String> PRODUCT_KEYS = List.of("underage", "overage");
  private static final List<String> ARC_KEYS = List.of("plant", "product", "production");

  private CostReader() {}

  static CostSpec read(JsonNode block, Where w, Network n) {
    if (block == null || Nodes.isEmpty(block)) {
      return CostSpec.empty();
    }
    Nodes.object(block, w, "costs: {underage: 10, overage: 1, production: 0}");
    Nodes.checkKeys(block, w, KEYS);
    Double u = Nodes.optionalNumber(block, "underage", w, Nodes.Range.NON_NEGATIVE, "10");
    Double o = Nodes.optionalNumber(block, "overage", w, Nodes.Range.NON_NEGATIVE, "1");
    Double p = Nodes.optionalNumber(block, "production", w, Nodes.Range.NON_NEGATIVE, "0");
    Double cap = Nodes.optionalLimit(block, "loss_cap", w, "50");
    Map<String, Double> under = new HashMap<>();
    Map<String, Double> over = new HashMap<>();
    if (Nodes.present(block, "products")) {
      Where pw = w.key("products");
      JsonNode prods = Nodes.object(block.get("products"), pw, "products: {V1: {underage: 20}}");
      for (Map.Entry<String, JsonNode> e : prods.properties()) {
        Where ew = pw.key(e.getKey());
        String id = e.getKey().strip();
        if (!n.products().stream().anyMatch(x -> x.id().equals(id))) {
          throw ew.fail("product '" + id + "' is not declared",
              "use one of " + Network.describeIds(n.products().stream().map(x -> x.id())
                  .toList()));
        }
        JsonNode v = Nodes.object(e.getValue(), ew, "{underage: 20, overage: 2}");
        Nodes.checkKeys(v, ew, PRODUCT_KEYS);
        Double pu = Nodes.optionalNumber(v, "underage", ew, Nodes.Range.NON_NEGATIVE, "20");
        Double po = Nodes.optionalNumber(v, "overage", ew, Nodes.Range.NON_NEGATIVE, "2");
        if (pu != null) {
          under.put(id, pu);
        }
        if (po != null) {
          over.put(id, po);
        }
      }
    }
    Map<Arc, Double> prod = new HashMap<>();
    if (Nodes.present(block, "arcs")) {
      Where aw = w.key("arcs");
      JsonNode arcs = Nodes.list(block.get("arcs"), aw,
          "arcs: [{plant: P1, product: V1, production: 0.5}]");
      for (int k = 0; k < arcs.size(); k++) {
        Where ew = aw.index(k);
        JsonNode a = Nodes.object(arcs.get(k), ew, "{plant: P1, product: V1, production: 0.5}");
        Nodes.checkKeys(a, ew, ARC_KEYS);
        String plant = Nodes.requiredText(a, "plant", ew, "P1");
        String product = Nodes.requiredText(a, "product", ew, "V1");
        double cost = Nodes.requiredNumber(a, "production", ew, Nodes.Range.NON_NEGATIVE, "0.5");
        boolean known = n.plants().stream().anyMatch(x -> x.id().equals(plant))
            && n.products().stream().anyMatch(x -> x.id().equals(product));
        if (!known || !n.hasArc(n.plantIndex(plant), n.productIndex(product))) {
          throw ew.fail("arc " + plant + " -> " + product + " is not in the flexibility design",
              "give production costs only for declared arcs");
        }
        prod.put(new Arc(plant, product), cost);
      }
    }
    return new CostSpec(u, o, p, under, over, prod, cap);
  }
}
