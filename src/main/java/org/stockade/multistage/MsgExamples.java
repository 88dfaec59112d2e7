package org.stockade.multistage;

import java.util.ArrayList;
import java.util.List;
import org.stockade.model.Examples;
import org.stockade.model.Network;

/**
 * Built-in multi-stage examples.
 *
 * <p>{@code gm-two-tier}: the GM case (Jordan & Graves 1995; spec section 5: 8 plants, 16
 * products, base design, odd products high variability) fed by a two-tier supplier base of 5
 * suppliers, each supplying 2-4 plants (every plant but P7 has two suppliers). Supplier
 * capacities total 2300 and satisfy Hall's condition with a slack of at least 270 units: at
 * nominal capacity the suppliers can feed every set of plants at full capacity, so only
 * disruptions make them a bottleneck. Suppliers may hold component inventory at holding cost
 * 0.5 (half the finished-goods cost); plants hold none; products h = 1.
 */
public final class MsgExamples {
  private MsgExamples() {}

  /** Supplier ids, capacities and the plants (1-based) each supplies. */
  static final String[] SUPPLIERS = {"S1", "S2", "S3", "S4", "S5"};
  static final double[] SUPPLIER_CAPACITY = {450, 500, 450, 500, 400};
  static final int[][] SUPPLIES = {{1, 2}, {1, 3, 4}, {4, 5, 6}, {6, 7, 8}, {2, 3, 5, 8}};
  static final double SUPPLIER_HOLDING_COST = 0.5;

  public static LayeredNetwork gmTwoTier() {
    Network gm = Examples.gm();
    LayeredNetwork base = LayeredNetwork.fromNetwork(gm);
    List<StageNode> suppliers = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    for (int s = 0; s < SUPPLIERS.length; s++) {
      suppliers.add(new StageNode(SUPPLIERS[s], SUPPLIER_CAPACITY[s], SUPPLIER_HOLDING_COST,
          true, null));
      for (int p : SUPPLIES[s]) {
        links.add(new Link(SUPPLIERS[s], "P" + p));
      }
    }
    links.addAll(base.links());
    List<Stage> stages = List.of(new Stage("suppliers", suppliers), base.stages().get(0),
        base.stages().get(1));
    return new LayeredNetwork("GM two-tier: 5 suppliers -> 8 plants (base design) -> 16"
        + " products", stages, links);
  }
}
