package org.stockade.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.stockade.exposure.ExposureResult;
import org.stockade.exposure.ExposureSolver;
import org.stockade.exposure.NetworkGenerator;
import org.stockade.exposure.Scenario;
import org.stockade.exposure.SupplyNetwork;
import org.stockade.io.ExposureLoader;
import org.stockade.io.LoadedNetwork;
import org.stockade.io.NetworkLoader;
import org.stockade.report.ExposureReport;
import org.stockade.model.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockade exposure}: risk exposure of a multi-tier network. */
@Command(name = "exposure", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Risk exposure of a multi-tier network: lost profit, TTS and REI per disruption.",
    description = {"Risk-exposure model of Simchi-Levi et al. (HBR 2014; Interfaces 2015): for "
        + "every single-node disruption (and any --scenario), the least lost profit over the "
        + "node's time-to-recover (performance impact PI, from an LP that re-plans the rest of "
        + "the network), the units lost, the time-to-survive TTS (longest window with no lost "
        + "sale; 'unbounded' if none is ever lost), the risk exposure index REI = PI / max PI, "
        + "and whether the node is exposed (TTS < TTR). Scenarios run in parallel; each LP "
        + "covers only the affected part of the network when that provably gives the same "
        + "answer. A first row, '(nothing down)', is the baseline: the undisrupted network over "
        + "the longest window, whose TTS bounds every scenario's. --disrupt limits the "
        + "single-node scenarios to suppliers or plants. Input format: "
        + "docs/exposure-format.md.", ""},
    footer = {"", "Examples:", "  stockade exposure --example tiers30",
        "  stockade exposure examples/tiers30.yaml --scenario chips-a+chips-b --out out/",
        "  stockade exposure --example tiers30 --disrupt suppliers",
        "  stockade exposure --generate tiers=3,per-tier=200,500,1000 --seed 7 --top 10",
        "  stockade exposure examples/tiers30-csv --format csv > exposure.csv"})
public final class ExposureCommand implements Callable<Integer>, Hosted {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  RunContext ctx = RunContext.cli();

  @Override
  public void host(RunContext context) {
    ctx = context;
  }

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "Network: .yaml/.yml/.json, .xlsx, or a directory with nodes.csv and "
          + "edges.csv.")
  Path file;

  @Option(names = "--example", paramLabel = "NAME", description = "Built-in example: tiers30.")
  String example;

  @Option(names = "--generate", paramLabel = "SPEC", description = "Generate a layered network "
      + "instead, e.g. tiers=3,per-tier=200,500,1000[,alternates=0.25].")
  String generate;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of --generate (default 1).")
  long seed;

  @Option(names = "--scenario", paramLabel = "A+B", description = "Also disrupt these nodes "
      + "(or facilities) together, for the longest of their TTRs. Repeatable.")
  List<String> scenarios = new ArrayList<>();

  @Option(names = "--no-singles", description = "Skip the single-node scenarios (needs "
      + "--scenario).")
  boolean noSingles;

  @Option(names = "--disrupt", paramLabel = "KINDS", defaultValue = "all", description = "Which"
      + " nodes to knock out one at a time: all (default), or a comma list of suppliers, "
      + "plants, products.")
  String disrupt;

  @Option(names = "--top", paramLabel = "N", defaultValue = "30", description = "Rows of the "
      + "ranked table (default 30; 0 for all). JSON and CSV always hold all scenarios.")
  int top;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all "
      + "cores).")
  Integer threads;

  @Option(names = "--engine", defaultValue = "${sys:stockade.engine:-local}", description =
      "local (default) or spark: the scenarios as a sweep on Apache Spark (docs/spark.md);"
          + " same results.")
  String engine;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master URL with --engine"
      + " spark (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--method", defaultValue = "restricted", description = "restricted (default:"
      + " LPs on the affected part, certified exact) or full (every LP on the whole network).")
  String method;

  @Option(names = "--out", paramLabel = "DIR", description = "Write exposure-rei and "
      + "exposure-tts-ttr charts (PNG and SVG) into DIR.")
  Path chartDir;

  private String chartFlag = "--out";

  @Option(names = "--chart", hidden = true, paramLabel = "DIR")
  void deprecatedChart(Path dir) {
    Aliases.note(spec, "--chart", "--out");
    chartDir = dir;
    chartFlag = "--chart";
  }

  @Option(names = "--no-progress", description = "No progress bar on stderr.")
  boolean noProgress;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
  String format;

  @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Wall-clock limit"
      + " (default: none); scenarios not started by then are reported as not solved, exit 3.")
  Double timeLimit;

  private java.time.Duration limit() {
    return timeLimit == null ? null : Values.seconds("--time-limit", timeLimit);
  }

  @Option(names = "--max-nodes", paramLabel = "N", defaultValue = "20000", description =
      "Refuse networks with more nodes (default: ${DEFAULT-VALUE}); raise it deliberately for"
          + " very large networks.")
  long maxNodes;

  @Override
  public Integer call() throws Exception {
    return work(); // the solver honours --time-limit itself (scenarios not started: not solved)
  }

  private Integer work() {
    String fmt = Values.format(format);
    Values.outputDir(chartFlag, chartDir);
    java.util.Set<org.stockade.exposure.NodeKind> kinds = kinds();
    ExposureSolver.Method m = switch (method.toLowerCase(Locale.ROOT)) {
      case "restricted" -> ExposureSolver.Method.RESTRICTED;
      case "full" -> ExposureSolver.Method.FULL;
      default -> throw new InvalidInputException("--method must be restricted or full, got '"
          + method + "'");
    };
    int nThreads = Values.threads("--threads", threads);
    limit(); // checked before the work starts
    if (top < 0) {
      throw new InvalidInputException("--top must be >= 0, got " + top);
    }
    SupplyNetwork net = network();
    PrintWriter err = spec.commandLine().getErr();
    Warnings.print(err, net.warnings());
    List<Scenario> list = new ArrayList<>();
    if (!noSingles) {
      for (Scenario s : Scenario.singles(net)) {
        if (kinds.contains(net.node(net.indexOf(s.nodes().get(0))).kind())) {
          list.add(s);
        }
      }
    }
    for (String s : scenarios) {
      list.add(Scenario.parse(net, s));
    }
    if (list.isEmpty()) {
      throw new InvalidInputException(noSingles ? "--no-singles leaves no scenario; add "
          + "--scenario A+B" : "--disrupt " + disrupt + ": the network has no such node; use "
          + "--disrupt all or add --scenario A+B");
    }
    ExposureResult res = run(net, list, m, nThreads);
    double window = list.stream().mapToDouble(Scenario::ttr).max().orElse(0);
    var baseline = new ExposureSolver().evaluate(net, Scenario.nothingDown(window),
        ExposureSolver.Method.FULL);
    PrintWriter out = spec.commandLine().getOut();
    Output.emit(ctx, out, fmt,
        () -> ExposureReport.json(res, generate == null ? null : seed, baseline),
        () -> ExposureReport.csv(res, baseline), () -> ExposureReport.table(net, res, top,
            baseline));
    if (chartDir != null) {
      for (Path p : ExposureReport.charts(res, chartDir)) {
        err.println("wrote " + p);
      }
    }
    out.flush();
    err.flush();
    return res.failedCount() > 0 ? Main.EXIT_NOT_OPTIMAL : 0;
  }

  /** The node kinds of --disrupt. */
  private java.util.Set<org.stockade.exposure.NodeKind> kinds() {
    var out = java.util.EnumSet.noneOf(org.stockade.exposure.NodeKind.class);
    for (String part : disrupt.split(",")) {
      switch (part.strip().toLowerCase(Locale.ROOT)) {
        case "all" -> out.addAll(java.util.EnumSet.allOf(org.stockade.exposure.NodeKind.class));
        case "suppliers", "supplier" -> out.add(org.stockade.exposure.NodeKind.SUPPLIER);
        case "plants", "plant" -> out.add(org.stockade.exposure.NodeKind.PLANT);
        case "products", "product" -> out.add(org.stockade.exposure.NodeKind.PRODUCT);
        default -> throw new InvalidInputException("--disrupt '" + disrupt + "': '"
            + part.strip() + "' is not a node kind; use all, or a comma list of suppliers, "
            + "plants, products, e.g. --disrupt suppliers,plants");
      }
    }
    return out;
  }

  private SupplyNetwork network() {
    int given = (file != null ? 1 : 0) + (example != null ? 1 : 0) + (generate != null ? 1 : 0)
        + (ctx.network() != null ? 1 : 0);
    if (given != 1) {
      throw new InvalidInputException(given == 0
          ? "no network given: pass a FILE (see examples/tiers30.yaml), --example tiers30 or"
              + " --generate tiers=3,per-tier=200,500,1000"
          : "give only one of FILE, --example and --generate");
    }
    if (file != null || ctx.network() != null) {
      LoadedNetwork loaded = ctx.network() != null ? ctx.network()
          : NetworkLoader.load(file, LoadedNetwork.Exposure.KIND);
      if (!(loaded instanceof LoadedNetwork.Exposure x)) {
        throw new InvalidInputException((file != null ? file.toString() : "network '"
            + loaded.name() + "'") + " is a " + loaded.kind()
            + " network, but exposure analyses a multi-tier network of nodes and edges (nodes:,"
            + " edges:); see docs/exposure-format.md, or use 'stockade solve' for it");
      }
      SupplyNetwork net = x.network();
      checkSize(net.size(), file != null ? file.toString() : "'" + net.name() + "'");
      return net;
    }
    if (generate != null) {
      NetworkGenerator.Spec s = NetworkGenerator.Spec.parse(generate, seed);
      checkSize(java.util.Arrays.stream(s.perTier()).asLongStream().sum(), "--generate "
          + generate);
      return NetworkGenerator.generate(s);
    }
    if (!example.equalsIgnoreCase("tiers30")) {
      throw new InvalidInputException("--example '" + example + "' is not known; built-in"
          + " examples: tiers30");
    }
    SupplyNetwork net = exampleTiers30();
    checkSize(net.size(), "--example tiers30");
    return net;
  }

  /**
   * Refuses networks above {@code --max-nodes} up front: every node is a scenario with two LPs
   * over the network, so work and memory grow about with the square of the size.
   */
  private void checkSize(long nodes, String what) {
    if (nodes > maxNodes) {
      throw new InvalidInputException(String.format(Locale.ROOT, "%s has %,d nodes, over"
          + " --max-nodes %,d: every node is a disruption scenario with two LPs, so this run"
          + " may take hours and gigabytes; pass --max-nodes %d to run it anyway, or use"
          + " --no-singles with --scenario for chosen disruptions", what, nodes, maxNodes,
          nodes));
    }
  }

  /** The tiers30 example, from the copy of examples/tiers30.yaml on the class path. */
  static SupplyNetwork exampleTiers30() {
    try (InputStream in = ExposureCommand.class.getResourceAsStream("/examples/tiers30.yaml")) {
      if (in == null) {
        throw new IllegalStateException("examples/tiers30.yaml is missing from the jar");
      }
      return ExposureLoader.fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "tiers30 (built-in)", "tiers30");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ExposureResult run(SupplyNetwork net, List<Scenario> list, ExposureSolver.Method m,
      int nThreads) {
    if (!engine.equalsIgnoreCase("local") || master != null) {
      return onEngine(net, list, m, nThreads);
    }
    if (ctx.hasProgress()) {
      return new ExposureSolver().solve(net, list, new ExposureSolver.Options(m, nThreads,
          k -> ctx.progress("scenario " + k + " of " + list.size()))
          .withStop(limit(), ctx.cancel()));
    }
    if (noProgress) {
      return new ExposureSolver().solve(net, list, new ExposureSolver.Options(m, nThreads, null)
          .withStop(limit(), ctx.cancel()));
    }
    try (ProgressBar bar = Bars.onStderr("exposure", list.size())) {
      Object lock = new Object();
      long[] high = new long[1];
      return new ExposureSolver().solve(net, list, new ExposureSolver.Options(m, nThreads, k -> {
        synchronized (lock) {
          if (k > high[0]) {
            high[0] = k;
            bar.stepTo(k);
          }
        }
      }).withStop(limit(), ctx.cancel()));
    }
  }

  /** The scenarios as a {@link org.stockade.sweep.Sweep} on --engine (Spark). */
  private ExposureResult onEngine(SupplyNetwork net, List<Scenario> list,
      ExposureSolver.Method m, int nThreads) {
    if (master != null && engine.equalsIgnoreCase("local")) {
      throw new InvalidInputException("--master " + master + " is for --engine spark; add"
          + " --engine spark or drop --master");
    }
    if (timeLimit != null) {
      throw new InvalidInputException("--time-limit is not supported with --engine " + engine
          + " (a Spark job runs to its end); drop --time-limit");
    }
    org.stockade.sweep.SweepEngine e = org.stockade.sweep.SweepEngines.get(engine);
    PrintWriter err = spec.commandLine().getErr();
    var sweep = org.stockade.exposure.ExposureSweep.of(net, list, m);
    var res = e.run(sweep, new org.stockade.sweep.SweepEngine.Settings(master, nThreads, null,
        noProgress ? null : line -> {
          err.println(line);
          err.flush();
        }));
    return org.stockade.exposure.ExposureSweep.toResult(net, list, res, m, nThreads);
  }
}
