package org.stockade.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stockade.report.Fmt;
import org.stockade.report.chart.BarChartSpec;
import org.stockade.report.chart.Series;

/** Aggregates of the GM study per capacity variant and design (Tables 1–4). */
final class GmSummary {
  record Row(String capacity, String design, double arcs, Stats cost, double ratioToFull,
      Stats share, double shareMin, double shareMax) {}

  static final String[] CAPACITY = {"uncertain", "deterministic"};
  private final List<Row> rows;

  private GmSummary(List<Row> rows) {
    this.rows = rows;
  }

  static GmSummary of(List<GmStudy.Cell> cells) {
    List<Row> rows = new ArrayList<>();
    for (String cap : CAPACITY) {
      double fullMean = mean(cells, cap, "full");
      for (String d : GmStudy.DESIGNS) {
        List<GmStudy.Cell> cs = cells.stream()
            .filter(c -> c.capacity().equals(cap) && c.design().equals(d)).toList();
        rows.add(new Row(cap, d, cs.stream().mapToInt(GmStudy.Cell::arcs).average().orElse(0),
            Stats.of(cs.stream().mapToDouble(GmStudy.Cell::cost).toArray()),
            Stats.of(cs.stream().mapToDouble(GmStudy.Cell::cost).toArray()).mean() / fullMean,
            Stats.of(cs.stream().mapToDouble(GmStudy.Cell::highShare).toArray()),
            cs.stream().mapToDouble(GmStudy.Cell::highShareMin).average().orElse(Double.NaN),
            cs.stream().mapToDouble(GmStudy.Cell::highShareMax).average().orElse(Double.NaN)));
      }
    }
    return new GmSummary(rows);
  }

  private static double mean(List<GmStudy.Cell> cells, String cap, String design) {
    return cells.stream().filter(c -> c.capacity().equals(cap) && c.design().equals(design))
        .mapToDouble(GmStudy.Cell::cost).average().orElse(Double.NaN);
  }

  List<Row> rows() {
    return rows;
  }

  String csv() {
    org.stockade.report.Csv csv = new org.stockade.report.Csv("capacity", "design", "arcs_mean",
        "cost_mean", "cost_ci95_lo", "cost_ci95_hi", "ratio_to_full", "high_share_mean",
        "high_share_ci95_lo", "high_share_ci95_hi", "high_share_face_min_mean",
        "high_share_face_max_mean");
    for (Row r : rows) {
      csv.row(r.capacity(), r.design(), Fmt.num(r.arcs(), 2),
          Fmt.num(r.cost().mean(), 4), Fmt.num(r.cost().lo(), 4), Fmt.num(r.cost().hi(), 4),
          Fmt.num(r.ratioToFull(), 4), Fmt.num(r.share().mean(), 4), Fmt.num(r.share().lo(), 4),
          Fmt.num(r.share().hi(), 4), Fmt.num(r.shareMin(), 4), Fmt.num(r.shareMax(), 4));
    }
    return csv.toString();
  }

  String markdown() {
    StringBuilder sb = new StringBuilder();
    String[] titles = {"Tables 1 and 3: uncertain capacity (10% loss budget)",
        "Tables 2 and 4: deterministic capacity (90%)"};
    for (int c = 0; c < CAPACITY.length; c++) {
      sb.append("### ").append(titles[c]).append("\n\n");
      sb.append("| design | arcs | mean cost (95% CI) | ratio to full | high-variability share "
          + "(95% CI) | share range over optimal face |\n|---|---|---|---|---|---|\n");
      for (Row r : rows) {
        if (!r.capacity().equals(CAPACITY[c])) {
          continue;
        }
        sb.append(String.format(Locale.ROOT, "| %s | %s | %.1f (%.1f-%.1f) | %.1f%% | %s (%s-%s)"
            + " | %s-%s |%n", r.design(), Fmt.num(r.arcs(), 1), r.cost().mean(), r.cost().lo(),
            r.cost().hi(), 100 * r.ratioToFull(), Fmt.pct(r.share().mean()),
            Fmt.pct(r.share().lo()), Fmt.pct(r.share().hi()), Fmt.pct(r.shareMin()),
            Fmt.pct(r.shareMax())));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  BarChartSpec costChart() {
    List<Series> series = new ArrayList<>();
    for (String cap : CAPACITY) {
      List<Row> rs = rows.stream().filter(r -> r.capacity().equals(cap)).toList();
      series.add(new Series(cap + " capacity", new double[rs.size()],
          rs.stream().mapToDouble(r -> r.cost().mean()).toArray(),
          rs.stream().mapToDouble(r -> r.cost().halfWidth()).toArray()));
    }
    return new BarChartSpec("GM: mean optimal inventory cost by design (95% CI)", "design",
        "inventory cost", List.of(GmStudy.DESIGNS), series);
  }

  BarChartSpec shareChart() {
    List<Series> series = new ArrayList<>();
    for (String cap : CAPACITY) {
      List<Row> rs = rows.stream().filter(r -> r.capacity().equals(cap)).toList();
      series.add(new Series(cap + " capacity", new double[rs.size()],
          rs.stream().mapToDouble(r -> 100 * r.share().mean()).toArray(),
          rs.stream().mapToDouble(r -> 100 * r.share().halfWidth()).toArray()));
    }
    return new BarChartSpec("GM: % of inventory on high-variability products (95% CI)", "design",
        "% of inventory", List.of(GmStudy.DESIGNS), series);
  }
}
