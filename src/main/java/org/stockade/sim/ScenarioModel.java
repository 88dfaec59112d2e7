package org.stockade.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/**
 * A probability model of demands and capacities (the stochastic counterpart, paper Appendix S2;
 * spec section 6): independent product demands with the given marginals, and plant failures:
 * each failure group (by default every plant on its own) fails independently with probability
 * {@code p}, and a failed plant keeps {@code (1 - lossFraction)} of its capacity (1 = full loss,
 * the paper's setting). Plants sharing a group fail together (correlated failures).
 *
 * @param demand one marginal per product
 * @param capacity nominal capacity per plant
 * @param failureProbability p, per group
 * @param lossFraction share of capacity lost when a plant fails, in (0, 1]
 * @param failureGroup group index per plant (0-based, dense), or null for independent plants
 */
public record ScenarioModel(List<Marginal> demand, double[] capacity, double failureProbability,
    double lossFraction, int[] failureGroup) implements java.io.Serializable {
  public ScenarioModel {
    if (demand == null || demand.isEmpty()) {
      throw new InvalidInputException("a scenario model needs at least one product demand");
    }
    demand = List.copyOf(demand);
    if (capacity == null || capacity.length == 0) {
      throw new InvalidInputException("a scenario model needs at least one plant capacity");
    }
    for (int i = 0; i < capacity.length; i++) {
      if (!(capacity[i] >= 0) || Double.isInfinite(capacity[i])) {
        throw new InvalidInputException("capacity of plant " + (i + 1) + " must be finite and"
            + " >= 0, got " + capacity[i]);
      }
    }
    capacity = capacity.clone();
    if (!(failureProbability >= 0 && failureProbability <= 1)) {
      throw new InvalidInputException("failure probability --p must be in [0, 1], got "
          + failureProbability);
    }
    if (!(lossFraction > 0 && lossFraction <= 1)) {
      throw new InvalidInputException("capacity loss fraction must be in (0, 1], got "
          + lossFraction);
    }
    if (failureGroup != null) {
      if (failureGroup.length != capacity.length) {
        throw new InvalidInputException("failure groups: " + failureGroup.length
            + " entries for " + capacity.length + " plants; give one group per plant");
      }
      int max = -1;
      for (int g : failureGroup) {
        if (g < 0) {
          throw new InvalidInputException("failure group indices must be >= 0, got " + g);
        }
        max = Math.max(max, g);
      }
      boolean[] used = new boolean[max + 1];
      for (int g : failureGroup) {
        used[g] = true;
      }
      for (int g = 0; g <= max; g++) {
        if (!used[g]) {
          throw new InvalidInputException("failure groups must be numbered 0..G-1 without gaps;"
              + " group " + g + " has no plant");
        }
      }
      failureGroup = failureGroup.clone();
    }
  }

  /**
   * The paper's Appendix S2 setting for a network: demand of product j normal with the
   * product's mu and sigma truncated at {@code mu ± 2 sigma}, each plant failing completely and
   * independently with probability {@code p}.
   */
  public static ScenarioModel paper(Network n, double p) {
    List<Marginal> d = new ArrayList<>();
    for (int j = 0; j < n.productCount(); j++) {
      d.add(new Marginal.TruncatedNormal(n.product(j).mu(), n.product(j).sigma(), 2.0));
    }
    return new ScenarioModel(d, n.capacities(), p, 1.0, null);
  }

  public ScenarioModel withLossFraction(double fraction) {
    return new ScenarioModel(demand, capacity, failureProbability, fraction, failureGroup);
  }

  public ScenarioModel withFailureGroups(int[] groups) {
    return new ScenarioModel(demand, capacity, failureProbability, lossFraction, groups);
  }

  public int products() {
    return demand.size();
  }

  public int plants() {
    return capacity.length;
  }

  /** Number of independent failure events per scenario. */
  public int groupCount() {
    return failureGroup == null ? capacity.length : Arrays.stream(failureGroup).max().orElse(-1)
        + 1;
  }

  /** Group of plant {@code i}. */
  public int groupOf(int i) {
    return failureGroup == null ? i : failureGroup[i];
  }

  @Override
  public double[] capacity() {
    return capacity.clone();
  }

  @Override
  public int[] failureGroup() {
    return failureGroup == null ? null : failureGroup.clone();
  }

  /** Checks that the model fits a network (same product and plant counts). */
  public void requireFits(Network n) {
    if (products() != n.productCount() || plants() != n.plantCount()) {
      throw new InvalidInputException("scenario model has " + products() + " products and "
          + plants() + " plants but network '" + n.name() + "' has " + n.productCount()
          + " and " + n.plantCount());
    }
  }
}
