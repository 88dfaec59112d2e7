package org.stockade.exposure;

/** The role of a node in a multi-tier supply network. */
public enum NodeKind {
  /** A supplier site (any tier); may itself have inputs from deeper tiers. */
  SUPPLIER,
  /** A plant that turns inputs into parts or products; needs at least one input. */
  PLANT,
  /** A finished product with a demand rate and a unit profit margin; feeds nothing. */
  PRODUCT;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
