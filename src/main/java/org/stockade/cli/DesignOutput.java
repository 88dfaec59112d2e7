package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stockade.flexdesign.DesignFrontier;
import org.stockade.flexdesign.DesignOptions;
import org.stockade.flexdesign.DesignProblem;
import org.stockade.flexdesign.DesignResult;
import org.stockade.flexdesign.DesignSolver;
import org.stockade.io.AtomicFiles;
import org.stockade.report.DesignReport;
import org.stockade.report.chart.Charts;
import org.stockade.report.chart.LineChartSpec;
import org.stockade.report.chart.Series;
import org.stockade.robust.Verification;

/** Output of {@code stockade design}: one solve, or the frontier with its CSV and chart. */
final class DesignOutput {
  private DesignOutput() {}

  static String single(DesignProblem p, DesignResult r, Verification v, String fmt) {
    return DesignReport.single(p, r, v, fmt);
  }

  /**
   * Solves budgets 0..K (K = {@code maxArcs}, else the arc count of the unconstrained optimum,
   * found first within a quarter of the time), prints the frontier and writes it to
   * {@code out}. Exit 0 when every point is optimal, else 3.
   */
  static int frontier(RunContext ctx, PrintWriter o, DesignProblem p, DesignOptions options, Integer maxArcs,
      Double ttsBudget, Path out, String fmt) {
    int k;
    if (maxArcs != null) {
      k = maxArcs;
    } else {
      DesignOptions first = options.timeLimit() == null ? options
          : options.withTimeLimit(options.timeLimit().dividedBy(4));
      DesignResult free = new DesignSolver(first).solve(p);
      if (!free.hasSolution()) {
        o.println("status " + free.status() + ": " + free.message());
        o.flush();
        return Main.EXIT_NOT_OPTIMAL;
      }
      k = free.chosen().size();
      if (options.timeLimit() != null) {
        options = options.withTimeLimit(options.timeLimit().multipliedBy(3).dividedBy(4));
      }
    }
    k = Math.min(k, p.candidates().size());
    List<DesignFrontier.Point> points = DesignFrontier.compute(p, k, options);
    Double units = null;
    if (ttsBudget != null) {
      units = ttsBudget * java.util.Arrays.stream(p.network().means()).sum();
    }
    Double u = units;
    Output.emit(ctx, o, fmt, () -> DesignReport.frontier(p, points, u, "json"),
        () -> DesignReport.frontier(p, points, u, "csv"),
        () -> DesignReport.frontier(p, points, u, fmt));
    if (out != null) {
      Path csv = out.resolve("frontier.csv");
      try {
        java.nio.file.Files.createDirectories(out);
        AtomicFiles.writeString(csv, DesignReport.frontier(p, points, units, "csv"));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("could not write " + csv, e);
      }
      List<Path> charts = chart(p, points, out);
      o.println("wrote " + csv + (charts.isEmpty() ? "" : ", " + charts.get(0) + ", "
          + charts.get(1)));
    }
    o.flush();
    boolean allOptimal = points.stream().allMatch(pt -> pt.result().status().isOptimal());
    return allOptimal ? 0 : Main.EXIT_NOT_OPTIMAL;
  }

  private static List<Path> chart(DesignProblem p, List<DesignFrontier.Point> points,
      Path out) {
    List<Double> x = new ArrayList<>();
    List<Double> total = new ArrayList<>();
    List<Double> arcs = new ArrayList<>();
    List<Double> inv = new ArrayList<>();
    List<Double> bound = new ArrayList<>();
    for (DesignFrontier.Point pt : points) {
      if (!pt.result().hasSolution()) {
        continue;
      }
      x.add((double) pt.budget());
      total.add(pt.result().cost());
      arcs.add(pt.result().arcCost());
      inv.add(pt.result().inventoryCost());
      bound.add(pt.result().lowerBound());
    }
    if (x.isEmpty()) {
      return List.of();
    }
    double[] xs = x.stream().mapToDouble(Double::doubleValue).toArray();
    LineChartSpec spec = new LineChartSpec("Flexibility vs inventory: " + p.network().name(),
        "budget on added arcs K", "cost",
        List.of(new Series("total", xs, arr(total)), new Series("arc cost", xs, arr(arcs)),
            new Series("inventory cost", xs, arr(inv)),
            new Series("lower bound", xs, arr(bound))));
    return Charts.writeLine(spec, out, "frontier");
  }

  private static double[] arr(List<Double> l) {
    return l.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
