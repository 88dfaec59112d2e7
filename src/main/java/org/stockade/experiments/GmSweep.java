package org.stockade.experiments;

import java.util.ArrayList;
import java.util.List;
import org.stockade.lp.LpSolver;
import org.stockade.sweep.Column;
import org.stockade.sweep.Sweep;
import org.stockade.sweep.SweepFunction;
import org.stockade.sweep.SweepTask;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * The GM instance study of {@code stockade reproduce} ({@link GmStudy}: paper §4, Tables 1-4)
 * as a {@link Sweep}: one task per (instance, design, capacity form), instance {@code i} seeded
 * with {@code seed + i} for both its variability draw and its generalized chain, paper-default
 * demand set. The row is {@link GmStudy.Cell} without its wall-clock time.
 */
public final class GmSweep {
  private GmSweep() {}

  /** One solve of the study. */
  public record Cell(long id, long seed, int instance, String design, String capacity)
      implements SweepTask {}

  /** {@link GmStudy#solve} of one cell. */
  public record Function() implements SweepFunction<Cell> {
    @Override
    public List<Column> columns() {
      return List.of(Column.ofLong("instance"), Column.ofText("design"),
          Column.ofText("capacity"), Column.ofLong("arcs"), Column.ofDouble("cost"),
          Column.ofDouble("high_share"));
    }

    @Override
    public List<Object> apply(Cell t) {
      LpSolver.loadNatives();
      if (!List.of(GmStudy.DESIGNS).contains(t.design())) {
        throw new org.stockade.model.InvalidInputException("design '" + t.design() + "' is not"
            + " one of " + String.join(", ", GmStudy.DESIGNS));
      }
      GmStudy.Settings s = new GmStudy.Settings(1, t.seed(), UncertaintySpec.empty(), 1, false);
      GmStudy.Cell c = GmStudy.solve(s, 0, t.design(), t.capacity());
      return List.of((long) t.instance(), c.design(), c.capacity(), (long) c.arcs(), c.cost(),
          c.highShare());
    }
  }

  /** All cells of {@code instances} instances, in the order of {@link GmStudy#run}. */
  public static Sweep<Cell> of(int instances, long seed) {
    if (instances < 1) {
      throw new org.stockade.model.InvalidInputException("--instances must be >= 1, got "
          + instances);
    }
    List<Cell> tasks = new ArrayList<>();
    for (String cap : new String[] {"uncertain", "deterministic"}) {
      for (String d : GmStudy.DESIGNS) {
        for (int i = 0; i < instances; i++) {
          tasks.add(new Cell(tasks.size(), seed + i, i, d, cap));
        }
      }
    }
    return new Sweep<>("gm", tasks, new Function());
  }
}
