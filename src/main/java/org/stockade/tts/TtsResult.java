package org.stockade.tts;

import java.util.List;
import org.stockade.robust.BindingScenario;
import org.stockade.robust.SgStatus;

/**
 * Result of a TTS optimisation.
 *
 * @param tts worst-case time-to-survive in periods ({@code +infinity}: nothing ever runs short)
 * @param allocation inventory per product, summing to the budget (null without a solution)
 * @param unitRequirement {@code OPT}: inventory units needed per period survived, so that
 *     {@code tts = budget / OPT} (linear in the budget)
 * @param bindingFailures worst cases that limit the TTS (which plants down, which products
 *     short), from the SG certificate scaled to one period
 */
public record TtsResult(SgStatus status, String message, double tts, double[] allocation,
    double budget, double unitRequirement, List<BindingScenario> bindingFailures, double millis) {
  public TtsResult {
    allocation = allocation == null ? null : allocation.clone();
    bindingFailures = bindingFailures == null ? List.of() : List.copyOf(bindingFailures);
  }

  @Override
  public double[] allocation() {
    if (allocation == null) {
      throw new IllegalStateException("no allocation: status " + status + " (" + message + ")");
    }
    return allocation.clone();
  }

  public boolean hasSolution() {
    return allocation != null;
  }
}
