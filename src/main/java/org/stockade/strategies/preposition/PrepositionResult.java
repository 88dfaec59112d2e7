package org.stockade.strategies.preposition;

import java.util.List;
import org.stockade.lp.LpStatus;

/**
 * The pre-positioning plan, how each method that ran reached it, and its expected cost split
 * (every term re-evaluated from the plan by solving each scenario's recourse LP).
 *
 * @param problem the instance
 * @param runs one per method run, in the order run
 * @param plan the plan of the run with the lowest objective (null if no run found one)
 * @param cost its expected cost split (null without a plan)
 * @param seed the generator seed for a generated instance, else null
 */
public record PrepositionResult(PrepositionProblem problem, List<Run> runs, Plan plan,
    CostSplit cost, Long seed) {
  public PrepositionResult {
    runs = List.copyOf(runs);
  }

  /** The two solution methods. */
  public enum Method {
    /** The deterministic equivalent MILP over all scenarios, solved by SCIP. */
    EXTENSIVE,
    /** The multi-cut L-shaped method: MILP master over facilities and stock, recourse LPs. */
    BENDERS;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * First-stage decisions.
   *
   * @param size {@code size[i]}: index of the size opened at location {@code i}, or -1 (closed)
   * @param stock {@code stock[i][k]}: units of commodity {@code k} at location {@code i}
   */
  public record Plan(int[] size, double[][] stock) {
    public Plan {
      size = size.clone();
      stock = PrepositionProblem.copy(stock);
    }

    @Override
    public int[] size() {
      return size.clone();
    }

    @Override
    public double[][] stock() {
      return PrepositionProblem.copy(stock);
    }

    public double stock(int i, int k) {
      return stock[i][k];
    }

    public int sizeAt(int i) {
      return size[i];
    }
  }

  /**
   * One method's outcome.
   *
   * @param method which method
   * @param status OPTIMAL when the relative gap reached the tolerance, FEASIBLE when a limit
   *     stopped it with a plan, TIME_LIMIT when it stopped without one
   * @param objective cost of its best plan (upper bound), NaN without one
   * @param lowerBound proven lower bound on the optimum
   * @param seconds wall-clock time of the solve
   * @param iterations Benders iterations (master solves); 1 for the extensive form
   * @param cuts optimality cuts added (Benders), 0 for the extensive form
   * @param variables variables of the largest program solved (the MILP, or master + one recourse
   *     LP)
   * @param plan its best plan, or null
   */
  public record Run(Method method, LpStatus status, double objective, double lowerBound,
      double seconds, int iterations, int cuts, int variables, Plan plan) {
    /** {@code (objective - lowerBound) / max(|objective|, 1e-9)}, NaN without a plan. */
    public double gap() {
      return relativeGap(objective, lowerBound);
    }
  }

  /**
   * Expected cost of a plan, split by term.
   *
   * @param fixed facility fixed costs
   * @param acquisition stock purchase cost
   * @param shipping expected shipping cost
   * @param shortage expected shortage penalty
   * @param surplus expected surplus (holding, disposal) penalty
   * @param shortageUnits {@code [s][k]}: units short of commodity {@code k} in scenario {@code s}
   * @param recourse {@code [s]}: second-stage cost of scenario {@code s}
   */
  public record CostSplit(double fixed, double acquisition, double shipping, double shortage,
      double surplus, double[][] shortageUnits, double[] recourse) {
    public CostSplit {
      shortageUnits = PrepositionProblem.copy(shortageUnits);
      recourse = recourse.clone();
    }

    public double total() {
      return fixed + acquisition + shipping + shortage + surplus;
    }

    @Override
    public double[][] shortageUnits() {
      return PrepositionProblem.copy(shortageUnits);
    }

    @Override
    public double[] recourse() {
      return recourse.clone();
    }
  }

  /**
   * {@code (ub - lb) / max(|ub|, 1e-9)}, 0 when {@code lb >= ub}, infinite when a bound is, NaN
   * if either is NaN.
   */
  public static double relativeGap(double ub, double lb) {
    if (Double.isNaN(ub) || Double.isNaN(lb)) {
      return Double.NaN;
    }
    if (Double.isInfinite(ub) || Double.isInfinite(lb)) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.max(0, ub - lb) / Math.max(Math.abs(ub), 1e-9);
  }
}
