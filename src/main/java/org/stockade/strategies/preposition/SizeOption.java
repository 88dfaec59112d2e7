package org.stockade.strategies.preposition;

import org.stockade.model.InvalidInputException;

/**
 * One size a facility may be built in at a candidate location (Rawls &amp; Turnquist 2010, size
 * categories {@code l} with capacity {@code M_l} and fixed cost {@code F_il}).
 *
 * @param name e.g. {@code small}
 * @param fixedCost cost of opening the facility in this size, {@code >= 0}
 * @param capacity storage volume, {@code > 0}, in the units of {@link Commodity#volume()}
 */
public record SizeOption(String name, double fixedCost, double capacity) {
  public SizeOption {
    PrepositionProblem.requireName("size name", name);
    PrepositionProblem.requireRange("fixed_cost of size '" + name + "'", fixedCost, 0, false);
    if (!(capacity > 0) || capacity > PrepositionProblem.MAX) {
      throw new InvalidInputException("capacity of size '" + name + "' must be in (0, 1e9], got "
          + capacity + "; give the storage volume, e.g. capacity: 500");
    }
  }
}
