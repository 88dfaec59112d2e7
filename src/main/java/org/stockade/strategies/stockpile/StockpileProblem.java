package org.stockade.strategies.stockpile;

import org.stockade.model.InvalidInputException;

/**
 * Newsvendor stockpile sizing: choose stock {@code S >= 0} before a surge of demand {@code D}
 * to minimise {@code C(S) = c S + h E[(S - D)^+] + p E[(D - S)^+]}.
 *
 * @param demand the surge distribution of {@code D}
 * @param unitCost {@code c}, cost of each unit stocked
 * @param holdingCost {@code h}, extra cost of each unit left over (negative of a salvage value
 *     is not allowed: give {@code h >= 0} and net salvage into {@code c})
 * @param shortageCost {@code p}, penalty per unit of demand not met; must exceed {@code c}, else
 *     stocking nothing is optimal
 */
public record StockpileProblem(SurgeDistribution demand, double unitCost, double holdingCost,
    double shortageCost) {
  public StockpileProblem {
    if (demand == null) {
      throw new InvalidInputException("demand is missing; e.g. --demand normal:100:20");
    }
    InvalidInputException.requireNonNegative("unit cost c", unitCost);
    InvalidInputException.requireNonNegative("holding cost h", holdingCost);
    InvalidInputException.requirePositive("shortage cost p", shortageCost);
    for (double v : new double[] {unitCost, holdingCost, shortageCost}) {
      if (v > 1e9) {
        throw new InvalidInputException("costs must be at most 1e9, got " + v
            + "; express them in larger currency units");
      }
    }
    if (shortageCost <= unitCost) {
      throw new InvalidInputException("shortage cost p = " + shortageCost + " must exceed the"
          + " unit cost c = " + unitCost + " (otherwise stocking nothing is optimal); raise p");
    }
  }

  /** Critical fractile {@code (p - c) / (p + h)}: the optimum satisfies {@code F(S*) >= it}. */
  public double criticalFractile() {
    return (shortageCost - unitCost) / (shortageCost + holdingCost);
  }

  /** {@code C(S)}, exact through the distribution's loss function. */
  public double cost(double s) {
    return unitCost * s + holdingCost * demand.expectedLeftover(s)
        + shortageCost * demand.expectedShortage(s);
  }
}
