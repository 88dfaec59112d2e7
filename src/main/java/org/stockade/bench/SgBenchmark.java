package org.stockade.bench;

import java.util.ArrayList;
import java.util.List;
import org.stockade.design.Designs;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.EnumerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * SG solve times on the GM designs (paper-default uncertainty): the enumeration LP with all
 * 2^16 - 1 subset constraints is the baseline; constraint generation with the MILP proof and with
 * the enumeration proof are reported as ratios to it, all measured in the same process.
 */
public final class SgBenchmark {
  /** One design's timings. */
  public record Row(String design, Timing baseline, Timing milp, Timing enumeration) {}

  private SgBenchmark() {}

  public static List<Row> run(int warmup, int runs) {
    Network gm = Examples.gm();
    Network[] designs = {gm, gm.withArcs("2-chain", Designs.generalizedChain(gm, 2, 1)),
        gm.withArcs("3-chain", Designs.generalizedChain(gm, 3, 1)),
        gm.withArcs("4-chain", Designs.generalizedChain(gm, 4, 1)),
        gm.withArcs("full", Designs.full(gm))};
    String[] names = {"base", "2-chain (seed 1)", "3-chain (seed 1)", "4-chain (seed 1)", "full"};
    List<Row> rows = new ArrayList<>();
    ConstraintGenerationSolver cg = new ConstraintGenerationSolver();
    for (int k = 0; k < designs.length; k++) {
      Network n = designs[k];
      SgProblem p = new SgProblem(n, UncertaintySpec.empty().build(n), 0);
      Timing base = Timing.measure("enumeration LP", warmup, runs,
          () -> new EnumerationSolver().solve(p));
      Timing milp = Timing.measure("CG + MILP proof", warmup, runs, () -> cg.solve(p));
      Timing en = Timing.measure("CG + enumeration proof", warmup, runs,
          () -> cg.solve(p, SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION)));
      rows.add(new Row(names[k], base, milp, en));
    }
    return rows;
  }
}
