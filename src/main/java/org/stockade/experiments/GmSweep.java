package org.stockade.experiments;

import java.util.ArrayList;
import java.util.List;
import org.stockade.lp.LpSolver;
import org.stockade.model.InvalidInputException;
import org.stockade.sweep.Column;
import org.stockade.sweep.Sweep;
import org.stockade.sweep.SweepEngine;
import org.stockade.sweep.SweepEngines;
import org.stockade.sweep.SweepFunction;
import org.stockade.sweep.SweepResult;
import org.stockade.sweep.SweepRow;
import org.stockade.sweep.SweepTask;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * The GM instance study of {@code stockade reproduce} ({@link GmStudy}: paper §4, Tables 1-4)
 * as a {@link Sweep}: one task per (instance, design, capacity form), instance {@code i} seeded
 * with {@code seed + i} for both its variability draw and its generalized chain. The row is
 * {@link GmStudy.Cell} without its wall-clock time (not a function of the task).
 */
public final class GmSweep {
  private GmSweep() {}

  /** One solve of the study. */
  public record Cell(long id, long seed, int instance, String design, String capacity)
      implements SweepTask {}

  /**
   * {@link GmStudy#solve} of one cell, with the study's demand settings (null: paper default).
   *
   * @param shareRange also the range of the high-variability share over the optimal face
   */
  public record Function(Double alpha, Double beta, AggregateForm aggregate, Double gamma,
      boolean shareRange) implements SweepFunction<Cell> {
    /** Paper-default demand set, no share range. */
    public Function() {
      this(null, null, null, null, false);
    }

    @Override
    public List<Column> columns() {
      return List.of(Column.ofLong("instance"), Column.ofText("design"),
          Column.ofText("capacity"), Column.ofLong("arcs"), Column.ofDouble("cost"),
          Column.ofDouble("high_share"), Column.ofDouble("high_share_min"),
          Column.ofDouble("high_share_max"));
    }

    @Override
    public List<Object> apply(Cell t) {
      LpSolver.loadNatives();
      if (!List.of(GmStudy.DESIGNS).contains(t.design())) {
        throw new InvalidInputException("design '" + t.design() + "' is not one of "
            + String.join(", ", GmStudy.DESIGNS));
      }
      UncertaintySpec demand = new UncertaintySpec(alpha, beta, aggregate, gamma, null, null,
          null, null, null, null);
      GmStudy.Settings s = new GmStudy.Settings(1, t.seed(), demand, 1, shareRange);
      GmStudy.Cell c = GmStudy.solve(s, 0, t.design(), t.capacity());
      return List.of((long) t.instance(), c.design(), c.capacity(), (long) c.arcs(), c.cost(),
          c.highShare(), c.highShareMin(), c.highShareMax());
    }
  }

  /** All cells of {@code instances} instances, paper-default demand, in GmStudy's order. */
  public static Sweep<Cell> of(int instances, long seed) {
    return of(new GmStudy.Settings(instances, seed, UncertaintySpec.empty(), 1, false));
  }

  /** All cells of a study, in the order of {@link GmStudy#run}. */
  public static Sweep<Cell> of(GmStudy.Settings s) {
    if (s.instances() < 1) {
      throw new InvalidInputException("--instances must be >= 1, got " + s.instances());
    }
    UncertaintySpec d = s.demand();
    if (d.demandRows() != null || d.capacityRows() != null || d.serviceLevel() != null
        || d.serviceLevels() != null || d.capacityLoss() != null || d.zeta() != null) {
      throw new InvalidInputException("the GM study on a sweep engine takes only alpha, beta,"
          + " aggregate and gamma demand settings; run it with --engine local");
    }
    List<Cell> tasks = new ArrayList<>();
    for (String cap : new String[] {"uncertain", "deterministic"}) {
      for (String design : GmStudy.DESIGNS) {
        for (int i = 0; i < s.instances(); i++) {
          tasks.add(new Cell(tasks.size(), s.seed() + i, i, design, cap));
        }
      }
    }
    return new Sweep<>("gm", tasks, new Function(d.alpha(), d.beta(), d.aggregate(), d.gamma(),
        s.shareRange()));
  }

  /**
   * The study's cells run on {@code engine} ({@code local} or {@code spark}), as
   * {@link GmStudy#run} returns them (wall time NaN: not measured per cell on an engine).
   *
   * @throws IllegalStateException naming the first failed cell, as {@link GmStudy#run} does
   */
  public static List<GmStudy.Cell> run(GmStudy.Settings s, String engine, String master,
      java.util.function.Consumer<String> progress) {
    Sweep<Cell> sweep = of(s);
    SweepResult res = SweepEngines.get(engine).run(sweep, new SweepEngine.Settings(master,
        Math.max(1, s.threads()), null, progress));
    List<GmStudy.Cell> out = new ArrayList<>();
    for (SweepRow r : res.rows()) {
      Cell t = sweep.tasks().get((int) r.id());
      if (!r.ok()) {
        throw new IllegalStateException("GM study failed: instance " + t.instance() + " "
            + t.design() + " " + t.capacity() + ": " + r.error());
      }
      out.add(new GmStudy.Cell(t.instance(), t.design(), t.capacity(), (int) (long) (Long)
          r.value(3), r.real(4), r.real(5), r.real(6), r.real(7), t.seed(), Double.NaN));
    }
    return out;
  }
}
