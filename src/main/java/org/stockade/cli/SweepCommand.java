package org.stockade.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stockade.experiments.GmSweep;
import org.stockade.experiments.ParameterSweep;
import org.stockade.exposure.ExposureSolver;
import org.stockade.exposure.ExposureSweep;
import org.stockade.exposure.NetworkGenerator;
import org.stockade.exposure.Scenario;
import org.stockade.exposure.SupplyNetwork;
import org.stockade.model.Examples;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.sim.MonteCarloSweep;
import org.stockade.sim.ScenarioModel;
import org.stockade.sweep.Sweep;
import org.stockade.sweep.SweepEngine;
import org.stockade.sweep.SweepEngines;
import org.stockade.sweep.SweepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stockade sweep KIND}: a sweep of independent seeded tasks ({@link Sweep}) on the local
 * runner or on Apache Spark ({@code --engine spark}, from the {@code stockade-spark} module,
 * found at run time). Same rows, sorted by task id, on either engine.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Big sweeps of independent seeded tasks, locally or on Apache Spark.",
    description = {"Runs one task per scenario, block, parameter value or study cell, on a "
        + "fixed pool of local threads (--engine local) or on Spark (--engine spark, "
        + "--master URL; default local[*], or spark-submit's master). Both give the same rows "
        + "(sorted by task id); a task that fails on bad input is a row with its id and the "
        + "error, never lost. Spark needs the stockade-spark module: docs/spark.md.", "",
        "exposure: one task per disruption scenario of a multi-tier network (--generate, "
            + "--seed, --method): lost profit PI, lost units and TTS per scenario.",
        "monte-carlo: lost sales of --samples disruption scenarios on GM (plants fail with "
            + "--p, inventory --stock x mean), in blocks of 256 on jumpable seeded streams.",
        "sg-param: the SG optimum on GM for each of --values of --parameter (beta, alpha, "
            + "capacity-loss, delta) on --design.",
        "gm: the GM study of 'reproduce' (--instances, --seed): 5 designs x 2 capacity forms "
            + "per instance.",
        "design: the flexibility frontier on GM, one exact design solve per arc budget "
            + "0..--max-arcs over --candidates arcs drawn with --seed at --arc-cost each.", "",
        "Examples:",
        "  stockade sweep monte-carlo --samples 1000000 --p 0.1 --engine spark --out out/mc",
        "  stockade sweep sg-param --parameter beta --values 0,0.5,1,1.5,2,2.5,3",
        "  stockade sweep exposure --generate tiers=3,per-tier=200,500,1000 --engine spark"
            + " --master spark://host:7077 --out hdfs:///tmp/exposure", ""})
public final class SweepCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND",
      description = "exposure, monte-carlo, sg-param, gm or design")
  String kind;

  @Option(names = "--engine", defaultValue = "${sys:stockade.engine:-local}",
      description = "local or spark (default ${DEFAULT-VALUE}; spark under spark-submit).")
  String engine;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master URL, e.g. "
      + "local[2], spark://host:7077, yarn (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--threads", paramLabel = "N", description = "Local worker threads "
      + "(default: all cores).")
  Integer threads;

  @Option(names = "--out", paramLabel = "DIR", description = "Write the rows: KIND.csv (both "
      + "engines), KIND.parquet/ and KIND-csv/ (Spark; DIR may be an hdfs:// or s3a:// URI).")
  String out;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the sweep's draws "
      + "(default ${DEFAULT-VALUE}); recorded in every row.")
  long seed;

  @Option(names = "--generate", paramLabel = "SPEC", defaultValue = "tiers=3,per-tier=20,50,100",
      description = "exposure: the layered network (default ${DEFAULT-VALUE}).")
  String generate;

  @Option(names = "--method", defaultValue = "restricted", description = "exposure: restricted "
      + "(default) or full LPs.")
  String method;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "100000",
      description = "monte-carlo: scenarios (default ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--p", paramLabel = "P", defaultValue = "0.1",
      description = "monte-carlo: failure probability of each plant (default ${DEFAULT-VALUE}).")
  double p;

  @Option(names = "--stock", paramLabel = "F", defaultValue = "0",
      description = "monte-carlo: inventory of each product as a multiple of its mean demand "
          + "(default ${DEFAULT-VALUE}).")
  double stock;

  @Option(names = "--parameter", defaultValue = "beta", description = "sg-param: beta "
      + "(default), alpha, capacity-loss or delta.")
  String parameter;

  @Option(names = "--values", paramLabel = "V,V,...", split = ",",
      defaultValue = "0,0.5,1,1.5,2,2.5,3", description = "sg-param: parameter values "
          + "(default ${DEFAULT-VALUE}).")
  double[] values;

  @Option(names = "--design", defaultValue = "base", description = "sg-param: base (default), "
      + "full or generalized:K.")
  String design;

  @Option(names = "--candidates", paramLabel = "K", defaultValue = "10",
      description = "design: candidate arcs drawn with --seed (default ${DEFAULT-VALUE}).")
  int candidates;

  @Option(names = "--arc-cost", paramLabel = "F", defaultValue = "50",
      description = "design: cost of each added arc (default ${DEFAULT-VALUE}).")
  double arcCost;

  @Option(names = "--max-arcs", paramLabel = "K", defaultValue = "4",
      description = "design: budgets 0..K on added arcs, one task each (default "
          + "${DEFAULT-VALUE}).")
  int maxArcs;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "60",
      description = "design: limit of each design solve (default ${DEFAULT-VALUE}).")
  double timeLimit;

  @Option(names = "--instances", paramLabel = "N", defaultValue = "10",
      description = "gm: instances (default ${DEFAULT-VALUE}); 10 solves each.")
  int instances;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "table: rows shown (default ${DEFAULT-VALUE}; failed rows always).")
  int top;

  @Option(names = "--no-progress", description = "No progress lines on stderr.")
  boolean noProgress;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
  String format;

  @Override
  public Integer call() {
    String fmt = Values.format(format);
    int nThreads = Values.threads("--threads", threads);
    if (top < 0) {
      throw new InvalidInputException("--top must be >= 0, got " + top);
    }
    if (master != null && !engine.equalsIgnoreCase("spark")) {
      throw new InvalidInputException("--master " + master + " is for --engine spark; add"
          + " --engine spark or drop --master");
    }
    Sweep<?> sweep = sweep();
    SweepEngine e = SweepEngines.get(engine);
    PrintWriter err = spec.commandLine().getErr();
    SweepEngine.Settings settings = new SweepEngine.Settings(master, nThreads, out,
        noProgress ? null : line -> {
          err.println(line);
          err.flush();
        });
    SweepResult res = e.run(sweep, settings);
    for (String f : res.files()) {
      err.println("wrote " + f);
    }
    err.flush();
    PrintWriter o = spec.commandLine().getOut();
    o.print(SweepOutput.render(res, fmt, top));
    o.flush();
    return res.failures().isEmpty() ? 0 : Main.EXIT_NOT_OPTIMAL;
  }

  /** The sweep of KIND from the flags. */
  Sweep<?> sweep() {
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "exposure" -> exposure();
      case "monte-carlo", "montecarlo", "mc" -> monteCarlo(samples, p, stock, seed);
      case "sg-param" -> ParameterSweep.of(parameter.toLowerCase(Locale.ROOT), design, values,
          seed);
      case "gm" -> {
        if (instances > 100_000) {
          throw new InvalidInputException("--instances must be at most 100000 (10 solves each),"
              + " got " + instances + "; e.g. --instances 1000");
        }
        yield GmSweep.of(instances, seed);
      }
      case "design" -> org.stockade.flexdesign.DesignSweep.frontier(
          Math.min(candidates, 110), arcCost, maxArcs,
          seed, Values.seconds("--time-limit", timeLimit).toMillis() / 1000.0);
      default -> throw new InvalidInputException("sweep: '" + kind + "' is not known; use"
          + " exposure, monte-carlo, sg-param, gm or design");
    };
  }

  private Sweep<?> exposure() {
    ExposureSolver.Method m = switch (method.toLowerCase(Locale.ROOT)) {
      case "restricted" -> ExposureSolver.Method.RESTRICTED;
      case "full" -> ExposureSolver.Method.FULL;
      default -> throw new InvalidInputException("--method must be restricted or full, got '"
          + method + "'");
    };
    SupplyNetwork net = NetworkGenerator.generate(NetworkGenerator.Spec.parse(generate, seed));
    return ExposureSweep.of(net, new ArrayList<>(Scenario.singles(net)), m);
  }

  /** GM (base design, paper Appendix S2 model) with {@code stock} x mean inventory. */
  static Sweep<MonteCarloSweep.Block> monteCarlo(int samples, double p, double stock,
      long seed) {
    if (!(stock >= 0) || Double.isInfinite(stock)) {
      throw new InvalidInputException("--stock must be a finite number >= 0, got " + stock
          + "; e.g. --stock 0.2");
    }
    if (samples > MAX_SAMPLES) {
      throw new InvalidInputException("--samples " + samples + " is over " + MAX_SAMPLES
          + " (the driver holds one row per block of 256); run several sweeps with different"
          + " --seed values and add their rows, e.g. --samples " + MAX_SAMPLES);
    }
    Network gm = Examples.gm();
    double[] r = gm.means();
    for (int j = 0; j < r.length; j++) {
      r[j] *= stock;
    }
    return MonteCarloSweep.of(gm, r, ScenarioModel.paper(gm, p), samples, seed);
  }

  /** Largest --samples: about 2 million block rows on the driver. */
  static final int MAX_SAMPLES = 500_000_000;

  static List<String> kinds() {
    return List.of("exposure", "monte-carlo", "sg-param", "gm", "design");
  }
}
