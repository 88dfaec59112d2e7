package org.stockade.sourcing;

/** The heuristic dual-sourcing policy families of the review (section 2). */
public enum PolicyFamily {
  /** Single index: one inventory position IP, two order-up-to levels S_e <= S_r. */
  SINGLE_INDEX("SI", "single index"),
  /** Dual index (Veeraraghavan & Scheller-Wolf 2008): z_e on IP_e, z_r = z_e + delta on IP. */
  DUAL_INDEX("DI", "dual index"),
  /** Tailored base-surge (Allon & Van Mieghem 2010): constant regular Q, expedite up to S. */
  TAILORED_BASE_SURGE("TBS", "tailored base-surge"),
  /** Capped dual index (Sun & Van Mieghem 2019): dual index with regular orders capped. */
  CAPPED_DUAL_INDEX("CDI", "capped dual index");

  private final String code;
  private final String label;

  PolicyFamily(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }
}
