package org.stockade.bench;

import java.util.ArrayList;
import java.util.List;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.multistage.LayeredNetwork;
import org.stockade.multistage.MsgExamples;
import org.stockade.multistage.MsgProblem;
import org.stockade.multistage.MsgResult;
import org.stockade.multistage.MsgSolver;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * m-SG solve times, as ratios to the SG constraint-generation solve of the single-stage GM base
 * design (the baseline) measured in the same process: m-SG on the same GM network written as a
 * two-stage layered network (same optimum), and m-SG on {@code gm-two-tier} with and without
 * the max-flow separation heuristic. Two uncertainty settings: the paper defaults and "any one
 * capacitated node down".
 */
public final class MsgBenchmark {
  /** One setting's timings and optimal costs (costs let the reader check the equalities). */
  public record Row(String setting, List<Timing> timings, List<Double> costs) {}

  private MsgBenchmark() {}

  public static List<Row> run(int warmup, int runs) {
    List<Row> rows = new ArrayList<>();
    UncertaintySpec defaults = UncertaintySpec.empty();
    UncertaintySpec oneDown = new UncertaintySpec(null, null, null, null, null, null,
        CapacityLossKind.PLANTS, 1.0, null, null);
    Network gm = Examples.gm();
    LayeredNetwork gmLayered = LayeredNetwork.fromNetwork(gm);
    LayeredNetwork twoTier = MsgExamples.gmTwoTier();
    MsgSolver msg = new MsgSolver();
    SgOptions noHeuristic = SgOptions.defaults().withHeuristic(false);
    for (int k = 0; k < 2; k++) {
      UncertaintySpec spec = k == 0 ? defaults : oneDown;
      SgProblem sg = new SgProblem(gm, spec.build(gm), 0);
      MsgProblem layered = MsgProblem.of(gmLayered, spec, 0);
      MsgProblem tier = MsgProblem.of(twoTier, spec, 0);
      List<Timing> t = new ArrayList<>();
      List<Double> c = new ArrayList<>();
      SgResult base = new ConstraintGenerationSolver().solve(sg);
      c.add(base.cost());
      t.add(Timing.measure("SG CG, GM base (baseline)", warmup, runs,
          () -> new ConstraintGenerationSolver().solve(sg)));
      c.add(msg.solve(layered).cost());
      t.add(Timing.measure("m-SG, GM as 2 stages", warmup, runs, () -> msg.solve(layered)));
      MsgResult r = msg.solve(tier);
      c.add(r.cost());
      t.add(Timing.measure("m-SG, gm-two-tier", warmup, runs, () -> msg.solve(tier)));
      c.add(msg.solve(tier, noHeuristic).cost());
      t.add(Timing.measure("m-SG, gm-two-tier, MILP only", warmup, runs,
          () -> msg.solve(tier, noHeuristic)));
      rows.add(new Row(k == 0 ? "paper defaults" : "one node down", t, c));
    }
    return rows;
  }
}
