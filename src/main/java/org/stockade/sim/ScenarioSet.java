package org.stockade.sim;

import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/**
 * An immutable, equally weighted list of scenarios: demand per product and capacity per plant.
 * Stored flat (scenario-major) so the hot loops read without allocating; {@link #demandInto}
 * and {@link #capacityInto} copy one scenario into caller-owned buffers.
 */
public final class ScenarioSet {
  private final int size;
  private final int products;
  private final int plants;
  private final double[] demand;
  private final double[] capacity;
  private final String source;
  private final long seed;

  /**
   * @param demand {@code size * products} values, scenario-major
   * @param capacity {@code size * plants} values, scenario-major
   * @param source human description (model and seed, or file name)
   * @param seed the generator seed (or -1 for files)
   */
  ScenarioSet(int size, int products, int plants, double[] demand, double[] capacity,
      String source, long seed) {
    if (size < 1) {
      throw new InvalidInputException("a scenario set needs at least one scenario");
    }
    if (demand.length != (long) size * products || capacity.length != (long) size * plants) {
      throw new IllegalArgumentException("flat arrays do not match " + size + " scenarios");
    }
    this.size = size;
    this.products = products;
    this.plants = plants;
    this.demand = demand;
    this.capacity = capacity;
    this.source = source;
    this.seed = seed;
  }

  /** Scenarios from explicit rows (copied). */
  public static ScenarioSet of(double[][] demands, double[][] capacities, String source) {
    if (demands.length != capacities.length) {
      throw new InvalidInputException(demands.length + " demand rows but " + capacities.length
          + " capacity rows");
    }
    if (demands.length == 0) {
      throw new InvalidInputException("a scenario set needs at least one scenario");
    }
    int p = demands[0].length;
    int m = capacities[0].length;
    double[] d = new double[demands.length * p];
    double[] c = new double[demands.length * m];
    for (int k = 0; k < demands.length; k++) {
      if (demands[k].length != p || capacities[k].length != m) {
        throw new InvalidInputException("scenario " + (k + 1) + " has a different number of"
            + " products or plants than scenario 1");
      }
      System.arraycopy(demands[k], 0, d, k * p, p);
      System.arraycopy(capacities[k], 0, c, k * m, m);
    }
    return new ScenarioSet(demands.length, p, m, d, c, source, -1);
  }

  public int size() {
    return size;
  }

  public int products() {
    return products;
  }

  public int plants() {
    return plants;
  }

  public String source() {
    return source;
  }

  /** Generator seed, or -1 when the scenarios came from a file or explicit rows. */
  public long seed() {
    return seed;
  }

  public double demand(int scenario, int j) {
    return demand[scenario * products + j];
  }

  public double capacity(int scenario, int i) {
    return capacity[scenario * plants + i];
  }

  public void demandInto(int scenario, double[] out) {
    System.arraycopy(demand, scenario * products, out, 0, products);
  }

  public void capacityInto(int scenario, double[] out) {
    System.arraycopy(capacity, scenario * plants, out, 0, plants);
  }

  public double[] demand(int scenario) {
    double[] out = new double[products];
    demandInto(scenario, out);
    return out;
  }

  public double[] capacity(int scenario) {
    double[] out = new double[plants];
    capacityInto(scenario, out);
    return out;
  }

  /** {@code sum_j max(0, d_j)} of one scenario. */
  public double totalDemand(int scenario) {
    double s = 0;
    for (int j = 0; j < products; j++) {
      s += Math.max(0, demand[scenario * products + j]);
    }
    return s;
  }

  /** {@code sum_n sum_j max(0, d_j^n)}. */
  public double totalDemand() {
    double s = 0;
    for (int k = 0; k < size; k++) {
      s += totalDemand(k);
    }
    return s;
  }

  /** Whether both sets hold exactly the same numbers. */
  public boolean sameValues(ScenarioSet o) {
    return size == o.size && products == o.products && plants == o.plants
        && java.util.Arrays.equals(demand, o.demand) && java.util.Arrays.equals(capacity,
        o.capacity);
  }

  /** Checks that the scenarios fit a network (same product and plant counts). */
  public void requireFits(Network n) {
    if (products != n.productCount() || plants != n.plantCount()) {
      throw new InvalidInputException("scenarios have " + products + " products and " + plants
          + " plants but network '" + n.name() + "' has " + n.productCount() + " and "
          + n.plantCount());
    }
  }

  @Override
  public String toString() {
    return "ScenarioSet[" + size + " scenarios, " + source + "]";
  }
}
