package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stockade.costmin.CostSpec;
import org.stockade.io.LoadedNetwork;
import org.stockade.io.NetworkLoader;
import org.stockade.model.Examples;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.report.SolveReport;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.EnumerationSolver;
import org.stockade.robust.KChainClosedForm;
import org.stockade.robust.SgSolver;
import org.stockade.design.ScaleNetworks;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.robust.SgVerifier;
import org.stockade.robust.Verification;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySet;
import org.stockade.uncertainty.UncertaintySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockade solve}: the service-guarantee robust inventory model. */
@Command(name = "solve", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Least-cost robust inventory (service-guarantee model) with a certificate.",
    description = {
        "Least-cost risk-mitigation inventory so that, for every demand and capacity scenario "
            + "in the uncertainty set, lost sales stay within --delta (service-guarantee model "
            + "of Simchi-Levi, Wang & Wei 2018). Prints inventory per product, the share held on "
            + "high-variability products and the binding worst cases (which products run short, "
            + "which plants lose capacity) with a max-flow re-check of each.",
        "",
        "Demand: d_j = mu_j + sigma_j z_j with |z_j| <= alpha (box), an aggregate limit beta on "
            + "total deviation and an optional budget gamma on sum |z_j|. Capacity: a loss "
            + "budget. Defaults (the paper's GM setting): alpha 2, unstandardized beta 2, no "
            + "gamma, 10%% of total capacity lost, delta 0, service level 1. Values in the file "
            + "override defaults; flags override the file. Every symbol and model (SG, CM, "
            + "multi-stage) is explained in docs/model.md.", ""},
    footer = {"", "Examples:",
        "  stockade solve --example gm",
        "  stockade solve --example gm --design generalized:3 --seed 7 --format json",
        "  stockade solve examples/gm.yaml --capacity-loss plants:1 --service-level 0.95",
        "  stockade solve --example gm --model cm --underage 10 --overage 1 --loss-cap 50",
        "", "Exit codes: 0 optimal, 2 bad input, 3 not solved to optimality, 1 internal error."})
public final class SolveCommand implements Callable<Integer>, Hosted {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  RunContext ctx = RunContext.cli();

  @Override
  public void host(RunContext context) {
    ctx = context;
  }

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "Network file: .yaml/.yml/.json, or a directory with plants.csv, "
          + "products.csv, arcs.csv.")
  Path file;

  @Option(names = "--example", paramLabel = "NAME",
      description = "Built-in example instead of FILE: gm (GM case, base design), "
          + "symmetric10 (10x10, capacity 100, mu 100, sigma 30, dedicated) or gm-two-tier "
          + "(GM fed by 5 suppliers: multi-stage m-SG model, also chosen for any FILE with a "
          + "top-level 'stages:' key).")
  String example;

  @Option(names = "--design", paramLabel = "DESIGN", description = "Flexibility design: "
      + DesignChoice.HELP + ". Default: base.")
  String design;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed for generalized chains (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--alpha", paramLabel = "A",
      description = "Box limit on standardized demand deviation |z_j| (or 'none').")
  String alpha;

  @Option(names = "--beta", paramLabel = "B",
      description = "Aggregate limit on total demand deviation (or 'none').")
  String beta;

  @Option(names = "--aggregate", paramLabel = "FORM", description = "How beta scales: "
      + "unstandardized (|sum(d-mu)| <= beta*sqrt(sum sigma^2)) or standardized (|sum z| <= beta).")
  String aggregate;

  @Option(names = "--gamma", paramLabel = "G",
      description = "Budget on sum_j |z_j| (or 'none', the default).")
  String gamma;

  @Option(names = "--capacity-loss", paramLabel = "KIND[:ZETA]", description = "none, "
      + "units:Z (Z units lost in total), fraction:Z (share Z of total capacity), plants:K "
      + "(up to K plants down), deterministic:Z (every plant at 1-Z).")
  String capacityLoss;

  @Option(names = "--zeta", paramLabel = "Z", description = "Capacity-loss magnitude for the "
      + "chosen (or the file's) --capacity-loss kind.")
  String zeta;

  @Option(names = "--delta", paramLabel = "D",
      description = "Lost-sales allowance in units (default 0).")
  String delta;

  @Option(names = "--service-level", paramLabel = "TAU", description = "Per-product fill rate"
      + " to guarantee, in (0, 1], e.g. 0.95 (scales demand; default 1).")
  String serviceLevel;

  @Option(names = "--solver", paramLabel = "NAME", defaultValue = "cg", description = "cg "
      + "(constraint generation, any network; default), closed-form (Proposition 1: symmetric "
      + "network with a K-chain design) or enumeration (all 2^N subset constraints, N <= 16).")
  String solver;

  @Option(names = "--proof", paramLabel = "METHOD", defaultValue = "auto", description = "How "
      + "optimality is proven: auto (enumeration where it applies, else a minimum cut where it "
      + "decides, else the MILP; default), milp"
      + " (exact separation MILP, any set) or enumeration (all product subsets of each connected"
      + " component; parametric sets, N <= 22 products and M <= 16 plants per component).")
  String proof;

  @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "scalable", description =
      "Constraint-generation loop: scalable (incremental connected local search, proof per "
      + "connected component; default) or classic (the previous release's loop, kept as the "
      + "benchmark baseline).")
  String algorithm;

  @Option(names = "--generate", paramLabel = "SPEC", description = "Solve a generated network "
      + "instead of a FILE: FAMILY:K,n=N with FAMILY chain (symmetric K-chain), generalized (GM "
      + "tiled to N products, random generalized K-chain) or sparse (each product on K random "
      + "plants); seeded by --seed. E.g. --generate sparse:3,n=1000.")
  String generate;

  @Option(names = "--no-progress", description = "No progress lines on stderr (by default a "
      + "line every 2 s while a solve runs longer than that).")
  boolean noProgress;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "300",
      description = "Wall-clock limit of the solve (default: ${DEFAULT-VALUE}).")
  double timeLimit;

  @Option(names = "--tolerance", paramLabel = "EPS",
      description = "SG: relative feasibility tolerance, a subset counts as short when it misses"
          + " by more than EPS times total worst-case demand (default 1e-7). CM: relative gap "
          + "between the bounds at which the solve stops (default 1e-6).")
  Double tolerance;

  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "sg", description = "sg "
      + "(service guarantee: least holding cost with lost sales <= --delta; default) or cm "
      + "(cost minimization: holding cost plus the worst-case cost of production, lost sales "
      + "and leftovers; the models and their symbols: docs/model.md).")
  String model;

  @Option(names = "--underage", paramLabel = "U", description = "CM: cost per unit of lost "
      + "demand, all products (default: the file's costs section, else 1).")
  String underage;

  @Option(names = "--overage", paramLabel = "O", description = "CM: cost per unit left over, "
      + "all products (default: the file's costs section, else 0).")
  String overage;

  @Option(names = "--production-cost", paramLabel = "P", description = "CM: cost per unit "
      + "produced, all arcs (default: the file's costs section, else 0).")
  String productionCost;

  @Option(names = "--loss-cap", paramLabel = "D", description = "CM: cap on lost sales in "
      + "every scenario, in units, or 'none' (default: the file's costs section, else none).")
  String lossCap;

  @Option(names = "--no-verify", description = "Skip the independent re-verification.")
  boolean noVerify;

  @Option(names = "--scenarios", paramLabel = "N", defaultValue = "8",
      description = "Binding worst cases shown in the table (default: ${DEFAULT-VALUE}).")
  int scenarios;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
      description = "Output: table, json or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    if (scenarios < 0) {
      throw new InvalidInputException("--scenarios must be >= 0 (binding worst cases shown),"
          + " got " + scenarios);
    }
    LoadedNetwork loaded = ctx.network() != null ? ctx.network()
        : file != null && example == null && generate == null ? NetworkLoader.load(file) : null;
    if (loaded instanceof LoadedNetwork.MultiStage
        || (loaded == null && MultiStageSolve.isExample(file, example))) {
      if (!model.equalsIgnoreCase("sg")) {
        throw new InvalidInputException("--model " + model + " is not available for multi-stage "
            + "networks (files with a top-level 'stages:' key, or --example gm-two-tier); they "
            + "are solved by the multi-stage service-guarantee model: drop --model");
      }
      refuseCostFlagsForMultiStage();
      return MultiStageSolve.run(this, (LoadedNetwork.MultiStage) loaded); // or gm-two-tier
    }
    String fmt = Values.format(format);
    String m = model.toLowerCase(Locale.ROOT);
    if (!List.of("sg", "cm").contains(m)) {
      throw new InvalidInputException("--model must be sg or cm, got '" + model + "'");
    }
    checkModelFlags(m);
    Inputs in = generate != null ? Inputs.generated(file, example, generate, seed, ctx)
        : Inputs.load(loaded, file, example, spec.commandLine().getErr());
    Network network = DesignChoice.apply(in.network(), design, seed);
    UncertaintySpec settings = in.uncertainty().overriddenBy(flags());
    warnIfMorePlantsFailThanExist(settings, network.plantCount(), spec.commandLine().getErr());
    UncertaintySet set = settings.build(network);
    Duration limit = Values.seconds("--time-limit", timeLimit);
    Values.tolerance("--tolerance", tolerance, m.equals("cm") ? 0.1 : 0.01);
    if (m.equals("cm")) {
      CostSpec costs = in.costs().overriddenBy(new CostSpec(
          Values.number("--underage", underage), Values.number("--overage", overage),
          Values.number("--production-cost", productionCost), null, null, null,
          Values.limit("--loss-cap", lossCap)));
      return CmRun.run(ctx, spec.commandLine().getOut(), network, set, costs, fmt,
          design == null ? "base" : design, limit, tolerance, noVerify, scenarios);
    }
    double d = delta != null ? Values.number("--delta", delta)
        : in.delta() != null ? in.delta() : 0.0;
    SgProblem problem = new SgProblem(network, set, d);
    SgOptions.Proof proofMethod = proofMethod();
    if (proofMethod == SgOptions.Proof.ENUMERATION) {
      Proofs.requireEnumerable(network, set);
    }
    SgOptions options = SgOptions.defaults()
        .withTimeLimit(limit)
        .withProof(proofMethod)
        .withAlgorithm(algorithmChoice())
        .withTolerance(tolerance == null ? SgOptions.defaults().tolerance() : tolerance)
        .withCancel(ctx.cancel());
    if (ctx.hasProgress()) {
      options = options.withProgress(p -> ctx.progress(p.line()));
    } else if (!noProgress) {
      options = options.withProgress(Proofs.throttled(spec.commandLine().getErr(), 2.0));
    }
    SgResult result = solverByName().solve(problem, options);
    Verification v = noVerify || !result.hasSolution() ? null : SgVerifier.verify(problem, result);
    String designName = design == null ? "base" : design;
    SolveReport report = new SolveReport(problem, result, designName, v);
    Output.emit(ctx, spec.commandLine().getOut(), fmt, report::json, report::csv,
        () -> report.table(Math.max(0, scenarios)));
    if (v != null && !v.ok()) {
      return 1;
    }
    return result.status().isOptimal() ? 0 : Main.EXIT_NOT_OPTIMAL;
  }

  /** Flags of one model are refused with the other, so nothing is silently ignored. */
  /** {@code plants:K} with K above the plant count loses all capacity: say so. */
  static void warnIfMorePlantsFailThanExist(UncertaintySpec settings, int plants,
      PrintWriter err) {
    if (settings.capacityLoss() == CapacityLossKind.PLANTS && settings.zeta() != null
        && settings.zeta() > plants) {
      err.println("warning: --capacity-loss plants:" + Values.plain(settings.zeta()) + " lets "
          + Values.plain(settings.zeta()) + " plants fail but the network has only " + plants
          + ": all capacity can be lost");
      err.flush();
    }
  }

  /** CM-only flags are refused for multi-stage networks, which have no CM model. */
  void refuseCostFlagsForMultiStage() {
    for (String[] f : new String[][] {{"--underage", underage}, {"--overage", overage},
        {"--production-cost", productionCost}, {"--loss-cap", lossCap}}) {
      if (f[1] != null) {
        throw new InvalidInputException(f[0] + " applies to the cost-minimization model, which"
            + " multi-stage networks do not have; drop " + f[0] + " (use --delta for a"
            + " lost-sales allowance)");
      }
    }
  }

  private void checkModelFlags(String m) {
    if (m.equals("sg")) {
      for (String[] f : new String[][] {{"--underage", underage}, {"--overage", overage},
          {"--production-cost", productionCost}, {"--loss-cap", lossCap}}) {
        if (f[1] != null) {
          throw new InvalidInputException(f[0] + " applies to the cost-minimization model; add"
              + " --model cm (or drop " + f[0] + ")");
        }
      }
    } else {
      if (delta != null) {
        throw new InvalidInputException("--delta is the SG model's lost-sales allowance; with"
            + " --model cm use --loss-cap " + delta);
      }
      if (!solver.equalsIgnoreCase("cg") || !proof.equalsIgnoreCase("auto")) {
        throw new InvalidInputException("--solver and --proof apply to --model sg only; the CM"
            + " model is solved by column-and-constraint generation");
      }
    }
  }

  private SgSolver solverByName() {
    return switch (solver.toLowerCase(Locale.ROOT)) {
      case "cg", "constraint-generation" -> new ConstraintGenerationSolver();
      case "closed-form", "k-chain" -> new KChainClosedForm();
      case "enumeration" -> new EnumerationSolver();
      default -> throw new InvalidInputException("--solver must be cg, closed-form or"
          + " enumeration, got '" + solver + "'");
    };
  }

  private SgOptions.Proof proofMethod() {
    return switch (proof.toLowerCase(Locale.ROOT)) {
      case "auto" -> SgOptions.Proof.AUTO;
      case "milp" -> SgOptions.Proof.MILP;
      case "enumeration", "enum" -> SgOptions.Proof.ENUMERATION;
      default -> throw new InvalidInputException("--proof must be auto, milp or enumeration,"
          + " got '" + proof + "'");
    };
  }

  private SgOptions.Algorithm algorithmChoice() {
    return switch (algorithm.toLowerCase(Locale.ROOT)) {
      case "scalable" -> SgOptions.Algorithm.SCALABLE;
      case "classic" -> SgOptions.Algorithm.CLASSIC;
      default -> throw new InvalidInputException("--algorithm must be scalable or classic, got '"
          + algorithm + "'");
    };
  }

  UncertaintySpec flags() {
    return uncertaintyFlags(alpha, beta, aggregate, gamma, capacityLoss, zeta, serviceLevel);
  }

  /** The uncertainty flags shared by solve and design, checked, as a spec over the file's. */
  static UncertaintySpec uncertaintyFlags(String alpha, String beta, String aggregate,
      String gamma, String capacityLoss, String zeta, String serviceLevel) {
    AggregateForm form = null;
    if (aggregate != null) {
      form = switch (aggregate.toLowerCase(Locale.ROOT)) {
        case "standardized", "standardised" -> AggregateForm.STANDARDIZED;
        case "unstandardized", "unstandardised" -> AggregateForm.UNSTANDARDIZED;
        default -> throw new InvalidInputException("--aggregate must be standardized or"
            + " unstandardized, got '" + aggregate + "'");
      };
    }
    CapacityLossKind kind = null;
    Double z = Values.number("--zeta", zeta);
    if (capacityLoss != null) {
      String k = capacityLoss.toLowerCase(Locale.ROOT);
      if (k.contains(":")) {
        if (z != null) {
          throw new InvalidInputException("--capacity-loss " + capacityLoss + " and --zeta "
              + zeta + " both give the loss magnitude; give it once, e.g. --capacity-loss "
              + k.substring(0, k.indexOf(':')) + ":" + zeta);
        }
        z = Values.number("--capacity-loss " + capacityLoss, k.substring(k.indexOf(':') + 1));
        k = k.substring(0, k.indexOf(':'));
      }
      if (k.equals("none") && z != null) {
        throw new InvalidInputException("--zeta " + zeta + " has no effect with --capacity-loss"
            + " none; drop --zeta or choose a kind, e.g. --capacity-loss fraction:" + zeta);
      }
      if (k.equals("plants") && z != null && z != Math.rint(z)) {
        throw new InvalidInputException("--capacity-loss " + capacityLoss + ": plants:K takes a"
            + " whole number of plants that can fail, got " + Values.plain(z) + "; e.g."
            + " --capacity-loss plants:1, or units:Z / fraction:Z for a partial loss");
      }
      kind = switch (k) {
        case "none" -> CapacityLossKind.NONE;
        case "units" -> CapacityLossKind.UNITS;
        case "fraction" -> CapacityLossKind.FRACTION;
        case "plants" -> CapacityLossKind.PLANTS;
        case "deterministic" -> CapacityLossKind.DETERMINISTIC;
        default -> throw new InvalidInputException("--capacity-loss kind '" + k + "' is not known;"
            + " use none, units:Z, fraction:Z, plants:K or deterministic:Z");
      };
    }
    Double tau;
    try {
      tau = Values.number("--service-level", serviceLevel);
    } catch (InvalidInputException e) {
      tau = Double.NaN;
    }
    if (tau != null && !(tau > 0 && tau <= 1)) {
      throw new InvalidInputException("--service-level (the per-product service level) must be"
          + " in (0, 1], got '" + serviceLevel
          + "'; e.g. --service-level 0.95 for a 95% fill rate");
    }
    return new UncertaintySpec(Values.setLimit("--alpha", alpha), Values.setLimit("--beta", beta),
        form, Values.setLimit("--gamma", gamma), tau,
        null, kind, z, null, null);
  }

  /** The network and the file's settings. */
  record Inputs(Network network, UncertaintySpec uncertainty, Double delta, CostSpec costs) {
    /** A network made by {@link ScaleNetworks} with the paper-default uncertainty. */
    static Inputs generated(Path file, String example, String generate, long seed,
        RunContext ctx) {
      if (file != null || example != null || ctx.network() != null) {
        throw new InvalidInputException("give one of FILE, --example or --generate, not several");
      }
      return new Inputs(ScaleNetworks.parse(generate, seed), UncertaintySpec.empty(), null,
          CostSpec.empty());
    }

    static Inputs load(LoadedNetwork loaded, Path file, String example, PrintWriter err) {
      if (loaded != null) {
        if (example != null) {
          throw new InvalidInputException("give either a network or --example, not both");
        }
        return FileInputs.of(loaded, file, err);
      }
      if (file != null && example != null) {
        throw new InvalidInputException("give either FILE or --example, not both");
      }
      if (file == null && example == null) {
        throw new InvalidInputException("no network given: pass a FILE (see examples/) or"
            + " --example gm");
      }
      if (example != null) {
        return switch (example.toLowerCase(Locale.ROOT)) {
          case "gm" -> new Inputs(Examples.gm(), UncertaintySpec.empty(), null, CostSpec.empty());
          case "symmetric10" -> new Inputs(Examples.symmetric(10, 100, 100, 30),
              UncertaintySpec.empty(), null, CostSpec.empty());
          case "gm-two-tier" -> throw new InvalidInputException("--example gm-two-tier is a"
              + " multi-stage network, which only 'stockade solve' handles; use --example gm or"
              + " symmetric10 here");
          default -> throw new InvalidInputException("--example '" + example + "' is not known;"
              + " built-in examples: gm, symmetric10 (solve also: gm-two-tier)");
        };
      }
      return FileInputs.of(NetworkLoader.load(file), file, err);
    }
  }
}
