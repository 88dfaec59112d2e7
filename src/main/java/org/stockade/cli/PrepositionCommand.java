package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stockade.io.PrepositionLoader;
import org.stockade.model.InvalidInputException;
import org.stockade.report.chart.BarChartSpec;
import org.stockade.report.chart.Charts;
import org.stockade.report.chart.Series;
import org.stockade.strategies.preposition.PrepositionGenerator;
import org.stockade.strategies.preposition.PrepositionOptions;
import org.stockade.strategies.preposition.PrepositionProblem;
import org.stockade.strategies.preposition.PrepositionResult;
import org.stockade.strategies.preposition.PrepositionSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockade strategy preposition}: two-stage stochastic pre-positioning. */
@Command(name = "preposition", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Where to open relief warehouses and what to stock, over disaster scenarios.",
    description = {"Two-stage stochastic pre-positioning (Rawls & Turnquist 2010): open at "
        + "most one facility size per candidate location and stock each commodity before the "
        + "event; in each scenario part of the stock is destroyed, demand appears, and the rest "
        + "is shipped over capacitated arcs, with penalties for shortage and surplus. Minimises "
        + "fixed + acquisition + expected shipping, shortage and surplus cost. Solved as an "
        + "extensive-form MILP (SCIP) or by the multi-cut L-shaped method (recourse LPs in "
        + "parallel), or both. See docs/strategies.md, section 5.", ""},
    footer = {"", "Input: FILE (.yaml/.json: sizes, locations, commodities, arcs) and "
        + "--scenarios FILE.csv (columns scenario, probability, location, commodity, demand, "
        + "destroyed, from, to, capacity_factor, cost_factor), or --generate for a seeded "
        + "random instance.",
        "Exit codes: 0 every method reached the gap, 2 bad input, 3 a limit stopped a method.",
        "", "Examples:",
        "  stockade strategy preposition examples/preposition-gulf.yaml "
            + "--scenarios examples/preposition-gulf-scenarios.csv --method both",
        "  stockade strategy preposition --generate locations=30,scenarios=100 --seed 7 "
            + "--method both --time-limit 120"})
public final class PrepositionCommand implements Callable<Integer>, Hosted {
  /** Largest extensive form built (variables). */
  static final long MAX_EXTENSIVE_VARIABLES = 3_000_000;
  /** {@code auto} picks the extensive form up to this many variables, Benders above. */
  static final long AUTO_EXTENSIVE_VARIABLES = 50_000;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  RunContext ctx = RunContext.cli();

  @Override
  public void host(RunContext context) {
    ctx = context;
  }

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "Network: sizes, locations, commodities, arcs (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--scenarios", paramLabel = "CSV", description = "Scenarios (CSV, long "
      + "format; see docs/strategies.md).")
  Path scenarios;

  @Option(names = "--generate", paramLabel = "SPEC", description = "A seeded random "
      + "hurricane-like instance instead of FILE: locations=N,scenarios=S[,sizes=L]"
      + "[,commodities=K] (defaults: 3 sizes, 3 commodities).")
  String generate;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of --generate (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--method", paramLabel = "M", defaultValue = "auto",
      description = "extensive, benders, both, or auto (extensive up to "
          + AUTO_EXTENSIVE_VARIABLES + " variables, else benders; default: ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "600",
      description = "Wall-clock limit per method (default: ${DEFAULT-VALUE}).")
  double timeLimit;

  @Option(names = "--gap", paramLabel = "G", defaultValue = "1e-4",
      description = "Relative gap (UB - LB) / UB at which a method stops (default: "
          + "${DEFAULT-VALUE}).")
  double gap;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for the recourse LPs "
      + "(default: min(4, cores)).")
  Integer threads;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write preposition-stock.png/.svg (stock by location and commodity).")
  Path out;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
      description = "table, json or csv.")
  String format;

  @Override
  public Integer call() {
    String fmt = Values.format(format);
    Values.outputDir("--out", out);
    Values.tolerance("--gap", gap, 0.5);
    int th = threads == null ? PrepositionOptions.defaults().threads() : threads;
    if (th < 1 || th > 64) {
      throw new InvalidInputException("--threads must be in [1, 64], got " + th
          + "; e.g. --threads 2");
    }
    if (ctx.captures()) {
      // a service run shares the machine with the other workers: at most its cores
      th = Math.min(th, Runtime.getRuntime().availableProcessors());
    }
    PrepositionOptions opts = new PrepositionOptions(Values.seconds("--time-limit", timeLimit),
        gap, th);
    String m = method.strip().toLowerCase(Locale.ROOT);
    if (!List.of("extensive", "benders", "both", "auto").contains(m)) {
      throw new InvalidInputException("--method must be extensive, benders, both or auto, got '"
          + method + "'; e.g. --method both");
    }
    PrepositionProblem p = problem();
    long ext = PrepositionSolver.extensiveVariables(p);
    List<PrepositionResult.Method> methods = switch (m) {
      case "extensive" -> List.of(PrepositionResult.Method.EXTENSIVE);
      case "benders" -> List.of(PrepositionResult.Method.BENDERS);
      case "both" -> List.of(PrepositionResult.Method.EXTENSIVE,
          PrepositionResult.Method.BENDERS);
      default -> ext <= AUTO_EXTENSIVE_VARIABLES ? List.of(PrepositionResult.Method.EXTENSIVE)
          : List.of(PrepositionResult.Method.BENDERS);
    };
    if (methods.contains(PrepositionResult.Method.EXTENSIVE) && ext > MAX_EXTENSIVE_VARIABLES) {
      throw new InvalidInputException("the extensive form would have " + ext + " variables, "
          + "over the limit of " + MAX_EXTENSIVE_VARIABLES + "; use --method benders");
    }
    PrepositionResult r = new PrepositionSolver(opts).solve(p, methods,
        generate == null ? null : seed, ctx.cancel());
    PrintWriter w = spec.commandLine().getOut();
    Output.emit(ctx, w, fmt, () -> PrepositionReport.json(r, opts, ext),
        () -> PrepositionReport.csv(r), () -> PrepositionReport.table(r, opts, ext));
    if (out != null && r.plan() != null) {
      List<Series> series = new ArrayList<>();
      for (int k = 0; k < p.commodityCount(); k++) {
        double[] y = new double[p.locationCount()];
        for (int i = 0; i < y.length; i++) {
          y[i] = r.plan().stock(i, k);
        }
        series.add(new Series(p.commodity(k).name(), new double[y.length], y));
      }
      List<Path> files = Charts.writeBar(new BarChartSpec("Pre-positioned stock by location",
          "location", "units stocked", p.locations(), series), out, "preposition-stock");
      Output.chartFiles(ctx, w, fmt, files);
    }
    w.flush();
    return PrepositionSolver.allOptimal(r) ? 0 : Main.EXIT_NOT_OPTIMAL;
  }

  private PrepositionProblem problem() {
    if (generate != null) {
      if (file != null || scenarios != null) {
        throw new InvalidInputException("--generate: give either FILE --scenarios CSV or "
            + "--generate, not both; e.g. --generate locations=30,scenarios=100");
      }
      Map<String, Integer> g = generateSpec(generate);
      return PrepositionGenerator.generate(g.get("locations"), g.get("sizes"),
          g.get("commodities"), g.get("scenarios"), seed);
    }
    if (file == null) {
      throw new InvalidInputException("no network FILE given; e.g. stockade strategy "
          + "preposition examples/preposition-gulf.yaml --scenarios "
          + "examples/preposition-gulf-scenarios.csv (or --generate locations=30,scenarios=100)");
    }
    if (scenarios == null) {
      throw new InvalidInputException("--scenarios CSV is required with FILE; e.g. --scenarios "
          + "examples/preposition-gulf-scenarios.csv");
    }
    return PrepositionLoader.load(file, scenarios);
  }

  static Map<String, Integer> generateSpec(String spec) {
    Map<String, Integer> g = new LinkedHashMap<>();
    g.put("locations", null);
    g.put("scenarios", null);
    g.put("sizes", 3);
    g.put("commodities", 3);
    for (String part : spec.split(",", -1)) {
      String[] kv = part.split("=", -1);
      String key = kv[0].strip().toLowerCase(Locale.ROOT);
      if (kv.length != 2 || !g.containsKey(key)) {
        throw new InvalidInputException("--generate: '" + part.strip() + "' is not one of "
            + "locations=N, scenarios=S, sizes=L, commodities=K; e.g. --generate "
            + "locations=30,scenarios=100");
      }
      try {
        g.put(key, Integer.parseInt(kv[1].strip()));
      } catch (NumberFormatException e) {
        throw new InvalidInputException("--generate: " + key + " must be a whole number, got '"
            + kv[1].strip() + "'; e.g. " + key + "=30");
      }
    }
    for (String key : List.of("locations", "scenarios")) {
      if (g.get(key) == null) {
        throw new InvalidInputException("--generate needs " + key + "=N; e.g. --generate "
            + "locations=30,scenarios=100");
      }
    }
    return g;
  }
}
