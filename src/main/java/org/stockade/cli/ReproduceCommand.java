package org.stockade.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ProgressBar;
import org.stockade.experiments.Reproduction;
import org.stockade.model.InvalidInputException;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.UncertaintySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockade reproduce}: the paper's Figure 2, GM Tables 1–4 and flipping effect. */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Reproduce the paper: Figure 2, GM Tables 1-4, flipping effect, TTS table.",
    description = {"Reproduces the analysis of Simchi-Levi, Wang & Wei (2018): Figure 2 (cost "
        + "vs capacity loss for 2-chain, 3-chain and full flexibility), the GM case study "
        + "(Tables 1-4: cost and high-variability share by design, uncertain and deterministic "
        + "capacity) and the flipping effect. Each run writes CSV, PNG and SVG charts and "
        + "report.md (with every parameter and seed) into its own subfolder of --out, named "
        + "after the target and any parameter changed from its default (out/gm-tables/, "
        + "out/gm-tables-instances-50/, ...), so runs never overwrite each other; "
        + "out/index.md lists every subfolder with the command that made it.", ""},
    footer = {"", "Example:", "  stockade reproduce all --out out/",
        "  stockade reproduce gm-tables --instances 50 --aggregate standardized --beta 8",
        "    (writes out/gm-tables-instances-50-beta-8-standardized/report.md)"})
public final class ReproduceCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", defaultValue = "all", paramLabel = "WHAT",
      description = "figure2, gm-tables, flipping, tts, all (default); also saa (Table 5, the "
          + "stochastic counterpart) and dual-sourcing (Gijsbrechts et al. 2022 Fig. 9 gaps), "
          + "which are not part of all.")
  String what;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Output directory; each run gets a subfolder and DIR/index.md lists them "
          + "(default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--instances", paramLabel = "N", defaultValue = "200",
      description = "Random GM instances per design (default: ${DEFAULT-VALUE}).")
  int instances;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2018",
      description = "Base seed; GM instance i uses S + i (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--engine", defaultValue = "${sys:stockade.engine:-local}", description =
      "gm-tables: run the instance study on local (default) or spark (docs/spark.md); the"
          + " other studies stay local.")
  String engine;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master URL with"
      + " --engine spark (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--threads", paramLabel = "T",
      description = "Parallel solves (default: all cores).")
  Integer threads;

  @Option(names = "--alpha", paramLabel = "A", description = "Box limit (default 2).")
  String alpha;

  @Option(names = "--beta", paramLabel = "B", description = "Aggregate limit (default 2).")
  String beta;

  @Option(names = "--aggregate", paramLabel = "FORM",
      description = "unstandardized (default) or standardized.")
  String aggregate;

  @Option(names = "--gamma", paramLabel = "G", description = "Budget (default none).")
  String gamma;

  @Option(names = "--no-share-range", description = "Skip the optimal-face share ranges "
      + "(about 40%% faster).")
  boolean noShareRange;

  @Option(names = "--no-progress", description = "No progress bar on stderr.")
  boolean noProgress;

  @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Stop after this many "
      + "seconds of wall-clock time and exit 3 without a result (default: no limit).")
  Double timeLimit;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
      description = "What to print when done: table (a line), json or csv (the files written).")
  String format;

  @Override
  public Integer call() throws Exception {
    return Watchdog.run("reproduce", timeLimit, spec.commandLine().getErr(), this::work);
  }

  private Integer work() {
    String w = what.toLowerCase(Locale.ROOT);
    Values.format(format);
    if (w.equals("dual-sourcing")) {
      Path dir = Values.outputDir("--out", out.resolve(RunIndex.folder(w, List.of())));
      long t0 = System.nanoTime();
      int code = SourcingReproduce.run(dir, format, spec.commandLine().getOut());
      RunIndex.record(out, dir, w, "./stockade reproduce dual-sourcing --out " + out,
          "dual-sourcing.csv", (System.nanoTime() - t0) / 1e9);
      return code;
    }
    if (!List.of("figure2", "gm-tables", "flipping", "tts", "all", "saa").contains(w)) {
      throw new InvalidInputException("reproduce: '" + what + "' is not known; use figure2, "
          + "gm-tables, flipping, tts, all, saa or dual-sourcing");
    }
    if (instances < 2) {
      throw new InvalidInputException("--instances must be at least 2, got " + instances);
    }
    int t = Values.threads("--threads", threads);
    if (master != null && engine.equalsIgnoreCase("local")) {
      throw new InvalidInputException("--master " + master + " is for --engine spark; add"
          + " --engine spark or drop --master");
    }
    org.stockade.sweep.SweepEngines.get(engine); // a missing Spark module: exit 2 up front
    AggregateForm form = aggregate == null ? null
        : switch (aggregate.toLowerCase(Locale.ROOT)) {
          case "standardized" -> AggregateForm.STANDARDIZED;
          case "unstandardized" -> AggregateForm.UNSTANDARDIZED;
          default -> throw new InvalidInputException("--aggregate must be standardized or "
              + "unstandardized, got '" + aggregate + "'");
        };
    UncertaintySpec demand = new UncertaintySpec(Values.setLimit("--alpha", alpha),
        Values.setLimit("--beta", beta), form, Values.setLimit("--gamma", gamma), null, null, null,
        null, null, null);
    // checked before hours of work: a demand set the solvers cannot use
    demand.build(org.stockade.model.Examples.gm());
    String cmd = "./stockade reproduce " + w + " --out " + out + " --instances " + instances
        + " --seed " + seed + (alpha != null ? " --alpha " + alpha : "")
        + (beta != null ? " --beta " + beta : "")
        + (aggregate != null ? " --aggregate " + aggregate : "")
        + (gamma != null ? " --gamma " + gamma : "") + (noShareRange ? " --no-share-range" : "");
    List<String> changed = new java.util.ArrayList<>();
    changed.add(instances != 200 ? "instances-" + instances : null);
    changed.add(seed != 2018 ? "seed-" + seed : null);
    if (!w.equals("saa")) { // saa uses the paper's Table 5 setting, not these
      changed.add(alpha != null ? "alpha-" + alpha : null);
      changed.add(beta != null ? "beta-" + beta : null);
      changed.add(aggregate != null ? aggregate : null);
      changed.add(gamma != null ? "gamma-" + gamma : null);
      changed.add(noShareRange ? "no-share-range" : null);
    }
    Path dir = Values.outputDir("--out", out.resolve(RunIndex.folder(w, changed)));
    if (w.equals("saa")) {
      long t0 = System.nanoTime();
      int code = SaaReproduction.run(this, dir, t);
      RunIndex.record(out, dir, w, "./stockade reproduce saa --out " + out + " --instances "
          + instances + " --seed " + seed, "saa-report.md", (System.nanoTime() - t0) / 1e9);
      return code;
    }
    boolean all = w.equals("all");
    Reproduction.Plan plan = new Reproduction.Plan(all || w.equals("figure2"),
        all || w.equals("gm-tables"), all || w.equals("flipping"), all || w.equals("tts"),
        instances, seed, t,
        !noShareRange, demand, cmd);
    if (!noProgress) {
      var err = spec.commandLine().getErr();
      err.println(estimate(w, instances, t));
      err.flush();
    }
    long t0 = System.nanoTime();
    Path report = new Reproduction(dir).onEngine(engine, master).run(plan, progress());
    double secs = (System.nanoTime() - t0) / 1e9;
    Path index = RunIndex.record(out, dir, w, cmd, "report.md", secs);
    var o = spec.commandLine().getOut();
    List<String> files = listFiles(dir);
    if (format.equalsIgnoreCase("json")) {
      java.util.Map<String, Object> tree = new java.util.LinkedHashMap<>();
      tree.put("report", report.toString());
      tree.put("index", index.toString());
      tree.put("seconds", secs);
      tree.put("files", files);
      o.println(org.stockade.report.Json.compact(tree));
    } else if (format.equalsIgnoreCase("csv")) {
      org.stockade.report.Csv csv = new org.stockade.report.Csv("file");
      files.forEach(csv::row);
      o.print(csv);
    } else {
      o.printf(Locale.ROOT, "wrote %s and its CSV/PNG/SVG files in %.1f s; %s lists every run"
          + "%n", report, secs, index);
    }
    o.flush();
    return 0;
  }

  /**
   * A rough up-front estimate, scaled from measurements on the 2-core development machine
   * (reproduce all with 200 instances: about 7 minutes, half of it the GM tables).
   */
  static String estimate(String what, int instances, int threads) {
    double minutesAll = 7.0 * instances / 200 * 2 / Math.max(1, Math.min(threads,
        Runtime.getRuntime().availableProcessors()));
    double share = switch (what) {
      case "gm-tables" -> 0.5;
      case "tts" -> 0.25;
      case "flipping" -> 0.15;
      case "figure2" -> 0.1;
      default -> 1.0;
    };
    return String.format(Locale.ROOT, "reproduce %s: %d instances on %d thread(s); estimate"
        + " about %.1f min (scaled from 7 min for 'all' with 200 instances on 2 cores);"
        + " progress follows", what, instances, threads, Math.max(0.1, minutesAll * share));
  }

  private static List<String> listFiles(Path dir) {
    try (var stream = java.nio.file.Files.list(dir)) {
      return stream.map(p -> p.toString()).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Reproduction.Progress progress() {
    return new Reproduction.Progress() {
      private ProgressBar bar;

      @Override
      public IntConsumer start(String task, int total) {
        if (noProgress) {
          return n -> { };
        }
        bar = Bars.onStderr(task, total);
        ProgressBar b = bar;
        return n -> b.stepTo(n);
      }

      @Override
      public void finish() {
        if (bar != null) {
          bar.close();
        }
      }
    };
  }
}
