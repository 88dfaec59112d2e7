package org.stockade.exposure;

import org.stockade.model.InvalidInputException;

/**
 * A bill-of-materials edge: node {@code to} needs {@code quantity} units ({@code r_kj}) of the
 * output of {@code from} per unit it makes. Edges into the same node with the same {@code group}
 * are alternate sources of one input: any mix of them can supply it.
 *
 * @param group the input group; {@code null} or blank means the supplier id (a single-source input)
 */
public record Edge(String from, String to, double quantity, String group)
    implements java.io.Serializable {
  public Edge {
    if (from == null || from.isBlank() || to == null || to.isBlank()) {
      throw new InvalidInputException("an edge needs both 'from' and 'to' node ids");
    }
    InvalidInputException.requirePositive("edge " + from + " -> " + to + ": quantity", quantity);
    if (group == null || group.isBlank()) {
      group = from;
    }
  }

  public Edge(String from, String to, double quantity) {
    this(from, to, quantity, null);
  }
}
