package org.stockade.strategies.preposition;

import org.stockade.model.InvalidInputException;

/**
 * One outcome of the event: its probability, the demand for each commodity at each location, the
 * fraction of the stock pre-positioned there that is destroyed, and how much of each arc's
 * capacity and cost applies (Rawls &amp; Turnquist 2010: {@code P_s}, {@code v_i^ks},
 * {@code rho_i^ks}, {@code U_ij^s}, {@code c_ij^ks}).
 *
 * @param name scenario id
 * @param probability {@code P_s >= 0}
 * @param demand {@code demand[i][k] >= 0}
 * @param destroyed {@code destroyed[i][k]} in {@code [0, 1]}
 * @param capacityFactor per arc, {@code >= 0} (0 closes the arc)
 * @param costFactor per arc, {@code >= 0}
 */
public record Scenario(String name, double probability, double[][] demand, double[][] destroyed,
    double[] capacityFactor, double[] costFactor) {
  public Scenario {
    PrepositionProblem.requireName("scenario name", name);
    if (!(probability >= 0) || probability > 1) {
      throw new InvalidInputException("probability of scenario '" + name + "' must be in [0, 1],"
          + " got " + probability);
    }
    demand = PrepositionProblem.copy(demand);
    destroyed = PrepositionProblem.copy(destroyed);
    capacityFactor = capacityFactor.clone();
    costFactor = costFactor.clone();
    if (demand.length != destroyed.length) {
      throw new InvalidInputException("scenario '" + name + "': " + demand.length
          + " demand rows but " + destroyed.length + " destroyed rows; give one per location");
    }
    for (int i = 0; i < demand.length; i++) {
      for (int k = 0; k < demand[i].length; k++) {
        PrepositionProblem.requireRange("demand in scenario '" + name + "'", demand[i][k], 0,
            false);
        double r = destroyed[i][k];
        if (!(r >= 0 && r <= 1)) {
          throw new InvalidInputException("destroyed fraction in scenario '" + name + "' must be"
              + " in [0, 1], got " + r + "; e.g. 0.3 for 30% of the stock lost");
        }
      }
    }
    for (double f : capacityFactor) {
      PrepositionProblem.requireRange("capacity_factor in scenario '" + name + "'", f, 0, false);
    }
    for (double f : costFactor) {
      PrepositionProblem.requireRange("cost_factor in scenario '" + name + "'", f, 0, false);
    }
    if (capacityFactor.length != costFactor.length) {
      throw new InvalidInputException("scenario '" + name + "': capacity and cost factors for "
          + "different numbers of arcs");
    }
  }

  public double demand(int i, int k) {
    return demand[i][k];
  }

  public double destroyed(int i, int k) {
    return destroyed[i][k];
  }

  public double capacityFactor(int a) {
    return capacityFactor[a];
  }

  public double costFactor(int a) {
    return costFactor[a];
  }

  @Override
  public double[][] demand() {
    return PrepositionProblem.copy(demand);
  }

  @Override
  public double[][] destroyed() {
    return PrepositionProblem.copy(destroyed);
  }

  @Override
  public double[] capacityFactor() {
    return capacityFactor.clone();
  }

  @Override
  public double[] costFactor() {
    return costFactor.clone();
  }
}
