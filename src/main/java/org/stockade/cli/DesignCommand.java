package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stockade.flexdesign.CandidateArc;
import org.stockade.flexdesign.DesignFrontier;
import org.stockade.flexdesign.DesignOptions;
import org.stockade.flexdesign.DesignProblem;
import org.stockade.flexdesign.DesignResult;
import org.stockade.flexdesign.DesignSolver;
import org.stockade.flexdesign.DesignVerifier;
import org.stockade.io.CandidateReader;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.model.Product;
import org.stockade.robust.SgProblem;
import org.stockade.robust.Verification;
import org.stockade.uncertainty.UncertaintySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockade design}: choose the flexibility arcs and the inventory together. */
@Command(name = "design", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Cheapest certified network: which arcs to add and how much inventory to hold.",
    description = {"Chooses the plant-product arcs to add (each with a one-time cost) and the "
        + "mitigation inventory together, at least total cost, so that lost sales stay within "
        + "--delta for every scenario of the uncertainty set (the SG model of solve, with the "
        + "design as a decision). Exact: constraint generation with a MILP master (SCIP) and the "
        + "SG solver's exact separation at each proposed design; optimal when the master's bound"
        + " meets a certified design's cost, else the best design with its bound and gap. "
        + "Heuristic (--method heuristic): greedy add/remove first, then the same MILP for the "
        + "time left. The model and its cuts: docs/design.md.", ""},
    footer = {"", "Examples:", "  stockade design --example gm --arc-cost 200",
        "  stockade design --example gm --arc-cost 50 --max-arcs 4 --time-limit 60",
        "  stockade design --example gm --arc-cost 50 --frontier --max-arcs 6 --out out/",
        "  stockade design examples/gm.yaml --candidates cand.csv --format json"})
public final class DesignCommand implements Callable<Integer>, Hosted {
  RunContext ctx = RunContext.cli();

  @Override
  public void host(RunContext context) {
    ctx = context;
  }

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "Network file (.yaml/.json or a CSV directory); its arcs are the existing "
          + "design, kept at no cost.")
  Path file;

  @Option(names = "--example", paramLabel = "NAME", description = "gm or symmetric10.")
  String example;

  @Option(names = "--arc-cost", paramLabel = "F", description = "Cost of adding one arc "
      + "(default for every candidate; --candidates may give its own per arc). Required unless"
      + " every row of --candidates has a cost.")
  Double arcCost;

  @Option(names = "--candidates", paramLabel = "CSV", description = "Arcs that may be added: "
      + "CSV with header plant,product[,cost][,forced] (forced: yes = must be added). Default: "
      + "every plant-product pair not in the design.")
  Path candidates;

  @Option(names = "--max-arcs", paramLabel = "K", description = "At most K arcs added (with "
      + "--frontier: the frontier's largest budget).")
  Integer maxArcs;

  @Option(names = "--max-arc-cost", paramLabel = "B", description = "At most B spent on arcs.")
  String maxArcCost;

  @Option(names = "--method", paramLabel = "NAME", defaultValue = "exact", description = "exact"
      + " (constraint generation from the start; default) or heuristic (greedy add/remove "
      + "first, then the MILP improvement).")
  String method;

  @Option(names = "--frontier", description = "Solve for every budget 0..K on added arcs "
      + "(K = --max-arcs, else the arcs of the unconstrained optimum): total, arc and inventory"
      + " cost per budget; with --out also frontier.csv and a chart.")
  boolean frontier;

  @Option(names = "--tts-budget", paramLabel = "R", description = "With --frontier: also report"
      + " the time-to-survive R / (inventory needed per period) per budget, R in periods of "
      + "total mean demand (use with --alpha 0 --capacity-loss plants:1, the TTS setting).")
  Double ttsBudget;

  @Option(names = "--out", paramLabel = "DIR", description = "Write frontier.csv and "
      + "frontier.png/.svg (with --frontier) to DIR.")
  Path out;

  @Option(names = "--alpha", paramLabel = "A", description = "Demand box limit (as in solve).")
  String alpha;

  @Option(names = "--beta", paramLabel = "B", description = "Aggregate demand limit (as in "
      + "solve).")
  String beta;

  @Option(names = "--aggregate", paramLabel = "FORM", description = "unstandardized or "
      + "standardized (as in solve).")
  String aggregate;

  @Option(names = "--gamma", paramLabel = "G", description = "Demand budget (as in solve).")
  String gamma;

  @Option(names = "--capacity-loss", paramLabel = "KIND[:ZETA]", description = "none, units:Z,"
      + " fraction:Z, plants:K or deterministic:Z (as in solve).")
  String capacityLoss;

  @Option(names = "--zeta", paramLabel = "Z", description = "Capacity-loss magnitude.")
  String zeta;

  @Option(names = "--service-level", paramLabel = "TAU", description = "Per-product fill rate"
      + " in (0, 1].")
  String serviceLevel;

  @Option(names = "--delta", paramLabel = "D", description = "Lost-sales allowance in units "
      + "(default 0).")
  String delta;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "600",
      description = "Wall-clock limit (whole frontier with --frontier; default: "
          + "${DEFAULT-VALUE}).")
  double timeLimit;

  @Option(names = "--no-verify", description = "Skip the independent re-verification.")
  boolean noVerify;

  @Option(names = "--no-progress", description = "No progress lines on stderr.")
  boolean noProgress;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
      description = "Output: table, json or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    String fmt = Values.format(format);
    Values.outputDir("--out", out);
    Duration limit = Values.seconds("--time-limit", timeLimit);
    DesignOptions.Method m = switch (method.toLowerCase(Locale.ROOT)) {
      case "exact" -> DesignOptions.Method.EXACT;
      case "heuristic", "greedy" -> DesignOptions.Method.HEURISTIC;
      default -> throw new InvalidInputException("--method must be exact or heuristic, got '"
          + method + "'");
    };
    if (ttsBudget != null && !frontier) {
      throw new InvalidInputException("--tts-budget reports time-to-survive along the frontier;"
          + " add --frontier (or drop --tts-budget)");
    }
    if (ttsBudget != null && (!(ttsBudget > 0) || ttsBudget > Values.MAX_MAGNITUDE)) {
      throw new InvalidInputException("--tts-budget must be in (0, 1e9] periods, got "
          + ttsBudget + "; e.g. --tts-budget 1");
    }
    if (out != null && !frontier) {
      throw new InvalidInputException("--out writes the frontier's CSV and chart; add"
          + " --frontier (or drop --out)");
    }
    PrintWriter err = spec.commandLine().getErr();
    SolveCommand.Inputs in = SolveCommand.Inputs.load(ctx.network(), file, example, err);
    Network n = in.network();
    if (ttsBudget != null) {
      n = unitHolding(n);
    }
    UncertaintySpec settings = in.uncertainty().overriddenBy(SolveCommand.uncertaintyFlags(
        alpha, beta, aggregate, gamma, capacityLoss, zeta, serviceLevel));
    SolveCommand.warnIfMorePlantsFailThanExist(settings, n.plantCount(), err);
    double d = delta != null ? Values.number("--delta", delta)
        : in.delta() != null ? in.delta() : 0.0;
    if (ttsBudget != null && d != 0) {
      throw new InvalidInputException("time-to-survive needs zero lost sales; drop --delta " + d);
    }
    SgProblem base = new SgProblem(n, settings.build(n), d);
    DesignProblem problem = problem(base);
    DesignOptions options = DesignOptions.defaults().withTimeLimit(limit).withMethod(m)
        .withCancel(ctx.cancel());
    if (ctx.hasProgress()) {
      options = options.withProgress(line -> ctx.progress("design: " + line));
    } else if (!noProgress) {
      options = options.withProgress(line -> {
        err.println("design: " + line);
        err.flush();
      });
    }
    PrintWriter o = spec.commandLine().getOut();
    if (frontier) {
      return DesignOutput.frontier(ctx, o, problem, options, maxArcs, ttsBudget, out, fmt);
    }
    DesignResult r = new DesignSolver(options).solve(problem);
    Verification v = noVerify || !r.hasSolution() ? null : DesignVerifier.verify(problem, r);
    Output.emit(ctx, o, fmt, () -> DesignOutput.single(problem, r, v, "json"),
        () -> DesignOutput.single(problem, r, v, "csv"),
        () -> DesignOutput.single(problem, r, v, fmt));
    if (v != null && !v.ok()) {
      return 1;
    }
    return r.status().isOptimal() ? 0 : Main.EXIT_NOT_OPTIMAL;
  }

  private DesignProblem problem(SgProblem base) {
    Double budget = Values.number("--max-arc-cost", maxArcCost);
    if (budget != null && !(budget >= 0)) {
      throw new InvalidInputException("--max-arc-cost must be >= 0, got " + maxArcCost
          + "; e.g. --max-arc-cost 500");
    }
    if (arcCost != null && (!(arcCost >= 0) || arcCost > Values.MAX_MAGNITUDE)) {
      throw new InvalidInputException("--arc-cost must be in [0, 1e9], got " + arcCost
          + "; e.g. --arc-cost 50");
    }
    if (maxArcs != null && maxArcs < 0) {
      throw new InvalidInputException("--max-arcs must be >= 0, got " + maxArcs);
    }
    Network n = base.network();
    List<CandidateArc> cand = new ArrayList<>();
    List<Integer> forced = new ArrayList<>();
    if (candidates == null) {
      requireArcCost("every pair not in the design is a candidate");
      cand = DesignProblem.allPairs(base, arcCost, null).candidates();
    } else {
      for (CandidateReader.Row row : CandidateReader.read(candidates, n)) {
        if (row.cost() == null) {
          requireArcCost("a row of " + candidates + " has no cost");
        }
        if (row.forced()) {
          forced.add(cand.size());
        }
        cand.add(new CandidateArc(row.plant(), row.product(),
            row.cost() != null ? row.cost() : arcCost));
      }
    }
    if (cand.isEmpty()) {
      throw new InvalidInputException("no arc can be added: the design already has every "
          + "plant-product pair");
    }
    return new DesignProblem(base, cand, frontier ? null : maxArcs, budget,
        forced.stream().mapToInt(Integer::intValue).toArray());
  }

  private void requireArcCost(String why) {
    if (arcCost == null) {
      throw new InvalidInputException("--arc-cost is missing (" + why + "); e.g. --arc-cost 50");
    }
  }

  /** The network with holding cost 1 per unit (time-to-survive counts units of inventory). */
  private static Network unitHolding(Network n) {
    List<Product> p = new ArrayList<>();
    for (Product x : n.products()) {
      p.add(new Product(x.id(), x.mu(), x.sigma(), 1.0, x.group()));
    }
    return n.withProducts(p);
  }
}
