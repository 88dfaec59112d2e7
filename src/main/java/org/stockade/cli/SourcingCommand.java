package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stockade.report.Json;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Fmt;
import org.stockade.report.TextTable;
import org.stockade.report.chart.Charts;
import org.stockade.report.chart.LineChartSpec;
import org.stockade.report.chart.Series;
import org.stockade.sourcing.DemandDistribution;
import org.stockade.sourcing.DualSourcingProblem;
import org.stockade.sourcing.DualSourcingReader;
import org.stockade.sourcing.FamilyResult;
import org.stockade.sourcing.SimulationOptions;
import org.stockade.sourcing.SourcingAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockade sourcing}: dual sourcing policies against the DP optimum. */
@Command(name = "sourcing", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Dual sourcing: best SI, DI, TBS, CDI policies and their gap to the optimum.",
    description = {"Two suppliers (regular: lead time lr, unit cost cr; expedited: le < lr, "
        + "ce >= cr), i.i.d. integer demand, holding h and backorder b per unit and period "
        + "(--lost-sales: b per lost unit). Finds the best single index, dual index, tailored "
        + "base-surge and capped dual index policy (long-run average cost per period, purchase "
        + "included) and the optimal cost by relative value iteration, with each family's gap. "
        + "Costs are exact (Markov chain stationary distribution) for backorders and for lost "
        + "sales with le = 0; otherwise simulated with 95%% confidence intervals.",
        "", "Subcommand 'reserves' covers inventory reserves against supply disruptions. The "
            + "policies and models in plain terms: docs/sourcing.md.", ""},
    subcommands = {ReservesCommand.class},
    footer = {"", "Examples:",
        "  stockade sourcing --demand uniform:0:4 --lr 2 --cr 100 --ce 105 --h 5 --b 495",
        "  stockade sourcing examples/sourcing-instance.yaml --lr 3 --format json --out out/",
        "  stockade sourcing reserves --help"})
public final class SourcingCommand implements Callable<Integer>, Hosted {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  RunContext ctx = RunContext.cli();

  @Override
  public void host(RunContext context) {
    ctx = context;
  }

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "YAML/JSON "
      + "instance with fields demand, lr, le, cr, ce, h, b, lost_sales (flags override it).")
  Path file;

  @Option(names = "--demand", paramLabel = "DIST",
      description = "uniform:LO:HI, poisson:MEAN or pmf:P0,P1,... (probabilities of 0,1,...).")
  String demand;

  @Option(names = {"--lr", "--regular-lead-time"}, paramLabel = "L",
      description = "Regular supplier's lead time (periods).")
  String lr;

  @Option(names = {"--le", "--expedited-lead-time"}, paramLabel = "L",
      description = "Expedited supplier's lead time, shorter than lr (periods; default 0).")
  String le;

  @Option(names = {"--cr", "--regular-cost"}, paramLabel = "C",
      description = "Regular supplier's unit cost.")
  String cr;

  @Option(names = {"--ce", "--expedited-cost"}, paramLabel = "C",
      description = "Expedited supplier's unit cost (at least cr).")
  String ce;

  @Option(names = {"--h", "--holding-cost"}, paramLabel = "H",
      description = "Holding cost per unit and period.")
  String h;

  @Option(names = {"--b", "--backorder-cost"}, paramLabel = "B",
      description = "Backorder cost per unit and period (with --lost-sales: per lost unit).")
  String b;

  @Option(names = "--lost-sales", description = "Unmet demand is lost instead of backordered.")
  boolean lostSales;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2022",
      description = "Simulation seed, where simulation is needed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "120",
      description = "Wall-clock limit of the policy searches and the DP (default:"
          + " ${DEFAULT-VALUE}); at the limit the best policies found so far are reported with"
          + " exit code 3.")
  double timeLimit;

  @Option(names = "--periods", paramLabel = "N", defaultValue = "1000000",
      description = "Simulated periods per final estimate (default: ${DEFAULT-VALUE}).")
  int periods;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write sourcing-cost.png/.svg (cost vs each family's main parameter).")
  Path chart;

  private String chartFlag = "--out";

  @Option(names = "--chart", hidden = true, paramLabel = "DIR")
  void deprecatedChart(Path dir) {
    Aliases.note(spec, "--chart", "--out");
    chart = dir;
    chartFlag = "--chart";
  }

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
      description = "table, json or csv.")
  String format;

  @Option(names = "--threads", paramLabel = "T", description = "Accepted so every long "
      + "command takes the same flags; sourcing runs on one thread.")
  Integer threads;

  @Option(names = "--no-progress", description = "Accepted so every long command takes the "
      + "same flags; sourcing prints no progress bar.")
  boolean noProgress;

  @Override
  public Integer call() throws Exception {
    return work(); // the searches and the DP honour --time-limit themselves
  }

  private Integer work() {
    String fmt = Values.format(format);
    Values.outputDir(chartFlag, chart);
    DualSourcingProblem p = problem();
    SimulationOptions sim = new SimulationOptions(seed, periods, 10_000);
    java.time.Duration limit = Values.seconds("--time-limit", timeLimit);
    SourcingAnalysis a = SourcingAnalysis.run(p, sim, true, limit, ctx.cancel());
    if (a.stopped()) {
      spec.commandLine().getErr().println("warning: stopped at --time-limit " + Values.plain(
          timeLimit) + " s: the policies shown are the best found so far (" + a.dpNote()
          + "); raise --time-limit or use smaller demand or lead times");
      spec.commandLine().getErr().flush();
    }
    PrintWriter out = spec.commandLine().getOut();
    Output.emit(ctx, out, fmt, () -> json(tree(a, seed)), () -> csv(a), () -> table(a));
    if (chart != null) {
      List<Path> files = chart(a, chart);
      Output.chartFiles(ctx, out, fmt, files);
    }
    out.flush();
    return a.stopped() ? Main.EXIT_NOT_OPTIMAL : 0;
  }

  private DualSourcingProblem problem() {
    Map<String, String> v = file == null ? new LinkedHashMap<>() : DualSourcingReader.read(file);
    put(v, "demand", demand);
    put(v, "lr", lr);
    put(v, "le", le);
    put(v, "cr", cr);
    put(v, "ce", ce);
    put(v, "h", h);
    put(v, "b", b);
    if (lostSales) {
      v.put("lost_sales", "true");
    }
    for (String k : List.of("demand", "lr", "cr", "ce", "h", "b")) {
      if (!v.containsKey(k)) {
        throw new InvalidInputException("--" + k + " is missing (give it as a flag or in FILE); "
            + "e.g. --demand uniform:0:4 --lr 2 --cr 100 --ce 105 --h 5 --b 495");
      }
    }
    String ls = v.getOrDefault("lost_sales", "false").trim().toLowerCase(Locale.ROOT);
    if (!ls.equals("true") && !ls.equals("false")) {
      throw new InvalidInputException("lost_sales must be true or false, got '" + ls + "'");
    }
    return new DualSourcingProblem(DemandDistribution.parse(v.get("demand")),
        integer("le", v.getOrDefault("le", "0")), integer("lr", v.get("lr")),
        number("ce", v.get("ce")), number("cr", v.get("cr")), number("h", v.get("h")),
        number("b", v.get("b")), ls.equals("true"));
  }

  private static void put(Map<String, String> v, String k, String flag) {
    if (flag != null) {
      v.put(k, flag);
    }
  }

  static int integer(String field, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--" + field + " must be a whole number of periods, got '"
          + text + "'");
    }
  }

  static double number(String field, String text) {
    return Values.number("--" + field, text);
  }

  static Map<String, Object> tree(SourcingAnalysis a, long seed) {
    Map<String, Object> t = new LinkedHashMap<>();
    DualSourcingProblem p = a.problem();
    Map<String, Object> pr = new LinkedHashMap<>();
    pr.put("demand", p.demand().name());
    pr.put("demand_mean", p.demand().mean());
    pr.put("le", p.le());
    pr.put("lr", p.lr());
    pr.put("ce", p.ce());
    pr.put("cr", p.cr());
    pr.put("h", p.h());
    pr.put("b", p.b());
    pr.put("lost_sales", p.lostSales());
    t.put("problem", pr);
    t.put("units", Json.units("units of product per period", "periods (lead times le, lr)",
        "currency of ce, cr, h and b; costs are per period"));
    if (a.dp() != null) {
      Map<String, Object> dp = new LinkedHashMap<>();
      dp.put("optimal_cost", a.optimum());
      dp.put("lower_bound", a.dp().lower());
      dp.put("upper_bound", a.dp().upper());
      dp.put("iterations", a.dp().iterations());
      dp.put("states", a.dp().states());
      dp.put("converged", a.dp().converged());
      dp.put("box", Map.of("max_regular_order", a.dp().box().maxRegular(), "min_position",
          a.dp().box().minPosition(), "max_position", a.dp().box().maxPosition()));
      dp.put("enlarged_box_cost", a.dpEnlarged() == null ? null : a.dpEnlarged().gain());
      dp.put("truncation_binds", a.truncationBinds());
      dp.put("seconds", a.dpSeconds());
      t.put("dp", dp);
    } else {
      t.put("dp", null);
      t.put("dp_note", a.dpNote());
    }
    List<Map<String, Object>> fams = new ArrayList<>();
    for (FamilyResult f : a.families()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("family", f.family().code());
      m.put("name", f.family().label());
      m.put("parameters", f.policy().parameters());
      m.put("cost", f.cost());
      m.put("half_width_95", f.method().equals("simulation") ? f.halfWidth() : null);
      m.put("gap_percent", a.dp() == null ? null : a.gapPercent(f));
      m.put("method", f.method());
      m.put("evaluations", f.evaluations());
      fams.add(m);
    }
    t.put("families", fams);
    t.put("simulation_seed", seed);
    return t;
  }

  static String json(Map<String, Object> tree) {
    return Json.pretty(tree);
  }

  static String csv(SourcingAnalysis a) {
    org.stockade.report.Csv csv = new org.stockade.report.Csv("family", "parameters", "cost",
        "half_width_95", "gap_percent", "method");
    for (FamilyResult f : a.families()) {
      csv.row(f.family().code(), f.policy().describe(), f.cost(), f.halfWidth(),
          a.dp() == null ? null : (Object) a.gapPercent(f), f.method());
    }
    if (a.dp() != null) {
      csv.row("OPT", "DP", a.optimum(), 0, 0, "relative-value-iteration");
    }
    return csv.toString();
  }

  static String table(SourcingAnalysis a) {
    StringBuilder sb = new StringBuilder("Stockade dual sourcing: ")
        .append(a.problem().describe()).append('\n');
    if (a.dp() != null) {
      sb.append("optimal cost ").append(Fmt.num(a.optimum(), 4)).append(" per period (relative "
          + "value iteration, ").append(a.dp().iterations()).append(" iterations, ")
          .append(a.dp().states()).append(" states, bracket ")
          .append(Fmt.num(a.dp().upper() - a.dp().lower(), 9)).append(")\n");
      sb.append("truncation   ").append(a.dpEnlarged() == null ? "not checked (enlarged box "
          + "too large)"
          : a.truncationBinds() ? "BINDS: the enlarged box gives " + Fmt.num(
              a.dpEnlarged().gain(), 6) + "; the optimum shown is the lower one"
          : "does not bind (enlarged box gives the same cost)").append('\n');
    } else {
      sb.append("optimal cost not computed: ").append(a.dpNote()).append('\n');
    }
    if (a.problem().lostSales() && a.problem().b() <= a.problem().cr()) {
      sb.append("note: the lost-sales penalty b does not exceed cr, so ordering nothing is "
          + "optimal; b should include the lost margin\n");
    }
    if (!a.dpNote().isEmpty() && a.dp() != null) {
      sb.append("warning: ").append(a.dpNote()).append('\n');
    }
    sb.append('\n');
    TextTable t = new TextTable("policy", "parameters", "cost/period", "gap vs optimum",
        "method");
    for (FamilyResult f : a.families()) {
      String cost = Fmt.num(f.cost(), 4) + (f.method().equals("simulation") ? " +- "
          + Fmt.num(f.halfWidth(), 4) : "");
      t.row(f.family().label(), f.policy().describe(), cost,
          a.dp() == null ? "n/a (no DP)" : String.format(Locale.ROOT, "%.3f%%",
              a.gapPercent(f)), f.method());
    }
    sb.append(t.render());
    return sb.toString();
  }

  static List<Path> chart(SourcingAnalysis a, Path dir) {
    List<Series> series = new ArrayList<>();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (FamilyResult f : a.families()) {
      List<FamilyResult.CurvePoint> c = f.curve();
      double[] x = new double[c.size()];
      double[] y = new double[c.size()];
      for (int i = 0; i < c.size(); i++) {
        x[i] = c.get(i).parameter();
        y[i] = c.get(i).cost();
        lo = Math.min(lo, x[i]);
        hi = Math.max(hi, x[i]);
      }
      series.add(new Series(f.family().code() + " (x = " + FamilyResult.mainParameter(
          f.family()) + ")", x, y));
    }
    if (a.dp() != null) {
      series.add(new Series("optimum (DP)", new double[] {lo, hi},
          new double[] {a.optimum(), a.optimum()}));
    }
    return Charts.writeLine(new LineChartSpec("Dual sourcing: best cost vs main parameter",
        "main parameter (SI: S_r - S_e; DI, CDI: z_r - z_e; TBS: Q)",
        "long-run average cost per period", series), dir, "sourcing-cost");
  }
}
