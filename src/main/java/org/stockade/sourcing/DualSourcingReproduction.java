package org.stockade.sourcing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stockade.io.AtomicFiles;
import org.stockade.report.Csv;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The published check of review section 2: Gijsbrechts, Boute, Van Mieghem & Zhang (MSOM 2022,
 * Fig. 9) optimality gaps of the best single index, dual index, tailored base-surge and capped
 * dual index policies against the DP optimum, demand U{0..4}, le = 0, cr = 100, h = 5, b = 495.
 */
public final class DualSourcingReproduction {
  /** Published gaps in percent: rows (lr, ce) = (2,105), (2,110), (3,105), (3,110), (4,105),
   * (4,110); columns SI, DI, TBS, CDI. */
  public static final double[][] PUBLISHED = {
      {0.56, 0.11, 0.06, 0.00}, {1.03, 0.18, 0.99, 0.03}, {0.98, 0.27, 0.01, 0.00},
      {2.11, 0.36, 0.71, 0.06}, {1.43, 0.36, 0.00, 0.00}, {2.44, 0.49, 0.58, 0.11}};

  /** One instance: its analysis and the published gaps. */
  public record Row(int lr, double ce, SourcingAnalysis analysis, double[] published,
      double seconds) {
    public Row {
      published = published.clone();
    }

    @Override
    public double[] published() {
      return published.clone();
    }
  }

  private DualSourcingReproduction() {}

  /** Runs the six instances (with the DP truncation check). */
  public static List<Row> run() {
    List<Row> rows = new ArrayList<>();
    int i = 0;
    for (int lr = 2; lr <= 4; lr++) {
      for (double ce : new double[] {105, 110}) {
        long t0 = System.nanoTime();
        SourcingAnalysis a = SourcingAnalysis.run(DualSourcingProblem.gijsbrechts(lr, ce),
            SimulationOptions.defaults(), true);
        rows.add(new Row(lr, ce, a, PUBLISHED[i++], (System.nanoTime() - t0) / 1e9));
      }
    }
    return rows;
  }

  /** CSV: one line per instance and family. */
  public static String csv(List<Row> rows) {
    Csv csv = new Csv("lr", "ce", "dp_optimum", "dp_optimum_enlarged_box", "family",
        "parameters", "cost", "gap_percent", "published_gap_percent", "difference_pp");
    for (Row r : rows) {
      SourcingAnalysis a = r.analysis();
      for (int k = 0; k < a.families().size(); k++) {
        FamilyResult f = a.families().get(k);
        double gap = a.gapPercent(f);
        csv.row(r.lr(), r.ce(), a.dp().gain(), a.dpEnlarged().gain(), f.family().code(),
            f.policy().describe(), f.cost(), gap, r.published()[k], gap - r.published()[k]);
      }
    }
    return csv.toString();
  }

  /** Writes {@code dual-sourcing.csv} into {@code dir}. */
  public static Path write(List<Row> rows, Path dir) {
    try {
      Files.createDirectories(dir);
      Path f = dir.resolve("dual-sourcing.csv");
      AtomicFiles.writeString(f, csv(rows));
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Largest |ours - published| over all gaps, in percentage points. */
  public static double maxDifference(List<Row> rows) {
    double m = 0;
    for (Row r : rows) {
      for (int k = 0; k < r.analysis().families().size(); k++) {
        m = Math.max(m, Math.abs(r.analysis().gapPercent(r.analysis().families().get(k))
            - r.published()[k]));
      }
    }
    return m;
  }
}
