package org.stockade.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.stockade.flexdesign.CandidateArc;
import org.stockade.flexdesign.DesignOptions;
import org.stockade.flexdesign.DesignProblem;
import org.stockade.flexdesign.DesignResult;
import org.stockade.flexdesign.DesignSolver;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.robust.SgProblem;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * Exact against heuristic joint design ({@link DesignSolver}) on GM (paper defaults) with
 * {@code k} candidate arcs drawn at random (seeded) from the 110 pairs outside the base design,
 * or all of them. One timed run per method and case after one untimed warm-up solve (solves take
 * seconds to minutes); the exact solve is the baseline of the ratios.
 */
public final class DesignBenchmark {
  private DesignBenchmark() {}

  /**
   * One case: the exact and the heuristic result (each with its time in its
   * {@link DesignResult#millis()}).
   */
  public record Row(String name, int candidates, double arcCost, DesignResult exact,
      DesignResult heuristic) {
    /** Heuristic time / exact time. */
    public double timeRatio() {
      return heuristic.millis() / exact.millis();
    }

    /** (heuristic cost - best known cost) / best known cost: its excess over the best design. */
    public double costExcess() {
      double best = Math.min(exact.cost(), heuristic.cost());
      return (heuristic.cost() - best) / best;
    }
  }

  /** GM with {@code k} seeded random candidates ({@code k < 0}: all 110). */
  public static DesignProblem gm(int k, double arcCost, long seed) {
    Network n = Examples.gm();
    SgProblem base = new SgProblem(n, UncertaintySpec.empty().build(n), 0);
    List<CandidateArc> all = new ArrayList<>(DesignProblem.allPairs(base, arcCost, null)
        .candidates());
    if (k >= 0 && k < all.size()) {
      Collections.shuffle(all, new Random(seed));
      all = all.subList(0, k);
    }
    return new DesignProblem(base, all, null, null, null);
  }

  public static List<Row> run(int[] counts, double arcCost, long seed, Duration limit,
      Consumer<String> progress) {
    DesignOptions o = DesignOptions.defaults().withTimeLimit(limit);
    new DesignSolver(o).solve(gm(3, arcCost, seed)); // warm-up: natives, JIT
    List<Row> rows = new ArrayList<>();
    for (int k : counts) {
      DesignProblem p = gm(k, arcCost, seed);
      String name = "GM, " + p.candidates().size() + " candidates";
      progress.accept(name + ": exact");
      DesignResult exact = new DesignSolver(o).solve(p);
      progress.accept(name + ": heuristic");
      DesignResult heur = new DesignSolver(o.withMethod(DesignOptions.Method.HEURISTIC))
          .solve(p);
      rows.add(new Row(name, p.candidates().size(), arcCost, exact, heur));
    }
    return rows;
  }
}
