package org.stockade.costmin;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finite candidate values of the recourse duals at the vertices of the dual polyhedron, which
 * make the max-min subproblem an exact MILP (see {@link WorstCaseMilp}).
 *
 * <p>The dual of the recourse LP ({@link CmProblem}) is
 * {@code max pi.(d - r) - lambda.c - kappa cap} over {@code pi_j - lambda_i <= p_ij} (arcs),
 * {@code -o_j <= pi_j <= u_j + kappa}, {@code lambda >= 0}, {@code kappa >= 0} ({@code kappa = 0}
 * without a cap). Every constraint is a difference of two variables or a bound, so at a vertex
 * the tight constraints form a forest in which each tree holds exactly one variable at a bound
 * (an "anchor": {@code pi_j = -o_j}, {@code pi_j = u_j + kappa}, {@code lambda_i = 0} or
 * {@code kappa = 0}) and every other value follows along tree paths: {@code lambda_i = pi_j -
 * p_ij}, {@code pi_j' = lambda_i + p_ij'}. Tree paths are simple, so they have at most
 * {@code N + M} edges and visit only feasible values. Propagating all anchors for up to
 * {@code N + M} steps, keeping feasible values only, therefore yields a finite superset of the
 * vertex values of each dual variable. With uniform costs the sets are tiny: products
 * {@code {u_k + kappa} u {-o_j} u {p}}, plants {@code {0} u {u_k + kappa - p}}.
 */
final class DualCandidates {
  /** Refuse beyond this many values for one variable (only reachable with many distinct p_ij). */
  static final int MAX_VALUES = 64;

  /** Thrown when per-arc production costs create too many candidate values. */
  static final class TooManyValues extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyValues(String m) {
      super(m);
    }
  }

  /** Candidate values of each {@code pi_j} and each {@code lambda_i}. */
  record Values(double[][] product, double[][] plant) {
    int binaries() {
      int b = 0;
      for (double[] v : product) {
        b += v.length > 1 ? v.length : 0;
      }
      for (double[] v : plant) {
        b += v.length > 1 ? v.length : 0;
      }
      return b;
    }
  }

  private DualCandidates() {}

  /** Candidate values for a fixed {@code kappa} (0 without a loss cap). */
  static Values of(CostData data, double kappa) {
    double[] upper = new double[data.products()];
    double[] lower = new double[data.products()];
    for (int j = 0; j < upper.length; j++) {
      upper[j] = data.u()[j] + kappa;
      lower[j] = -data.o()[j];
    }
    List<TreeSet<Double>> prod = new ArrayList<>();
    List<double[]> frontier = new ArrayList<>();
    for (int j = 0; j < data.products(); j++) {
      prod.add(new TreeSet<>());
      addIf(prod.get(j), upper[j], frontier, j);
      addIf(prod.get(j), lower[j], frontier, j);
    }
    List<TreeSet<Double>> plant = new ArrayList<>();
    for (int i = 0; i < data.plants(); i++) {
      plant.add(new TreeSet<>());
      addIf(plant.get(i), 0.0, frontier, data.products() + i);
    }
    propagate(data, prod, plant, frontier, lower, upper);
    return new Values(toArrays(prod), toArrays(plant));
  }

  /**
   * Candidate values of {@code kappa}, the dual of the loss cap: 0, and {@code v - u_j > 0} for
   * every value {@code v} that {@code pi_j} takes on a tree path from an anchor other than
   * {@code kappa} (for the tree containing {@code kappa} with {@code kappa} not at its bound).
   */
  static double[] kappas(CostData data) {
    double[] upper = new double[data.products()];
    double[] lower = new double[data.products()];
    List<TreeSet<Double>> prod = new ArrayList<>();
    List<double[]> frontier = new ArrayList<>();
    for (int j = 0; j < data.products(); j++) {
      upper[j] = Double.POSITIVE_INFINITY;
      lower[j] = -data.o()[j];
      prod.add(new TreeSet<>());
      addIf(prod.get(j), lower[j], frontier, j);
    }
    List<TreeSet<Double>> plant = new ArrayList<>();
    for (int i = 0; i < data.plants(); i++) {
      plant.add(new TreeSet<>());
      addIf(plant.get(i), 0.0, frontier, data.products() + i);
    }
    propagate(data, prod, plant, frontier, lower, upper);
    TreeSet<Double> k = new TreeSet<>();
    k.add(0.0);
    for (int j = 0; j < data.products(); j++) {
      for (double v : prod.get(j)) {
        double kappa = v - data.u()[j];
        if (kappa > 1e-12) {
          addIf(k, kappa, null, -1);
        }
      }
    }
    if (k.size() > MAX_VALUES) {
      throw new TooManyValues("the loss cap's dual has " + k.size() + " candidate values (from"
          + " distinct per-arc production costs); use fewer distinct costs or no loss cap");
    }
    return k.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static void propagate(CostData data, List<TreeSet<Double>> prod,
      List<TreeSet<Double>> plant, List<double[]> frontier, double[] lower, double[] upper) {
    int n = data.products();
    int steps = n + data.plants();
    for (int step = 0; step < steps && !frontier.isEmpty(); step++) {
      List<double[]> next = new ArrayList<>();
      for (double[] item : frontier) {
        int node = (int) item[0];
        double v = item[1];
        for (int a = 0; a < data.arcs(); a++) {
          double p = data.arcCost()[a];
          if (node < n && data.arcProduct()[a] == node) {
            double w = v - p; // lambda_i = pi_j - p_ij
            if (w >= -tol(w)) {
              addIf(plant.get(data.arcPlant()[a]), Math.max(0, w), next,
                  n + data.arcPlant()[a]);
            }
          } else if (node >= n && data.arcPlant()[a] == node - n) {
            int j = data.arcProduct()[a];
            double w = v + p; // pi_j = lambda_i + p_ij
            if (w >= lower[j] - tol(w) && w <= upper[j] + tol(w)) {
              addIf(prod.get(j), w, next, j);
            }
          }
        }
      }
      frontier = next;
    }
    for (int j = 0; j < n; j++) {
      check(prod.get(j), "product " + (j + 1));
    }
    for (int i = 0; i < plant.size(); i++) {
      check(plant.get(i), "plant " + (i + 1));
    }
  }

  private static void check(TreeSet<Double> s, String who) {
    if (s.size() > MAX_VALUES) {
      throw new TooManyValues("the recourse dual of " + who + " has more than " + MAX_VALUES
          + " candidate values (from distinct per-arc production costs); use fewer distinct"
          + " production costs");
    }
  }

  private static double tol(double v) {
    return 1e-9 * Math.max(1, Math.abs(v));
  }

  /** Adds {@code v} unless a value within tolerance is present; records it in the frontier. */
  private static void addIf(TreeSet<Double> set, double value, List<double[]> frontier,
      int node) {
    double v = value + 0.0; // no negative zero
    Double lo = set.floor(v);
    Double hi = set.ceiling(v);
    if ((lo != null && v - lo <= tol(v)) || (hi != null && hi - v <= tol(v))) {
      return;
    }
    if (set.size() > MAX_VALUES) {
      return; // reported by check()
    }
    set.add(v);
    if (frontier != null) {
      frontier.add(new double[] {node, v});
    }
  }

  private static double[][] toArrays(List<TreeSet<Double>> sets) {
    double[][] out = new double[sets.size()][];
    for (int k = 0; k < out.length; k++) {
      out[k] = sets.get(k).stream().mapToDouble(Double::doubleValue).toArray();
    }
    return out;
  }
}
