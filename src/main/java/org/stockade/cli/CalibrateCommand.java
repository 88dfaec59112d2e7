package org.stockade.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stockade.calibration.Calibration;
import org.stockade.calibration.CalibrationOptions;
import org.stockade.calibration.DemandHistory;
import org.stockade.calibration.Estimator;
import org.stockade.calibration.Frontier;
import org.stockade.calibration.MissingPolicy;
import org.stockade.calibration.OutageLog;
import org.stockade.calibration.OutageStats;
import org.stockade.calibration.SetParts;
import org.stockade.io.AtomicFiles;
import org.stockade.io.HistoryReader;
import org.stockade.io.ProblemWriter;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.report.CalibrationReport;
import org.stockade.report.FrontierReport;
import org.stockade.report.chart.Charts;
import org.stockade.report.chart.LineChartSpec;
import org.stockade.report.chart.Series;
import org.stockade.robust.SgOptions;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stockade calibrate}: uncertainty sets from demand history and an outage log. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Uncertainty sets calibrated from your demand history and outage log.",
    description = {"Estimates mu and sigma per product (plain: mean and standard deviation; "
        + "robust: median and MAD), their correlation and, from an outage log, each plant's "
        + "outage frequency and duration and the capacity lost per period. Then calibrates "
        + "alpha, beta and gamma so the demand set holds the --coverage share of periods, and "
        + "the capacity-loss budget so it holds that share of the periods with an outage; "
        + "reports coverage in sample, on held-out later periods and by rolling origin. With "
        + "--out it writes a problem file that 'stockade solve' reads; with --frontier it "
        + "solves the SG model for a grid of targets and replays each allocation, SAA and the "
        + "heuristics of 'compare' through the held-out history. Formats and rules: "
        + "docs/calibration.md.", ""},
    subcommands = {CalibrateGenerateCommand.class},
    footer = {"", "Examples:",
        "  stockade calibrate --demand examples/gm-history/demand.csv"
            + " --outages examples/gm-history/outages.csv --example gm --out gm-calibrated.yaml",
        "  stockade calibrate --demand examples/gm-history/demand.csv --example gm --frontier",
        "  stockade calibrate --demand sales.csv --missing zero --estimator robust --format json",
        "  stockade calibrate generate --example gm --periods 156 --seed 7 --out history/"})
public final class CalibrateCommand implements Callable<Integer>, Hosted {
  RunContext ctx = RunContext.cli();

  @Override
  public void host(RunContext context) {
    ctx = context;
  }

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--demand", paramLabel = "CSV", description = "Demand history: "
      + "period,product,quantity[,forecast] (long) or period,ID1,ID2,... (wide).")
  Path demand;

  @Option(names = "--forecasts", paramLabel = "CSV", description = "Forecasts in the same "
      + "layout (value column 'forecast'); the set is then on forecast errors.")
  Path forecasts;

  @Option(names = "--outages", paramLabel = "CSV",
      description = "Outage log: plant,start,end,fraction (start, end inclusive).")
  Path outages;

  @Option(names = "--coverage", paramLabel = "Q", defaultValue = "0.95",
      description = "Target share of periods the sets contain (default: ${DEFAULT-VALUE}).")
  double coverage;

  @Option(names = "--network", paramLabel = "FILE", description = "Network file (.yaml/.json "
      + "or CSV directory) whose products the history covers.")
  Path network;

  @Option(names = "--example", paramLabel = "NAME", description = "Built-in network: gm or "
      + "symmetric10.")
  String example;

  @Option(names = "--design", paramLabel = "DESIGN", description = DesignChoice.HELP)
  String design;

  @Option(names = "--missing", paramLabel = "POLICY", description = "Missing demand values "
      + "(absent periods, empty cells): error (default), zero, or drop the period.")
  String missing;

  @Option(names = "--estimator", paramLabel = "E", description = "plain (mean, standard "
      + "deviation; default) or robust (median, MAD).")
  String estimator;

  @Option(names = "--constraints", paramLabel = "LIST", description = "Demand constraints to "
      + "calibrate: a comma list of alpha, beta, gamma (default: all three).")
  String constraints;

  @Option(names = "--aggregate", paramLabel = "FORM", description = "unstandardized (default) "
      + "or standardized aggregate constraint.")
  String aggregate;

  @Option(names = "--capacity-form", paramLabel = "FORM", description = "Capacity-loss form "
      + "calibrated: fraction (default with a network), units, or plants (default without).")
  String capacityForm;

  @Option(names = "--train-share", paramLabel = "S", defaultValue = "0.7",
      description = "Earliest share of periods used to fit in the held-out test and the "
          + "frontier (default: ${DEFAULT-VALUE}).")
  double trainShare;

  @Option(names = "--rolling-start", paramLabel = "S", defaultValue = "0.5",
      description = "Share of periods in the first rolling-origin window (default: "
          + "${DEFAULT-VALUE}).")
  double rollingStart;

  @Option(names = "--horizon", paramLabel = "H", defaultValue = "0", description = "Periods "
      + "tested per rolling origin (default: about 10 origins).")
  int horizon;

  @Option(names = "--frontier", description = "Price of robustness: SG cost, allocation and "
      + "backtest per coverage target, robust vs SAA vs heuristics (needs a network).")
  boolean frontier;

  @Option(names = "--grid", paramLabel = "Q1,Q2,...", description = "Coverage targets of the "
      + "frontier (default: 0.5,0.7,0.8,0.9,0.95,0.99).")
  String grid;

  @Option(names = "--fill-rate", paramLabel = "TAU", description = "SAA fill-rate target in the "
      + "backtest (default: what the robust allocation achieves on the fitting periods).")
  Double fillRate;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the calibrated problem "
      + "(network + uncertainty) as YAML for 'stockade solve'.")
  Path out;

  @Option(names = "--charts", paramLabel = "DIR", description = "With --frontier: write the "
      + "cost-vs-coverage curve (PNG and SVG) to DIR.")
  Path charts;

  @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Stop after this many "
      + "seconds and exit 3 without a result (default: no limit).")
  Double timeLimit;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
  String format;

  @Override
  public Integer call() throws Exception {
    return Watchdog.run("calibrate", timeLimit, spec.commandLine().getErr(), this::work);
  }

  private Integer work() throws IOException {
    String fmt = Values.format(format);
    if (demand == null) {
      throw new InvalidInputException("no demand history: give --demand FILE (see"
          + " docs/calibration.md), or make one with 'stockade calibrate generate'");
    }
    Values.outputDir("--charts", charts);
    PrintWriter err = spec.commandLine().getErr();
    boolean hasNetwork = network != null || example != null || ctx.network() != null;
    if ((frontier || out != null) && !hasNetwork) {
      throw new InvalidInputException((frontier ? "--frontier" : "--out") + " needs the"
          + " network the history belongs to: add --network FILE or --example gm");
    }
    if (charts != null && !frontier) {
      throw new InvalidInputException("--charts draws the frontier; add --frontier");
    }
    SolveCommand.Inputs in = hasNetwork ? SolveCommand.Inputs.load(ctx.network(), network, example, err)
        : null;
    Network net = in == null ? null : DesignChoice.apply(in.network(), design, 1);
    CapacityLossKind form = capacityForm(hasNetwork);
    CalibrationOptions opts = new CalibrationOptions(coverage,
        Estimator.parse("--estimator", estimator), SetParts.parse("--constraints", constraints,
        aggregateForm()), form, trainShare, rollingStart, horizon);
    double[] gridValues = grid();
    DemandHistory history = DemandHistory.of(HistoryReader.readDemand(demand, forecasts),
        MissingPolicy.parse("--missing", missing));
    List<String> plants;
    double[] c0;
    if (net != null) {
      history = history.reorder(net.products().stream().map(p -> p.id()).toList(), net.name());
      plants = net.plants().stream().map(p -> p.id()).toList();
      c0 = net.capacities();
    } else {
      plants = null;
      c0 = null;
    }
    OutageLog log = outages == null ? null : HistoryReader.readOutages(outages);
    double[][] shares = null;
    if (log != null) {
      if (plants == null) {
        plants = log.plants();
        c0 = new double[plants.size()];
        java.util.Arrays.fill(c0, 1.0);
      }
      shares = log.lossShares(history, plants);
      for (var o : log.outside(history)) {
        err.println("note: " + outages + " line " + o.line() + ": outage of " + o.plant()
            + " lies outside the history's periods and is not counted");
      }
    }
    Calibration.Inputs inputs = new Calibration.Inputs(history, shares,
        c0 == null ? new double[0] : c0);
    Calibration.Result result = Calibration.run(inputs, opts);
    OutageStats stats = log == null ? null
        : OutageStats.of(log, history, plants, c0, shares, form);
    List<String> files = new ArrayList<>();
    FrontierReport fr = null;
    if (frontier) {
      Frontier.Outcome o = Frontier.run(net, inputs, opts, in.uncertainty(), gridValues,
          fillRate, SgOptions.defaults().withCancel(ctx.cancel()));
      fr = new FrontierReport(o, history.products(), history.label(0) + ".."
          + history.label(o.trainPeriods() - 1), history.label(o.trainPeriods()) + ".."
          + history.label(history.periods() - 1));
      if (charts != null) {
        files.addAll(chart(o, net).stream().map(Path::toString).toList());
      }
    }
    if (out != null) {
      writeProblem(net, in.uncertainty(), in.delta(), result, history);
      files.add(out.toString());
    }
    CalibrationReport report = new CalibrationReport(history,
        outages == null ? null : outages.toString(), log == null ? 0 : log.outages().size(),
        stats, result, fr, files);
    PrintWriter o = spec.commandLine().getOut();
    Output.emit(ctx, o, fmt, report::json, report::csv, report::table);
    boolean allOptimal = fr == null || fr.outcome().points().stream()
        .allMatch(p -> p.result().status().isOptimal());
    return allOptimal ? 0 : Main.EXIT_NOT_OPTIMAL;
  }

  private void writeProblem(Network net, UncertaintySpec base, Double delta,
      Calibration.Result r, DemandHistory h) throws IOException {
    Network planned = Calibration.network(net, r.full());
    UncertaintySpec spec = Calibration.spec(r.full(), base);
    String header = String.format(Locale.ROOT, "# calibrated by 'stockade calibrate' from %s"
        + " (%d periods %s..%s%s)%s: target coverage %s, estimator %s; in-sample joint"
        + " coverage %.4f, held-out %.4f%n", oneLine(h.source()), h.periods(), h.label(0),
        h.label(h.periods() - 1), h.hasForecasts() ? ", forecast errors" : "",
        outages == null ? "" : " and " + oneLine(outages.toString()), Values.plain(coverage),
        r.options().estimator().label(), r.inSample().joint().share(),
        r.outOfSample().joint().share());
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        java.nio.file.Files.createDirectories(parent);
      }
      AtomicFiles.writeString(out, header + ProblemWriter.toYaml(planned, spec, delta));
    } catch (IOException e) {
      throw new InvalidInputException("--out " + out + ": cannot write the problem file ("
          + e.getMessage() + "); give a writable path");
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]", " ");
  }

  private List<Path> chart(Frontier.Outcome o, Network net) {
    List<Frontier.Point> ok = o.points().stream().filter(p -> p.result().hasSolution()).toList();
    double[] target = ok.stream().mapToDouble(p -> 100 * p.target()).toArray();
    double[] held = ok.stream().mapToDouble(p -> 100 * p.heldOut().joint().share()).toArray();
    double[] cost = ok.stream().mapToDouble(p -> p.result().cost()).toArray();
    double[] fill = ok.stream().mapToDouble(p -> 100 * p.backtest().fillRate()).toArray();
    List<Path> files = new ArrayList<>();
    files.addAll(Charts.writeLine(new LineChartSpec("Price of robustness: " + net.name(),
        "coverage of periods (%)", "SG inventory cost", List.of(
            new Series("vs target coverage", target, cost, null),
            new Series("vs held-out coverage", held, cost, null))), charts,
        "calibrate-cost-vs-coverage"));
    files.addAll(Charts.writeLine(new LineChartSpec("Backtest fill rate vs cost: " + net.name(),
        "SG inventory cost", "held-out fill rate (%)", List.of(
            new Series("robust SG", cost, fill, null))), charts, "calibrate-fill-vs-cost"));
    return files;
  }

  private CapacityLossKind capacityForm(boolean hasNetwork) {
    if (capacityForm == null) {
      return hasNetwork ? CapacityLossKind.FRACTION : CapacityLossKind.PLANTS;
    }
    CapacityLossKind k = switch (capacityForm.strip().toLowerCase(Locale.ROOT)) {
      case "fraction" -> CapacityLossKind.FRACTION;
      case "units" -> CapacityLossKind.UNITS;
      case "plants" -> CapacityLossKind.PLANTS;
      default -> throw new InvalidInputException("--capacity-form must be fraction, units or"
          + " plants, got '" + capacityForm + "'");
    };
    if (!hasNetwork && k != CapacityLossKind.PLANTS) {
      throw new InvalidInputException("--capacity-form " + capacityForm + " needs plant"
          + " capacities: add --network FILE or --example gm, or use --capacity-form plants");
    }
    return k;
  }

  private AggregateForm aggregateForm() {
    if (aggregate == null) {
      return AggregateForm.UNSTANDARDIZED;
    }
    return switch (aggregate.strip().toLowerCase(Locale.ROOT)) {
      case "unstandardized" -> AggregateForm.UNSTANDARDIZED;
      case "standardized" -> AggregateForm.STANDARDIZED;
      default -> throw new InvalidInputException("--aggregate must be standardized or"
          + " unstandardized, got '" + aggregate + "'");
    };
  }

  private double[] grid() {
    if (grid == null) {
      return Frontier.GRID.clone();
    }
    String[] parts = grid.split(",", -1);
    double[] g = new double[parts.length];
    for (int k = 0; k < parts.length; k++) {
      try {
        g[k] = Double.parseDouble(parts[k].strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("--grid '" + grid + "': '" + parts[k].strip() + "' is not"
            + " a number; give coverage targets in (0, 1), e.g. --grid 0.8,0.9,0.95");
      }
      if (!(g[k] > 0 && g[k] < 1)) {
        throw new InvalidInputException("--grid '" + grid + "': " + parts[k].strip() + " is not"
            + " in (0, 1); e.g. --grid 0.8,0.9,0.95");
      }
    }
    return g;
  }
}
