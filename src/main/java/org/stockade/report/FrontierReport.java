package org.stockade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockade.calibration.Backtest;
import org.stockade.calibration.Frontier;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * The price-of-robustness part of the {@code calibrate} report: per coverage target the SG cost,
 * allocation, held-out coverage and backtest; then robust vs SAA vs heuristics replayed on the
 * same held-out periods.
 */
public record FrontierReport(Frontier.Outcome outcome, List<String> products,
    String trainRange, String testRange) {
  public FrontierReport {
    products = List.copyOf(products);
  }

  public String table() {
    Frontier.Outcome o = outcome;
    StringBuilder sb = new StringBuilder("Price of robustness: sets fit on periods " + trainRange
        + " (" + o.trainPeriods() + "), allocations held through periods " + testRange + " ("
        + o.testPeriods() + "), lost sales by max-flow per period\n");
    TextTable t = new TextTable("target", "alpha", "beta", "gamma", "zeta", "SG cost",
        "status", "held-out joint cov.", "fill rate", "lost sales", "loss periods",
        "worst period");
    for (Frontier.Point p : o.points()) {
      UncertaintySpec s = p.spec();
      Backtest b = p.backtest();
      t.row(Fmt.num(p.target(), 3), Fmt.num(s.alpha(), 3), Fmt.num(s.beta(), 3),
          Fmt.num(s.gamma(), 3), s.zeta() == null ? "-" : Fmt.num(s.zeta(), 4),
          p.result().hasSolution() ? Fmt.num(p.result().cost(), 1) : "-",
          p.result().status().name(), CalibrationReport.cell(p.heldOut().joint()),
          b == null ? "-" : pct3(b.fillRate()), b == null ? "-" : Fmt.num(b.totalLost(), 1),
          b == null ? "-" : Fmt.pct(b.lossPeriodShare()),
          b == null ? "-" : Fmt.num(b.worstLost(), 1));
    }
    sb.append(t.render());
    if (o.saa() == null) {
      sb.append("\nno backtest comparison: the robust solve at the main target found no"
          + " allocation\n");
      return sb.toString();
    }
    sb.append("\nBacktest on the held-out periods (same demand and outages for every row;"
        + " SAA trained on the fitting periods, target fill rate "
        + String.format(Locale.ROOT, "%.4f", o.saaTarget()) + ", status " + o.saa().status()
        + ")\n");
    TextTable b = new TextTable("strategy", "total inv.", "cost", "fill rate", "lost sales",
        "loss periods", "worst period");
    for (Frontier.Strategy s : o.strategies()) {
      Backtest r = s.backtest();
      b.row(s.name(), Fmt.num(s.total(), 1), Fmt.num(s.cost(), 1), pct3(r.fillRate()),
          Fmt.num(r.totalLost(), 1), Fmt.pct(r.lossPeriodShare()), Fmt.num(r.worstLost(), 1));
    }
    sb.append(b.render());
    sb.append("\nAllocation per coverage target (robust SG)\n");
    String[] head = new String[o.points().size() + 1];
    head[0] = "product";
    for (int k = 0; k < o.points().size(); k++) {
      head[k + 1] = "q=" + Fmt.num(o.points().get(k).target(), 3);
    }
    TextTable a = new TextTable(head);
    for (int j = 0; j < products.size(); j++) {
      Object[] row = new Object[head.length];
      row[0] = products.get(j);
      for (int k = 0; k < o.points().size(); k++) {
        Frontier.Point p = o.points().get(k);
        row[k + 1] = p.result().hasSolution() ? Fmt.num(p.result().inventory()[j], 1) : "-";
      }
      a.row(row);
    }
    sb.append(a.render());
    return sb.toString();
  }

  private static String pct3(double v) {
    return String.format(Locale.ROOT, "%.3f%%", 100 * v);
  }

  /** Robust points then the compared strategies, one row each. */
  public String csv() {
    Csv csv = new Csv("kind", "name", "target", "alpha", "beta", "gamma", "zeta", "status",
        "cost", "total_inventory", "held_out_joint_coverage", "fill_rate", "lost_sales",
        "loss_period_share", "worst_period_lost");
    for (Frontier.Point p : outcome.points()) {
      UncertaintySpec s = p.spec();
      Backtest b = p.backtest();
      boolean ok = p.result().hasSolution();
      csv.row("robust", "robust SG", p.target(), s.alpha(), s.beta(), s.gamma(), s.zeta(),
          p.result().status().name(), ok ? p.result().cost() : null,
          ok ? sum(p.result().inventory()) : null, p.heldOut().joint().share(),
          b == null ? null : b.fillRate(), b == null ? null : b.totalLost(),
          b == null ? null : b.lossPeriodShare(), b == null ? null : b.worstLost());
    }
    for (Frontier.Strategy st : outcome.strategies()) {
      Backtest b = st.backtest();
      csv.row("backtest", st.name(), null, null, null, null, null, null, st.cost(), st.total(),
          null, b.fillRate(), b.totalLost(), b.lossPeriodShare(), b.worstLost());
    }
    return csv.toString();
  }

  public Map<String, Object> jsonTree() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("train_periods", outcome.trainPeriods());
    m.put("test_periods", outcome.testPeriods());
    m.put("train_range", trainRange);
    m.put("test_range", testRange);
    List<Object> pts = new ArrayList<>();
    for (Frontier.Point p : outcome.points()) {
      Map<String, Object> x = new LinkedHashMap<>();
      UncertaintySpec s = p.spec();
      x.put("target", p.target());
      x.put("alpha", Json.finite(s.alpha()));
      x.put("beta", Json.finite(s.beta()));
      x.put("gamma", Json.finite(s.gamma()));
      x.put("capacity_loss", s.capacityLoss() == null ? null
          : s.capacityLoss().name().toLowerCase(Locale.ROOT));
      x.put("zeta", s.zeta());
      x.put("status", p.result().status().name());
      if (p.result().hasSolution()) {
        x.put("cost", p.result().cost());
        x.put("inventory", Json.byId(p.result().inventory(), products::get));
      }
      x.put("held_out_coverage", CalibrationReport.coverageJson(p.heldOut()));
      if (p.backtest() != null) {
        x.put("backtest", backtest(p.backtest()));
      }
      pts.add(x);
    }
    m.put("points", pts);
    List<Object> st = new ArrayList<>();
    for (Frontier.Strategy s : outcome.strategies()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("strategy", s.name());
      x.put("cost", s.cost());
      x.put("total_inventory", s.total());
      x.put("inventory", Json.byId(s.inventory(), products::get));
      x.put("backtest", backtest(s.backtest()));
      st.add(x);
    }
    if (outcome.saa() != null) {
      Map<String, Object> saa = new LinkedHashMap<>();
      saa.put("fill_rate_target", outcome.saaTarget());
      saa.put("status", outcome.saa().status().name());
      m.put("saa", saa);
    }
    m.put("backtest", st);
    return m;
  }

  private static Map<String, Object> backtest(Backtest b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("periods", b.periods());
    m.put("fill_rate", b.fillRate());
    m.put("lost_sales", b.totalLost());
    m.put("demand", b.totalDemand());
    m.put("loss_period_share", b.lossPeriodShare());
    m.put("worst_period_lost", b.worstLost());
    m.put("lost_per_period", b.lost());
    return m;
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }
}
