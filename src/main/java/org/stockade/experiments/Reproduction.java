package org.stockade.experiments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stockade.io.AtomicFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.stockade.report.Csv;
import org.stockade.report.Fmt;
import org.stockade.report.chart.BarChartSpec;
import org.stockade.report.chart.Charts;
import org.stockade.report.chart.LineChartSpec;
import org.stockade.report.chart.Series;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * Writes the reproduction of Simchi-Levi, Wang & Wei (2018), §3–4: Figure 2, the GM Tables 1–4
 * and the flipping effect, each as CSV, PNG/SVG charts and a section of {@code report.md} that
 * states every parameter and seed needed to regenerate the numbers.
 */
public final class Reproduction {
  /** What to run and with which settings. */
  public record Plan(boolean figure2, boolean gmTables, boolean flipping, boolean tts,
      int instances,
      long seed, int threads, boolean shareRange, UncertaintySpec demand, String command) {}

  /** Callback for long sweeps: total jobs, then one call per finished job. */
  public interface Progress {
    IntConsumer start(String task, int total);

    void finish();
  }

  private final Path out;
  private final StringBuilder md = new StringBuilder();
  /** Sweep engine of the GM study ({@link GmSweep}); {@code local} keeps {@link GmStudy#run}. */
  private String engine = "local";
  private String master;

  /** Runs the GM tables' instance study on {@code engineName} (local or spark) at master. */
  public Reproduction onEngine(String engineName, String masterUrl) {
    this.engine = engineName == null ? "local" : engineName;
    this.master = masterUrl;
    return this;
  }

  public Reproduction(Path out) {
    this.out = out;
  }

  public Path run(Plan plan, Progress progress) {
    try {
      Files.createDirectories(out);
      md.append("# Stockade reproduction of Simchi-Levi, Wang & Wei (2018)\n\n");
      md.append("Regenerate with: `").append(plan.command()).append("`\n\n");
      md.append("Demand settings (paper defaults unless overridden): ")
          .append(describe(plan.demand())).append(".\n\n");
      md.append("Assumptions where the paper is silent (see docs/model.md): the aggregate "
          + "demand constraint is unstandardized, `|sum_j (d_j - mu_j)| <= beta sqrt(sum_j "
          + "sigma_j^2)` with beta = 2, no budget gamma; pass `--aggregate standardized --beta 8` "
          + "for the literal standardized variant. h = 1, delta = 0.\n\n");
      if (plan.figure2()) {
        figure2(plan);
      }
      if (plan.gmTables()) {
        gmTables(plan, plan.demand(), "gm", "GM case study (Tables 1-4)", progress);
        if (isDefault(plan.demand())) {
          UncertaintySpec literal = new UncertaintySpec(null, 8.0, AggregateForm.STANDARDIZED,
              null, null, null, null, null, null, null);
          gmTables(plan, literal, "gm-standardized-beta8", "GM case study, literal paper "
              + "parameters: standardized aggregate, beta = 8", progress);
        }
      }
      if (plan.flipping()) {
        flipping(plan);
      }
      if (plan.tts()) {
        tts(plan, progress);
      }
      Path report = out.resolve("report.md");
      AtomicFiles.writeString(report, md.toString());
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write to " + out + ": " + e.getMessage(), e);
    }
  }

  /** Six decimals, as the summary CSVs have always shown (means of noisy samples). */
  private static double round6(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  private static String describe(UncertaintySpec s) {
    List<String> parts = new ArrayList<>();
    parts.add("alpha = " + (s.alpha() == null ? "2" : Fmt.num(s.alpha(), 4)));
    parts.add("beta = " + (s.beta() == null ? "2" : Fmt.num(s.beta(), 4)) + " ("
        + (s.aggregate() == null ? "unstandardized" : s.aggregate().name()
            .toLowerCase(Locale.ROOT)) + ")");
    parts.add("gamma = " + (s.gamma() == null ? "none" : Fmt.num(s.gamma(), 4)));
    return String.join(", ", parts);
  }

  private void figure2(Plan plan) throws IOException {
    Figure2.Settings s = new Figure2.Settings(10, new double[] {0.1, 0.3, 0.5}, 3.0, 0.1,
        new int[] {2, 3, 10}, plan.demand());
    List<Figure2.Point> pts = Figure2.run(s);
    Csv csv = new Csv("sigma", "design", "K", "zeta", "cost");
    for (Figure2.Point p : pts) {
      csv.row(p.sigma(), Figure2.label(p.k(), s.n()), p.k(), p.zeta(), p.cost());
    }
    AtomicFiles.writeString(out.resolve("figure2.csv"), csv.toString());
    List<Series> series = new ArrayList<>();
    for (double sigma : s.sigmas()) {
      for (int k : s.chains()) {
        List<Figure2.Point> line = pts.stream()
            .filter(p -> p.sigma() == sigma && p.k() == k).toList();
        series.add(new Series(Figure2.label(k, s.n()) + ", sigma " + sigma,
            line.stream().mapToDouble(Figure2.Point::zeta).toArray(),
            line.stream().mapToDouble(Figure2.Point::cost).toArray(), null));
      }
    }
    Charts.writeLine(new LineChartSpec("Figure 2: cost vs capacity loss (N = 10, c0 = mu = 1)",
        "capacity-loss budget zeta (units)", "optimal inventory cost",
        series), out, "figure2");
    md.append("## Figure 2: cost versus capacity-loss budget\n\n");
    md.append("Symmetric 10x10 network, c0 = mu = 1, h = 1, loss budget zeta in units of capacity,"
        + " K-chain costs by Proposition 1 (checked against constraint generation in the test"
        + " suite). Data: `figure2.csv`.\n\n![Figure 2](figure2.png)\n\n");
    md.append("| sigma | zeta | 2-chain | 3-chain | full | 2-chain / full |\n|---|---|---|---|---|---|\n");
    for (double sigma : s.sigmas()) {
      for (double zeta = 0; zeta <= 3.0 + 1e-9; zeta += 0.5) {
        double z = zeta;
        double[] c = new double[3];
        for (int q = 0; q < 3; q++) {
          int k = s.chains()[q];
          c[q] = pts.stream().filter(p -> p.sigma() == sigma && p.k() == k
              && Math.abs(p.zeta() - z) < 1e-9).findFirst().orElseThrow().cost();
        }
        md.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.2f |%n",
            Fmt.num(sigma, 2), Fmt.num(zeta, 2), c[0], c[1], c[2], c[0] / c[2]));
      }
    }
    md.append('\n');
  }

  private static boolean isDefault(UncertaintySpec d) {
    return d.alpha() == null && d.beta() == null && d.aggregate() == null && d.gamma() == null;
  }

  private void gmTables(Plan plan, UncertaintySpec demand, String prefix, String title,
      Progress progress) throws IOException {
    GmStudy.Settings s = new GmStudy.Settings(plan.instances(), plan.seed(), demand,
        plan.threads(), plan.shareRange());
    long t0 = System.nanoTime();
    IntConsumer tick = progress.start("GM study", GmStudy.jobCount(s));
    List<GmStudy.Cell> cells;
    try {
      cells = engine.equalsIgnoreCase("local") && master == null ? GmStudy.run(s, tick)
          : GmSweep.run(s, engine, master, null);
    } finally {
      progress.finish();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    Csv csv = new Csv("instance", "seed", "capacity", "design", "arcs", "cost", "high_share",
        "high_share_min", "high_share_max", "millis");
    for (GmStudy.Cell c : cells) {
      csv.row(c.instance(), c.seed(), c.capacity(), c.design(), c.arcs(), c.cost(),
          c.highShare(), c.highShareMin(), c.highShareMax(),
          Double.isNaN(c.millis()) ? "" : Fmt.num(c.millis(), 2)); // NaN: run on an engine
    }
    AtomicFiles.writeString(out.resolve(prefix + "-instances.csv"), csv.toString());
    GmSummary summary = GmSummary.of(cells);
    AtomicFiles.writeString(out.resolve(prefix + "-summary.csv"), summary.csv());
    md.append("## ").append(title).append("\n\n");
    md.append("Demand: ").append(describe(demand)).append(".\n\n");
    md.append(String.format(Locale.ROOT, "%d instances per design, instance i uses seed %d + i "
        + "(8 of 16 products drawn high-variability, sigma = 0.5 mu, others 0.25 mu; generalized"
        + " K-chains drawn over the base design's 6 groups). Uncertain capacity: 10%% of total "
        + "capacity may be lost (fraction form). Deterministic: every plant at 90%%. Costs are "
        + "means with 95%% confidence intervals; the high-variability share is reported at the "
        + "solver's optimal vertex and, since optimal allocations need not be unique, as the "
        + "mean of its minimum and maximum over the optimal face. %d solves in %.1f s on %d "
        + "threads. Data: `%s-instances.csv`, `%s-summary.csv`.%n%n", plan.instances(),
        plan.seed(), cells.size(), secs, plan.threads(), prefix, prefix));
    md.append(summary.markdown());
    Charts.writeBar(summary.costChart(), out, prefix + "-cost");
    Charts.writeBar(summary.shareChart(), out, prefix + "-share");
    md.append("\n![GM cost by design](" + prefix + "-cost.png)\n\n![GM high-variability share]("
        + prefix + "-share.png)\n\n");
  }

  private void tts(Plan plan, Progress progress) throws IOException {
    long t0 = System.nanoTime();
    IntConsumer tick = progress.start("TTS study", TtsStudy.jobCount(plan.instances()));
    List<TtsStudy.Cell> cells;
    try {
      cells = TtsStudy.run(plan.instances(), plan.seed(), plan.threads(), tick);
    } finally {
      progress.finish();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    Csv csv = new Csv("instance", "seed", "design", "service_level", "tts_weeks_R1");
    for (TtsStudy.Cell c : cells) {
      csv.row(c.instance(), c.seed(), c.design(), c.serviceLevel(), c.ttsPerWeek());
    }
    AtomicFiles.writeString(out.resolve("tts-instances.csv"), csv.toString());
    md.append("## Time-to-survive by design (section 5)\n\n");
    md.append(String.format(Locale.ROOT, "GM case, demand rates fixed at the means (100%% fill "
        + "rate) or at 95%% of them (95%% per-product fill rate), any single plant down, budget R "
        + "weeks of total mean demand (2060 units per week), allocated optimally. Same designs "
        + "and seeds as the GM tables (%d instances per generalized chain, seed %d + i). TTS is "
        + "linear in R (tested), so TTS(R) = R TTS(1). %d solves in %.1f s. Published anchor: "
        + "generalized 3-chain above 3 weeks at 100%% and about 3.76 weeks at 95%% with R = 1. "
        + "Data: `tts-instances.csv`.%n%n", plan.instances(), plan.seed(), cells.size(), secs));
    md.append("| design | fill rate | TTS R=1 (95% CI) | R=2 | R=3 |\n|---|---|---|---|---|\n");
    Csv sum = new Csv("design", "service_level", "tts_R1_mean", "tts_R1_ci95_lo",
        "tts_R1_ci95_hi", "tts_R2_mean", "tts_R3_mean");
    List<Series> series = new ArrayList<>();
    for (double sl : TtsStudy.SERVICE_LEVELS) {
      double[] y = new double[GmStudy.DESIGNS.length];
      double[] err = new double[GmStudy.DESIGNS.length];
      for (int k = 0; k < GmStudy.DESIGNS.length; k++) {
        String d = GmStudy.DESIGNS[k];
        Stats st = Stats.of(cells.stream().filter(c -> c.design().equals(d)
            && c.serviceLevel() == sl).mapToDouble(TtsStudy.Cell::ttsPerWeek).toArray());
        y[k] = st.mean();
        err[k] = st.halfWidth();
        md.append(String.format(Locale.ROOT, "| %s | %s | %.3f (%.3f-%.3f) | %.3f | %.3f |%n", d,
            Fmt.pct(sl), st.mean(), st.lo(), st.hi(), 2 * st.mean(), 3 * st.mean()));
        sum.row(d, sl, round6(st.mean()), round6(st.lo()), round6(st.hi()),
            round6(2 * st.mean()), round6(3 * st.mean()));
      }
      series.add(new Series(Fmt.pct(sl) + " fill rate", null, y, err));
    }
    AtomicFiles.writeString(out.resolve("tts-summary.csv"), sum.toString());
    Charts.writeBar(new BarChartSpec("GM: time-to-survive with one week of inventory",
        "design", "TTS (weeks), R = 1", List.of(GmStudy.DESIGNS), series), out, "tts");
    md.append("\n![TTS by design](tts.png)\n\n");
  }

  private void flipping(Plan plan) throws IOException {
    UncertaintySpec[] variants = {plan.demand(), plan.demand().overriddenBy(
        new UncertaintySpec(null, null, null, null, null, null,
            org.stockade.uncertainty.CapacityLossKind.NONE, null, null, null))};
    String[] names = {"10% capacity loss", "no capacity loss"};
    Csv csv = new Csv("capacity", "K", "design", "cost", "high_share", "high_share_min",
        "high_share_max");
    md.append("## Flipping effect (Propositions 3-4)\n\n");
    md.append("Balanced 8x8 network, capacity = mu = 100, odd products high variability "
        + "(sigma = 0.5 mu), even low (0.25 mu); K-chains from dedicated (K = 1) to full (K = 8)."
        + " Share of optimal inventory on high-variability products, with its range over the "
        + "optimal face. Data: `flipping.csv`.\n\n");
    md.append("| capacity | design | cost | high share | range |\n|---|---|---|---|---|\n");
    List<Series> series = new ArrayList<>();
    for (int v = 0; v < variants.length; v++) {
      List<Flipping.Row> rows = Flipping.run(8, variants[v]);
      double[] x = new double[rows.size()];
      double[] y = new double[rows.size()];
      for (int q = 0; q < rows.size(); q++) {
        Flipping.Row r = rows.get(q);
        x[q] = r.k();
        y[q] = 100 * (r.shareMin() + r.shareMax()) / 2;
        csv.row(names[v], r.k(), r.design(), r.cost(), r.share(), r.shareMin(), r.shareMax());
        md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %s | %s-%s |%n", names[v],
            r.design(), r.cost(), Fmt.pct(r.share()), Fmt.pct(r.shareMin()),
            Fmt.pct(r.shareMax())));
      }
      series.add(new Series(names[v], x, y, null));
    }
    AtomicFiles.writeString(out.resolve("flipping.csv"), csv.toString());
    Charts.writeLine(new LineChartSpec("Flipping effect: share on high-variability products", "chain length K (1 = dedicated, 8 = full)", "% of inventory on high "
        + "variability (mid-range)", series), out, "flipping");
    md.append("\n![Flipping effect](flipping.png)\n\n");
  }
}
