package org.stockade.robust;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/**
 * Exact oracle for small networks: the SG LP with all {@code 2^N - 1} subset constraints written
 * out explicitly (spec section 2, "N variables, 2^N constraints"), solved in one LP. Constraints
 * with {@code g(S) - delta <= 0} are implied by {@code r >= 0} and omitted. Only for
 * {@code N <= 16}; used by tests and by {@code verify}.
 */
public final class EnumerationSolver implements SgSolver {
  public static final int MAX_PRODUCTS = 16;

  @Override
  public SgResult solve(SgProblem problem, SgOptions options) {
    long t0 = System.nanoTime();
    Network n = problem.network();
    int p = n.productCount();
    if (p > MAX_PRODUCTS) {
      throw new InvalidInputException("enumeration handles at most " + MAX_PRODUCTS
          + " products, the network has " + p);
    }
    SubsetEvaluator eval = new SubsetEvaluator(n, problem.uncertainty());
    LinearProgram lp = new LinearProgram();
    LinearExpr obj = LinearExpr.constant(0);
    for (int j = 0; j < p; j++) {
      lp.addVariable(0, Double.POSITIVE_INFINITY, "r" + j);
      obj = obj.plusTerm(n.product(j).holdingCost(), j);
    }
    List<BitSet> rows = new ArrayList<>();
    for (long mask = 1; mask < (1L << p); mask++) {
      BitSet s = BitSet.valueOf(new long[] {mask});
      double rhs = eval.g(s) - problem.delta();
      if (rhs > 0) {
        LinearExpr row = LinearExpr.constant(0);
        for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
          row = row.plusTerm(1, j);
        }
        lp.addGreaterEq(row, rhs, "S" + mask);
        rows.add(s);
      }
    }
    lp.minimize(obj);
    LpResult res = LpSolver.orTools().solve(lp);
    double ms = (System.nanoTime() - t0) / 1e6;
    if (res.status() != LpStatus.OPTIMAL) {
      return new SgResult(SgStatus.ERROR, "enumeration LP: " + res.status(), null, Double.NaN,
          Double.NaN, Double.NaN, 1, rows.size(), 0, List.of(), ms);
    }
    double[] r = res.values();
    for (int j = 0; j < p; j++) {
      r[j] = Math.max(0, r[j]);
    }
    // Certificate: the subsets with a positive dual multiplier (the LP's duals prove optimality).
    List<BindingScenario> cert = new ArrayList<>();
    for (int row = 0; res.hasDuals() && row < rows.size(); row++) {
      double y = res.dual(row);
      if (y > 1e-12) {
        cert.add(Certificates.scenario(n, problem.uncertainty(), rows.get(row), r, y));
      }
    }
    cert.sort((a, b) -> Double.compare(b.multiplier(), a.multiplier()));
    return new SgResult(SgStatus.OPTIMAL, "optimal by enumeration of all subsets", r,
        ConstraintGenerationSolver.cost(n, r), res.objective(), 0, 1, rows.size(), 0, cert,
        ms);
  }
}
