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
    return run(warmup, runs, line -> { });
  }

  /**
   * {@link #run(int, int)}, reporting an estimate after the SG baseline and a line per case to
   * {@code progress}.
   */
  public static List<Row> run(int warmup, int runs,
      java.util.function.Consumer<String> progress) {
    long t0 = System.nanoTime();
    progress.accept(String.format(java.util.Locale.ROOT, "bench cm: 3 cases x %d warm-up + %d"
        + " timed solves; timing the SG baseline first", warmup, runs));
    Network gm = Examples.gm();
    UncertaintySet u = UncertaintySpec.empty().build(gm);
    SgProblem sg = new SgProblem(gm, u, 0);
    ConstraintGenerationSolver cg = new ConstraintGenerationSolver();
    Timing base = Timing.measure("SG (CG + MILP proof)", warmup, runs, () -> cg.solve(sg));
    double spent = (System.nanoTime() - t0) / 1e9;
    progress.accept(String.format(java.util.Locale.ROOT, "bench cm: [1/3] SG baseline done in"
        + " %.1f s; CM cases usually take 2-20x the SG time each, so roughly %.0f-%.0f s more",
        spent, 2 * 2 * spent, 2 * 20 * spent));
    int done = 1;
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
      done++;
      progress.accept(String.format(java.util.Locale.ROOT, "bench cm: [%d/3] %s done (elapsed"
          + " %.1f s)", done, name, (System.nanoTime() - t0) / 1e9));
      rows.add(new Row(name, t, base, r.status().name(),
          r.hasSolution() ? r.totalCost() : Double.NaN, r.iterations(), r.subproblems()));
    }
    return rows;
  }
}
