package org.stockade.strategies.preposition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stockade.model.InvalidInputException;

/**
 * Two-stage stochastic pre-positioning of relief supplies (Rawls &amp; Turnquist 2010, "Pre-positioning
 * of emergency supplies for disaster response", Transportation Research B 44(4), model (1)-(9)).
 * Before the event: open at most one facility size {@code l} at each candidate location {@code i}
 * ({@code y_il} binary) and stock {@code q_ik >= 0} of each commodity {@code k} within its volume
 * capacity. In each scenario {@code s}: a fraction {@code rho_iks} of the stock is destroyed,
 * demand {@code d_iks} appears, and surviving stock is shipped over capacitated arcs; unmet demand
 * and left-over stock are penalised. See {@link ExtensiveForm} for the program.
 *
 * @param name instance name
 * @param locations candidate location names, unique
 * @param sizes {@code sizes.get(i)}: the size options of location {@code i} (at least one)
 * @param commodities the commodities, at least one
 * @param arcs directed shipping links between locations
 * @param scenarios at least one; probabilities sum to 1
 */
public record PrepositionProblem(String name, List<String> locations,
    List<List<SizeOption>> sizes, List<Commodity> commodities, List<Arc> arcs,
    List<Scenario> scenarios) {
  /** Largest magnitude of any number in an instance. */
  static final double MAX = 1e9;

  public PrepositionProblem {
    requireName("instance name", name);
    locations = List.copyOf(locations);
    sizes = sizes.stream().map(List::copyOf).toList();
    commodities = List.copyOf(commodities);
    arcs = List.copyOf(arcs);
    scenarios = List.copyOf(scenarios);
    if (locations.isEmpty()) {
      throw new InvalidInputException("pre-positioning needs at least one candidate location; "
          + "add one under locations:");
    }
    unique("location", locations);
    if (commodities.isEmpty()) {
      throw new InvalidInputException("pre-positioning needs at least one commodity; add one "
          + "under commodities:, e.g. {name: water, unit_cost: 1, volume: 1, "
          + "shortage_penalty: 10, surplus_penalty: 0}");
    }
    unique("commodity", commodities.stream().map(Commodity::name).toList());
    if (sizes.size() != locations.size()) {
      throw new InvalidInputException(sizes.size() + " size lists for " + locations.size()
          + " locations; give the size options of every location");
    }
    for (int i = 0; i < sizes.size(); i++) {
      if (sizes.get(i).isEmpty()) {
        throw new InvalidInputException("location '" + locations.get(i) + "' has no size "
            + "options; give sizes: under it or a default sizes: list");
      }
      unique("size of location '" + locations.get(i) + "'",
          sizes.get(i).stream().map(SizeOption::name).toList());
    }
    int n = locations.size();
    int m = commodities.size();
    for (Arc a : arcs) {
      if (a.from() >= n || a.to() >= n) {
        throw new InvalidInputException("arc " + a.from() + "->" + a.to() + " names a location "
            + "outside 0.." + (n - 1));
      }
      if (a.unitCost().length != m) {
        throw new InvalidInputException("arc " + locations.get(a.from()) + "->"
            + locations.get(a.to()) + " has " + a.unitCost().length + " costs for " + m
            + " commodities");
      }
    }
    if (scenarios.isEmpty()) {
      throw new InvalidInputException("pre-positioning needs at least one scenario; add rows "
          + "to the scenarios CSV");
    }
    unique("scenario", scenarios.stream().map(Scenario::name).toList());
    double sum = 0;
    for (Scenario s : scenarios) {
      double[][] d = s.demand();
      boolean shape = d.length == n;
      for (int i = 0; shape && i < n; i++) {
        shape = d[i].length == m && s.destroyed()[i].length == m;
      }
      if (!shape) {
        throw new InvalidInputException("scenario '" + s.name() + "' is not " + n
            + " locations x " + m + " commodities");
      }
      if (s.capacityFactor().length != arcs.size()) {
        throw new InvalidInputException("scenario '" + s.name() + "' has "
            + s.capacityFactor().length + " arc factors for " + arcs.size() + " arcs");
      }
      sum += s.probability();
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw new InvalidInputException("scenario probabilities sum to " + sum + ", not 1; "
          + "rescale them (or leave the probability column out for equally likely scenarios)");
    }
  }

  public int locationCount() {
    return locations.size();
  }

  public int commodityCount() {
    return commodities.size();
  }

  public int scenarioCount() {
    return scenarios.size();
  }

  public Commodity commodity(int k) {
    return commodities.get(k);
  }

  public Scenario scenario(int s) {
    return scenarios.get(s);
  }

  public List<SizeOption> sizesOf(int i) {
    return sizes.get(i);
  }

  /** Largest number of size options at any location. */
  public int maxSizes() {
    return sizes.stream().mapToInt(List::size).max().orElse(0);
  }

  static void requireName(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field + " must be non-empty text, got "
          + (value == null ? "nothing" : "'" + value + "'"));
    }
  }

  static void requireRange(String field, double v, double lo, boolean strict) {
    boolean ok = strict ? v > lo : v >= lo;
    if (!ok || !(v <= MAX)) {
      throw new InvalidInputException(field + " must be " + (strict ? "> " : ">= ")
          + (lo == 0 ? "0" : lo) + " and at most 1e9, got " + v);
    }
  }

  static void unique(String what, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String s : names) {
      if (!seen.add(s)) {
        throw new InvalidInputException(what + " '" + s + "' appears twice; names must be "
            + "unique");
      }
    }
  }

  static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
