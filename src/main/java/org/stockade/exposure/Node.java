package org.stockade.exposure;

import org.stockade.model.InvalidInputException;

/**
 * One node of a multi-tier network (Simchi-Levi et al. 2014/2015 risk-exposure model).
 *
 * @param id unique name
 * @param kind supplier, plant or product
 * @param capacity {@code c_j}: units the node can make per unit time ({@code +infinity} for no
 *     limit); for a node on a shared {@code facility} it is the facility's capacity, shared by all
 *     its nodes ({@code sum u_j <= c_f t})
 * @param facility facility id shared by several nodes, or {@code null}
 * @param inventory {@code s_j}: on-hand units of this node's output
 * @param ttr time-to-recover of this node after a disruption, in units of time
 * @param demand {@code d_j}: demand per unit time (products only, else 0)
 * @param margin {@code f_j}: profit margin per unit sold (products only, else 0)
 */
public record Node(String id, NodeKind kind, double capacity, String facility, double inventory,
    double ttr, double demand, double margin) implements java.io.Serializable {
  public Node {
    if (id == null || id.isBlank()) {
      throw new InvalidInputException("node id must not be empty");
    }
    if (kind == null) {
      throw new InvalidInputException("node '" + id + "': kind must be supplier, plant or product");
    }
    if (Double.isNaN(capacity) || capacity < 0) {
      throw new InvalidInputException("node '" + id + "': capacity must be >= 0 (or omitted for"
          + " no limit), got " + capacity);
    }
    InvalidInputException.requireNonNegative("node '" + id + "': inventory", inventory);
    InvalidInputException.requireNonNegative("node '" + id + "': ttr", ttr);
    InvalidInputException.requireNonNegative("node '" + id + "': demand", demand);
    InvalidInputException.requireNonNegative("node '" + id + "': margin", margin);
    if (kind != NodeKind.PRODUCT && (demand > 0 || margin > 0)) {
      throw new InvalidInputException("node '" + id + "' is a " + kind.label() + ": only products"
          + " have demand and margin; remove them or make it kind: product");
    }
    if (facility != null && facility.isBlank()) {
      facility = null;
    }
  }

  /** A supplier or plant with unlimited capacity unless given. */
  public static Node supplier(String id, double capacity, double inventory, double ttr) {
    return new Node(id, NodeKind.SUPPLIER, capacity, null, inventory, ttr, 0, 0);
  }

  public static Node plant(String id, double capacity, double inventory, double ttr) {
    return new Node(id, NodeKind.PLANT, capacity, null, inventory, ttr, 0, 0);
  }

  public static Node product(String id, double capacity, double inventory, double ttr,
      double demand, double margin) {
    return new Node(id, NodeKind.PRODUCT, capacity, null, inventory, ttr, demand, margin);
  }

  /** The same node on shared facility {@code f}. */
  public Node onFacility(String f) {
    return new Node(id, kind, capacity, f, inventory, ttr, demand, margin);
  }

  /** The same node with inventory {@code s}. */
  public Node withInventory(double s) {
    return new Node(id, kind, capacity, facility, s, ttr, demand, margin);
  }

  public boolean isProduct() {
    return kind == NodeKind.PRODUCT;
  }
}
