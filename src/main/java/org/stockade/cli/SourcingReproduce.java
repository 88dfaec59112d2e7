package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockade.report.Fmt;
import org.stockade.report.TextTable;
import org.stockade.sourcing.DualSourcingReproduction;
import org.stockade.sourcing.FamilyResult;
import org.stockade.sourcing.SourcingAnalysis;

/** {@code stockade reproduce dual-sourcing}: the Gijsbrechts et al. (2022) Fig. 9 gaps. */
final class SourcingReproduce {
  private SourcingReproduce() {}

  static int run(Path out, String format, PrintWriter o) {
    long t0 = System.nanoTime();
    List<DualSourcingReproduction.Row> rows = DualSourcingReproduction.run();
    double secs = (System.nanoTime() - t0) / 1e9;
    Path csv = DualSourcingReproduction.write(rows, out);
    String fmt = format.toLowerCase(Locale.ROOT);
    if (fmt.equals("csv")) {
      o.print(DualSourcingReproduction.csv(rows));
    } else if (fmt.equals("json")) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (DualSourcingReproduction.Row r : rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lr", r.lr());
        m.put("ce", r.ce());
        m.put("dp_optimum", r.analysis().optimum());
        m.put("dp_optimum_enlarged_box", r.analysis().dpEnlarged().gain());
        Map<String, Object> gaps = new LinkedHashMap<>();
        for (int k = 0; k < r.analysis().families().size(); k++) {
          FamilyResult f = r.analysis().families().get(k);
          gaps.put(f.family().code(), Map.of("gap_percent", r.analysis().gapPercent(f),
              "published", r.published()[k], "cost", f.cost(), "policy",
              f.policy().describe()));
        }
        m.put("families", gaps);
        list.add(m);
      }
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("instances", list);
      tree.put("max_difference_pp", DualSourcingReproduction.maxDifference(rows));
      tree.put("seconds", secs);
      tree.put("csv", csv.toString());
      o.print(SourcingCommand.json(tree));
    } else {
      o.println("Dual sourcing, Gijsbrechts, Boute, Van Mieghem & Zhang (MSOM 2022) Fig. 9:");
      o.println("demand U{0..4}, le 0, cr 100, h 5, b 495; optimality gap % of the best policy"
          + " of each family, ours (published)");
      o.println();
      TextTable t = new TextTable("lr", "ce", "DP optimum", "SI", "DI", "TBS", "CDI",
          "DP iters", "box check");
      for (DualSourcingReproduction.Row r : rows) {
        SourcingAnalysis a = r.analysis();
        Object[] cells = new Object[9];
        cells[0] = r.lr();
        cells[1] = Fmt.num(r.ce(), 0);
        cells[2] = String.format(Locale.ROOT, "%.4f", a.optimum());
        for (int k = 0; k < 4; k++) {
          cells[3 + k] = String.format(Locale.ROOT, "%.3f (%.2f)",
              a.gapPercent(a.families().get(k)), r.published()[k]);
        }
        cells[7] = a.dp().iterations();
        cells[8] = a.truncationBinds() ? "BINDS" : "ok";
        t.row(cells);
      }
      o.print(t.render());
      o.println();
      TextTable b = new TextTable("lr", "ce", "SI", "DI", "TBS", "CDI");
      for (DualSourcingReproduction.Row r : rows) {
        List<FamilyResult> f = r.analysis().families();
        b.row(r.lr(), Fmt.num(r.ce(), 0), f.get(0).policy().describe(),
            f.get(1).policy().describe(), f.get(2).policy().describe(),
            f.get(3).policy().describe());
      }
      o.print("best parameters:\n" + b.render());
      o.printf(Locale.ROOT, "%nlargest |ours - published| %.4f percentage points; %.1f s; "
          + "wrote %s%n", DualSourcingReproduction.maxDifference(rows), secs, csv);
    }
    o.flush();
    return 0;
  }
}
