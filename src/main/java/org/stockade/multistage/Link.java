package org.stockade.multistage;

import org.stockade.model.InvalidInputException;

/**
 * An arc from node {@code from} in stage k to node {@code to} in stage k+1: one unit processed
 * at {@code to} needs one unit from any of its upstream nodes.
 */
public record Link(String from, String to) {
  public Link {
    if (from == null || from.isBlank() || to == null || to.isBlank()) {
      throw new InvalidInputException("an arc needs both ends, got " + from + " -> " + to);
    }
    from = from.strip();
    to = to.strip();
  }
}
