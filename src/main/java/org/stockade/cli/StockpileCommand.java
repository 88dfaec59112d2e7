package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stockade.io.SampleCsvReader;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Csv;
import org.stockade.report.Fmt;
import org.stockade.report.Json;
import org.stockade.report.chart.Charts;
import org.stockade.report.chart.LineChartSpec;
import org.stockade.report.chart.Series;
import org.stockade.strategies.stockpile.StockpileProblem;
import org.stockade.strategies.stockpile.StockpileResult;
import org.stockade.strategies.stockpile.StockpileSolver;
import org.stockade.strategies.stockpile.SurgeDistribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stockade strategy stockpile}: newsvendor stockpile sizing under a surge. */
@Command(name = "stockpile", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Newsvendor stockpile sizing under a surge distribution.",
    description = {"Chooses the stock S >= 0 held before a demand surge D to minimise "
        + "c S + h E[(S-D)^+] + p E[(D-S)^+]: S* is the critical fractile F^-1((p-c)/(p+h)). "
        + "Reports S*, expected shortage and leftover, stock-out probability and the cost curve "
        + "(exact loss functions, no simulation). See docs/strategies.md.", ""},
    footer = {"", "Demand distributions (--demand):",
        "  normal:MEAN:SD",
        "  lognormal:MU:SIGMA          (ln D ~ normal(MU, SIGMA))",
        "  empirical:FILE.csv          (column 'demand', each row equally likely)",
        "  mixture:MEAN:SD:P:SMEAN:SSD (normal baseline plus, w.p. P, a normal(SMEAN, SSD) surge)",
        "", "Examples:",
        "  stockade strategy stockpile --demand mixture:100:20:0.1:300:80 --unit-cost 1 "
            + "--shortage-cost 10 --out out/",
        "  stockade strategy stockpile --demand empirical:examples/surge-demand.csv "
            + "--shortage-cost 10 --format csv"})
public final class StockpileCommand implements Callable<Integer>, Hosted {
  private static final String EXAMPLE = "--demand normal:100:20";

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  RunContext ctx = RunContext.cli();

  @Override
  public void host(RunContext context) {
    ctx = context;
  }

  @Option(names = "--demand", paramLabel = "DIST", required = true,
      description = "Surge demand distribution (see below).")
  String demand;

  @Option(names = "--unit-cost", paramLabel = "C", defaultValue = "1",
      description = "Cost c per unit stocked (default: ${DEFAULT-VALUE}).")
  String unitCost;

  @Option(names = "--holding-cost", paramLabel = "H", defaultValue = "0",
      description = "Extra cost h per unit left over after the surge (default: "
          + "${DEFAULT-VALUE}).")
  String holdingCost;

  @Option(names = "--shortage-cost", paramLabel = "P", required = true,
      description = "Penalty p per unit of demand not met; must exceed the unit cost.")
  String shortageCost;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write stockpile-cost.png/.svg (cost, shortage, leftover vs stock).")
  Path out;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
      description = "table, json or csv.")
  String format;

  @Override
  public Integer call() {
    String fmt = Values.format(format);
    Values.outputDir("--out", out);
    StockpileProblem p = new StockpileProblem(distribution(demand),
        Values.number("--unit-cost", unitCost), Values.number("--holding-cost", holdingCost),
        Values.number("--shortage-cost", shortageCost));
    StockpileResult r = new StockpileSolver().solve(p);
    PrintWriter w = spec.commandLine().getOut();
    Output.emit(ctx, w, fmt, () -> Json.pretty(tree(r)), () -> csv(r), () -> table(r));
    if (out != null) {
      List<Path> files = chart(r, out);
      Output.chartFiles(ctx, w, fmt, files);
    }
    w.flush();
    return 0;
  }

  /** Parses a {@code --demand} value; a bad one names the field and shows a valid example. */
  static SurgeDistribution distribution(String text) {
    DistSpec d = DistSpec.parse("--demand", text);
    return switch (d.kind()) {
      case "empirical" -> {
        Path file = d.file("empirical:examples/surge-demand.csv");
        yield new SurgeDistribution.Empirical(SampleCsvReader.read(file, "demand"),
            file.toString());
      }
      case "normal" -> {
        double[] v = d.numbers(2, "normal:MEAN:SD, e.g. normal:100:20");
        yield new SurgeDistribution.Normal(v[0], v[1]);
      }
      case "lognormal" -> {
        double[] v = d.numbers(2, "lognormal:MU:SIGMA, e.g. lognormal:4.6:0.3");
        yield new SurgeDistribution.LogNormal(v[0], v[1]);
      }
      case "mixture" -> {
        double[] v = d.numbers(5, "mixture:MEAN:SD:P:SURGE_MEAN:SURGE_SD, e.g. "
            + "mixture:100:20:0.1:300:80");
        yield new SurgeDistribution.Mixture(v[0], v[1], v[2], v[3], v[4]);
      }
      default -> throw new InvalidInputException("--demand must start with normal, lognormal, "
          + "empirical or mixture, got '" + text + "'; e.g. " + EXAMPLE);
    };
  }

  static Map<String, Object> tree(StockpileResult r) {
    StockpileProblem p = r.problem();
    Map<String, Object> t = new LinkedHashMap<>();
    Map<String, Object> pr = new LinkedHashMap<>();
    pr.put("demand", p.demand().describe());
    pr.put("demand_mean", p.demand().mean());
    pr.put("unit_cost", p.unitCost());
    pr.put("holding_cost", p.holdingCost());
    pr.put("shortage_cost", p.shortageCost());
    t.put("problem", pr);
    t.put("units", Json.units("units of the stocked item", "one surge",
        "currency of unit_cost, holding_cost, shortage_cost"));
    t.put("critical_fractile", r.criticalFractile());
    t.put("stock", r.stock());
    t.put("unconstrained_quantile", r.unconstrainedQuantile());
    t.put("expected_shortage", r.expectedShortage());
    t.put("expected_leftover", r.expectedLeftover());
    t.put("stockout_probability", r.stockoutProbability());
    t.put("fill_rate", Double.isNaN(r.fillRate()) ? null : r.fillRate());
    t.put("expected_cost", r.cost());
    List<Map<String, Object>> curve = new ArrayList<>();
    for (StockpileResult.CurvePoint c : r.curve()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("stock", c.stock());
      m.put("expected_cost", c.cost());
      m.put("expected_shortage", c.expectedShortage());
      m.put("expected_leftover", c.expectedLeftover());
      curve.add(m);
    }
    t.put("cost_curve", curve);
    return t;
  }

  /** The optimum first (kind "optimum"), then the cost curve (kind "curve"). */
  static String csv(StockpileResult r) {
    Csv csv = new Csv("kind", "stock", "expected_cost", "expected_shortage",
        "expected_leftover");
    csv.row("optimum", r.stock(), r.cost(), r.expectedShortage(), r.expectedLeftover());
    for (StockpileResult.CurvePoint c : r.curve()) {
      csv.row("curve", c.stock(), c.cost(), c.expectedShortage(), c.expectedLeftover());
    }
    return csv.toString();
  }

  static String table(StockpileResult r) {
    StockpileProblem p = r.problem();
    StringBuilder sb = new StringBuilder("Stockade stockpile (newsvendor): demand ")
        .append(p.demand().describe()).append('\n');
    sb.append("costs: unit c ").append(Fmt.num(p.unitCost(), 6)).append(", leftover h ")
        .append(Fmt.num(p.holdingCost(), 6)).append(", shortage p ")
        .append(Fmt.num(p.shortageCost(), 6)).append('\n');
    sb.append("critical fractile (p-c)/(p+h)  ").append(Fmt.num(r.criticalFractile(), 6))
        .append('\n');
    sb.append("optimal stock S*               ").append(Fmt.num(r.stock(), 6));
    if (r.unconstrainedQuantile() < 0) {
      sb.append(" (the fractile quantile ").append(Fmt.num(r.unconstrainedQuantile(), 6))
          .append(" is negative; stock cannot be)");
    }
    sb.append('\n');
    sb.append("expected shortage              ").append(Fmt.num(r.expectedShortage(), 6))
        .append('\n');
    sb.append("expected leftover              ").append(Fmt.num(r.expectedLeftover(), 6))
        .append('\n');
    sb.append("stock-out probability          ").append(Fmt.num(r.stockoutProbability(), 6))
        .append('\n');
    if (!Double.isNaN(r.fillRate())) {
      sb.append("fill rate                      ").append(Fmt.pct(r.fillRate())).append('\n');
    }
    sb.append("expected cost                  ").append(Fmt.num(r.cost(), 6)).append('\n');
    return sb.toString();
  }

  static List<Path> chart(StockpileResult r, Path dir) {
    List<StockpileResult.CurvePoint> c = r.curve();
    double[] x = new double[c.size()];
    double[] cost = new double[c.size()];
    for (int i = 0; i < c.size(); i++) {
      x[i] = c.get(i).stock();
      cost[i] = c.get(i).cost();
    }
    return Charts.writeLine(new LineChartSpec("Stockpile: expected cost vs stock (optimum "
        + Fmt.num(r.stock(), 4) + ")", "stock S", "expected cost", List.of(
            new Series("expected cost", x, cost),
            new Series("optimum", new double[] {r.stock(), r.stock()},
                new double[] {r.cost(), maxOf(cost)}))),
        dir, "stockpile-cost");
  }

  private static double maxOf(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      m = Math.max(m, d);
    }
    return m;
  }
}
