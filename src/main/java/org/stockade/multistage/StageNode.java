package org.stockade.multistage;

import org.stockade.model.InvalidInputException;

/**
 * One node of a layered (multi-stage) network: a supplier, a plant or a product.
 *
 * @param id unique across all stages
 * @param capacity units per period the node can process ({@code c0_v > 0}), or
 *     {@link Double#POSITIVE_INFINITY} for an uncapacitated node (typical for products)
 * @param holdingCost unit cost {@code h_v > 0} of risk-mitigation inventory held at the node
 * @param inventoryAllowed whether inventory {@code r_v} may be held at the node's output
 * @param demand the product's demand; non-null exactly for nodes of the last stage
 */
public record StageNode(String id, double capacity, double holdingCost, boolean inventoryAllowed,
    Demand demand) {
  public StageNode {
    if (id == null || id.isBlank()) {
      throw new InvalidInputException("node id is missing or empty; give every node an id");
    }
    id = id.strip();
    if (Double.isNaN(capacity) || capacity <= 0) {
      throw new InvalidInputException("capacity of node '" + id + "' must be a number > 0 (or"
          + " absent for an uncapacitated node), got " + capacity);
    }
    InvalidInputException.requirePositive("holding cost of node '" + id + "'", holdingCost);
  }

  /** A capacitated supplier or plant without inventory, holding cost 1. */
  public static StageNode facility(String id, double capacity) {
    return new StageNode(id, capacity, 1.0, false, null);
  }

  /** An uncapacitated product with inventory allowed. */
  public static StageNode product(String id, double mu, double sigma, double holdingCost) {
    return new StageNode(id, Double.POSITIVE_INFINITY, holdingCost, true,
        new Demand(mu, sigma, null));
  }

  public boolean capacitated() {
    return capacity < Double.POSITIVE_INFINITY;
  }

  public StageNode withInventory(boolean allowed, double h) {
    return new StageNode(id, capacity, h, allowed, demand);
  }
}
