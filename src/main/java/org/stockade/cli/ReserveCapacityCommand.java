package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stockade.io.SampleCsvReader;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Csv;
import org.stockade.report.Fmt;
import org.stockade.report.Json;
import org.stockade.report.chart.Charts;
import org.stockade.report.chart.LineChartSpec;
import org.stockade.report.chart.Series;
import org.stockade.strategies.capacity.ReserveCapacityProblem;
import org.stockade.strategies.capacity.ReserveCapacityResult;
import org.stockade.strategies.capacity.ReserveCapacitySolver;
import org.stockade.strategies.capacity.SurgeDuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stockade strategy reserve-capacity}: pre-positioned stock plus reserved capacity. */
@Command(name = "reserve-capacity", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Pre-positioned stock plus reserved (reactive) capacity against a surge.",
    description = {"A surge of rate lambda lasts a random time T. Stock I0 is on hand; reserved "
        + "capacity K per unit time produces after a ramp-up tau. Shortage "
        + "[lambda T - K (T - tau)^+ - I0]^+. Chooses I0, K >= 0 minimising "
        + "c_I I0 + c_K K + p E[shortage]: an exact LP for a discrete/empirical T, the exact "
        + "piecewise expectation with a golden-section search (bracket 1e-10 of the range) for "
        + "a continuous T. Also sweeps c_K / c_I and reports the optimal mix for each. "
        + "See docs/strategies.md.", ""},
    footer = {"", "Durations (--duration):", "  exponential:MEAN", "  uniform:A:B",
        "  lognormal:MU:SIGMA       (ln T ~ normal(MU, SIGMA))",
        "  empirical:FILE.csv       (column 'duration', each row equally likely; solved as an LP)",
        "", "Examples:",
        "  stockade strategy reserve-capacity --rate 10 --ramp-up 2 --duration exponential:5 "
            + "--stock-cost 1 --capacity-cost 3 --shortage-cost 10 --out out/",
        "  stockade strategy reserve-capacity --rate 10 --ramp-up 2 --duration "
            + "empirical:examples/surge-durations.csv --stock-cost 1 --capacity-cost 3 "
            + "--shortage-cost 10 --format json"})
public final class ReserveCapacityCommand implements Callable<Integer>, Hosted {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  RunContext ctx = RunContext.cli();

  @Override
  public void host(RunContext context) {
    ctx = context;
  }

  @Option(names = "--rate", paramLabel = "LAMBDA", required = true,
      description = "Surge demand per unit time.")
  String rate;

  @Option(names = "--ramp-up", paramLabel = "TAU", defaultValue = "0",
      description = "Time before reserved capacity produces (default: ${DEFAULT-VALUE}).")
  String rampUp;

  @Option(names = "--duration", paramLabel = "DIST", required = true,
      description = "Distribution of the surge duration T (see below).")
  String duration;

  @Option(names = "--stock-cost", paramLabel = "C_I", required = true,
      description = "Cost per unit of pre-positioned stock.")
  String stockCost;

  @Option(names = "--capacity-cost", paramLabel = "C_K", required = true,
      description = "Cost per unit of reserved capacity (units per unit time).")
  String capacityCost;

  @Option(names = "--shortage-cost", paramLabel = "P", required = true,
      description = "Penalty per unit short.")
  String shortageCost;

  @Option(names = "--ratios", paramLabel = "R1,R2,...",
      description = "c_K / c_I values of the mix sweep (default: 25 values from 0.1 to 100, "
          + "log-spaced).")
  String ratios;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write reserve-capacity-mix.png/.svg (optimal I0 and K vs c_K / c_I).")
  Path out;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
      description = "table, json or csv.")
  String format;

  @Override
  public Integer call() {
    String fmt = Values.format(format);
    Values.outputDir("--out", out);
    ReserveCapacityProblem p = new ReserveCapacityProblem(positive("--rate", rate),
        Values.number("--ramp-up", rampUp), duration(duration),
        positive("--stock-cost", stockCost), positive("--capacity-cost", capacityCost),
        positive("--shortage-cost", shortageCost));
    double[] rs = ratios(ratios);
    ReserveCapacitySolver solver = new ReserveCapacitySolver();
    if (ctx.cancel().isCancelled()) {
      throw new java.util.concurrent.CancellationException("reserve-capacity cancelled before"
          + " its solve");
    }
    ReserveCapacityResult r = solver.solve(p);
    List<ReserveCapacityResult> mix = solver.mixCurve(p, rs, ctx.cancel());
    PrintWriter w = spec.commandLine().getOut();
    Output.emit(ctx, w, fmt, () -> Json.pretty(tree(r, mix)), () -> csv(r, mix),
        () -> table(r, mix));
    if (out != null) {
      List<Path> files = chart(mix, out);
      Output.chartFiles(ctx, w, fmt, files);
    }
    w.flush();
    return 0;
  }

  private static double positive(String flag, String text) {
    double v = Values.number(flag, text);
    if (!(v > 0)) {
      throw new InvalidInputException(flag + " must be > 0, got '" + text + "'; e.g. " + flag
          + " 1");
    }
    return v;
  }

  static double[] ratios(String text) {
    if (text == null) {
      double[] r = new double[25];
      for (int i = 0; i < r.length; i++) {
        r[i] = Math.pow(10, -1 + 3.0 * i / (r.length - 1));
      }
      return r;
    }
    String[] parts = text.split(",");
    if (parts.length > 1000) {
      throw new InvalidInputException("--ratios takes at most 1000 values, got " + parts.length);
    }
    double[] r = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      r[i] = positive("--ratios", parts[i]);
    }
    return r;
  }

  static SurgeDuration duration(String text) {
    DistSpec d = DistSpec.parse("--duration", text);
    return switch (d.kind()) {
      case "empirical" -> {
        Path f = d.file("empirical:examples/surge-durations.csv");
        yield SurgeDuration.Discrete.empirical(SampleCsvReader.read(f, "duration"),
            f.toString());
      }
      case "exponential" -> new SurgeDuration.Exponential(
          d.numbers(1, "exponential:MEAN, e.g. exponential:5")[0]);
      case "uniform" -> {
        double[] v = d.numbers(2, "uniform:A:B, e.g. uniform:2:10");
        yield new SurgeDuration.Uniform(v[0], v[1]);
      }
      case "lognormal" -> {
        double[] v = d.numbers(2, "lognormal:MU:SIGMA, e.g. lognormal:1.5:0.6");
        yield new SurgeDuration.LogNormal(v[0], v[1]);
      }
      default -> throw new InvalidInputException("--duration must start with exponential, "
          + "uniform, lognormal or empirical, got '" + text + "'; e.g. --duration exponential:5");
    };
  }

  private static Map<String, Object> mixRow(ReserveCapacityResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    ReserveCapacityProblem p = r.problem();
    m.put("capacity_to_stock_cost_ratio", p.capacityCost() / p.stockCost());
    m.put("stock", r.stock());
    m.put("capacity", r.capacity());
    m.put("expected_shortage", r.expectedShortage());
    m.put("shortage_probability", r.shortageProbability());
    m.put("stock_cost", r.stockCostPart());
    m.put("capacity_cost", r.capacityCostPart());
    m.put("shortage_cost", r.shortageCostPart());
    m.put("expected_cost", r.cost());
    return m;
  }

  static Map<String, Object> tree(ReserveCapacityResult r, List<ReserveCapacityResult> mix) {
    ReserveCapacityProblem p = r.problem();
    Map<String, Object> t = new LinkedHashMap<>();
    Map<String, Object> pr = new LinkedHashMap<>();
    pr.put("rate", p.rate());
    pr.put("ramp_up", p.rampUp());
    pr.put("duration", p.duration().describe());
    pr.put("stock_cost", p.stockCost());
    pr.put("capacity_cost", p.capacityCost());
    pr.put("shortage_cost", p.shortageCost());
    t.put("problem", pr);
    t.put("units", Json.units("units of product (stock I0; capacity K per unit time)",
        "the time unit of rate, ramp_up and duration", "currency of the three costs"));
    t.put("method", r.method());
    t.put("search_tolerance", r.tolerance());
    t.put("optimum", mixRow(r));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReserveCapacityResult m : mix) {
      rows.add(mixRow(m));
    }
    t.put("mix_curve", rows);
    return t;
  }

  static String csv(ReserveCapacityResult r, List<ReserveCapacityResult> mix) {
    Csv csv = new Csv("kind", "capacity_to_stock_cost_ratio", "stock", "capacity",
        "expected_shortage", "shortage_probability", "expected_cost");
    for (ReserveCapacityResult m : concat(r, mix)) {
      csv.row(m == r ? "optimum" : "mix", m.problem().capacityCost() / m.problem().stockCost(),
          m.stock(), m.capacity(), m.expectedShortage(), m.shortageProbability(), m.cost());
    }
    return csv.toString();
  }

  private static List<ReserveCapacityResult> concat(ReserveCapacityResult r,
      List<ReserveCapacityResult> mix) {
    List<ReserveCapacityResult> all = new ArrayList<>();
    all.add(r);
    all.addAll(mix);
    return all;
  }

  static String table(ReserveCapacityResult r, List<ReserveCapacityResult> mix) {
    ReserveCapacityProblem p = r.problem();
    StringBuilder sb = new StringBuilder("Stockade reserve capacity: rate ")
        .append(Fmt.num(p.rate(), 6)).append(", ramp-up ").append(Fmt.num(p.rampUp(), 6))
        .append(", duration ").append(p.duration().describe()).append('\n');
    sb.append("method ").append(r.method().equals("lp") ? "exact LP over the duration "
        + "scenarios" : "exact piecewise expectation, golden-section search (bracket 1e-10 of "
        + "the range)").append("\n");
    sb.append("optimal stock I0       ").append(Fmt.num(r.stock(), 6)).append('\n');
    sb.append("optimal capacity K     ").append(Fmt.num(r.capacity(), 6)).append('\n');
    sb.append("expected shortage      ").append(Fmt.num(r.expectedShortage(), 6))
        .append(" (probability ").append(Fmt.num(r.shortageProbability(), 6)).append(")\n");
    sb.append("expected cost          ").append(Fmt.num(r.cost(), 6)).append(" = stock ")
        .append(Fmt.num(r.stockCostPart(), 6)).append(" + capacity ")
        .append(Fmt.num(r.capacityCostPart(), 6)).append(" + shortage ")
        .append(Fmt.num(r.shortageCostPart(), 6)).append("\n\n");
    org.stockade.report.TextTable t = new org.stockade.report.TextTable("c_K / c_I", "I0*",
        "K*", "E[shortage]", "cost");
    for (ReserveCapacityResult m : mix) {
      t.row(Fmt.num(m.problem().capacityCost() / m.problem().stockCost(), 4),
          Fmt.num(m.stock(), 5), Fmt.num(m.capacity(), 5), Fmt.num(m.expectedShortage(), 5),
          Fmt.num(m.cost(), 6));
    }
    sb.append(t.render());
    return sb.toString();
  }

  static List<Path> chart(List<ReserveCapacityResult> mix, Path dir) {
    double[] x = new double[mix.size()];
    double[] s = new double[mix.size()];
    double[] k = new double[mix.size()];
    for (int i = 0; i < x.length; i++) {
      ReserveCapacityResult m = mix.get(i);
      x[i] = Math.log10(m.problem().capacityCost() / m.problem().stockCost());
      s[i] = m.stock();
      k[i] = m.capacity();
    }
    return Charts.writeLine(new LineChartSpec("Optimal stock and reserved capacity vs c_K / c_I",
        "log10(c_K / c_I)", "optimal level", List.of(new Series("stock I0* (units)", x, s),
            new Series("capacity K* (units per unit time)", x, k))), dir,
        "reserve-capacity-mix");
  }
}
