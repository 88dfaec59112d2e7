package org.stockade.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.stockade.experiments.SaaStudy;
import org.stockade.report.TextTable;

/** {@code stockade reproduce saa}: paper Table 5 (SAA, 1000 samples, p = 0.1, 95% fill rate). */
final class SaaReproduction {
  static final int SAMPLES = 1000;
  static final double P = 0.1;
  static final double FILL_RATE = 0.95;

  private SaaReproduction() {}

  static int run(ReproduceCommand c, Path dir, int threads) {
    SaaStudy.Settings s = new SaaStudy.Settings(c.instances, c.seed, SAMPLES, P, FILL_RATE,
        threads);
    String cmd = "./stockade reproduce saa --out " + c.out + " --instances " + c.instances
        + " --seed " + c.seed;
    long t0 = System.nanoTime();
    var progress = c.progress();
    IntConsumer step = progress.start("SAA Table 5", SaaStudy.jobCount(s));
    List<SaaStudy.Cell> cells;
    try {
      cells = SaaStudy.run(s, step);
    } finally {
      progress.finish();
    }
    Path report = SaaStudy.write(dir, s, cells, cmd);
    double secs = (System.nanoTime() - t0) / 1e9;
    var o = c.spec.commandLine().getOut();
    if (c.format.equalsIgnoreCase("table")) {
      TextTable t = new TextTable("design", "arcs", "total inventory", "weeks", "% high-var.",
          "mean ms");
      for (SaaStudy.Summary x : SaaStudy.summarize(cells)) {
        t.row(x.design(), String.format(Locale.ROOT, "%.1f", x.arcs()),
            String.format(Locale.ROOT, "%.1f ± %.1f", x.total().mean(), x.total().halfWidth()),
            String.format(Locale.ROOT, "%.3f", x.total().mean() / 2060.0),
            String.format(Locale.ROOT, "%.1f%% ± %.1f", 100 * x.highShare().mean(),
                100 * x.highShare().halfWidth()),
            String.format(Locale.ROOT, "%.0f", x.millis().mean()));
      }
      o.print(t.render());
      o.printf(Locale.ROOT, "wrote %s and its CSV/PNG/SVG files in %.1f s%n", report, secs);
    } else if (c.format.equalsIgnoreCase("csv")) {
      o.println("file");
      for (String f : List.of("saa-report.md", "saa-table5.csv", "saa-table5-instances.csv",
          "saa-table5-total.png", "saa-table5-total.svg", "saa-table5-share.png",
          "saa-table5-share.svg")) {
        o.println(dir.resolve(f));
      }
    } else {
      o.println(org.stockade.report.Json.compact(
          java.util.Map.of("report", report.toString(), "seconds", secs)));
    }
    o.flush();
    return 0;
  }
}
