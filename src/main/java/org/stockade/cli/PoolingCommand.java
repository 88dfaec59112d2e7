package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.DoubleUnaryOperator;
import org.stockade.io.SampleCsvReader;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Csv;
import org.stockade.report.Fmt;
import org.stockade.report.Json;
import org.stockade.report.TextTable;
import org.stockade.report.chart.BarChartSpec;
import org.stockade.report.chart.Charts;
import org.stockade.report.chart.Series;
import org.stockade.strategies.pooling.PoolingProblem;
import org.stockade.strategies.pooling.PoolingResult;
import org.stockade.strategies.pooling.PoolingSolver;
import org.stockade.strategies.stockpile.SurgeDistribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stockade strategy pooling}: pooled (transshipment) vs separate stockpiles. */
@Command(name = "pooling", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Stock pooling by transshipment: pooled vs separate stockpiles.",
    description = {"Locations stock before demand is known; afterwards stock may be moved "
        + "between any two locations at the transshipment cost. Solves the two-stage stochastic "
        + "LP over the scenarios (exact for a scenario file, a sample average for sampled "
        + "demand) with and without transshipment and reports the value of pooling. "
        + "See docs/strategies.md.", ""},
    footer = {"", "Demand: --scenarios FILE.csv (one column per location, optional column "
        + "'probability'; rows equally likely otherwise), or one --demand DIST per location "
        + "(normal:MEAN:SD, lognormal:MU:SIGMA, mixture:..., as in 'strategy stockpile'), "
        + "sampled independently (--samples, --seed; negative normal draws are demand 0).",
        "", "Examples:",
        "  stockade strategy pooling --demand normal:100:20 --demand normal:100:20 "
            + "--shortage-cost 10 --transshipment-cost 0",
        "  stockade strategy pooling --scenarios examples/pooling-scenarios.csv --unit-cost 1 "
            + "--shortage-cost 10 --transshipment-cost 0.5 --out out/"})
public final class PoolingCommand implements Callable<Integer>, Hosted {
  /** Largest LP built: scenarios times location pairs. */
  static final long MAX_CELLS = 2_000_000;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  RunContext ctx = RunContext.cli();

  @Override
  public void host(RunContext context) {
    ctx = context;
  }

  @Option(names = "--scenarios", paramLabel = "FILE", description = "Demand scenarios (CSV).")
  Path scenarios;

  @Option(names = "--demand", paramLabel = "DIST", description = "Demand distribution of one "
      + "location; repeat per location.")
  List<String> demands;

  @Option(names = "--names", paramLabel = "A,B,...", description = "Location names for "
      + "--demand (default L1, L2, ...).")
  String names;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "1000",
      description = "Sampled scenarios for --demand (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Sampling seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--unit-cost", paramLabel = "C", defaultValue = "1",
      description = "Cost per unit stocked (default: ${DEFAULT-VALUE}).")
  String unitCost;

  @Option(names = "--holding-cost", paramLabel = "H", defaultValue = "0",
      description = "Cost per unit left over (default: ${DEFAULT-VALUE}).")
  String holdingCost;

  @Option(names = "--shortage-cost", paramLabel = "P", required = true,
      description = "Penalty per unit short; must exceed the unit cost.")
  String shortageCost;

  @Option(names = "--transshipment-cost", paramLabel = "T", defaultValue = "0",
      description = "Cost per unit moved between two locations (default: ${DEFAULT-VALUE}).")
  String transshipmentCost;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write pooling-stock.png/.svg (stock per location, pooled vs separate).")
  Path out;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
      description = "table, json or csv.")
  String format;

  @Override
  public Integer call() {
    String fmt = Values.format(format);
    Values.outputDir("--out", out);
    PoolingProblem p = problem();
    PoolingResult r = new PoolingSolver().solve(p, scenarios == null ? seed : null,
        ctx.cancel());
    PrintWriter w = spec.commandLine().getOut();
    Output.emit(ctx, w, fmt, () -> Json.pretty(tree(r)), () -> csv(r), () -> table(r));
    if (out != null) {
      List<Path> files = Charts.writeBar(new BarChartSpec("Stock by location: pooled vs "
          + "separate", "location", "optimal stock", p.locations(), List.of(
              new Series("separate", new double[p.size()], r.separateStock()),
              new Series("pooled (transshipment)", new double[p.size()], r.pooledStock()))),
          out, "pooling-stock");
      Output.chartFiles(ctx, w, fmt, files);
    }
    w.flush();
    return 0;
  }

  private PoolingProblem problem() {
    double c = Values.number("--unit-cost", unitCost);
    double h = Values.number("--holding-cost", holdingCost);
    double pen = Values.number("--shortage-cost", shortageCost);
    double t = Values.number("--transshipment-cost", transshipmentCost);
    if ((scenarios == null) == (demands == null)) {
      throw new InvalidInputException("give either --scenarios FILE or one --demand per "
          + "location, not " + (scenarios == null ? "neither" : "both") + "; e.g. --demand "
          + "normal:100:20 --demand normal:100:20");
    }
    if (scenarios != null) {
      SampleCsvReader.Table tab = SampleCsvReader.readAll(scenarios);
      int pc = tab.header().indexOf("probability");
      List<String> locs = new ArrayList<>(tab.header());
      if (pc >= 0) {
        locs.remove(pc);
      }
      double[][] d = new double[tab.rows().length][];
      double[] pi = new double[d.length];
      for (int s = 0; s < d.length; s++) {
        double[] row = tab.rows()[s];
        pi[s] = pc >= 0 ? row[pc] : 1.0 / d.length;
        d[s] = new double[locs.size()];
        int q = 0;
        for (int k = 0; k < row.length; k++) {
          if (k != pc) {
            d[s][q++] = row[k];
          }
        }
      }
      checkSize(d.length, locs.size());
      return new PoolingProblem(locs, d, pi, c, h, pen, t);
    }
    if (samples < 1 || samples > 1_000_000) {
      throw new InvalidInputException("--samples must be in [1, 1000000], got " + samples
          + "; e.g. --samples 1000");
    }
    List<String> locs = new ArrayList<>();
    List<DoubleUnaryOperator> q = new ArrayList<>();
    String[] given = names == null ? new String[0] : names.split(",", -1);
    if (names != null && given.length != demands.size()) {
      throw new InvalidInputException("--names gives " + given.length + " names for "
          + demands.size() + " --demand options; give one name per location");
    }
    for (int i = 0; i < demands.size(); i++) {
      SurgeDistribution dist = StockpileCommand.distribution(demands.get(i));
      q.add(dist::quantile);
      locs.add(names == null ? "L" + (i + 1) : given[i].trim());
    }
    checkSize(samples, locs.size());
    double[][] d = PoolingSolver.sample(q, samples, seed, ctx.cancel());
    double[] pi = new double[samples];
    Arrays.fill(pi, 1.0 / samples);
    return new PoolingProblem(locs, d, pi, c, h, pen, t);
  }

  private static void checkSize(long scen, int n) {
    if (scen * Math.max(1, (long) n * n) > MAX_CELLS) {
      throw new InvalidInputException(scen + " scenarios x " + n + "^2 location pairs exceeds "
          + "the LP limit of " + MAX_CELLS + "; use fewer scenarios (--samples) or locations");
    }
  }

  static Map<String, Object> tree(PoolingResult r) {
    PoolingProblem p = r.problem();
    Map<String, Object> t = new LinkedHashMap<>();
    Map<String, Object> pr = new LinkedHashMap<>();
    pr.put("locations", p.locations());
    pr.put("scenarios", p.scenarios());
    pr.put("unit_cost", p.unitCost());
    pr.put("holding_cost", p.holdingCost());
    pr.put("shortage_cost", p.shortageCost());
    pr.put("transshipment_cost", p.transshipmentCost());
    t.put("problem", pr);
    t.put("units", Json.units("units of product", "one surge", "currency of the costs"));
    t.put("sampling_seed", r.seed());
    t.put("pooled_cost", r.pooledCost());
    t.put("separate_cost", r.separateCost());
    t.put("value_of_pooling", r.valueOfPooling());
    t.put("value_of_pooling_share", Double.isNaN(r.valueOfPoolingShare()) ? null
        : r.valueOfPoolingShare());
    t.put("expected_transshipped", r.expectedTransshipped());
    List<Map<String, Object>> locs = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("location", p.locations().get(i));
      m.put("pooled_stock", r.pooledStock()[i]);
      m.put("separate_stock", r.separateStock()[i]);
      locs.add(m);
    }
    t.put("locations", locs);
    return t;
  }

  static String csv(PoolingResult r) {
    Csv csv = new Csv("location", "pooled_stock", "separate_stock");
    for (int i = 0; i < r.problem().size(); i++) {
      csv.row(r.problem().locations().get(i), r.pooledStock()[i], r.separateStock()[i]);
    }
    return csv.toString();
  }

  static String table(PoolingResult r) {
    PoolingProblem p = r.problem();
    StringBuilder sb = new StringBuilder("Stockade pooling: ").append(p.size())
        .append(" locations, ").append(p.scenarios()).append(" scenarios")
        .append(r.seed() == null ? " (exact)" : " (sampled, seed " + r.seed() + ")")
        .append(", transshipment cost ").append(Fmt.num(p.transshipmentCost(), 6)).append('\n');
    sb.append("separate cost      ").append(Fmt.num(r.separateCost(), 6)).append('\n');
    sb.append("pooled cost        ").append(Fmt.num(r.pooledCost(), 6)).append('\n');
    sb.append("value of pooling   ").append(Fmt.num(r.valueOfPooling(), 6)).append(" (")
        .append(Fmt.pct(r.valueOfPoolingShare())).append(" of separate)\n");
    sb.append("expected moved     ").append(Fmt.num(r.expectedTransshipped(), 6)).append("\n\n");
    TextTable t = new TextTable("location", "pooled stock", "separate stock");
    for (int i = 0; i < p.size(); i++) {
      t.row(p.locations().get(i), Fmt.num(r.pooledStock()[i], 6),
          Fmt.num(r.separateStock()[i], 6));
    }
    sb.append(t.render());
    return sb.toString();
  }
}
