package org.stockade.multistage;

import java.util.List;
import org.stockade.model.InvalidInputException;

/** One stage (tier) of a layered network, e.g. suppliers, plants or products. */
public record Stage(String name, List<StageNode> nodes) {
  public Stage {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("stage name is missing or empty; name every stage, e.g."
          + " suppliers, plants, products");
    }
    name = name.strip();
    if (nodes == null || nodes.isEmpty()) {
      throw new InvalidInputException("stage '" + name + "' has no nodes; give it at least one"
          + " node or remove the stage");
    }
    nodes = List.copyOf(nodes);
  }
}
