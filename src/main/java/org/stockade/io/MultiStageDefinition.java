package org.stockade.io;

import java.util.List;
import org.stockade.multistage.LayeredNetwork;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * A multi-stage problem as read by {@link MultiStageLoader}.
 *
 * @param network the stages, nodes and arcs
 * @param uncertainty the file's uncertainty settings (only what the file gives)
 * @param delta the lost-sales allowance, or {@code null} when not given
 * @param warnings allowed but suspicious things (never null)
 */
public record MultiStageDefinition(LayeredNetwork network, UncertaintySpec uncertainty,
    Double delta, List<String> warnings) {
  public MultiStageDefinition {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
