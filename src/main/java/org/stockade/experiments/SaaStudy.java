package org.stockade.experiments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stockade.io.AtomicFiles;
import org.stockade.report.Csv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.stockade.model.Network;
import org.stockade.report.Variability;
import org.stockade.report.chart.BarChartSpec;
import org.stockade.report.chart.Charts;
import org.stockade.report.chart.Series;
import org.stockade.sim.Parallel;
import org.stockade.sim.ScenarioGenerator;
import org.stockade.sim.ScenarioModel;
import org.stockade.sim.ScenarioSet;
import org.stockade.stochastic.CuttingPlaneSolver;
import org.stockade.stochastic.SaaOptions;
import org.stockade.stochastic.SaaProblem;
import org.stockade.stochastic.SaaResult;
import org.stockade.stochastic.ServiceTarget;

/**
 * The stochastic counterpart on GM, paper Table 5 / Appendix S2 (spec section 6): for each
 * instance i (seed S + i) the GM network with 8 random high-variability products and the
 * generalized K-chains of {@link GmStudy} (same seeds, so the same networks as Tables 1-4),
 * demand truncated normal at mu ± 2 sigma, each plant down independently with probability p,
 * {@code min sum r} s.t. expected fill rate >= tau over n SAA samples (seed S + i, shared by
 * the designs of an instance). Solved by the max-flow cutting planes; reports the total
 * inventory and the share held on high-variability products.
 */
public final class SaaStudy {
  /** Settings of the study. */
  public record Settings(int instances, long seed, int samples, double p, double fillRate,
      int threads) {}

  /** One SAA solve. */
  public record Cell(int instance, String design, int arcs, double total, double highShare,
      double fillRate, String status, int rounds, double millis, long seed) {}

  /** Mean over instances per design. */
  public record Summary(String design, Stats total, Stats highShare, Stats millis, double arcs) {}

  private SaaStudy() {}

  public static int jobCount(Settings s) {
    return GmStudy.DESIGNS.length * s.instances();
  }

  public static List<Cell> run(Settings s, IntConsumer progress) {
    int designs = GmStudy.DESIGNS.length;
    Cell[] cells = new Cell[s.instances() * designs];
    AtomicInteger done = new AtomicInteger();
    Parallel.forEach(cells.length, s.threads(), k -> {
      cells[k] = solve(s, k / designs, GmStudy.DESIGNS[k % designs]);
      progress.accept(done.incrementAndGet());
    });
    return List.of(cells);
  }

  static Cell solve(Settings s, int instance, String design) {
    long seed = s.seed() + instance;
    Network n = GmStudy.instanceNetwork(seed, design);
    ScenarioSet samples = ScenarioGenerator.generate(ScenarioModel.paper(n, s.p()), s.samples(),
        seed, 1);
    SaaResult r = new CuttingPlaneSolver().solve(new SaaProblem(n, samples,
        ServiceTarget.fillRate(s.fillRate())), SaaOptions.defaults());
    if (!r.hasSolution()) {
      throw new IllegalStateException("instance " + instance + " " + design + ": " + r.status()
          + " " + r.message());
    }
    return new Cell(instance, design, n.arcs().size(), r.totalInventory(),
        Variability.highShare(n, r.inventory()), r.achievedFillRate(), r.status().name(),
        r.iterations(), r.millis(), seed);
  }

  public static List<Summary> summarize(List<Cell> cells) {
    List<Summary> out = new ArrayList<>();
    for (String d : GmStudy.DESIGNS) {
      List<Cell> c = cells.stream().filter(x -> x.design().equals(d)).toList();
      out.add(new Summary(d, Stats.of(c.stream().mapToDouble(Cell::total).toArray()),
          Stats.of(c.stream().mapToDouble(Cell::highShare).toArray()),
          Stats.of(c.stream().mapToDouble(Cell::millis).toArray()),
          c.stream().mapToInt(Cell::arcs).average().orElse(Double.NaN)));
    }
    return out;
  }

  /**
   * Writes saa-table5.csv, saa-table5-instances.csv, bar charts and saa-report.md to {@code out}.
   *
   * @return the report path
   */
  public static Path write(Path out, Settings s, List<Cell> cells, String command) {
    try {
      Files.createDirectories(out);
      Csv inst = new Csv("instance", "seed", "design", "arcs", "total_inventory", "high_share",
          "in_sample_fill_rate", "status", "rounds", "millis");
      for (Cell c : cells) {
        inst.row(c.instance(), c.seed(), c.design(), c.arcs(), fixed(c.total(), 6),
            fixed(c.highShare(), 6), fixed(c.fillRate(), 6), c.status(), c.rounds(),
            fixed(c.millis(), 1));
      }
      AtomicFiles.writeString(out.resolve("saa-table5-instances.csv"), inst.toString());
      List<Summary> sum = summarize(cells);
      double totalMean = 0;
      for (double mu : org.stockade.model.Examples.GM_MEAN) {
        totalMean += mu;
      }
      Csv csv = new Csv("design", "mean_arcs", "total_inventory", "total_ci", "weeks_of_demand",
          "high_share", "high_share_ci", "mean_millis");
      StringBuilder md = new StringBuilder("# Stochastic counterpart (paper Table 5, Appendix S2)"
          + "\n\nRegenerate with: `" + command + "`\n\n");
      md.append(String.format(Locale.ROOT, "GM, %d instances (instance i: seed %d + i draws the 8"
          + " high-variability products, the generalized chains and the SAA samples); demand "
          + "truncated normal at mu +- 2 sigma (CV 0.5 high, 0.25 low); each plant down "
          + "independently with probability %s; min total inventory s.t. expected fill rate >= "
          + "%s over %d SAA samples; solved by max-flow cutting planes (exact to 1e-9 relative)."
          + "\n\n", s.instances(), s.seed(), fmt(s.p()), fmt(s.fillRate()), s.samples()));
      md.append("| design | arcs | total inventory | weeks of demand | % on high-variability |"
          + " mean solve ms |\n|---|---|---|---|---|---|\n");
      for (Summary x : sum) {
        csv.row(x.design(), fixed(x.arcs(), 1), fixed(x.total().mean(), 4),
            fixed(x.total().halfWidth(), 4), fixed(x.total().mean() / totalMean, 5),
            fixed(x.highShare().mean(), 6), fixed(x.highShare().halfWidth(), 6),
            fixed(x.millis().mean(), 1));
        md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f ± %.1f | %.3f | %.1f%% ± %.1f |"
            + " %.0f |%n", x.design(), x.arcs(), x.total().mean(), x.total().halfWidth(),
            x.total().mean() / totalMean, 100 * x.highShare().mean(),
            100 * x.highShare().halfWidth(), x.millis().mean()));
      }
      md.append("\n± = 95% confidence half-width over instances. Paper's qualitative findings: "
          + "total inventory falls sharply from base to 2-chain and further with more "
          + "flexibility; the share on high-variability products falls as flexibility grows. The paper's "
          + "Table 5 values are not in the text we have, so only these trends can be compared. "
          + "Optimal SAA allocations need not be unique (the total is); the share is the one at "
          + "the solver's optimal point, which matters most under full flexibility.\n");
      AtomicFiles.writeString(out.resolve("saa-table5.csv"), csv.toString());
      List<String> names = List.of(GmStudy.DESIGNS);
      Charts.writeBar(new BarChartSpec("SAA total inventory by design (GM, p = " + fmt(s.p())
          + ")", "design", "total inventory (units)", names, List.of(new Series("total inventory",
          null, sum.stream().mapToDouble(x -> x.total().mean()).toArray(),
          sum.stream().mapToDouble(x -> x.total().halfWidth()).toArray()))), out,
          "saa-table5-total");
      Charts.writeBar(new BarChartSpec("SAA share on high-variability products", "design",
          "share of inventory (%)", names, List.of(new Series("high-variability share", null,
          sum.stream().mapToDouble(x -> 100 * x.highShare().mean()).toArray(),
          sum.stream().mapToDouble(x -> 100 * x.highShare().halfWidth()).toArray()))), out,
          "saa-table5-share");
      md.append("\nFiles: saa-table5.csv, saa-table5-instances.csv, saa-table5-total.png/svg, "
          + "saa-table5-share.png/svg.\n");
      Path report = out.resolve("saa-report.md");
      AtomicFiles.writeString(report, md);
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fmt(double v) {
    return org.stockade.report.Fmt.num(v, 4);
  }

  /** {@code v} with exactly {@code digits} decimals, as these CSV columns have always shown. */
  private static String fixed(double v, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", v);
  }
}
