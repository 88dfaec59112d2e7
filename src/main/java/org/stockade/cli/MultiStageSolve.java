package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.stockade.io.MultiStageDefinition;
import org.stockade.io.LoadedNetwork;
import org.stockade.model.InvalidInputException;
import org.stockade.multistage.MsgExamples;
import org.stockade.multistage.MsgProblem;
import org.stockade.multistage.MsgResult;
import org.stockade.multistage.MsgSolver;
import org.stockade.multistage.MsgVerifier;
import org.stockade.report.MsgReport;
import org.stockade.robust.SgOptions;
import org.stockade.robust.Verification;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * The multi-stage branch of {@code stockade solve}: taken when FILE has a top-level
 * {@code stages:} key or {@code --example gm-two-tier} is given. Runs the m-SG solver with the
 * same uncertainty, delta, time-limit, tolerance and format options as the SG solve.
 */
final class MultiStageSolve {
  static final String EXAMPLE = "gm-two-tier";

  private MultiStageSolve() {}

  /** Whether {@code solve} was given the built-in multi-stage example (and no FILE). */
  static boolean isExample(Path file, String example) {
    return example != null && file == null
        && example.toLowerCase(Locale.ROOT).equals(EXAMPLE);
  }

  /**
   * Solves the multi-stage network {@code loaded} (null: the built-in gm-two-tier example)
   * with the solve command's options.
   */
  static int run(SolveCommand cmd, LoadedNetwork.MultiStage loaded) {
    String fmt = Values.format(cmd.format);
    if (cmd.design != null) {
      throw new InvalidInputException("--design applies to plant-product networks; a"
          + " multi-stage network defines its arcs in the file (flexibility: or arcs:), so drop"
          + " --design");
    }
    if (!cmd.solver.equalsIgnoreCase("cg") && !cmd.solver.equalsIgnoreCase(
        "constraint-generation")) {
      throw new InvalidInputException("--solver " + cmd.solver + " is not available for"
          + " multi-stage networks; the m-SG model is solved by constraint generation over cuts"
          + " (the default, cg)");
    }
    if (cmd.generate != null) {
      throw new InvalidInputException("--generate makes a single-stage network; drop it to solve"
          + " the multi-stage network");
    }
    if (!cmd.proof.equalsIgnoreCase("milp") && !cmd.proof.equalsIgnoreCase("auto")) {
      throw new InvalidInputException("--proof " + cmd.proof + " is not available for"
          + " multi-stage networks; optimality is always proven by the exact cut MILP (milp)");
    }
    PrintWriter err = cmd.spec.commandLine().getErr();
    MultiStageDefinition def;
    if (loaded == null) {
      def = new MultiStageDefinition(MsgExamples.gmTwoTier(), UncertaintySpec.empty(), null,
          List.of());
    } else {
      def = loaded.definition();
    }
    Warnings.print(err, def.warnings());
    UncertaintySpec settings = def.uncertainty().overriddenBy(cmd.flags());
    double d = cmd.delta != null ? Values.number("--delta", cmd.delta)
        : def.delta() != null ? def.delta() : 0.0;
    MsgProblem problem = MsgProblem.of(def.network(), settings, d);
    Duration limit = Values.seconds("--time-limit", cmd.timeLimit);
    Values.tolerance("--tolerance", cmd.tolerance, 0.01);
    SgOptions options = SgOptions.defaults()
        .withTimeLimit(limit)
        .withTolerance(cmd.tolerance == null ? SgOptions.defaults().tolerance() : cmd.tolerance)
        .withCancel(cmd.ctx.cancel());
    MsgResult result = new MsgSolver().solve(problem, options);
    Verification v = cmd.noVerify || !result.hasSolution() ? null
        : MsgVerifier.verify(problem, result);
    MsgReport report = new MsgReport(problem, result, v);
    Output.emit(cmd.ctx, cmd.spec.commandLine().getOut(), fmt, report::json, report::csv,
        () -> report.table(Math.max(0, cmd.scenarios)));
    if (v != null && !v.ok()) {
      return 1;
    }
    return result.status().isOptimal() ? 0 : Main.EXIT_NOT_OPTIMAL;
  }
}
