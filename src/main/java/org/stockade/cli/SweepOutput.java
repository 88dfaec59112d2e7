package org.stockade.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockade.report.Fmt;
import org.stockade.report.Json;
import org.stockade.report.TextTable;
import org.stockade.sim.MonteCarloSweep;
import org.stockade.sweep.Column;
import org.stockade.sweep.SweepResult;
import org.stockade.sweep.SweepRow;

/** Table, JSON and CSV of a {@link SweepResult}. */
final class SweepOutput {
  private SweepOutput() {}

  static String render(SweepResult res, String fmt, int top) {
    return switch (fmt) {
      case "csv" -> res.csv();
      case "json" -> Json.pretty(json(res));
      default -> table(res, top);
    };
  }

  static Map<String, Object> json(SweepResult res) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", res.kind());
    m.put("engine", res.engine());
    m.put("seconds", res.seconds());
    m.put("tasks", res.rows().size());
    m.put("failed", res.failures().size());
    if (res.kind().equals("monte-carlo")) {
      m.put("summary", summary(MonteCarloSweep.summary(res)));
    }
    List<Object> rows = new ArrayList<>();
    for (SweepRow r : res.rows()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", r.id());
      row.put("seed", r.seed());
      row.put("ok", r.ok());
      if (!r.ok()) {
        row.put("error", r.error());
      }
      for (int k = 0; k < res.columns().size() && r.ok(); k++) {
        Object v = r.value(k);
        row.put(res.columns().get(k).name(), v instanceof Double d ? Json.finite(d) : v);
      }
      rows.add(row);
    }
    m.put("rows", rows);
    m.put("files", res.files());
    return m;
  }

  private static Map<String, Object> summary(MonteCarloSweep.Summary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scenarios", s.scenarios());
    m.put("mean_lost_sales", Json.finite(s.meanLostSales()));
    m.put("mean_lost_sales_half_width_95", Json.finite(s.lostSalesHalfWidth()));
    m.put("fill_rate", Json.finite(s.fillRate()));
    m.put("probability_of_loss", Json.finite(s.probabilityOfLoss()));
    m.put("max_lost_sales", Json.finite(s.maxLostSales()));
    m.put("failed_blocks", s.failedBlocks());
    return m;
  }

  static String table(SweepResult res, int top) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "sweep %s on %s: %d tasks, %d failed, %.2f s%n",
        res.kind(), res.engine(), res.rows().size(), res.failures().size(), res.seconds()));
    if (res.kind().equals("monte-carlo")) {
      MonteCarloSweep.Summary s = MonteCarloSweep.summary(res);
      b.append(String.format(Locale.ROOT, "%d scenarios: mean lost sales %s +- %s (95%%),"
          + " fill rate %s, P(loss) %s, max lost sales %s%n", s.scenarios(),
          Fmt.num(s.meanLostSales(), 4), Fmt.num(s.lostSalesHalfWidth(), 3),
          Fmt.num(s.fillRate(), 6), Fmt.num(s.probabilityOfLoss(), 4),
          Fmt.num(s.maxLostSales(), 4)));
    }
    List<String> header = new ArrayList<>(List.of("id", "seed"));
    for (Column c : res.columns()) {
      header.add(c.name());
    }
    TextTable t = new TextTable(header.toArray(String[]::new));
    int shown = 0;
    for (SweepRow r : res.rows()) {
      if (!r.ok() || shown >= top) {
        continue;
      }
      shown++;
      List<Object> cells = new ArrayList<>(List.of(String.valueOf(r.id()),
          String.valueOf(r.seed())));
      for (int k = 0; k < res.columns().size(); k++) {
        Object v = r.value(k);
        cells.add(v == null ? "" : v instanceof Double d ? Fmt.num(d, 4) : String.valueOf(v));
      }
      t.row(cells.toArray());
    }
    if (shown > 0) {
      b.append(t.render());
    }
    if (shown < res.rows().size() - res.failures().size()) {
      b.append("(first ").append(shown).append(" of ")
          .append(res.rows().size() - res.failures().size())
          .append(" rows; --top N, --format csv or --out for all)\n");
    }
    for (SweepRow r : res.failures()) {
      b.append("failed task ").append(r.id()).append(" (seed ").append(r.seed()).append("): ")
          .append(r.error()).append('\n');
    }
    return b.toString();
  }
}
