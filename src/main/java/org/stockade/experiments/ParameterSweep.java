package org.stockade.experiments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stockade.design.Designs;
import org.stockade.lp.LpSolver;
import org.stockade.model.Examples;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.sweep.Column;
import org.stockade.sweep.Sweep;
import org.stockade.sweep.SweepFunction;
import org.stockade.sweep.SweepTask;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * A parameter sweep of the SG model (paper §3, model (2)) on the GM case: the optimal
 * inventory cost as one uncertainty parameter varies, all others at the paper defaults (alpha 2,
 * unstandardized beta 2, 10% of total capacity lost, delta 0, h 1). Parameters: {@code beta}
 * (aggregate demand budget), {@code alpha} (box), {@code capacity-loss} (zeta, the share of
 * total capacity that may be lost) and {@code delta} (lost-sales allowance). The design is
 * {@code base}, {@code full} or {@code generalized:K} (a generalized K-chain drawn from the
 * task's seed, so each point of the sweep is reproducible from its row).
 */
public final class ParameterSweep {
  public static final List<String> PARAMETERS = List.of("beta", "alpha", "capacity-loss",
      "delta");

  private ParameterSweep() {}

  /** One point: the parameter's value; the seed draws a generalized chain's arcs. */
  public record Point(long id, long seed, double value) implements SweepTask {}

  /** One SG solve per point (constraint generation, exact enumeration proof). */
  public record Function(String parameter, String design) implements SweepFunction<Point> {
    public Function {
      if (!PARAMETERS.contains(parameter)) {
        throw new InvalidInputException("--parameter '" + parameter + "' is not known; use one"
            + " of " + String.join(", ", PARAMETERS));
      }
      network(design, 0); // validates the design name
    }

    @Override
    public List<Column> columns() {
      return List.of(Column.ofText("parameter"), Column.ofDouble("value"),
          Column.ofText("design"), Column.ofText("status"), Column.ofDouble("cost"),
          Column.ofDouble("total_inventory"), Column.ofLong("iterations"));
    }

    @Override
    public List<Object> apply(Point t) {
      LpSolver.loadNatives();
      Network n = network(design, t.seed());
      double v = t.value();
      if (!Double.isFinite(v) || v < 0) {
        throw new InvalidInputException(parameter + " must be a finite number >= 0, got " + v);
      }
      UncertaintySpec spec = switch (parameter) {
        case "beta" -> new UncertaintySpec(null, v, AggregateForm.UNSTANDARDIZED, null, null,
            null, null, null, null, null);
        case "alpha" -> new UncertaintySpec(v, null, null, null, null, null, null, null, null,
            null);
        case "capacity-loss" -> new UncertaintySpec(null, null, null, null, null, null,
            CapacityLossKind.FRACTION, v, null, null);
        default -> UncertaintySpec.empty();
      };
      double delta = parameter.equals("delta") ? v : 0;
      SgResult r = new ConstraintGenerationSolver().solve(new SgProblem(n, spec.build(n), delta),
          SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION));
      double total = r.hasSolution() ? Arrays.stream(r.inventory()).sum() : Double.NaN;
      return Arrays.asList(parameter, v, design, r.status().name().toLowerCase(Locale.ROOT),
          r.hasSolution() ? r.cost() : Double.NaN, total, (long) r.iterations());
    }
  }

  static Network network(String design, long seed) {
    Network base = Examples.gm();
    if (design == null || design.equals("base")) {
      return base;
    }
    if (design.equals("full")) {
      return base.withArcs("full", Designs.full(base));
    }
    if (design.matches("generalized:[1-6]")) {
      int k = design.charAt(design.length() - 1) - '0';
      return base.withArcs(design, Designs.generalizedChain(base, k, seed));
    }
    throw new InvalidInputException("--design '" + design + "' is not known for the sweep; use"
        + " base, full or generalized:K (K = 1..6)");
  }

  /** Points {@code values[k]} with ids {@code k} and seeds {@code seed + k}. */
  public static Sweep<Point> of(String parameter, String design, double[] values, long seed) {
    List<Point> tasks = new ArrayList<>(values.length);
    for (int k = 0; k < values.length; k++) {
      tasks.add(new Point(k, seed + k, values[k]));
    }
    return new Sweep<>("sg-param", tasks, new Function(parameter, design));
  }
}
