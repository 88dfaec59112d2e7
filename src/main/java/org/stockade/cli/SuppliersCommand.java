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
import org.stockade.report.Json;
import org.stockade.report.chart.BarChartSpec;
import org.stockade.report.chart.Charts;
import org.stockade.report.chart.LineChartSpec;
import org.stockade.report.chart.Series;
import org.stockade.strategies.suppliers.MonteCarloCheck;
import org.stockade.strategies.suppliers.NewsvendorResult;
import org.stockade.strategies.suppliers.Payment;
import org.stockade.strategies.suppliers.Selection;
import org.stockade.strategies.suppliers.SelectionResult;
import org.stockade.strategies.suppliers.SupplierProblem;
import org.stockade.strategies.suppliers.SupplierReader;
import org.stockade.strategies.suppliers.SupplierSelection;
import org.stockade.strategies.suppliers.UnreliableNewsvendor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockade strategy suppliers FILE}: supplier selection under disruption. */
@Command(name = "suppliers", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Supplier selection and orders under random yields or capacities.",
    description = {"Chooses which suppliers to use and how much to order from each, one "
        + "period, normal demand. --model service (Federgruen & Yang 2008): least cost with "
        + "P(delivered >= demand) >= alpha under the CLT approximation; --model cost: least "
        + "procurement plus expected holding and shortage cost (normal approximation); --model "
        + "newsvendor (Dada, Petruzzi & Schwarz 2007): most expected profit with random "
        + "capacities, exact. Each plan is checked by Monte Carlo (seeded). "
        + "See docs/strategies.md.", ""},
    footer = {"", "FILE (YAML/JSON): demand {mean, sd}; suppliers with name, unit_cost, "
        + "fixed_cost, yield_mean, yield_sd (service, cost) and reliability or capacity "
        + "{values, probabilities} (newsvendor); alpha; holding_cost, shortage_cost; price, "
        + "salvage; payment delivered|ordered.", "", "Examples:",
        "  stockade strategy suppliers examples/suppliers-service.yaml",
        "  stockade strategy suppliers examples/suppliers-service.yaml --model cost --format json",
        "  stockade strategy suppliers examples/suppliers-newsvendor.yaml --model newsvendor "
            + "--out out/"})
public final class SuppliersCommand implements Callable<Integer>, Hosted {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  RunContext ctx = RunContext.cli();

  @Override
  public void host(RunContext context) {
    ctx = context;
  }

  @Parameters(index = "0", paramLabel = "FILE", description = "Instance (YAML or JSON).")
  Path file;

  @Option(names = "--model", paramLabel = "M", defaultValue = "service",
      description = "service, cost or newsvendor (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--alpha", paramLabel = "A", description = "Service target, overrides the "
      + "file's alpha (service model).")
  String alpha;

  @Option(names = "--payment", paramLabel = "P", description = "delivered or ordered: what the "
      + "unit cost is paid on; overrides the file (default delivered).")
  String payment;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "100000",
      description = "Monte Carlo draws for the check; 0 skips it (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Monte Carlo seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write suppliers-orders.png/.svg (and suppliers-prefix-cost for service/cost).")
  Path out;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
      description = "table, json or csv.")
  String format;

  @Override
  public Integer call() {
    String fmt = Values.format(format);
    Values.outputDir("--out", out);
    String m = model.trim().toLowerCase(Locale.ROOT);
    if (!List.of("service", "cost", "newsvendor").contains(m)) {
      throw new InvalidInputException("--model must be service, cost or newsvendor, got '"
          + model + "'");
    }
    if (samples != 0 && (samples < 100 || samples > MonteCarloCheck.MAX_SAMPLES)) {
      throw new InvalidInputException("--samples must be 0 (no check) or in [100, "
          + MonteCarloCheck.MAX_SAMPLES + "], got " + samples + "; e.g. --samples 100000");
    }
    SupplierProblem p = overrides(SupplierReader.read(file));
    PrintWriter w = spec.commandLine().getOut();
    List<String> names = new ArrayList<>();
    p.suppliers().forEach(s -> names.add(s.name()));
    if (m.equals("newsvendor")) {
      NewsvendorResult r = new UnreliableNewsvendor(p).solve(ctx.cancel());
      MonteCarloCheck mc = samples == 0 ? null
          : MonteCarloCheck.capacities(p, r.orders(), samples, seed, ctx.cancel());
      Output.emit(ctx, w, fmt, () -> Json.pretty(SuppliersOutput.tree(r, mc)),
          () -> SuppliersOutput.csv(r), () -> SuppliersOutput.table(r, mc));
      chart(w, fmt, names, r.orders(), r.expectedDelivery(), null);
    } else {
      SelectionResult r = SupplierSelection.solve(p, m);
      MonteCarloCheck mc = samples == 0 ? null : MonteCarloCheck.yields(p, r.best().orders(),
          m.equals("cost"), samples, seed, ctx.cancel());
      Output.emit(ctx, w, fmt, () -> Json.pretty(SuppliersOutput.tree(r, mc)),
          () -> SuppliersOutput.csv(r), () -> SuppliersOutput.table(r, mc));
      chart(w, fmt, names, r.best().orders(), r.best().expectedDelivery(), r);
    }
    w.flush();
    return 0;
  }

  private void chart(PrintWriter w, String fmt, List<String> names, double[] q, double[] x,
      SelectionResult r) {
    if (out == null) {
      return;
    }
    Output.chartFiles(ctx, w, fmt, Charts.writeBar(new BarChartSpec("Orders by supplier",
        "supplier", "units", names, List.of(new Series("order Q", null, q),
            new Series("expected delivery", null, x))), out, "suppliers-orders"));
    if (r != null) {
      List<Double> ks = new ArrayList<>();
      List<Double> cs = new ArrayList<>();
      for (int k = 0; k < r.prefixes().size(); k++) {
        Selection s = r.prefixes().get(k);
        if (s != null) {
          ks.add(k + 1.0);
          cs.add(s.total());
        }
      }
      if (!ks.isEmpty()) {
        Output.chartFiles(ctx, w, fmt, Charts.writeLine(new LineChartSpec("Total cost of the "
            + "k cheapest suppliers (" + r.model() + " model)", "k (suppliers allowed, cheapest "
            + "effective cost first)", "expected total cost", List.of(new Series("prefix plan",
                ks.stream().mapToDouble(Double::doubleValue).toArray(),
                cs.stream().mapToDouble(Double::doubleValue).toArray()))), out,
            "suppliers-prefix-cost"));
      }
    }
  }

  private SupplierProblem overrides(SupplierProblem p) {
    double a = alpha == null ? p.alpha() : Values.number("--alpha", alpha);
    Payment pay = p.payment();
    if (payment != null) {
      pay = switch (payment.trim().toLowerCase(Locale.ROOT)) {
        case "delivered" -> Payment.DELIVERED;
        case "ordered" -> Payment.ORDERED;
        default -> throw new InvalidInputException("--payment must be delivered or ordered, got '"
            + payment + "'");
      };
    }
    if (alpha != null && !(a > 0.5 && a < 1)) {
      throw new InvalidInputException("--alpha must be in (0.5, 1), got " + alpha
          + "; e.g. --alpha 0.95");
    }
    return new SupplierProblem(p.demandMean(), p.demandSd(), p.suppliers(), pay, a,
        p.holdingCost(), p.shortageCost(), p.price(), p.salvage());
  }

  static Map<String, Object> monteCarlo(MonteCarloCheck mc, String valueName) {
    if (mc == null) {
      return null;
    }
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("samples", mc.samples());
    t.put("seed", mc.seed());
    t.put("service_level", mc.serviceLevel());
    t.put("service_level_ci95_half_width", mc.serviceHalfWidth());
    t.put(valueName, mc.mean());
    t.put(valueName + "_ci95_half_width", mc.meanHalfWidth());
    return t;
  }
}
