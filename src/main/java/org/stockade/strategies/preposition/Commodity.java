package org.stockade.strategies.preposition;

/**
 * A relief commodity (water, food, medical kits): bought before the event, stored by volume,
 * penalised per unit short or left over in each scenario (Rawls &amp; Turnquist 2010: {@code q^k},
 * {@code b^k}, {@code p^k}, {@code h^k}).
 *
 * @param name e.g. {@code water}
 * @param unitCost acquisition cost per unit, {@code >= 0}
 * @param volume storage volume per unit, {@code > 0}
 * @param shortagePenalty cost per unit of unmet demand, {@code >= 0}
 * @param surplusPenalty cost per unit left over (holding, disposal), {@code >= 0}
 */
public record Commodity(String name, double unitCost, double volume, double shortagePenalty,
    double surplusPenalty) {
  public Commodity {
    PrepositionProblem.requireName("commodity name", name);
    PrepositionProblem.requireRange("unit_cost of commodity '" + name + "'", unitCost, 0, false);
    PrepositionProblem.requireRange("volume of commodity '" + name + "'", volume, 0, true);
    PrepositionProblem.requireRange("shortage_penalty of commodity '" + name + "'",
        shortagePenalty, 0, false);
    PrepositionProblem.requireRange("surplus_penalty of commodity '" + name + "'",
        surplusPenalty, 0, false);
  }
}
