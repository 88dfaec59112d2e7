package org.stockade.strategies.suppliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.stockade.model.InvalidInputException;

/**
 * Supplier selection in the Federgruen &amp; Yang models: each set's orders come from the exact
 * convex fixed-set solution ({@link ServiceModel}, {@link CostModel}); the set is chosen by
 * enumerating all {@code 2^n - 1} subsets when {@code n <= }{@value #ENUMERATE_MAX}, and by the
 * greedy over prefixes of the cheapest-first ordering in any case.
 *
 * <p><b>When the greedy is exact.</b> (1) All fixed costs 0: the fixed-set KKT conditions use
 * exactly the suppliers with {@code e_i < lambda}, a prefix of the ordering by effective cost,
 * so the full set's solution is the optimum. (2) The ordering is a <em>dominance chain</em>
 * ({@code e}, {@code v} and {@code K} all nondecreasing along it): swapping a chosen supplier for
 * an unchosen earlier one, and giving it the same expected delivery, keeps the mean, does not
 * raise the variance term {@code v^2 x^2} (so the service constraint still holds, and the cost
 * model's penalty, nondecreasing in {@code S}, does not rise), and does not raise {@code e x} or
 * {@code K}; so some optimal set of each size is a prefix. With equal effective costs and equal
 * fixed costs (the setting of Federgruen &amp; Yang 2008 with one price), this ranks suppliers by
 * reliability {@code m_i^2 / s_i^2}; with equal yield cvs and fixed costs, by cost. Otherwise the
 * greedy is a heuristic and its gap to enumeration is reported.
 */
public final class SupplierSelection {
  /** Largest supplier count for which all subsets are enumerated. */
  public static final int ENUMERATE_MAX = 14;

  private SupplierSelection() {}

  /** Solves the model named {@code service} or {@code cost}. */
  public static SelectionResult solve(SupplierProblem p, String model) {
    SetModel m = switch (model) {
      case "service" -> new ServiceModel(p);
      case "cost" -> new CostModel(p);
      default -> throw new InvalidInputException("model must be service, cost or newsvendor, "
          + "got '" + model + "'");
    };
    return solve(p, m, p.size() <= ENUMERATE_MAX);
  }

  static SelectionResult solve(SupplierProblem p, SetModel m, boolean enumerate) {
    int n = p.size();
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Payment pay = p.payment();
    Arrays.sort(idx, Comparator.<Integer>comparingDouble(i -> p.supplier(i).effectiveCost(pay))
        .thenComparingDouble(i -> p.supplier(i).yieldCv())
        .thenComparingDouble(i -> p.supplier(i).fixedCost()));
    int[] order = Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    List<Selection> prefixes = new ArrayList<>();
    Selection greedy = null;
    for (int k = 1; k <= n; k++) {
      Selection s = plan(p, m, Arrays.copyOf(order, k));
      prefixes.add(s);
      if (s != null && (greedy == null || s.total() < greedy.total())) {
        greedy = s;
      }
    }
    boolean allZero = true;
    boolean chain = true;
    for (int k = 0; k < n; k++) {
      Supplier a = p.supplier(order[k]);
      allZero &= a.fixedCost() == 0;
      if (k + 1 < n) {
        Supplier b = p.supplier(order[k + 1]);
        chain &= a.yieldCv() <= b.yieldCv() && a.fixedCost() <= b.fixedCost();
      }
    }
    Selection best = greedy;
    long subsets = 0;
    if (enumerate) {
      best = null;
      for (int mask = 1; mask < (1 << n); mask++) {
        int[] set = new int[Integer.bitCount(mask)];
        int q = 0;
        for (int i = 0; i < n; i++) {
          if ((mask & (1 << i)) != 0) {
            set[q++] = i;
          }
        }
        subsets++;
        Selection s = plan(p, m, set);
        if (s != null && (best == null || s.total() < best.total() - 1e-12 * s.total())) {
          best = s;
        }
      }
    }
    if (best == null) {
      throw new InvalidInputException("no supplier set can meet the service target alpha: the "
          + "CLT constraint needs sum over suppliers of (yield_mean / yield_sd)^2 > z_alpha^2; "
          + "lower alpha or add more reliable suppliers");
    }
    return new SelectionResult(p, m.name(), best, enumerate, subsets, order, prefixes, greedy,
        allZero || chain);
  }

  /** The plan of a set: its fixed-set optimum with the fixed costs of the suppliers used. */
  static Selection plan(SupplierProblem p, SetModel m, int[] set) {
    SetModel.Solution sol = m.solve(set);
    if (sol == null) {
      return null;
    }
    double[] x = sol.x();
    int n = p.size();
    double[] q = new double[n];
    double fixed = 0;
    double mean = -p.demandMean();
    double var = p.demandSd() * p.demandSd();
    for (int i = 0; i < n; i++) {
      Supplier s = p.supplier(i);
      if (x[i] > 0) {
        q[i] = x[i] / s.yieldMean();
        fixed += s.fixedCost();
        double v = s.yieldCv();
        mean += x[i];
        var += v * v * x[i] * x[i];
      }
    }
    double service = var == 0 ? (mean >= 0 ? 1 : 0)
        : NormalDistribution.of(0, 1).cumulativeProbability(mean / Math.sqrt(var));
    double pen = m.penalty(x);
    return new Selection(q, x, fixed, m.variableObjective(x) - pen, pen, sol.threshold(),
        service);
  }
}
