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
import org.stockade.model.Network;
import org.stockade.report.Fmt;
import org.stockade.report.TextTable;
import org.stockade.robust.BindingScenario;
import org.stockade.robust.SgOptions;
import org.stockade.tts.FacilityTts;
import org.stockade.tts.TtsProblem;
import org.stockade.tts.TtsResult;
import org.stockade.tts.TtsSolver;
import org.stockade.tts.TtsVerifier;
import org.stockade.robust.Verification;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySet;
import org.stockade.uncertainty.UncertaintySpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockade tts}: time-to-survive with an inventory budget. */
@Command(name = "tts", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Time-to-survive: best use of an inventory budget, TTS per failed plant.",
    description = {"Time-to-survive (Simchi-Levi, Wang & Wei 2018, section 5): how long the "
        + "network can run through a disruption without losing sales, and the allocation of an "
        + "inventory budget that makes this as long as possible. Rates are per period (the "
        + "units of mu and capacity, e.g. weeks). Also reports, for the chosen allocation, how "
        + "long the network survives the loss of each single plant and flags plants whose "
        + "time-to-survive is shorter than their time-to-recover (--ttr). The model and its "
        + "symbols: docs/model.md.", ""},
    footer = {"", "Examples:", "  stockade tts --example gm --design generalized:3 --budget 1",
        "  stockade tts examples/gm.yaml --budget 2 --service-level 0.95 --ttr 3",
        "  stockade tts --example gm --budget 5000 --budget-unit units --ttr P1=4,P2=2"})
public final class TtsCommand implements Callable<Integer>, Hosted {
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

  @Option(names = "--seed", defaultValue = "1", description = "Seed for generalized chains.")
  long seed;

  @Option(names = "--budget", paramLabel = "R", required = true,
      description = "Inventory budget R (see --budget-unit).")
  double budget;

  @Option(names = "--budget-unit", paramLabel = "UNIT", defaultValue = "periods",
      description = "periods (R times total mean demand per period; default) or units.")
  String budgetUnit;

  @Option(names = "--service-level", paramLabel = "TAU", defaultValue = "1",
      description = "Per-product fill rate to keep during the disruption (default 1).")
  double serviceLevel;

  @Option(names = "--capacity-loss", paramLabel = "KIND[:ZETA]", defaultValue = "plants:1",
      description = "Failures to survive, as in solve: plants:K (any K plants down; default "
          + "plants:1, any single plant), units:Z (Z units of capacity lost in total), "
          + "fraction:Z (that share of total capacity) or none.")
  String failure;

  @Option(names = "--failure", hidden = true, paramLabel = "KIND")
  void deprecatedFailure(String kind) {
    Aliases.note(spec, "--failure", "--capacity-loss");
    oldFailure = kind;
  }

  private String oldFailure;

  @Option(names = "--alpha", paramLabel = "A", defaultValue = "0", description = "How far "
      + "demand rates may rise above their means during the disruption, in standard deviations "
      + "(default 0: every product sells at its mean rate, the time-to-survive setting of the "
      + "paper). Note: solve's default is 2, because solve guards against demand surges; tts "
      + "measures how long stock lasts through a capacity loss at normal demand. Give --alpha 2"
      + " to survive both.")
  String alpha;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "300",
      description = "Wall-clock limit of the solve; at the limit exit 3 with the status "
          + "(default: ${DEFAULT-VALUE}).")
  double timeLimit;

  @Option(names = "--threads", paramLabel = "T", description = "Accepted so every long "
      + "command takes the same flags; tts runs on one thread.")
  Integer threads;

  @Option(names = "--no-progress", description = "Accepted so every long command takes the "
      + "same flags; tts prints no progress bar.")
  boolean noProgress;

  @Option(names = "--ttr", paramLabel = "TTR", description = "Time-to-recover in periods: one "
      + "number for every plant, or P1=4,P2=2,...")
  String ttr;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
  String format;

  @Override
  public Integer call() {
    String fmt = Values.format(format);
    failure = oldFailure != null ? oldFailure : failure;
    java.time.Duration limit = Values.seconds("--time-limit", timeLimit);
    if (!(serviceLevel > 0 && serviceLevel <= 1)) {
      throw new InvalidInputException("--service-level (the per-product service level) must be"
          + " in (0, 1], got " + serviceLevel
          + "; e.g. --service-level 0.95 for a 95% fill rate");
    }
    SolveCommand.Inputs in = SolveCommand.Inputs.load(ctx.network(), file, example,
        spec.commandLine().getErr());
    Network n = DesignChoice.apply(in.network(), design, seed);
    double total = java.util.Arrays.stream(n.means()).sum();
    double units = switch (budgetUnit.toLowerCase(Locale.ROOT)) {
      case "periods", "weeks" -> budget * total;
      case "units" -> budget;
      default -> throw new InvalidInputException("--budget-unit must be periods or units, got '"
          + budgetUnit + "'");
    };
    InvalidInputException.requireNonNegative("--budget", budget);
    if (Double.isInfinite(units)) {
      throw new InvalidInputException("--budget " + budget + " " + budgetUnit + " is too large ("
          + "it overflows to infinity in units); give a finite budget, e.g. --budget 2");
    }
    UncertaintySet rates = rateSet(n);
    TtsProblem problem = new TtsProblem(n, rates, units);
    TtsResult res = new TtsSolver().solve(problem,
        SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION).withTimeLimit(limit)
            .withCancel(ctx.cancel()));
    PrintWriter out = spec.commandLine().getOut();
    if (!res.hasSolution()) {
      out.println("status " + res.status() + ": " + res.message());
      out.flush();
      return Main.EXIT_NOT_OPTIMAL;
    }
    double[] d = n.means();
    for (int j = 0; j < d.length; j++) {
      d[j] *= serviceLevel;
    }
    double[] recover = ttrs(n);
    List<Map<String, Object>> plants = new ArrayList<>();
    for (int i = -1; i < n.plantCount(); i++) {
      FacilityTts.Survival s = FacilityTts.evaluate(n, res.allocation(), d, n.capacities(), i);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("plant_down", i < 0 ? "none" : n.plant(i).id());
      row.put("tts", s.unbounded() ? null : s.tts());
      row.put("short_first", n.productIds(s.shortProducts()));
      if (i >= 0 && recover != null) {
        // A plant left out of a per-plant --ttr has no TTR: null, and no exposed verdict.
        boolean known = !Double.isNaN(recover[i]);
        row.put("ttr", known ? recover[i] : null);
        if (known) {
          row.put("exposed", s.tts() < recover[i]);
        }
      }
      plants.add(row);
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("network", n.name());
    tree.put("status", res.status().name());
    tree.put("budget_units", units);
    tree.put("tts", Double.isInfinite(res.tts()) ? null : res.tts());
    tree.put("units_per_period_survived", res.unitRequirement());
    tree.put("service_level", serviceLevel);
    tree.put("failures", rates.capacity().summary());
    tree.put("units", org.stockade.report.Json.inventoryUnits(true));
    tree.put("uncertainty", org.stockade.report.Json.uncertainty(rates));
    Map<String, Double> alloc = new LinkedHashMap<>();
    for (int j = 0; j < n.productCount(); j++) {
      alloc.put(n.product(j).id(), res.allocation()[j]);
    }
    tree.put("allocation", alloc);
    tree.put("per_facility", plants);
    List<Map<String, Object>> binding = new ArrayList<>();
    for (BindingScenario b : res.bindingFailures()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("plants_down", plantsDown(n, b));
      e.put("products_short", b.productIds());
      e.put("multiplier", b.multiplier());
      binding.add(e);
    }
    tree.put("binding_failures", binding);
    Verification check = TtsVerifier.verify(problem, res);
    tree.put("verification", org.stockade.report.Json.verification(check));
    Output.emit(ctx, out, fmt, () -> json(tree), () -> csv(n, res),
        () -> table(n, res, plants, units) + verifyLine(check));
    return check.ok() ? 0 : 1;
  }

  private UncertaintySet rateSet(Network n) {
    String f = failure.toLowerCase(Locale.ROOT);
    CapacityLossKind kind;
    double zeta;
    String flag = oldFailure != null ? "--failure" : "--capacity-loss";
    if (f.equals("single-plant")) {
      kind = CapacityLossKind.PLANTS;
      zeta = 1;
    } else if (f.equals("none")) {
      kind = CapacityLossKind.NONE;
      zeta = 0;
    } else if (f.contains(":")) {
      String k = f.substring(0, f.indexOf(':'));
      zeta = Values.number(flag + " " + failure, f.substring(f.indexOf(':') + 1));
      kind = switch (k) {
        case "plants" -> CapacityLossKind.PLANTS;
        case "units" -> CapacityLossKind.UNITS;
        case "fraction" -> CapacityLossKind.FRACTION;
        default -> throw new InvalidInputException(flag + " kind '" + k + "' is not known; use"
            + " plants:K, units:Z, fraction:Z or none, e.g. " + flag + " plants:1");
      };
    } else {
      throw new InvalidInputException(flag + " '" + failure + "' is not known; use "
          + "plants:K, units:Z, fraction:Z or none, e.g. " + flag + " plants:1");
    }
    return new UncertaintySpec(Values.setLimit("--alpha", alpha), Double.POSITIVE_INFINITY, null,
        null, serviceLevel, null, kind, zeta, null, null).build(n);
  }

  private double[] ttrs(Network n) {
    if (ttr == null) {
      return null;
    }
    double[] out = new double[n.plantCount()];
    if (!ttr.contains("=")) {
      java.util.Arrays.fill(out, Values.number("--ttr", ttr));
      return out;
    }
    return Values.perId("--ttr", ttr, n.plantCount(), n::plantIndex, "plant", "P1=4,P2=2");
  }

  private static List<String> plantsDown(Network n, BindingScenario b) {
    List<String> down = new ArrayList<>();
    for (int i = 0; i < n.plantCount(); i++) {
      double lost = 1 - b.capacity()[i] / n.plant(i).capacity();
      if (lost > 1e-9) {
        down.add(n.plant(i).id() + (lost < 1 - 1e-9 ? " (" + Fmt.pct(lost) + ")" : ""));
      }
    }
    return down;
  }

  private static String json(Map<String, Object> tree) {
    return Json.pretty(tree);
  }

  private static String csv(Network n, TtsResult res) {
    org.stockade.report.Csv csv = new org.stockade.report.Csv("product", "inventory");
    for (int j = 0; j < n.productCount(); j++) {
      csv.row(n.product(j).id(), res.allocation()[j]);
    }
    return csv.toString();
  }

  private static String verifyLine(Verification v) {
    return "verify    " + (v.ok() ? "OK (" + v.method() + "; dual bound "
        + Fmt.num(v.dualLowerBound(), 4) + " units per period)" : "FAILED: "
        + String.join("; ", v.problems())) + "\n";
  }

  private String table(Network n, TtsResult res, List<Map<String, Object>> plants,
      double units) {
    StringBuilder sb = new StringBuilder();
    sb.append("Stockade time-to-survive: ").append(n.name()).append('\n');
    sb.append("budget    ").append(Fmt.num(units, 2)).append(" units; service level ")
        .append(Fmt.num(serviceLevel, 4)).append("; failures: ")
        .append(failure).append('\n');
    sb.append("TTS       ").append(Double.isInfinite(res.tts()) ? "unbounded"
        : Fmt.num(res.tts(), 4) + " periods").append("   (").append(Fmt.num(res.unitRequirement(),
        3)).append(" units of inventory per period survived; linear in the budget)\n\n");
    TextTable a = new TextTable("product", "mu (units/period)", "inventory (units)");
    for (int j = 0; j < n.productCount(); j++) {
      a.row(n.product(j).id(), Fmt.num(n.product(j).mu(), 2), Fmt.num(res.allocation()[j], 2));
    }
    sb.append(a.render()).append('\n');
    TextTable f = new TextTable("plant down", "TTS (periods)", "TTR (periods)", "exposed",
        "short first");
    for (Map<String, Object> row : plants) {
      Object t = row.get("tts");
      f.row(row.get("plant_down"), t == null ? "unbounded" : Fmt.num((Double) t, 3),
          row.get("ttr") != null ? Fmt.num((Double) row.get("ttr"), 2) : "",
          Boolean.TRUE.equals(row.get("exposed")) ? "YES" : "",
          String.join(",", castList(row.get("short_first"))));
    }
    sb.append("time-to-survive of this allocation by failure:\n").append(f.render());
    return sb.toString();
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object o) {
    return (List<String>) o;
  }
}
