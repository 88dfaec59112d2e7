package org.stockade.model;

/** Flexibility arc: plant {@code plant} can make product {@code product}. */
public record Arc(String plant, String product) implements java.io.Serializable {
  public Arc {
    Network.requireId("arc plant", plant);
    Network.requireId("arc product", product);
  }
}
