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
import picocli.CommandLine.Spec;

/**
 * {@code stockade sourcing reserves MODEL}: inventory reserves against supply disruptions. Each
 * model is a subcommand with its own options and help.
 */
@Command(name = "reserves", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Inventory reserves against supply disruptions (base-stock, EOQ, Tomlin).",
    description = {"How much stock to hold against a supplier that fails and recovers. MODEL is "
        + "one of the subcommands below; run 'stockade sourcing reserves MODEL --help' for its "
        + "options; the models in plain terms: docs/sourcing.md.", ""},
    subcommands = {ReservesCommand.BaseStock.class, ReservesCommand.Eoq.class,
        ReservesCommand.Tomlin.class},
    footer = {"", "Examples:",
        "  stockade sourcing reserves base-stock --failure-prob 0.05 --recovery-prob 0.25 --h 1 "
            + "--backorder-cost 19",
        "  stockade sourcing reserves eoq --rate 100 --order-cost 50 --h 2 --pi 10 "
            + "--failure-rate 0.5 --recovery-rate 2",
        "  stockade sourcing reserves tomlin --cu 1 --cr 1.3 --h 0.05 --backorder-cost 2 "
            + "--out out/"})
public final class ReservesCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new InvalidInputException("sourcing reserves needs a MODEL: base-stock, eoq or tomlin;"
        + " e.g. 'stockade sourcing reserves base-stock --failure-prob 0.05 --recovery-prob "
        + "0.25' (see 'stockade sourcing reserves MODEL --help')");
  }

  /** Options and output shared by the three models. */
  abstract static class Model implements Callable<Integer>, Hosted {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    RunContext ctx = RunContext.cli();

    @Override
    public void host(RunContext context) {
      ctx = context;
    }

    @Option(names = {"--h", "--holding-cost"}, paramLabel = "H", defaultValue = "1",
        description = "Holding cost per unit of stock and period (default: ${DEFAULT-VALUE}).")
    double h;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the chart (PNG and SVG) "
        + "into DIR.")
    Path chart;

    String chartFlag = "--out";

    @Option(names = "--chart", hidden = true, paramLabel = "DIR")
    void deprecatedChart(Path dir) {
      Aliases.note(spec, "--chart", "--out");
      chart = dir;
      chartFlag = "--chart";
    }

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
    String format;

    /** The result: JSON fields, plus "rows" (CSV rows) and "text" (the table output). */
    abstract Map<String, Object> tree();

    @Override
    public Integer call() {
      String fmt = Values.format(format);
      checkMagnitudes();
      Values.outputDir(chartFlag, chart);
      Map<String, Object> tree = tree();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> rows = (List<Map<String, Object>>) tree.remove("rows");
      String text = (String) tree.remove("text");
      PrintWriter out = spec.commandLine().getOut();
      Output.emit(ctx, out, fmt, () -> SourcingCommand.json(tree), () -> csv(rows), () -> text);
      return 0;
    }

    /** Every numeric option given: finite and at most 1e9 in absolute value, named if not. */
    private void checkMagnitudes() {
      picocli.CommandLine.ParseResult pr = spec.commandLine().getParseResult();
      if (pr == null) {
        return;
      }
      for (picocli.CommandLine.Model.OptionSpec o : pr.matchedOptions()) {
        Object v = o.getValue();
        if (v instanceof Number num) {
          double x = num.doubleValue();
          if (!Double.isFinite(x) || Math.abs(x) > Values.MAX_MAGNITUDE) {
            throw new InvalidInputException(String.join("/", o.names()) + " must be a finite"
                + " number of at"
                + " most 1e9 in absolute value, got " + x + "; express it in larger units");
          }
        }
      }
    }

    String chartLine(String name, String title, String x, double[] xs, double[] ys) {
      if (chart == null) {
        return "";
      }
      List<Path> f = Charts.writeLine(new LineChartSpec(title, x, "cost", List.of(
          new Series("cost", xs, ys))), chart, "reserves-" + name);
      return "chart: " + f.get(0) + ", " + f.get(1) + "\n";
    }

    /** The value of a renamed option: the new spelling, else the deprecated one, else null. */
    static Double either(Double now, Double old) {
      return now != null ? now : old;
    }

    /** A probability per period in (0, 1], named by its flag. */
    static double probability(String flag, Double v, String example) {
      if (v == null) {
        throw new InvalidInputException(flag + " is missing; e.g. " + example);
      }
      if (!(v > 0) || v > 1) {
        throw new InvalidInputException(flag + " is a probability per period and must be in "
            + "(0, 1], got " + v + "; e.g. " + example);
      }
      return v;
    }
  }

  /** Shared by base-stock and tomlin: a supplier that fails and recovers per period. */
  abstract static class PerPeriod extends Model {
    static final String EXAMPLE = "--failure-prob 0.05 --recovery-prob 0.25";

    @Option(names = "--failure-prob", paramLabel = "A", description = "Chance that a working "
        + "supplier goes down in a period, in (0, 1].")
    Double failureProb;

    @Option(names = "--recovery-prob", paramLabel = "B", description = "Chance that a down "
        + "supplier comes back in a period, in (0, 1]; the mean disruption lasts 1/B periods.")
    Double recoveryProb;

    @Option(names = {"--d", "--demand"}, paramLabel = "D", defaultValue = "1",
        description = "Demand per period (default: ${DEFAULT-VALUE}).")
    double d;

    @Option(names = "--backorder-cost", paramLabel = "P", defaultValue = "9",
        description = "Cost per unit short per period (default: ${DEFAULT-VALUE}).")
    double p;

    private Double oldFail;
    private Double oldRecover;
    private Double oldP;

    @Option(names = "--fail", hidden = true, paramLabel = "A")
    void deprecatedFail(double v) {
      Aliases.note(spec, "--fail", "--failure-prob");
      oldFail = v;
    }

    @Option(names = "--recover", hidden = true, paramLabel = "B")
    void deprecatedRecover(double v) {
      Aliases.note(spec, "--recover", "--recovery-prob");
      oldRecover = v;
    }

    @Option(names = "--p", hidden = true, paramLabel = "P")
    void deprecatedP(double v) {
      Aliases.note(spec, "--p", "--backorder-cost");
      oldP = v;
    }

    double backorderCost() {
      return oldP != null ? oldP : p;
    }

    boolean supplierGiven() {
      return either(failureProb, oldFail) != null || either(recoveryProb, oldRecover) != null;
    }

    MarkovSupplier supplier() {
      return new MarkovSupplier(
          probability(oldFail != null && failureProb == null ? "--fail" : "--failure-prob",
              either(failureProb, oldFail), EXAMPLE),
          probability(oldRecover != null && recoveryProb == null ? "--recover"
              : "--recovery-prob", either(recoveryProb, oldRecover), EXAMPLE));
    }
  }

  /** {@code reserves base-stock}. */
  @Command(name = "base-stock", mixinStandardHelpOptions = true, sortOptions = false,
      header = "Base stock against a supplier that fails and recovers (zero lead time).",
      description = {"Each period demand D arrives and is met from stock; unmet demand waits "
          + "(backorder). The supplier delivers instantly while up; it goes down with chance "
          + "--failure-prob per period and comes back with chance --recovery-prob. Order up to "
          + "S each period the supplier is up. Prints the S that minimises the long-run "
          + "average cost (the newsvendor fractile backorder/(backorder + holding) of the "
          + "demand over a disruption), the reserve S - D it adds, and the cost of each S; "
          + "--at S prices a base stock of your choice.", ""},
      footer = {"", "Example:", "  stockade sourcing reserves base-stock --failure-prob 0.05 "
          + "--recovery-prob 0.25 --h 1 --backorder-cost 19 --at 4"})
  static final class BaseStock extends PerPeriod {
    @Option(names = "--at", paramLabel = "S", description = "Also price this base stock S "
        + "(units) against the optimum.")
    Double at;

    @Override
    Map<String, Object> tree() {
      MarkovSupplier s = supplier();
      double bo = backorderCost();
      DisruptedBaseStock m = new DisruptedBaseStock(s, d, h, bo);
      if (at != null) {
        InvalidInputException.requireNonNegative("--at (base stock S)", at);
      }
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("model", "base-stock");
      t.put("up_probability", s.upProbability());
      t.put("critical_ratio", bo / (bo + h));
      t.put("optimal_base_stock", m.optimalLevel());
      t.put("reserve", m.optimalReserve());
      t.put("periods_covered", m.optimalPeriods());
      t.put("cost", m.cost(m.optimalLevel()));
      t.put("cost_without_reserve", m.cost(d));
      String atLine = "";
      if (at != null) {
        double c = m.cost(at);
        double best = m.cost(m.optimalLevel());
        t.put("at", Map.of("base_stock", at, "cost", c, "excess_over_optimum", c - best));
        atLine = "at S = " + Fmt.num(at, 4) + ": cost " + Fmt.num(c, 6) + " per period ("
            + Fmt.num(c - best, 6) + " above the optimum)\n";
      }
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
      t.put("text", "Base stock with a Markov-disrupted supplier: up "
          + Fmt.pct(s.upProbability()) + " of periods, mean disruption "
          + Fmt.num(s.meanDownLength(), 3) + " periods\n"
          + "optimal base stock " + Fmt.num(m.optimalLevel(), 4) + " (reserve "
          + Fmt.num(m.optimalReserve(), 4) + " = " + (m.optimalPeriods() - 1)
          + " periods of demand), cost " + Fmt.num(m.cost(m.optimalLevel()), 6)
          + " per period (no reserve: " + Fmt.num(m.cost(d), 6) + ")\n" + atLine + "\n"
          + tt.render()
          + chartLine("base-stock", "Base stock with disruptions: cost vs S", "base stock S",
              xs, ys));
      return t;
    }
  }

  /** {@code reserves eoq}. */
  @Command(name = "eoq", mixinStandardHelpOptions = true, sortOptions = false,
      header = "Order quantity with supply disruptions (EOQ, Berk & Arreola-Risa 1994).",
      description = {"Demand arrives continuously at --rate units per unit time; each order "
          + "of Q units costs --order-cost plus --c per unit. The supplier fails at "
          + "--failure-rate and recovers at --recovery-rate (events per unit time; the mean "
          + "outage lasts 1/recovery-rate). Demand that arrives while out of stock is lost at "
          + "--pi per unit (and --pi-hat per unit time out of stock). Prints the exact average "
          + "cost g(Q), the Q that minimises it and the classical EOQ's cost under "
          + "disruptions; --at Q prices an order quantity of your choice.", ""},
      footer = {"", "Example:", "  stockade sourcing reserves eoq --rate 100 --order-cost 50 "
          + "--h 2 --pi 10 --failure-rate 0.5 --recovery-rate 2 --at 80"})
  static final class Eoq extends Model {
    static final String EXAMPLE = "--failure-rate 0.5 --recovery-rate 2";

    @Option(names = "--rate", paramLabel = "D", description = "Demand rate (units per unit "
        + "time).")
    Double rate;

    @Option(names = "--order-cost", paramLabel = "K", description = "Fixed cost per order.")
    Double orderCost;

    @Option(names = {"--c", "--unit-cost"}, paramLabel = "C", defaultValue = "0",
        description = "Purchase cost per unit (default: ${DEFAULT-VALUE}).")
    double c;

    @Option(names = {"--pi", "--lost-sale-cost"}, paramLabel = "PI", defaultValue = "0",
        description = "Cost per unit of demand lost (default: ${DEFAULT-VALUE}).")
    double pi;

    @Option(names = {"--pi-hat", "--stockout-cost-rate"}, paramLabel = "PI", defaultValue = "0",
        description = "Cost per unit time out of stock (default: ${DEFAULT-VALUE}).")
    double piHat;

    @Option(names = "--failure-rate", paramLabel = "LAMBDA", description = "Supplier failures "
        + "per unit time (0 for a supplier that never fails).")
    Double failureRate;

    @Option(names = "--recovery-rate", paramLabel = "MU", description = "Recoveries per unit "
        + "time while down (> 0).")
    Double recoveryRate;

    @Option(names = "--at", paramLabel = "Q", description = "Also price this order quantity Q.")
    Double at;

    private Double oldFail;
    private Double oldRecover;

    @Option(names = "--fail", hidden = true, paramLabel = "LAMBDA")
    void deprecatedFail(double v) {
      Aliases.note(spec, "--fail", "--failure-rate");
      oldFail = v;
    }

    @Option(names = "--recover", hidden = true, paramLabel = "MU")
    void deprecatedRecover(double v) {
      Aliases.note(spec, "--recover", "--recovery-rate");
      oldRecover = v;
    }

    @Override
    Map<String, Object> tree() {
      if (rate == null || orderCost == null) {
        throw new InvalidInputException("eoq needs --rate (demand rate) and --order-cost (K); "
            + "e.g. --rate 100 --order-cost 50");
      }
      Double fail = either(failureRate, oldFail);
      Double recover = either(recoveryRate, oldRecover);
      if (fail == null || recover == null) {
        throw new InvalidInputException("eoq needs --failure-rate and --recovery-rate (events "
            + "per unit time), e.g. " + EXAMPLE);
      }
      DisruptedEoq m = new DisruptedEoq(rate, orderCost, h, c, pi, piHat, fail, recover);
      if (at != null) {
        InvalidInputException.requirePositive("--at (order quantity Q)", at);
      }
      double[] opt = m.optimal();
      double eoq = m.classicalEoq();
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("model", "eoq");
      t.put("optimal_q", opt[0]);
      t.put("optimal_cost", opt[1]);
      t.put("classical_eoq", eoq);
      t.put("cost_at_classical_eoq", m.cost(eoq));
      String atLine = "";
      if (at != null) {
        double cost = m.cost(at);
        t.put("at", Map.of("q", at, "cost", cost, "excess_over_optimum", cost - opt[1]));
        atLine = "at Q = " + Fmt.num(at, 4) + ": cost " + Fmt.num(cost, 6) + " per unit time ("
            + Fmt.num(cost - opt[1], 6) + " above the optimum)\n";
      }
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
      t.put("text", "EOQ with disruptions (failure rate " + Fmt.num(fail, 6) + ", recovery "
          + "rate " + Fmt.num(recover, 6) + ")\noptimal Q " + Fmt.num(opt[0], 4) + ", cost "
          + Fmt.num(opt[1], 6) + " per unit time\nclassical EOQ " + Fmt.num(eoq, 4)
          + ", its cost under disruptions " + Fmt.num(m.cost(eoq), 6) + "\n" + atLine
          + chartLine("eoq", "EOQ with disruptions: g(Q)", "order quantity Q", xs, ys));
      return t;
    }
  }

  /** {@code reserves tomlin}. */
  @Command(name = "tomlin", mixinStandardHelpOptions = true, sortOptions = false,
      header = "Accept, hold a reserve, or pay a reliable supplier (Tomlin 2006).",
      description = {"Compares three answers to a supplier that fails and recovers: accept the "
          + "disruptions (passive), hold the best reserve of stock (inventory mitigation), or "
          + "buy from a reliable supplier at --cr instead of the unreliable one at --cu "
          + "(sourcing mitigation), on a grid of failure chance per period x mean disruption "
          + "length. --failure-prob and --recovery-prob add your own supplier's point; --out "
          + "DIR draws where the best answer changes.", ""},
      footer = {"", "Example:", "  stockade sourcing reserves tomlin --cu 1 --cr 1.3 --h 0.05 "
          + "--backorder-cost 2 --out out/"})
  static final class Tomlin extends PerPeriod {
    @Option(names = {"--cu", "--unreliable-cost"}, paramLabel = "C", defaultValue = "1",
        description = "Unit cost of the unreliable supplier (default: ${DEFAULT-VALUE}).")
    double cu;

    @Option(names = {"--cr", "--reliable-cost"}, paramLabel = "C", defaultValue = "1.2",
        description = "Unit cost of the reliable supplier (default: ${DEFAULT-VALUE}).")
    double cr;

    @Override
    Map<String, Object> tree() {
      return tomlin(this);
    }
  }

  private static Map<String, Object> tomlin(Tomlin o) {
    double p = o.backorderCost();
    TomlinComparison tc = new TomlinComparison(o.d, o.h, p, o.cu, o.cr);
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
    if (o.supplierGiven()) {
      MarkovSupplier sup = o.supplier();
      double fail = sup.fail();
      double recover = sup.recover();
      TomlinComparison.Point pt = tc.evaluate(sup);
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
    if (o.chart != null) {
      sb.append("chart: ").append(tomlinChart(tc, o.chart)).append('\n');
    }
    t.put("text", sb.toString());
    return t;
  }

  /** Boundary lines (frequency at which the best strategy changes) vs mean length. */
  private static Path tomlinChart(TomlinComparison tc, Path chart) {
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

  static String csv(List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return "";
    }
    org.stockade.report.Csv csv = new org.stockade.report.Csv(
        rows.get(0).keySet().toArray(String[]::new));
    for (Map<String, Object> r : rows) {
      List<Object> cells = new ArrayList<>();
      for (String k : rows.get(0).keySet()) {
        cells.add(r.get(k));
      }
      csv.row(cells.toArray());
    }
    return csv.toString();
  }
}
