package org.stockade.cli;

import java.io.PrintWriter;
import java.time.Duration;
import org.stockade.costmin.CmOptions;
import org.stockade.costmin.CmProblem;
import org.stockade.costmin.CmResult;
import org.stockade.costmin.CmSolver;
import org.stockade.costmin.CmVerifier;
import org.stockade.costmin.CostSpec;
import org.stockade.model.Network;
import org.stockade.report.CmReport;
import org.stockade.uncertainty.UncertaintySet;

/** {@code stockade solve --model cm}: solve, verify and print the cost-minimization model. */
final class CmRun {
  private CmRun() {}

  static int run(RunContext ctx, PrintWriter out, Network network, UncertaintySet set,
      CostSpec costs, String fmt, String design, Duration timeLimit, Double tolerance, boolean noVerify,
      int scenarios) {
    CmProblem problem = new CmProblem(network, set, costs.model(), costs.lossCapOrNone());
    CmOptions options = CmOptions.defaults()
        .withTimeLimit(timeLimit)
        .withCancel(ctx.cancel());
    if (tolerance != null) {
      options = options.withTolerance(tolerance);
    }
    CmResult result = new CmSolver().solve(problem, options);
    CmVerifier.Report v = noVerify || !result.hasSolution() ? null
        : CmVerifier.verify(problem, result);
    CmReport report = new CmReport(problem, result, design, v);
    Output.emit(ctx, out, fmt, report::json, report::csv,
        () -> report.table(Math.max(0, scenarios)));
    if (v != null && !v.ok()) {
      return 1;
    }
    return result.status().isOptimal() ? 0 : Main.EXIT_NOT_OPTIMAL;
  }
}
