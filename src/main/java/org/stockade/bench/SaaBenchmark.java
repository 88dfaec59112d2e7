package org.stockade.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.sim.ScenarioGenerator;
import org.stockade.sim.ScenarioModel;
import org.stockade.sim.ScenarioSet;
import org.stockade.stochastic.CuttingPlaneSolver;
import org.stockade.stochastic.ExtensiveFormSolver;
import org.stockade.stochastic.SaaOptions;
import org.stockade.stochastic.SaaProblem;
import org.stockade.stochastic.SaaResult;
import org.stockade.stochastic.ServiceTarget;

/**
 * SAA on GM (base design, paper Appendix S2 setting: p = 0.1, 95% fill rate): the extensive-form
 * LP (baseline) vs the max-flow cutting planes, both single-threaded, for each sample size, timed
 * in the same process. The extensive form runs under a time limit; a row says when it hit it.
 */
public final class SaaBenchmark {
  /** One sample size: timings and the two results (the last timed run of each). */
  public record Row(int samples, Timing extensive, SaaResult extensiveResult,
      Timing decomposition, SaaResult decompositionResult) {
    /** Relative difference of the optimal costs (NaN unless both are optimal). */
    public double relativeDifference() {
      if (!extensiveResult.status().isOptimal() || !decompositionResult.status().isOptimal()) {
        return Double.NaN;
      }
      return Math.abs(extensiveResult.cost() - decompositionResult.cost())
          / Math.max(1e-9, Math.abs(extensiveResult.cost()));
    }
  }

  private SaaBenchmark() {}

  public static List<Row> run(int[] sizes, int warmup, int runs, long seed,
      Duration extensiveLimit) {
    return run(sizes, warmup, runs, seed, extensiveLimit, line -> { });
  }

  /**
   * {@link #run(int[], int, int, long, Duration)}, reporting an up-front bound and a line per
   * sample size to {@code progress}.
   */
  public static List<Row> run(int[] sizes, int warmup, int runs, long seed,
      Duration extensiveLimit, java.util.function.Consumer<String> progress) {
    long t0 = System.nanoTime();
    long timedRuns = 0;
    for (int n : sizes) {
      timedRuns += n <= 1000 ? runs : 1;
    }
    double cap = extensiveLimit == null ? Double.NaN : extensiveLimit.toSeconds();
    progress.accept(String.format(java.util.Locale.ROOT, "bench saa: %d sample size(s) %s,"
        + " %d timed runs of each method%s", sizes.length, java.util.Arrays.toString(sizes),
        timedRuns, Double.isNaN(cap) ? "" : String.format(java.util.Locale.ROOT, "; the"
            + " extensive form is capped at %.0f s per run, so at most about %.0f min for it",
            cap, timedRuns * cap / 60)));
    int done = 0;
    Network gm = Examples.gm();
    ScenarioModel model = ScenarioModel.paper(gm, 0.1);
    ServiceTarget target = ServiceTarget.fillRate(0.95);
    SaaOptions ext = SaaOptions.defaults().withTimeLimit(extensiveLimit);
    SaaOptions dec = SaaOptions.defaults();
    // warm both code paths on a small instance
    SaaProblem small = new SaaProblem(gm, ScenarioGenerator.generate(model, 50, seed), target);
    for (int w = 0; w < warmup; w++) {
      new ExtensiveFormSolver().solve(small, ext);
      new CuttingPlaneSolver().solve(small, dec);
    }
    List<Row> rows = new ArrayList<>();
    for (int n : sizes) {
      ScenarioSet s = ScenarioGenerator.generate(model, n, seed);
      SaaProblem problem = new SaaProblem(gm, s, target);
      int r = n <= 1000 ? runs : 1;
      SaaResult[] last = new SaaResult[2];
      Timing te = Timing.measure("extensive form", 0, r,
          keep(last, 0, () -> new ExtensiveFormSolver().solve(problem, ext)));
      Timing td = Timing.measure("decomposition", 0, r,
          keep(last, 1, () -> new CuttingPlaneSolver().solve(problem, dec)));
      rows.add(new Row(n, te, last[0], td, last[1]));
      done++;
      progress.accept(String.format(java.util.Locale.ROOT, "bench saa: [%d/%d] %d samples:"
          + " extensive form %s, decomposition %s (elapsed %.1f s)", done, sizes.length, n,
          last[0].status(), last[1].status(), (System.nanoTime() - t0) / 1e9));
    }
    return rows;
  }

  private static Supplier<SaaResult> keep(SaaResult[] slot, int k, Supplier<SaaResult> task) {
    return () -> {
      slot[k] = task.get();
      return slot[k];
    };
  }
}
