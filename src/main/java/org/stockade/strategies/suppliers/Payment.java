package org.stockade.strategies.suppliers;

/**
 * What the buyer pays the unit cost {@code c_i} on. Federgruen &amp; Yang (2008) and Dada,
 * Petruzzi &amp; Schwarz (2007) charge per unit <em>delivered</em>; per unit <em>ordered</em> is
 * the other common convention. Under {@link #DELIVERED} the expected variable cost of an order
 * {@code Q_i} with mean yield {@code m_i} is {@code c_i m_i Q_i}, under {@link #ORDERED} it is
 * {@code c_i Q_i}, so the cost per expected delivered unit (the "effective cost") is {@code c_i}
 * or {@code c_i / m_i}.
 */
public enum Payment {
  DELIVERED,
  ORDERED;

  /** The name used in files and on the command line. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
