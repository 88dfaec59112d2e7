package org.stockade.bench;

import java.util.ArrayList;
import java.util.List;
import org.stockade.costmin.CmOptions;
import org.stockade.costmin.CmProblem;
import org.stockade.costmin.CmResult;
import org.stockade.costmin.CmSolver;
import org.stockade.costmin.CostModel;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgProblem;
import org.stockade.uncertainty.UncertaintySet;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * CM solve times on GM (base design, paper-default uncertainty; underage 10, overage 1,
 * production 0), without and with a loss cap, as ratios to the SG solve (constraint generation
 * with the MILP proof, delta 0) measured in the same process.
 */
public final class CmBenchmark {
  /** One case: its timing, the SG baseline, and the CM outcome of the last run. */
  public record Row(String name, Timing timing, Timing baseline, String status, double total,
      int rounds, int milps) {}

  public static final double LOSS_CAP = 50;

  private CmBenchmark() {}

  public static List<Row> run(int warmup, int runs) {
    Network gm = Examples.gm();
    UncertaintySet u = UncertaintySpec.empty().build(gm);
    SgProblem sg = new SgProblem(gm, u, 0);
    ConstraintGenerationSolver cg = new ConstraintGenerationSolver();
    Timing base = Timing.measure("SG (CG + MILP proof)", warmup, runs, () -> cg.solve(sg));
    List<Row> rows = new ArrayList<>();
    CostModel costs = CostModel.uniform(10, 1, 0);
    for (double cap : new double[] {Double.POSITIVE_INFINITY, LOSS_CAP}) {
      CmProblem p = new CmProblem(gm, u, costs, cap);
      CmResult[] last = new CmResult[1];
      String name = cap == Double.POSITIVE_INFINITY ? "CM, no loss cap" : "CM, loss cap " + cap;
      Timing t = Timing.measure(name, warmup, runs, () -> {
        last[0] = new CmSolver().solve(p, CmOptions.defaults());
        return last[0];
      });
      CmResult r = last[0];
      rows.add(new Row(name, t, base, r.status().name(),
          r.hasSolution() ? r.totalCost() : Double.NaN, r.iterations(), r.subproblems()));
    }
    return rows;
  }
}
