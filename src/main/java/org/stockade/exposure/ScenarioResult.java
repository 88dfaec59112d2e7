package org.stockade.exposure;

import java.util.Map;

/**
 * The exposure of one scenario.
 *
 * @param scenario the disrupted nodes and the window (TTR)
 * @param solved false when an LP failed (then the numbers are NaN and {@code message} says why)
 * @param lostProfit {@code PI_n}: least lost profit over the TTR window
 * @param lostUnits units lost in that optimal plan (sum of {@code l_j})
 * @param tts time-to-survive: longest window without any loss ({@code +infinity}: unbounded)
 * @param rei risk exposure index {@code PI_n / max_m PI_m} (0 when no scenario loses anything)
 * @param lostByProduct units lost per product in the optimal plan (products with a loss only)
 * @param restricted whether both LPs were solved on the affected part of the network only
 *     (certified exact by bounds) rather than on the whole network
 * @param lpNodes nodes in the LP that gave the answer
 */
public record ScenarioResult(Scenario scenario, boolean solved, double lostProfit,
    double lostUnits, double tts, double rei, Map<String, Double> lostByProduct,
    boolean restricted, int lpNodes, String message) {
  public ScenarioResult {
    lostByProduct = Map.copyOf(lostByProduct);
  }

  /** TTS shorter than TTR: the network loses sales before the disrupted nodes recover. */
  public boolean exposed() {
    return solved && tts < scenario.ttr() - 1e-9 * Math.max(1, scenario.ttr());
  }

  public boolean ttsUnbounded() {
    return tts == Double.POSITIVE_INFINITY;
  }

  ScenarioResult withRei(double r) {
    return new ScenarioResult(scenario, solved, lostProfit, lostUnits, tts, r, lostByProduct,
        restricted, lpNodes, message);
  }
}
