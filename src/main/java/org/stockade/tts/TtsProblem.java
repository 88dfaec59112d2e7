package org.stockade.tts;

import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Maximise the worst-case time-to-survive with an inventory budget (Simchi-Levi, Wang & Wei
 * 2018, §5; spec section 6).
 *
 * @param network plants, products, design; holding costs are ignored (the budget counts units)
 * @param rates uncertainty set of demand rates and capacity rates per period (e.g. demand fixed
 *     at the service-level-scaled means, at most one plant down)
 * @param budget total inventory R in units
 */
public record TtsProblem(Network network, UncertaintySet rates, double budget) {
  public TtsProblem {
    if (network == null || rates == null) {
      throw new InvalidInputException("a TTS problem needs a network and rate sets");
    }
    InvalidInputException.requireNonNegative("inventory budget R", budget);
  }
}
