package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Fmt;
import org.stockade.report.TextTable;
import org.stockade.report.chart.Charts;
import org.stockade.report.chart.LineChartSpec;
import org.stockade.report.chart.Series;
import org.stockade.sourcing.DisruptedBaseStock;
import org.stockade.sourcing.DisruptedEoq;
import org.stockade.sourcing.MarkovSupplier;
import org.stockade.sourcing.TomlinComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockade sourcing reserves}: inventory reserves against supply disruptions. */
@Command(name = "reserves", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Inventory reserves against supply disruptions (base-stock, EOQ, Tomlin).",
    description = {"MODEL is one of:",
        "  base-stock  zero lead time, demand d per period, backorders; the supplier fails with "
            + "probability --fail per period and recovers with --recover. Optimal base stock "
            + "(newsvendor fractile p/(p+h) of the down-run length) and its cost.",
        "  eoq         EOQ with disruptions (Berk & Arreola-Risa 1994): --rate D, --order-cost "
            + "K, --h, --pi per lost unit, --fail and --recover as RATES per unit time. "
            + "Exact cost g(Q) and its optimum vs the classical EOQ.",
        "  tomlin      Tomlin (2006): passive acceptance, inventory mitigation and sourcing "
            + "mitigation (reliable supplier at --cr vs unreliable at --cu) on a grid of "
            + "disruption frequency x mean length; --chart DIR draws the region boundaries.",
        ""},
    footer = {"", "Examples:",
        "  stockade sourcing reserves base-stock --fail 0.05 --recover 0.25 --h 1 --p 19",
        "  stockade sourcing reserves eoq --rate 100 --order-cost 50 --h 2 --pi 10 --fail 0.5 "
            + "--recover 2",
        "  stockade sourcing reserves tomlin --cu 1 --cr 1.3 --h 0.05 --p 2 --chart out/"})
public final class ReservesCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "base-stock, eoq or tomlin.")
  String model;

  @Option(names = "--fail", paramLabel = "A", description = "Failure probability per period "
      + "(eoq: failure rate per unit time).")
  Double fail;

  @Option(names = "--recover", paramLabel = "B", description = "Recovery probability per "
      + "period (eoq: recovery rate per unit time).")
  Double recover;

  @Option(names = "--d", paramLabel = "D", defaultValue = "1",
      description = "Demand per period (default: ${DEFAULT-VALUE}).")
  double d;

  @Option(names = "--h", paramLabel = "H", defaultValue = "1",
      description = "Holding cost per unit and period (default: ${DEFAULT-VALUE}).")
  double h;

  @Option(names = "--p", paramLabel = "P", defaultValue = "9",
      description = "Backorder cost per unit and period (default: ${DEFAULT-VALUE}).")
  double p;

  @Option(names = "--cu", paramLabel = "C", defaultValue = "1",
      description = "tomlin: unreliable unit cost (default: ${DEFAULT-VALUE}).")
  double cu;

  @Option(names = "--cr", paramLabel = "C", defaultValue = "1.2",
      description = "tomlin: reliable unit cost (default: ${DEFAULT-VALUE}).")
  double cr;

  @Option(names = "--rate", paramLabel = "D", description = "eoq: demand rate.")
  Double rate;

  @Option(names = "--order-cost", paramLabel = "K", description = "eoq: fixed cost per order.")
  Double orderCost;

  @Option(names = "--c", paramLabel = "C", defaultValue = "0",
      description = "eoq: unit purchase cost (default: ${DEFAULT-VALUE}).")
  double c;

  @Option(names = "--pi", paramLabel = "PI", defaultValue = "0",
      description = "eoq: cost per lost unit (default: ${DEFAULT-VALUE}).")
  double pi;

  @Option(names = "--pi-hat", paramLabel = "PI", defaultValue = "0",
      description = "eoq: cost per unit time out of stock (default: ${DEFAULT-VALUE}).")
  double piHat;

  @Option(names = "--chart", paramLabel = "DIR", description = "tomlin: write "
      + "reserves-tomlin.png/.svg; base-stock/eoq: cost curve reserves-<model>.png/.svg.")
  Path chart;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
  String format;

  @Override
  public Integer call() {
    String fmt = Values.format(format);
    checkOptionsOfModel();
    checkMagnitudes();
    Values.outputDir("--chart", chart);
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> tree = switch (model.toLowerCase(Locale.ROOT)) {
      case "base-stock" -> baseStock();
      case "eoq" -> eoq();
      case "tomlin" -> tomlin();
      default -> throw new InvalidInputException("reserves: MODEL '" + model + "' is not known; "
          + "use base-stock, eoq or tomlin");
    };
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) tree.remove("rows");
    String text = (String) tree.remove("text");
    out.print(switch (fmt) {
      case "json" -> SourcingCommand.json(tree);
      case "csv" -> csv(rows);
      default -> text;
    });
    out.flush();
    return 0;
  }

  /** The options each model reads; any other given option is refused, not ignored. */
  private static final Map<String, List<String>> MODEL_OPTIONS = Map.of(
      "base-stock", List.of("--fail", "--recover", "--d", "--h", "--p"),
      "eoq", List.of("--fail", "--recover", "--rate", "--order-cost", "--h", "--c", "--pi",
          "--pi-hat"),
      "tomlin", List.of("--fail", "--recover", "--d", "--h", "--p", "--cu", "--cr"));

  private void checkOptionsOfModel() {
    List<String> own = MODEL_OPTIONS.get(model.toLowerCase(Locale.ROOT));
    if (own == null) {
      return; // the unknown model is reported by call()
    }
    java.util.Set<String> all = new java.util.TreeSet<>();
    MODEL_OPTIONS.values().forEach(all::addAll);
    picocli.CommandLine.ParseResult pr = spec.commandLine().getParseResult();
    for (String o : all) {
      if (!own.contains(o) && pr != null && pr.hasMatchedOption(o)) {
        List<String> users = new ArrayList<>();
        MODEL_OPTIONS.forEach((m, os) -> {
          if (os.contains(o)) {
            users.add(m);
          }
        });
        java.util.Collections.sort(users);
        throw new InvalidInputException(o + " is not an option of " + model + " (it is used by "
            + String.join(" and ", users) + "); " + model + " reads " + String.join(", ", own)
            + (o.equals("--rate") ? "; for base-stock give the demand per period with --d" : ""));
      }
    }
  }

  private void checkMagnitudes() {
    Object[][] values = {{"--fail", fail}, {"--recover", recover}, {"--d", d}, {"--h", h},
        {"--p", p}, {"--cu", cu}, {"--cr", cr}, {"--rate", rate}, {"--order-cost", orderCost},
        {"--c", c}, {"--pi", pi}, {"--pi-hat", piHat}};
    for (Object[] kv : values) {
      if (kv[1] == null) {
        continue;
      }
      double v = (Double) kv[1];
      if (!Double.isFinite(v) || Math.abs(v) > Values.MAX_MAGNITUDE) {
        throw new InvalidInputException(kv[0] + " must be a finite number of at most 1e9 in"
            + " absolute value, got " + v + "; express it in larger units");
      }
    }
  }

  private MarkovSupplier supplier() {
    if (fail == null || recover == null) {
      throw new InvalidInputException(model + " needs --fail and --recover (e.g. --fail 0.05 "
          + "--recover 0.25)");
    }
    return new MarkovSupplier(fail, recover);
  }

  private Map<String, Object> baseStock() {
    MarkovSupplier s = supplier();
    DisruptedBaseStock m = new DisruptedBaseStock(s, d, h, p);
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("model", "base-stock");
    t.put("up_probability", s.upProbability());
    t.put("critical_ratio", p / (p + h));
    t.put("optimal_base_stock", m.optimalLevel());
    t.put("reserve", m.optimalReserve());
    t.put("periods_covered", m.optimalPeriods());
    t.put("cost", m.cost(m.optimalLevel()));
    t.put("cost_without_reserve", m.cost(d));
    List<Map<String, Object>> rows = new ArrayList<>();
    int top = m.optimalPeriods() * 2 + 2;
    // at most about 40 rows, evenly spaced, always with the optimum: a long disruption gives
    // an optimum of thousands of periods, and every row costs one pass over the run lengths
    int step = Math.max(1, (int) Math.ceil(top / 40.0));
    java.util.TreeSet<Integer> ns = new java.util.TreeSet<>();
    for (int n = 1; n <= top; n += step) {
      ns.add(n);
    }
    ns.add(m.optimalPeriods());
    double[] xs = new double[ns.size()];
    double[] ys = new double[ns.size()];
    TextTable tt = new TextTable("base stock S", "reserve S-d", "cost/period");
    int i = 0;
    for (int n : ns) {
      double level = n * d;
      double cost = m.cost(level);
      xs[i] = level;
      ys[i++] = cost;
      rows.add(row("base_stock", level, "cost", cost));
      tt.row(Fmt.num(level, 4), Fmt.num(level - d, 4), Fmt.num(cost, 6)
          + (n == m.optimalPeriods() ? "  <- optimal" : ""));
    }
    t.put("rows", rows);
    t.put("text", "Base stock with a Markov-disrupted supplier: up " + Fmt.pct(s.upProbability())
        + " of periods, mean disruption " + Fmt.num(s.meanDownLength(), 3) + " periods\n"
        + "optimal base stock " + Fmt.num(m.optimalLevel(), 4) + " (reserve "
        + Fmt.num(m.optimalReserve(), 4) + " = " + (m.optimalPeriods() - 1)
        + " periods of demand), cost " + Fmt.num(m.cost(m.optimalLevel()), 6)
        + " per period (no reserve: " + Fmt.num(m.cost(d), 6) + ")\n\n" + tt.render()
        + chartLine("base-stock", "Base stock with disruptions: cost vs S", "base stock S",
            xs, ys));
    return t;
  }

  private Map<String, Object> eoq() {
    if (rate == null || orderCost == null) {
      throw new InvalidInputException("eoq needs --rate (demand rate) and --order-cost (K)");
    }
    if (fail == null || recover == null) {
      throw new InvalidInputException("eoq needs --fail and --recover (rates per unit time, "
          + "e.g. --fail 0.5 --recover 2)");
    }
    DisruptedEoq m = new DisruptedEoq(rate, orderCost, h, c, pi, piHat, fail, recover);
    double[] opt = m.optimal();
    double eoq = m.classicalEoq();
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("model", "eoq");
    t.put("optimal_q", opt[0]);
    t.put("optimal_cost", opt[1]);
    t.put("classical_eoq", eoq);
    t.put("cost_at_classical_eoq", m.cost(eoq));
    List<Map<String, Object>> rows = new ArrayList<>();
    int n = 40;
    double[] xs = new double[n];
    double[] ys = new double[n];
    double hi = 3 * Math.max(opt[0], eoq);
    for (int i = 0; i < n; i++) {
      xs[i] = hi * (i + 1) / n;
      ys[i] = m.cost(xs[i]);
      rows.add(row("q", xs[i], "cost", ys[i]));
    }
    t.put("rows", rows);
    t.put("text", "EOQ with disruptions (failure rate " + Fmt.num(fail, 6) + ", recovery rate "
        + Fmt.num(recover, 6) + ")\noptimal Q " + Fmt.num(opt[0], 4) + ", cost "
        + Fmt.num(opt[1], 6) + " per unit time\nclassical EOQ " + Fmt.num(eoq, 4)
        + ", its cost under disruptions " + Fmt.num(m.cost(eoq), 6) + "\n"
        + chartLine("eoq", "EOQ with disruptions: g(Q)", "order quantity Q", xs, ys));
    return t;
  }

  private String chartLine(String name, String title, String x, double[] xs, double[] ys) {
    if (chart == null) {
      return "";
    }
    List<Path> f = Charts.writeLine(new LineChartSpec(title, x, "cost", List.of(
        new Series("cost", xs, ys))), chart, "reserves-" + name);
    return "chart: " + f.get(0) + ", " + f.get(1) + "\n";
  }

  private Map<String, Object> tomlin() {
    TomlinComparison tc = new TomlinComparison(d, h, p, cu, cr);
    double[] fails = new double[13];
    for (int i = 0; i < fails.length; i++) {
      fails[i] = 0.001 * Math.pow(10, i / 4.0);
    }
    double[] lengths = {1, 2, 3, 5, 8, 12, 20, 30, 50};
    List<List<TomlinComparison.Point>> grid = tc.grid(fails, lengths);
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("model", "tomlin");
    List<Map<String, Object>> rows = new ArrayList<>();
    StringBuilder sb = new StringBuilder("Tomlin (2006) strategies: P passive acceptance, I "
        + "inventory mitigation, S sourcing mitigation (reliable supplier)\n"
        + "rows: mean disruption length (periods); columns: failure probability per period\n\n");
    String[] head = new String[fails.length + 1];
    head[0] = "length";
    for (int i = 0; i < fails.length; i++) {
      head[i + 1] = Fmt.num(fails[i], 4);
    }
    TextTable tt = new TextTable(head);
    for (int r = 0; r < lengths.length; r++) {
      Object[] cells = new Object[fails.length + 1];
      cells[0] = Fmt.num(lengths[r], 1);
      for (int i = 0; i < fails.length; i++) {
        TomlinComparison.Point pt = grid.get(r).get(i);
        cells[i + 1] = pt.best().name().substring(0, 1);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("fail", fails[i]);
        row.put("mean_length", lengths[r]);
        row.put("passive", pt.passive());
        row.put("inventory", pt.inventory());
        row.put("sourcing", pt.sourcing());
        row.put("reserve", pt.reserve());
        row.put("best", pt.best().name().toLowerCase(Locale.ROOT));
        rows.add(row);
      }
      tt.row(cells);
    }
    sb.append(tt.render());
    if (fail != null || recover != null) {
      TomlinComparison.Point pt = tc.evaluate(supplier());
      sb.append(String.format(Locale.ROOT, "%nat fail %s, recover %s: passive %s, inventory %s "
          + "(reserve %s), sourcing %s -> %s%n", Fmt.num(fail, 6), Fmt.num(recover, 6),
          Fmt.num(pt.passive(), 6), Fmt.num(pt.inventory(), 6), Fmt.num(pt.reserve(), 4),
          Fmt.num(pt.sourcing(), 6), pt.best().label()));
      t.put("point", Map.of("fail", fail, "recover", recover, "passive", pt.passive(),
          "inventory", pt.inventory(), "sourcing", pt.sourcing(), "reserve", pt.reserve(),
          "best", pt.best().name().toLowerCase(Locale.ROOT)));
    }
    t.put("grid", rows);
    t.put("rows", rows);
    if (chart != null) {
      sb.append("chart: ").append(tomlinChart(tc)).append('\n');
    }
    t.put("text", sb.toString());
    return t;
  }

  /** Boundary lines (frequency at which the best strategy changes) vs mean length. */
  private Path tomlinChart(TomlinComparison tc) {
    Map<String, List<double[]>> byKind = new LinkedHashMap<>();
    for (int i = 0; i <= 24; i++) {
      double len = Math.pow(100, i / 24.0);
      for (TomlinComparison.Transition tr : tc.transitions(len, 1e-4, 0.999, 120)) {
        byKind.computeIfAbsent(tr.from().label() + " -> " + tr.to().label(),
            k -> new ArrayList<>()).add(new double[] {len, tr.fail()});
      }
    }
    if (byKind.isEmpty()) {
      throw new InvalidInputException("tomlin: the best strategy is the same everywhere; no "
          + "boundary to chart");
    }
    List<Series> series = new ArrayList<>();
    byKind.forEach((k, pts) -> series.add(new Series(k,
        pts.stream().mapToDouble(a -> a[0]).toArray(),
        pts.stream().mapToDouble(a -> Math.log10(a[1])).toArray())));
    List<Path> f = Charts.writeLine(new LineChartSpec("Tomlin (2006): best-strategy boundaries", "mean disruption length (periods)",
        "log10 failure probability per period", series), chart, "reserves-tomlin");
    return f.get(0);
  }

  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String csv(List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(String.join(",", rows.get(0).keySet())).append('\n');
    for (Map<String, Object> r : rows) {
      List<String> cells = new ArrayList<>();
      for (String k : rows.get(0).keySet()) {
        cells.add(String.valueOf(r.get(k)));
      }
      sb.append(String.join(",", cells)).append('\n');
    }
    return sb.toString();
  }
}
