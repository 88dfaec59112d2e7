package org.stockade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockade.calibration.CalibratedDemandSet;
import org.stockade.calibration.Calibration;
import org.stockade.calibration.CapacityCalibrator;
import org.stockade.calibration.CoverageCount;
import org.stockade.calibration.DemandEstimate;
import org.stockade.calibration.DemandHistory;
import org.stockade.calibration.OutageStats;

/**
 * The report of {@code stockade calibrate}: estimates, calibrated parameters beside their
 * normal-theory values, outage statistics and coverage in and out of sample; the price of
 * robustness ({@link FrontierReport}) when it was computed.
 *
 * @param outages null without an outage log
 * @param frontier null without {@code --frontier}
 * @param files files written (problem file, charts)
 */
public record CalibrationReport(DemandHistory history, String outageFile, int outageRows,
    OutageStats outages, Calibration.Result result, FrontierReport frontier, List<String> files) {
  public CalibrationReport {
    files = List.copyOf(files);
  }

  public String table() {
    StringBuilder sb = new StringBuilder();
    DemandHistory h = history;
    Calibration.Fit full = result.full();
    sb.append("Stockade calibrate: ").append(h.source()).append(": ").append(h.periods())
        .append(" periods (").append(h.label(0)).append(" .. ").append(h.label(h.periods() - 1))
        .append(", every ").append(h.axis().step()).append(' ').append(h.axis().unit())
        .append(h.axis().step() == 1 ? "" : "s").append("), ").append(h.productCount())
        .append(" products").append(h.hasForecasts() ? ", on forecast errors" : "").append('\n');
    sb.append("missing values: ").append(h.missingCells()).append(" (policy ")
        .append(h.policy().label()).append(h.affectedPeriods().isEmpty() ? ""
            : ", " + (h.policy().name().equals("DROP") ? "dropped" : "zero-filled") + " periods: "
            + shortList(h.affectedPeriods())).append(")\n");
    if (outageFile != null) {
      sb.append("outages: ").append(outageFile).append(": ").append(outageRows).append(" rows\n");
    }
    sb.append("target coverage ").append(num(result.options().coverage())).append(", estimator ")
        .append(result.options().estimator().label()).append(", constraints ")
        .append(result.options().parts().label()).append(" (")
        .append(result.options().parts().form().name().toLowerCase(Locale.ROOT))
        .append(" aggregate)\n\n");
    sb.append(estimates(full));
    sb.append('\n').append(demandSet(full.demand()));
    if (outages != null) {
      sb.append('\n').append(outageTable(full.capacity()));
    }
    sb.append('\n').append(coverage());
    for (String w : result.warnings()) {
      sb.append("warning: ").append(w).append('\n');
    }
    if (frontier != null) {
      sb.append('\n').append(frontier.table());
    }
    for (String f : files) {
      sb.append("wrote ").append(f).append('\n');
    }
    return sb.toString();
  }

  private String estimates(Calibration.Fit full) {
    DemandEstimate e = full.estimate();
    String what = history.hasForecasts() ? "forecast errors" : "demand";
    StringBuilder sb = new StringBuilder("Per-product estimates of " + what + " (all "
        + e.periods() + " periods); mu, sigma = the set's centre and spread\n");
    TextTable t = new TextTable("product", "mean", "sd", "median", "MAD sigma", "mu", "sigma",
        "alpha_j");
    double[] mean = e.mean();
    double[] sd = e.sd();
    double[] med = e.median();
    double[] mad = e.madSigma();
    double[] mu = full.mu();
    double[] sigma = full.sigma();
    double[] aj = full.demand().perProductAlpha();
    for (int j = 0; j < e.products(); j++) {
      t.row(history.products().get(j), Fmt.num(mean[j], 2), Fmt.num(sd[j], 2),
          Fmt.num(med[j], 2), Fmt.num(mad[j], 2), Fmt.num(mu[j], 2), Fmt.num(sigma[j], 2),
          Fmt.num(aj[j], 3));
    }
    sb.append(t.render());
    sb.append("alpha_j: the coverage quantile of |z_j| for product j alone.\n");
    double[][] rho = e.correlation();
    double sum = 0;
    int pairs = 0;
    for (int a = 0; a < rho.length; a++) {
      for (int b = a + 1; b < rho.length; b++) {
        sum += rho[a][b];
        pairs++;
      }
    }
    sb.append("correlation: max |rho| ").append(Fmt.num(e.maxAbsCorrelation(), 3))
        .append(", mean off-diagonal rho ").append(Fmt.num(pairs == 0 ? 0 : sum / pairs, 3))
        .append(" (matrix: --format json)\n");
    return sb.toString();
  }

  private static String demandSet(CalibratedDemandSet s) {
    CalibratedDemandSet.Reference r = s.reference();
    StringBuilder sb = new StringBuilder("Demand set (fit on all " + s.periods() + " periods;"
        + " joint scale s* = " + Fmt.num(s.scale(), 4) + " on the shape at level "
        + num(s.shapeLevel()) + (s.certified() ? "" : "; NOT certified: too few periods")
        + ")\n");
    TextTable t = new TextTable("parameter", "calibrated", "alone at q", "normal, independent",
        "normal, correlated");
    double[] shape = s.shape();
    t.row("alpha (box)", Fmt.num(s.alpha(), 4), Fmt.num(shape[0], 4),
        Fmt.num(r.alphaJoint(), 3), "-");
    t.row("beta (aggregate)", Fmt.num(s.beta(), 4), Fmt.num(shape[1], 4),
        Fmt.num(r.betaIndependent(), 3), Fmt.num(r.betaCorrelated(), 3));
    t.row("gamma (budget)", Fmt.num(s.gamma(), 4), Fmt.num(shape[2], 4),
        Fmt.num(r.gammaIndependent(), 3), "-");
    sb.append(t.render());
    sb.append("alone at q: each constraint's own coverage quantile (the shape); normal: the"
        + " value for normal demand (CLT), alpha for all N products at once (one product: "
        + Fmt.num(r.alphaPerProduct(), 3) + "), beta " + s.form().name().toLowerCase(Locale.ROOT)
        + ", independent or with the estimated correlation\n");
    return sb.toString();
  }

  private String outageTable(CapacityCalibrator.Budget b) {
    StringBuilder sb = new StringBuilder("Outages per plant (frequency = outages starting per"
        + " period; duration in periods)\n");
    TextTable t = new TextTable("plant", "outages", "per period", "mean duration",
        "mean fraction", "periods down", "capacity lost");
    for (OutageStats.PlantStats p : outages.plants()) {
      t.row(p.plant(), p.outages(), Fmt.num(p.perPeriod(), 4), Fmt.num(p.meanDuration(), 2),
          Fmt.num(p.meanFraction(), 3), Fmt.pct(p.downShare()), Fmt.pct(p.lostShare()));
    }
    sb.append(t.render());
    String unit = lossUnit(outages);
    sb.append("capacity lost per period (").append(unit).append("): outage in ")
        .append(Fmt.pct(outages.outagePeriodShare())).append(" of periods, mean ")
        .append(Fmt.num(outages.meanLoss(), 4)).append(", max ").append(Fmt.num(outages.maxLoss(),
            4)).append('\n');
    TextTable q = new TextTable("quantile", "all periods", "outage periods");
    for (int k = 0; k < outages.levels().length; k++) {
      q.row(num(outages.levels()[k]), Fmt.num(outages.lossQuantiles()[k], 4),
          Fmt.num(outages.outageLossQuantiles()[k], 4));
    }
    sb.append(q.render());
    sb.append("capacity-loss budget: ").append(b.kind().name().toLowerCase(Locale.ROOT))
        .append(" zeta = ").append(Fmt.num(b.budget(), 4)).append(" (covers the target share"
            + " of the ").append(b.outagePeriods()).append(" outage periods")
        .append(b.certified() ? "" : "; NOT certified: too few").append(")\n");
    return sb.toString();
  }

  private static String lossUnit(OutageStats s) {
    return switch (s.kind()) {
      case FRACTION -> "share of total capacity";
      case UNITS -> "capacity units";
      default -> "plants' worth";
    };
  }

  private String coverage() {
    StringBuilder sb = new StringBuilder("Coverage (share of periods inside the set, 95% Wilson"
        + " interval)\n");
    boolean cap = outages != null;
    TextTable t = cap ? new TextTable("evaluation", "periods", "demand", "capacity (outage"
        + " periods)", "capacity (all)", "joint") : new TextTable("evaluation", "periods",
        "demand");
    int n = result.periods();
    row(t, "in sample (fit on all)", result.inSample(), cap);
    row(t, "held out (fit on first " + result.trainPeriods() + ")", result.outOfSample(), cap);
    Calibration.Rolling r = result.rolling();
    row(t, "rolling origin (" + r.origins() + " origins, window " + r.window() + "+, step "
        + r.horizon() + ")", r.coverage(), cap);
    sb.append(t.render());
    sb.append("target ").append(Fmt.pct(result.options().coverage())).append(" of ").append(n)
        .append(" periods; held out = periods after the first ").append(result.trainPeriods())
        .append(" (time-ordered split)\n");
    return sb.toString();
  }

  private static void row(TextTable t, String name, Calibration.Coverage c, boolean cap) {
    if (cap) {
      t.row(name, c.demand().total(), cell(c.demand()), cell(c.capacityOutage()),
          cell(c.capacityAll()), cell(c.joint()));
    } else {
      t.row(name, c.demand().total(), cell(c.demand()));
    }
  }

  static String cell(CoverageCount c) {
    if (c == null || c.total() == 0) {
      return "-";
    }
    double[] ci = c.interval();
    return String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * c.share(), 100 * ci[0],
        100 * ci[1]);
  }

  static String num(double v) {
    return Fmt.num(v, 4);
  }

  private static String shortList(List<String> l) {
    return l.size() <= 6 ? String.join(", ", l) : String.join(", ", l.subList(0, 6)) + ", ... ("
        + l.size() + ")";
  }

  /** Per-product estimates, or the frontier when computed. */
  public String csv() {
    if (frontier != null) {
      return frontier.csv();
    }
    Csv csv = new Csv("product", "mean", "sd", "median", "mad_sigma", "mu", "sigma", "alpha_j");
    Calibration.Fit f = result.full();
    DemandEstimate e = f.estimate();
    for (int j = 0; j < e.products(); j++) {
      csv.row(history.products().get(j), e.mean()[j], e.sd()[j], e.median()[j],
          e.madSigma()[j], f.mu()[j], f.sigma()[j], f.demand().perProductAlpha()[j]);
    }
    return csv.toString();
  }

  public String json() {
    Map<String, Object> tree = new LinkedHashMap<>();
    DemandHistory h = history;
    Map<String, Object> hist = new LinkedHashMap<>();
    hist.put("file", h.source());
    hist.put("periods", h.periods());
    hist.put("first", h.label(0));
    hist.put("last", h.label(h.periods() - 1));
    hist.put("period_length", h.axis().step());
    hist.put("period_unit", h.axis().unit());
    hist.put("products", h.products());
    hist.put("forecast_errors", h.hasForecasts());
    hist.put("missing_policy", h.policy().label());
    hist.put("missing_values", h.missingCells());
    hist.put("affected_periods", h.affectedPeriods());
    tree.put("history", hist);
    Map<String, Object> opts = new LinkedHashMap<>();
    opts.put("coverage", result.options().coverage());
    opts.put("estimator", result.options().estimator().label());
    opts.put("constraints", result.options().parts().label());
    opts.put("aggregate", result.options().parts().form().name().toLowerCase(Locale.ROOT));
    opts.put("capacity_form", result.options().capacityForm().name().toLowerCase(Locale.ROOT));
    opts.put("train_share", result.options().trainShare());
    tree.put("options", opts);
    Calibration.Fit f = result.full();
    tree.put("fit", fit(f, h.products()));
    tree.put("correlation", f.estimate().correlation());
    if (outages != null) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("file", outageFile);
      o.put("rows", outageRows);
      List<Object> plants = new ArrayList<>();
      for (OutageStats.PlantStats p : outages.plants()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plant", p.plant());
        m.put("outages", p.outages());
        m.put("per_period", p.perPeriod());
        m.put("mean_duration", p.meanDuration());
        m.put("mean_fraction", p.meanFraction());
        m.put("down_share", p.downShare());
        m.put("lost_share", p.lostShare());
        plants.add(m);
      }
      o.put("plants", plants);
      o.put("loss_unit", outages.kind().name().toLowerCase(Locale.ROOT));
      o.put("outage_period_share", outages.outagePeriodShare());
      o.put("mean_loss", outages.meanLoss());
      o.put("max_loss", outages.maxLoss());
      Map<String, Object> q = new LinkedHashMap<>();
      Map<String, Object> qo = new LinkedHashMap<>();
      for (int k = 0; k < outages.levels().length; k++) {
        q.put(String.valueOf(outages.levels()[k]), outages.lossQuantiles()[k]);
        qo.put(String.valueOf(outages.levels()[k]), Json.finite(outages.outageLossQuantiles()[k]));
      }
      o.put("loss_quantiles", q);
      o.put("outage_loss_quantiles", qo);
      tree.put("outages", o);
    }
    Map<String, Object> cov = new LinkedHashMap<>();
    cov.put("in_sample", coverageJson(result.inSample()));
    Map<String, Object> split = coverageJson(result.outOfSample());
    split.put("train_periods", result.trainPeriods());
    cov.put("held_out", split);
    Map<String, Object> roll = coverageJson(result.rolling().coverage());
    roll.put("origins", result.rolling().origins());
    roll.put("first_window", result.rolling().window());
    roll.put("step", result.rolling().horizon());
    cov.put("rolling_origin", roll);
    tree.put("coverage", cov);
    tree.put("warnings", result.warnings());
    if (frontier != null) {
      tree.put("frontier", frontier.jsonTree());
    }
    tree.put("files", files);
    return Json.pretty(tree);
  }

  static Map<String, Object> fit(Calibration.Fit f, List<String> products) {
    Map<String, Object> m = new LinkedHashMap<>();
    CalibratedDemandSet s = f.demand();
    m.put("alpha", Json.finite(s.alpha()));
    m.put("beta", Json.finite(s.beta()));
    m.put("gamma", Json.finite(s.gamma()));
    m.put("aggregate", s.form().name().toLowerCase(Locale.ROOT));
    m.put("joint_scale", s.scale());
    m.put("shape", List.of(Json.finite(s.shape()[0]), Json.finite(s.shape()[1]),
        Json.finite(s.shape()[2])));
    m.put("certified", s.certified());
    m.put("periods", s.periods());
    CalibratedDemandSet.Reference r = s.reference();
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("alpha_per_product_normal", r.alphaPerProduct());
    ref.put("alpha_joint_independent_normal", r.alphaJoint());
    ref.put("beta_empirical_alone", r.betaEmpirical());
    ref.put("beta_clt_independent", r.betaIndependent());
    ref.put("beta_clt_correlated", r.betaCorrelated());
    ref.put("gamma_clt_independent", r.gammaIndependent());
    m.put("reference", ref);
    if (f.capacity() != null) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("loss", f.capacity().kind().name().toLowerCase(Locale.ROOT));
      c.put("zeta", f.capacity().budget());
      c.put("outage_periods", f.capacity().outagePeriods());
      c.put("certified", f.capacity().certified());
      m.put("capacity", c);
    }
    List<Object> ps = new ArrayList<>();
    DemandEstimate e = f.estimate();
    for (int j = 0; j < products.size(); j++) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("product", products.get(j));
      p.put("mean", e.mean()[j]);
      p.put("sd", e.sd()[j]);
      p.put("median", e.median()[j]);
      p.put("mad_sigma", e.madSigma()[j]);
      p.put("mu", f.mu()[j]);
      p.put("sigma", f.sigma()[j]);
      p.put("alpha_j", s.perProductAlpha()[j]);
      ps.add(p);
    }
    m.put("products", ps);
    return m;
  }

  static Map<String, Object> coverageJson(Calibration.Coverage c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("demand", count(c.demand()));
    if (c.capacityOutage() != null) {
      m.put("capacity_outage_periods", count(c.capacityOutage()));
      m.put("capacity_all_periods", count(c.capacityAll()));
    }
    m.put("joint", count(c.joint()));
    return m;
  }

  static Map<String, Object> count(CoverageCount c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("covered", c.covered());
    m.put("periods", c.total());
    m.put("share", Json.finite(c.share()));
    double[] ci = c.interval();
    m.put("ci95", List.of(ci[0], ci[1]));
    return m;
  }
}
