package org.stockade.experiments;

import java.util.ArrayList;
import java.util.List;
import org.stockade.design.Designs;
import org.stockade.model.Arc;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;
import org.stockade.report.Variability;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * The flipping effect (Simchi-Levi, Wang & Wei 2018, Propositions 3–4): on a balanced network
 * whose products alternate high ({@code sigma = 0.5 mu}) and low ({@code 0.25 mu}) variability,
 * the share of optimal inventory on high-variability products under K-chains from dedicated
 * (K = 1) to full flexibility (K = N). Optimal allocations need not be unique, so the whole range
 * of the share over the optimal face is reported.
 */
public final class Flipping {
  /** Share of inventory on high-variability products for one design. */
  public record Row(int k, String design, double cost, double share, double shareMin,
      double shareMax) {}

  private Flipping() {}

  public static Network network(int n, double capacity, double mu) {
    List<Plant> plants = new ArrayList<>();
    List<Product> products = new ArrayList<>();
    List<Arc> arcs = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      boolean high = i % 2 == 1;
      plants.add(new Plant("P" + i, capacity));
      products.add(new Product("V" + i, mu, (high ? 0.5 : 0.25) * mu, 1, high ? "high" : "low"));
      arcs.add(new Arc("P" + i, "V" + i));
    }
    return new Network("alternating " + n + "x" + n, plants, products, arcs);
  }

  public static List<Row> run(int n, UncertaintySpec settings) {
    Network base = network(n, 100, 100);
    ConstraintGenerationSolver cg = new ConstraintGenerationSolver();
    SgOptions opt = SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION);
    List<Row> rows = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      Network d = base.withArcs(k + "-chain", Designs.kChain(base, k));
      SgProblem p = new SgProblem(d, settings.build(d), 0);
      SgResult r = cg.solve(p, opt);
      double total = java.util.Arrays.stream(r.inventory()).sum();
      boolean[] high = Variability.highVariability(d);
      double[] w = new double[n];
      for (int j = 0; j < n; j++) {
        w[j] = high[j] ? 1 : 0;
      }
      double[] range = total > 0 ? cg.rangeOverOptimalFace(p, opt, w, r.cost())
          : new double[] {Double.NaN, Double.NaN};
      rows.add(new Row(k, Figure2.label(k, n), r.cost(), Variability.highShare(d, r.inventory()),
          range[0] / total, range[1] / total));
    }
    return rows;
  }
}
