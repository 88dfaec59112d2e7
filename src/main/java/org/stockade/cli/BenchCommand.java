package org.stockade.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stockade.report.Json;
import org.stockade.bench.CmBenchmark;
import org.stockade.bench.ExposureBenchmark;
import org.stockade.bench.SgBenchmark;
import org.stockade.bench.Timing;
import org.stockade.exposure.NetworkGenerator;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Fmt;
import org.stockade.report.TextTable;
import picocli.CommandLine.Command;
import org.stockade.design.ScaleNetworks;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockade bench}: timings with ratios against a baseline run in the same process. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Benchmarks: solver timings as ratios to a baseline measured in the same run.",
    description = {"Times solvers on the GM case and prints each method's median time and its "
        + "ratio to the baseline, all in this JVM (absolute times vary between machines; "
        + "ratios are what to compare).", "",
        "sg: the SG model on the GM designs: enumeration LP (baseline, all 2^16-1 subset "
            + "constraints) vs constraint generation with the MILP proof and with the "
            + "enumeration proof.",
        "msg: the multi-stage m-SG model on gm-two-tier and on GM as two stages, as ratios to "
            + "the SG constraint-generation solve of GM.",
        "saa: the stochastic counterpart (SAA, GM base, p = 0.1, 95%% fill rate) for n = 100, "
            + "1000, 10000 samples: extensive-form LP (baseline, under --time-limit) vs "
            + "max-flow cutting planes, both on one thread.",
        "exposure: risk exposure of a generated layered network (--generate, --seed): all "
            + "single-node scenarios on all cores, restricted LPs; then a seeded sample "
            + "(--sample) on one thread, restricted LPs vs whole-network LPs (baseline), "
            + "with the largest difference between their answers.",

        "design: joint flexibility design and inventory on GM with k random candidate arcs "
            + "(--candidate-counts, --arc-cost, --seed; --time-limit per solve): exact "
            + "(baseline) vs heuristic, time ratio, costs, bounds and gaps.",
        "serve: stockade serve on loopback with --clients concurrent HTTP clients submitting the "
            + "GM SG solve and polling it: throughput and p50/p99 latency as ratios to the same "
            + "solve in this process, then 2x and 10x the queue's capacity of clients at once "
            + "(429s, retries, lost runs).",
        "spark: the same Monte Carlo block sweep on the local runner (2 threads) and on Spark "
            + "local[2] at two sizes (--tasks), ratio, and the task count from which a cluster "
            + "would pay off (needs the stockade-spark module: docs/spark.md).",
        "cm: the cost-minimization model on GM (underage 10, overage 1, production 0) without "
            + "and with a loss cap of 50 units, as ratios to the SG solve (CG + MILP proof).",
        ""})
public final class BenchCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WHAT",
      description = "sg, sg-scale, design, cm, msg, saa, exposure, serve or spark")
  String what;

  @Option(names = "--warmup", defaultValue = "2", description = "Untimed runs first "
      + "(default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs (default: "
      + "${DEFAULT-VALUE}); the median is reported.")
  int runs;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
  String format;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "300",
      description = "saa: time limit of each extensive-form LP (default: ${DEFAULT-VALUE}).")
  double timeLimit;

  @Option(names = "--samples", paramLabel = "N,N,...", defaultValue = "100,1000,10000",
      split = ",", description = "saa: sample sizes (default: ${DEFAULT-VALUE}).")
  int[] samples;

  @Option(names = "--generate", paramLabel = "SPEC", defaultValue =
      "tiers=3,per-tier=200,500,1000", description = "exposure: network to generate (default: "
      + "${DEFAULT-VALUE}).")
  String generate;

  @Option(names = "--seed", defaultValue = "1", description = "exposure: generator and "
      + "sample seed (default 1).")
  long seed;

  @Option(names = "--sample", defaultValue = "20", description = "exposure: scenarios timed "
      + "against the whole-network baseline (default ${DEFAULT-VALUE}).")
  int sample;

  @Option(names = "--sizes", paramLabel = "N,N,...", split = ",",
      defaultValue = "20,50,100,200,500,1000,2000",
      description = "sg-scale: numbers of products (default: ${DEFAULT-VALUE}).")
  int[] sizes;

  @Option(names = "--families", paramLabel = "F,F,...", split = ",",
      defaultValue = "chain:2,chain:3,generalized:3,sparse:3",
      description = "sg-scale: network families, " + ScaleNetworks.HELP
          + " (default: ${DEFAULT-VALUE}).")
  List<String> families;

  @Option(names = "--capacity-loss", paramLabel = "KIND[:ZETA]", description = "sg-scale: "
      + "capacity loss as in solve (default: the paper's 10% of total capacity; plants:1 for "
      + "one plant down, where the singleton cuts do not settle the answer).")
  String capacityLoss;

  @Option(names = "--baseline-limit", paramLabel = "SECONDS", defaultValue = "60",
      description = "sg-scale: time limit of each baseline solve; a baseline that hits it is"
          + " not run at larger N (default: ${DEFAULT-VALUE}).")
  double baselineLimit;

  @Option(names = "--candidate-counts", paramLabel = "K,K,...", split = ",",
      defaultValue = "6,10,14,all", description = "design: numbers of candidate arcs, or all "
          + "(default: ${DEFAULT-VALUE}).")
  List<String> candidateCounts;

  @Option(names = "--arc-cost", paramLabel = "F", defaultValue = "50",
      description = "design: cost of each candidate arc (default: ${DEFAULT-VALUE}).")
  double arcCost;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "8",
      description = "serve: concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--runs-per-client", paramLabel = "N", defaultValue = "5",
      description = "serve: runs each client submits (default: ${DEFAULT-VALUE}).")
  int runsPerClient;

  @Option(names = "--tasks", paramLabel = "N,N", split = ",", defaultValue = "2000,8000",
      description = "spark: two sweep sizes in tasks (default: ${DEFAULT-VALUE}).")
  int[] tasks;

  @Option(names = "--sweep", defaultValue = "monte-carlo", description = "spark: "
      + "monte-carlo (default: sub-millisecond tasks) or sg-param (LP-sized tasks).")
  String sparkSweep;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "8",
      description = "serve: the server's queue beyond its workers (default: ${DEFAULT-VALUE}).")
  int queue;

  @Override
  public Integer call() throws Exception {
    String fmt = Values.format(format);
    if (!List.of("sg", "sg-scale", "design", "cm", "msg", "saa", "exposure", "serve", "spark")
        .contains(what.toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException("bench: '" + what + "' is not known; available: sg, "
          + "sg-scale, design, cm, msg, saa, exposure, serve, spark");
    }
    if (what.equalsIgnoreCase("spark")) {
      return SparkBench.print(spec.commandLine().getOut(), spec.commandLine().getErr(), fmt,
          sparkSweep, tasks, Math.min(runs, 3), seed);
    }
    if (what.equalsIgnoreCase("design")) {
      return DesignBench.print(spec.commandLine().getOut(), spec.commandLine().getErr(), fmt,
          candidateCounts, arcCost, seed, timeLimit);
    }
    if (what.equalsIgnoreCase("serve")) {
      if (runs < 1 || warmup < 0) {
        throw new InvalidInputException("--runs must be >= 1 and --warmup >= 0");
      }
      return ServeBench.print(spec.commandLine().getOut(), spec.commandLine().getErr(), fmt,
          clients, runsPerClient, queue, warmup, runs);
    }
    if (what.equalsIgnoreCase("sg-scale")) {
      return SgScaleBench.print(spec.commandLine().getOut(), spec.commandLine().getErr(), fmt,
          families, sizes, seed, timeLimit, baselineLimit, SolveCommand.uncertaintyFlags(
              null, null, null, null, capacityLoss, null, null));
    }
    if (runs < 1 || warmup < 0) {
      throw new InvalidInputException("--runs must be >= 1 and --warmup >= 0, got --runs " + runs
          + " and --warmup " + warmup + "; e.g. --runs 5 --warmup 2");
    }
    if (what.equalsIgnoreCase("cm")) {
      return cm(fmt);
    }
    if (what.equalsIgnoreCase("msg")) {
      return MsgBench.print(spec.commandLine().getOut(), fmt, warmup, runs);
    }
    if (what.equalsIgnoreCase("saa")) {
      return SaaBench.print(spec.commandLine().getOut(), spec.commandLine().getErr(), fmt, samples, warmup, runs, timeLimit);
    }
    if (what.equalsIgnoreCase("exposure")) {
      if (sample < 1) {
        throw new InvalidInputException("--sample must be >= 1, got " + sample);
      }
      ExposureBenchmark.Report r = ExposureBenchmark.run(
          NetworkGenerator.Spec.parse(generate, seed), sample,
          Runtime.getRuntime().availableProcessors(), 1);
      PrintWriter out = spec.commandLine().getOut();
      out.print(r.render(format.toLowerCase(Locale.ROOT)));
      out.flush();
      return 0;
    }
    List<SgBenchmark.Row> rows = SgBenchmark.run(warmup, runs);
    PrintWriter out = spec.commandLine().getOut();
    if (fmt.equals("table")) {
      TextTable t = new TextTable("design", "enumeration LP ms", "CG+MILP ms", "ratio",
          "CG+enum ms", "ratio");
      for (SgBenchmark.Row r : rows) {
        t.row(r.design(), ms(r.baseline()), ms(r.milp()), ratio(r.milp(), r.baseline()),
            ms(r.enumeration()), ratio(r.enumeration(), r.baseline()));
      }
      out.print("SG on GM (paper defaults), median of " + runs + " runs after " + warmup
          + " warm-up; ratio = time / enumeration LP time\n" + t.render());
    } else if (fmt.equals("csv")) {
      out.println("design,method,median_ms,min_ms,ratio_to_baseline");
      for (SgBenchmark.Row r : rows) {
        for (Timing t : List.of(r.baseline(), r.milp(), r.enumeration())) {
          out.println(r.design() + "," + t.name() + "," + t.medianMillis() + "," + t.minMillis()
              + "," + t.medianMillis() / r.baseline().medianMillis());
        }
      }
    } else {
      List<Object> list = new ArrayList<>();
      for (SgBenchmark.Row r : rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("design", r.design());
        for (Timing t : List.of(r.baseline(), r.milp(), r.enumeration())) {
          m.put(t.name(), Map.of("median_ms", t.medianMillis(), "ratio",
              t.medianMillis() / r.baseline().medianMillis()));
        }
        list.add(m);
      }
      out.print(Json.pretty(list));
    }
    out.flush();
    return 0;
  }

  private int cm(String fmt) throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    List<CmBenchmark.Row> rows = CmBenchmark.run(warmup, runs, line -> {
      err.println(line);
      err.flush();
    });
    PrintWriter out = spec.commandLine().getOut();
    if (fmt.equals("table")) {
      TextTable t = new TextTable("case", "median ms", "SG ms", "ratio to SG", "status",
          "total cost", "rounds", "MILPs");
      for (CmBenchmark.Row r : rows) {
        t.row(r.name(), ms(r.timing()), ms(r.baseline()), ratio(r.timing(), r.baseline()),
            r.status(), Fmt.num(r.total(), 4), String.valueOf(r.rounds()),
            String.valueOf(r.milps()));
      }
      out.print("CM on GM (base design, paper defaults; u=10, o=1, p=0), median of " + runs
          + " runs after " + warmup + " warm-up; ratio = time / SG (CG + MILP proof) time\n"
          + t.render());
    } else if (fmt.equals("csv")) {
      out.println("case,median_ms,min_ms,sg_median_ms,ratio_to_sg,status,total_cost,rounds,milps");
      for (CmBenchmark.Row r : rows) {
        out.println(r.name() + "," + r.timing().medianMillis() + "," + r.timing().minMillis()
            + "," + r.baseline().medianMillis() + ","
            + r.timing().medianMillis() / r.baseline().medianMillis() + "," + r.status() + ","
            + r.total() + "," + r.rounds() + "," + r.milps());
      }
    } else {
      List<Object> list = new ArrayList<>();
      for (CmBenchmark.Row r : rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", r.name());
        m.put("median_ms", r.timing().medianMillis());
        m.put("sg_median_ms", r.baseline().medianMillis());
        m.put("ratio_to_sg", r.timing().medianMillis() / r.baseline().medianMillis());
        m.put("status", r.status());
        m.put("total_cost", r.total());
        m.put("rounds", r.rounds());
        m.put("milps", r.milps());
        list.add(m);
      }
      out.print(Json.pretty(list));
    }
    out.flush();
    return 0;
  }

  private static String ms(Timing t) {
    return Fmt.num(t.medianMillis(), 1);
  }

  private static String ratio(Timing t, Timing base) {
    return Fmt.num(t.medianMillis() / base.medianMillis(), 2) + "x";
  }
}
