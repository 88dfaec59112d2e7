package org.stockade.model;

/**
 * A plant (or supplier) {@code i} with nominal capacity {@code c0_i > 0} units per period
 * (spec section 1).
 */
public record Plant(String id, double capacity) implements java.io.Serializable {
  public Plant {
    Network.requireId("plant id", id);
    InvalidInputException.requirePositive("capacity of plant '" + id + "'", capacity);
  }
}
