package org.stockade.io;

import java.util.List;
import org.stockade.costmin.CostSpec;
import org.stockade.model.Network;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * A problem as read from a file by {@link ProblemLoader}.
 *
 * @param network the plants, products and flexibility arcs
 * @param uncertainty the file's uncertainty settings: {@link UncertaintySpec#empty()} with only
 *     the fields the file gives set (defaults are applied later by
 *     {@link UncertaintySpec#build})
 * @param delta the lost-sales allowance, or {@code null} when the file does not give it
 * @param costs the {@code costs:} section for the CM model ({@link CostSpec#empty()} if none)
 * @param warnings things that are allowed but probably worth telling the user (never null)
 */
public record ProblemDefinition(Network network, UncertaintySpec uncertainty, Double delta,
    CostSpec costs, List<String> warnings) {
  public ProblemDefinition {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    costs = costs == null ? CostSpec.empty() : costs;
  }

  /** A problem without a costs section. */
  public ProblemDefinition(Network network, UncertaintySpec uncertainty, Double delta,
      List<String> warnings) {
    this(network, uncertainty, delta, CostSpec.empty(), warnings);
  }
}
