package org.stockade.flexdesign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.stockade.lp.LpSolver;
import org.stockade.model.Examples;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.robust.SgProblem;
import org.stockade.sweep.Column;
import org.stockade.sweep.Sweep;
import org.stockade.sweep.SweepFunction;
import org.stockade.sweep.SweepTask;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * The flexibility frontier ({@link DesignFrontier}: the joint arc-and-inventory optimum per
 * budget K on added arcs, docs/design.md) as a {@link Sweep}: one task per budget, each an
 * independent exact design solve on GM (paper-default uncertainty) with {@code candidates}
 * candidate arcs drawn from the task's seed, each at {@code arcCost}. The same seed for every
 * budget gives one frontier; different seeds give frontiers of different candidate sets.
 */
public final class DesignSweep {
  private DesignSweep() {}

  /** Budget {@code maxArcs} on the candidate set drawn with {@code seed}. */
  public record Budget(long id, long seed, int maxArcs) implements SweepTask {}

  /**
   * @param candidates number of candidate arcs drawn (all 110 when larger)
   * @param arcCost cost of each added arc
   * @param timeLimitSeconds limit of each design solve (a solve that hits it reports its
   *     status; its design may then depend on timing, so exact equality across engines holds
   *     for solves that finish)
   */
  public record Function(int candidates, double arcCost, double timeLimitSeconds)
      implements SweepFunction<Budget> {
    public Function {
      if (candidates < 1) {
        throw new InvalidInputException("--candidates must be >= 1, got " + candidates);
      }
      if (!(arcCost >= 0) || Double.isInfinite(arcCost)) {
        throw new InvalidInputException("--arc-cost must be a finite number >= 0, got "
            + arcCost);
      }
      if (!(timeLimitSeconds > 0)) {
        throw new InvalidInputException("design time limit must be > 0 s, got "
            + timeLimitSeconds);
      }
    }

    @Override
    public List<Column> columns() {
      return List.of(Column.ofLong("max_arcs"), Column.ofLong("candidates"),
          Column.ofText("status"), Column.ofDouble("total_cost"), Column.ofDouble("arc_cost"),
          Column.ofDouble("inventory_cost"), Column.ofDouble("lower_bound"),
          Column.ofText("arcs_added"));
    }

    @Override
    public List<Object> apply(Budget t) {
      if (t.maxArcs() < 0) {
        throw new InvalidInputException("arc budget must be >= 0, got " + t.maxArcs());
      }
      LpSolver.loadNatives();
      DesignProblem p = problem(candidates, arcCost, t.seed()).withMaxArcs(t.maxArcs());
      DesignResult r = new DesignSolver(DesignOptions.defaults().withTimeLimit(
          Duration.ofMillis((long) Math.ceil(timeLimitSeconds * 1000)))).solve(p);
      List<String> added = new ArrayList<>();
      if (r.hasSolution()) {
        Network n = p.network();
        for (int k : r.chosen()) {
          CandidateArc a = p.candidates().get(k);
          added.add(n.plant(a.plant()).id() + "-" + n.product(a.product()).id());
        }
      }
      return Arrays.asList((long) t.maxArcs(), (long) p.candidates().size(),
          r.status().name().toLowerCase(Locale.ROOT), r.hasSolution() ? r.cost() : Double.NaN,
          r.arcCost(), r.inventoryCost(), r.lowerBound(), String.join(" ", added));
    }
  }

  /** GM with {@code k} candidate arcs drawn with {@code seed} from the 110 outside the design. */
  static DesignProblem problem(int k, double arcCost, long seed) {
    Network n = Examples.gm();
    SgProblem base = new SgProblem(n, UncertaintySpec.empty().build(n), 0);
    List<CandidateArc> all = new ArrayList<>(DesignProblem.allPairs(base, arcCost, null)
        .candidates());
    if (k < all.size()) {
      Collections.shuffle(all, new Random(seed));
      all = all.subList(0, k);
    }
    return new DesignProblem(base, all, null, null, null);
  }

  /** Budgets {@code 0..maxArcs} (ids = budgets) on the candidate set of {@code seed}. */
  public static Sweep<Budget> frontier(int candidates, double arcCost, int maxArcs, long seed,
      double timeLimitSeconds) {
    if (maxArcs < 0 || maxArcs > 110) {
      throw new InvalidInputException("--max-arcs must be in 0..110 (GM has 110 arcs outside"
          + " its design), got " + maxArcs + "; e.g. --max-arcs 4");
    }
    List<Budget> tasks = new ArrayList<>();
    for (int k = 0; k <= maxArcs; k++) {
      tasks.add(new Budget(k, seed, k));
    }
    return new Sweep<>("design", tasks, new Function(candidates, arcCost, timeLimitSeconds));
  }
}
