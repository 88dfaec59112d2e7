package org.stockade.strategies.pooling;

import java.util.List;
import org.stockade.model.InvalidInputException;

/**
 * Stock pooling by transshipment over discrete demand scenarios (Guo, Liu, Song &amp; Wang 2025,
 * section 4, "flexible cooperation / pooling"; the two-location model of Dong &amp; Rudi 2004
 * and the transshipment LP of Robinson 1990). Locations {@code i} stock {@code S_i} at unit
 * cost {@code c}; in scenario {@code s} (probability {@code pi_s}) demand {@code d_is} is
 * revealed and stock may be moved between any two locations at {@code t} per unit; each unit
 * short costs {@code p}, each unit left over {@code h}.
 *
 * @param locations location names
 * @param demands {@code demands[s][i]}, scenario by location, each {@code >= 0}
 * @param probabilities {@code pi_s}, summing to 1
 * @param unitCost {@code c >= 0}
 * @param holdingCost {@code h >= 0}
 * @param shortageCost {@code p > c}
 * @param transshipmentCost {@code t >= 0}
 */
public record PoolingProblem(List<String> locations, double[][] demands, double[] probabilities,
    double unitCost, double holdingCost, double shortageCost, double transshipmentCost) {
  public PoolingProblem {
    locations = List.copyOf(locations);
    if (locations.isEmpty()) {
      throw new InvalidInputException("pooling needs at least one location; e.g. --demand "
          + "normal:100:20 --demand normal:80:30");
    }
    if (demands.length == 0 || demands.length != probabilities.length) {
      throw new InvalidInputException("pooling needs at least one scenario and one probability"
          + " per scenario, got " + demands.length + " scenarios and " + probabilities.length
          + " probabilities");
    }
    double[][] copy = new double[demands.length][];
    double sum = 0;
    for (int s = 0; s < demands.length; s++) {
      if (demands[s].length != locations.size()) {
        throw new InvalidInputException("scenario " + (s + 1) + " has " + demands[s].length
            + " demands for " + locations.size() + " locations; give one per location");
      }
      copy[s] = demands[s].clone();
      for (int i = 0; i < copy[s].length; i++) {
        if (!(copy[s][i] >= 0) || copy[s][i] > 1e9) {
          throw new InvalidInputException("demand of " + locations.get(i) + " in scenario "
              + (s + 1) + " must be in [0, 1e9], got " + copy[s][i]);
        }
      }
      if (!(probabilities[s] >= 0)) {
        throw new InvalidInputException("probability of scenario " + (s + 1) + " must be >= 0,"
            + " got " + probabilities[s]);
      }
      sum += probabilities[s];
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw new InvalidInputException("scenario probabilities sum to " + sum + ", not 1; "
          + "rescale them");
    }
    demands = copy;
    probabilities = probabilities.clone();
    for (double[] v : new double[][] {{unitCost, 0}, {holdingCost, 0},
        {transshipmentCost, 0}}) {
      if (!(v[0] >= 0) || v[0] > 1e9) {
        throw new InvalidInputException("costs must be in [0, 1e9], got " + v[0]);
      }
    }
    if (!(shortageCost > unitCost) || shortageCost > 1e9) {
      throw new InvalidInputException("shortage cost p = " + shortageCost + " must exceed the "
          + "unit cost c = " + unitCost + " (and be at most 1e9); raise p");
    }
  }

  public int size() {
    return locations.size();
  }

  public int scenarios() {
    return demands.length;
  }

  public double demand(int s, int i) {
    return demands[s][i];
  }

  public double probability(int s) {
    return probabilities[s];
  }

  @Override
  public double[][] demands() {
    double[][] c = new double[demands.length][];
    for (int s = 0; s < c.length; s++) {
      c[s] = demands[s].clone();
    }
    return c;
  }

  @Override
  public double[] probabilities() {
    return probabilities.clone();
  }
}
