package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import org.stockade.report.Json;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.report.Fmt;
import org.stockade.report.TextTable;
import org.stockade.report.chart.BarChartSpec;
import org.stockade.report.chart.Charts;
import org.stockade.report.chart.Series;
import org.stockade.sim.MonteCarlo;
import org.stockade.sim.ScenarioFile;
import org.stockade.sim.ScenarioGenerator;
import org.stockade.sim.ScenarioModel;
import org.stockade.sim.ScenarioSet;
import org.stockade.stochastic.ServiceTarget;
import org.stockade.stochastic.StrategyComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockade compare}: robust vs SAA vs heuristics on the same Monte Carlo scenarios. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Robust vs stochastic (SAA) vs rule-of-thumb inventory, by Monte Carlo.",
    description = {"Solves the robust SG model (paper defaults or the file's uncertainty set) and "
        + "the stochastic counterpart by sample average approximation (paper Appendix S2: "
        + "truncated-normal demand at mu +- 2 sigma, plants failing independently with "
        + "probability --failure-prob, expected fill rate >= --fill-rate), then evaluates them and "
        + "heuristics (proportional to mu = equal weeks of cover, proportional to sigma; scaled "
        + "to the SAA total) on the SAME out-of-sample scenarios: fill rate, lost sales, "
        + "probability of any loss, with 95%% confidence intervals. Training samples use --seed, "
        + "evaluation scenarios --seed + 1 (independent streams). Both models and their symbols:"
        + " docs/model.md.", ""},
    footer = {"", "Examples:", "  stockade compare --example gm --design generalized:2",
        "  stockade compare --example gm --samples 2000 --failure-prob 0.05 --fill-rate 0.98 "
            + "--out out/",
        "  stockade compare --example gm --test-samples 500 --export-scenarios my.csv",
        "  stockade compare examples/gm.yaml --test-scenarios my.csv --format json"})
public final class CompareCommand implements Callable<Integer>, Hosted {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  RunContext ctx = RunContext.cli();

  @Override
  public void host(RunContext context) {
    ctx = context;
  }

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "Network file (.yaml/.json or a CSV directory).")
  Path file;

  @Option(names = "--example", paramLabel = "NAME", description = "gm or symmetric10.")
  String example;

  @Option(names = "--design", paramLabel = "DESIGN", description = DesignChoice.HELP)
  String design;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "1000",
      description = "SAA training samples (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--test-samples", paramLabel = "M", defaultValue = "100000",
      description = "Monte Carlo evaluation scenarios (default: ${DEFAULT-VALUE}).")
  int testSamples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the training samples and generalized chains; evaluation uses S + 1 "
          + "(default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--failure-prob", paramLabel = "P", defaultValue = "0.1",
      description = "Chance that a plant (or failure group) is down in a period, 0 to 1 "
          + "(default: ${DEFAULT-VALUE}).")
  double p;

  @Option(names = "--p", hidden = true, paramLabel = "P")
  void deprecatedP(double value) {
    Aliases.note(spec, "--p", "--failure-prob");
    oldP = value;
  }

  private Double oldP;

  @Option(names = "--loss-fraction", paramLabel = "F", defaultValue = "1",
      description = "Share of capacity a failed plant loses (default: ${DEFAULT-VALUE}).")
  double lossFraction;

  @Option(names = "--failure-groups", paramLabel = "GROUPS",
      description = "Plants that fail together, e.g. 'P1,P2;P5,P6' (others fail alone).")
  String failureGroups;

  @Option(names = "--fill-rate", paramLabel = "TAU",
      description = "Expected fill-rate target of the SAA model (default 0.95).")
  Double fillRate;

  @Option(names = "--lost-sales", paramLabel = "B",
      description = "Instead of --fill-rate: expected lost sales at most B per period.")
  Double lostSales;

  @Option(names = "--train-scenarios", paramLabel = "CSV",
      description = "SAA samples from a CSV file instead of generating them.")
  Path trainFile;

  @Option(names = "--test-scenarios", paramLabel = "CSV",
      description = "Evaluation scenarios from a CSV file instead of generating them (the "
          + "format --export-scenarios writes).")
  Path testFile;

  @Option(names = "--export-scenarios", paramLabel = "CSV",
      description = "Only write the evaluation scenarios that would be generated (--test-samples,"
          + " --seed + 1, --failure-prob, ...) to CSV and stop: a file to edit and pass back with "
          + "--test-scenarios.")
  Path exportFile;

  @Option(names = "--inventory", paramLabel = "V1=R1,...",
      description = "Also evaluate this inventory (products not named hold 0).")
  String inventory;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all "
      + "cores); results do not depend on it.")
  Integer threads;

  @Option(names = "--no-progress", description = "No progress bar on stderr.")
  boolean noProgress;

  @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Stop after this many "
      + "seconds of wall-clock time and exit 3 without a result (default: no limit).")
  Double timeLimit;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
  String format;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write bar charts (PNG and SVG) of fill rate and lost sales to DIR.")
  Path chart;

  @Option(names = "--chart", hidden = true, paramLabel = "DIR")
  void deprecatedChart(Path dir) {
    Aliases.note(spec, "--chart", "--out");
    chart = dir;
  }

  @Override
  public Integer call() throws Exception {
    return Watchdog.run("compare", timeLimit, spec.commandLine().getErr(), this::work);
  }

  private Integer work() throws Exception {
    p = oldP != null ? oldP : p;
    String fmt = Values.format(format);
    Values.outputDir("--out", chart);
    if (fillRate != null && lostSales != null) {
      throw new InvalidInputException("give either --fill-rate or --lost-sales, not both");
    }
    ServiceTarget target = lostSales != null ? ServiceTarget.lostSales(lostSales)
        : ServiceTarget.fillRate(fillRate == null ? 0.95 : fillRate);
    if (samples < 1 || testSamples < 1) {
      throw new InvalidInputException("--samples and --test-samples must be at least 1, got "
          + samples + " and " + testSamples);
    }
    int t = Values.threads("--threads", threads);
    if (!(lossFraction > 0 && lossFraction <= 1)) {
      throw new InvalidInputException("--loss-fraction must be in (0, 1] (the share of a failed"
          + " plant's capacity that is lost), got " + lossFraction + "; e.g. --loss-fraction 0.5");
    }
    PrintWriter err = spec.commandLine().getErr();
    SolveCommand.Inputs in = SolveCommand.Inputs.load(ctx.network(), file, example, err);
    Network n = DesignChoice.apply(in.network(), design, seed);
    ScenarioModel model = ScenarioModel.paper(n, p).withLossFraction(lossFraction)
        .withFailureGroups(groups(n));
    if (exportFile != null) {
      ScenarioSet export = ScenarioGenerator.generate(model, testSamples, seed + 1, t,
          ctx.cancel());
      ScenarioFile.write(exportFile, n, export);
      PrintWriter out = spec.commandLine().getOut();
      out.println("wrote " + exportFile + ": " + export.size() + " evaluation scenarios ("
          + export.source() + "); use it with --test-scenarios " + exportFile);
      out.flush();
      return 0;
    }
    double[] givenInventory = given(n); // checked before the (long) sampling
    ScenarioSet train = trainFile != null ? ScenarioFile.read(trainFile, n)
        : ScenarioGenerator.generate(model, samples, seed, t, ctx.cancel());
    ScenarioSet test = testFile != null ? ScenarioFile.read(testFile, n)
        : ScenarioGenerator.generate(model, testSamples, seed + 1, t,
          ctx.cancel());
    StrategyComparison.Outcome o;
    long evaluations = (long) StrategyComparison.strategyCount(inventory != null) * test.size();
    ProgressBar bar = noProgress || ctx.hasProgress() ? null
        : Bars.onStderr("Monte Carlo", evaluations);
    try {
      LongConsumer progress = ctx.hasProgress()
          ? k -> ctx.progress("Monte Carlo: " + k + " of " + evaluations + " evaluations")
          : bar == null ? null : bar::stepTo;
      o = StrategyComparison.run(n, train, test, target, in.uncertainty().build(n),
          in.delta() == null ? 0 : in.delta(), givenInventory, t, progress, ctx.cancel());
    } finally {
      if (bar != null) {
        bar.close();
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Path> charts = chart == null ? List.of() : charts(o, n);
    StrategyComparison.Outcome done = o;
    Output.emit(ctx, out, fmt, () -> json(done, n, target, train, test, charts),
        () -> csv(done), () -> table(done, n, target, train, test, charts));
    return o.saa().status().isOptimal() ? 0 : Main.EXIT_NOT_OPTIMAL;
  }

  private double[] given(Network n) {
    if (inventory == null) {
      return null;
    }
    double[] r = Values.perId("--inventory", inventory, n.productCount(), n::productIndex,
        "product", "V1=120,V2=80");
    for (int j = 0; j < r.length; j++) {
      r[j] = Double.isNaN(r[j]) ? 0 : r[j]; // products not named hold 0
    }
    return r;
  }

  private int[] groups(Network n) {
    if (failureGroups == null || failureGroups.isBlank()) {
      return null;
    }
    int[] g = new int[n.plantCount()];
    java.util.Arrays.fill(g, -1);
    int next = 0;
    boolean any = false;
    for (String grp : failureGroups.split(";", -1)) {
      if (grp.isBlank()) {
        continue;
      }
      any = true;
      for (String id : grp.split(",", -1)) {
        if (id.isBlank()) {
          throw new InvalidInputException("--failure-groups '" + failureGroups + "' has an empty"
              + " plant id in group '" + grp.strip() + "'; separate ids by single commas, e.g."
              + " --failure-groups P1,P2;P3");
        }
        int i;
        try {
          i = n.plantIndex(id.trim());
        } catch (InvalidInputException e) {
          throw new InvalidInputException("--failure-groups '" + failureGroups + "': "
              + e.getMessage());
        }
        if (g[i] >= 0) {
          throw new InvalidInputException("--failure-groups: plant '" + id.trim()
              + "' is listed twice");
        }
        g[i] = next;
      }
      next++;
    }
    if (!any) {
      throw new InvalidInputException("--failure-groups '" + failureGroups + "' names no plant;"
          + " give groups of plant ids that fail together, separated by ';', e.g."
          + " --failure-groups P1,P2;P3,P4");
    }
    for (int i = 0; i < g.length; i++) {
      if (g[i] < 0) {
        g[i] = next++;
      }
    }
    return g;
  }

  private List<Path> charts(StrategyComparison.Outcome o, Network n) {
    List<String> names = o.rows().stream().map(StrategyComparison.Row::strategy).toList();
    double[] fill = new double[names.size()];
    double[] fillCi = new double[names.size()];
    double[] lost = new double[names.size()];
    double[] lostCi = new double[names.size()];
    for (int k = 0; k < names.size(); k++) {
      MonteCarlo.Summary s = o.rows().get(k).summary();
      fill[k] = 100 * (1 - s.fillRate());
      fillCi[k] = 100 * s.fillRateHalfWidth();
      lost[k] = s.meanLostSales();
      lostCi[k] = s.lostSalesHalfWidth();
    }
    List<Path> files = new ArrayList<>();
    files.addAll(Charts.writeBar(new BarChartSpec("Unfilled demand by strategy: " + n.name(),
        "strategy", "1 - expected fill rate (%), 95% CI", names,
        List.of(new Series("unfilled demand", null, fill, fillCi))), chart, "compare-fill-rate"));
    files.addAll(Charts.writeBar(new BarChartSpec("Expected lost sales by strategy: " + n.name(),
        "strategy", "expected lost sales per period, 95% CI", names,
        List.of(new Series("lost sales", null, lost, lostCi))), chart, "compare-lost-sales"));
    return files;
  }

  private String table(StrategyComparison.Outcome o, Network n, ServiceTarget target,
      ScenarioSet train, ScenarioSet test, List<Path> charts) {
    StringBuilder sb = new StringBuilder();
    sb.append("Stockade compare: ").append(n.name()).append('\n');
    sb.append("SAA: ").append(target).append(" on ").append(train.size()).append(" samples (")
        .append(train.source()).append("): ").append(o.saa().status()).append(", ")
        .append(o.saa().iterations()).append(" cutting-plane rounds, ")
        .append(Fmt.num(o.saa().millis(), 0)).append(" ms\n");
    sb.append("robust SG: ").append(o.robust().status()).append(", ")
        .append(Fmt.num(o.robust().millis(), 0)).append(" ms\n");
    sb.append("evaluated on ").append(test.size()).append(" scenarios (").append(test.source())
        .append("); +- = 95% CI half-width\n\n");
    TextTable t = new TextTable("strategy", "total inv.", "cost", "fill rate", "+-",
        "E[lost]", "+-", "P(loss)", "lost q95", "lost q99", "fill q05");
    for (StrategyComparison.Row r : o.rows()) {
      MonteCarlo.Summary s = r.summary();
      double[] lq = s.lostSalesQuantiles();
      t.row(r.strategy(), Fmt.num(r.total(), 1), Fmt.num(r.cost(), 1), pct3(s.fillRate()),
          pct3(s.fillRateHalfWidth()), Fmt.num(s.meanLostSales(), 2),
          Fmt.num(s.lostSalesHalfWidth(), 2), Fmt.pct(s.probabilityOfLoss()),
          Fmt.num(lq[2], 1), Fmt.num(lq[3], 1), Fmt.pct(s.fillRateQuantiles()[1]));
    }
    sb.append(t.render());
    TextTable a = new TextTable("inventory", "mu", "sigma", "SAA", "robust SG");
    double[] saa = o.rows().get(0).inventory();
    double[] rob = o.robust().hasSolution() ? o.robust().inventory() : null;
    for (int j = 0; j < n.productCount(); j++) {
      a.row(n.product(j).id(), Fmt.num(n.product(j).mu(), 1), Fmt.num(n.product(j).sigma(), 1),
          Fmt.num(saa[j], 1), rob == null ? "-" : Fmt.num(rob[j], 1));
    }
    sb.append('\n').append(a.render());
    for (Path c : charts) {
      sb.append("wrote ").append(c).append('\n');
    }
    return sb.toString();
  }

  private static String pct3(double v) {
    return String.format(Locale.ROOT, "%.3f%%", 100 * v);
  }

  private static String csv(StrategyComparison.Outcome o) {
    org.stockade.report.Csv csv = new org.stockade.report.Csv("strategy", "total_inventory",
        "cost", "fill_rate", "fill_rate_ci", "mean_lost_sales", "lost_sales_ci", "prob_loss",
        "lost_q50", "lost_q90", "lost_q95", "lost_q99");
    for (StrategyComparison.Row r : o.rows()) {
      MonteCarlo.Summary s = r.summary();
      double[] q = s.lostSalesQuantiles();
      csv.row(r.strategy(), r.total(), r.cost(), s.fillRate(), s.fillRateHalfWidth(),
          s.meanLostSales(), s.lostSalesHalfWidth(), s.probabilityOfLoss(), q[0], q[1], q[2],
          q[3]);
    }
    return csv.toString();
  }

  private static String json(StrategyComparison.Outcome o, Network n, ServiceTarget target,
      ScenarioSet train, ScenarioSet test, List<Path> charts) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("network", n.name());
    tree.put("target", target.toString());
    tree.put("units", Json.inventoryUnits(false));
    tree.put("train", Map.of("samples", train.size(), "seed", train.seed(), "source",
        train.source()));
    tree.put("test", Map.of("scenarios", test.size(), "seed", test.seed(), "source",
        test.source()));
    Map<String, Object> saa = new LinkedHashMap<>();
    saa.put("status", o.saa().status().name());
    saa.put("rounds", o.saa().iterations());
    saa.put("millis", o.saa().millis());
    saa.put("in_sample_fill_rate", o.saa().achievedFillRate());
    tree.put("saa", saa);
    tree.put("robust", Map.of("status", o.robust().status().name(), "millis",
        o.robust().millis()));
    List<Object> rows = new ArrayList<>();
    for (StrategyComparison.Row r : o.rows()) {
      MonteCarlo.Summary s = r.summary();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("strategy", r.strategy());
      m.put("total_inventory", r.total());
      m.put("cost", r.cost());
      m.put("fill_rate", s.fillRate());
      m.put("fill_rate_ci", s.fillRateHalfWidth());
      m.put("mean_scenario_fill_rate", s.meanScenarioFillRate());
      m.put("mean_lost_sales", s.meanLostSales());
      m.put("lost_sales_ci", s.lostSalesHalfWidth());
      m.put("prob_loss", s.probabilityOfLoss());
      m.put("prob_loss_ci", s.probabilityHalfWidth());
      Map<String, Double> lq = new LinkedHashMap<>();
      for (int q = 0; q < MonteCarlo.LOSS_LEVELS.length; q++) {
        lq.put(String.valueOf(MonteCarlo.LOSS_LEVELS[q]), s.lostSalesQuantiles()[q]);
      }
      m.put("lost_sales_quantiles", lq);
      Map<String, Double> inv = new LinkedHashMap<>();
      for (int j = 0; j < n.productCount(); j++) {
        inv.put(n.product(j).id(), r.inventory()[j]);
      }
      m.put("inventory", inv);
      rows.add(m);
    }
    tree.put("strategies", rows);
    tree.put("charts", charts.stream().map(Path::toString).toList());
    return Json.pretty(tree);
  }
}
