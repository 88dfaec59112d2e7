package org.stockade.experiments;

import java.util.ArrayList;
import java.util.List;
import org.stockade.design.Designs;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.robust.KChainClosedForm;
import org.stockade.robust.SgProblem;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * Figure 2 of Simchi-Levi, Wang & Wei (2018), §3.1: optimal inventory cost of the K-chain versus
 * the capacity-loss budget zeta (in units; c0 = mu = 1, N = 10), for the 2-chain, 3-chain and
 * full flexibility at several demand spreads sigma, by Proposition 1.
 */
public final class Figure2 {
  /** Settings; {@code demand} carries alpha/beta/gamma over the paper defaults. */
  public record Settings(int n, double[] sigmas, double zetaMax, double zetaStep, int[] chains,
      UncertaintySpec demand) {
    public static Settings paper() {
      return new Settings(10, new double[] {0.1, 0.3, 0.5}, 3.0, 0.1, new int[] {2, 3, 10},
          UncertaintySpec.empty());
    }
  }

  /** One point of the figure. */
  public record Point(double sigma, int k, double zeta, double cost) {}

  private Figure2() {}

  public static List<Point> run(Settings s) {
    List<Point> out = new ArrayList<>();
    KChainClosedForm closed = new KChainClosedForm();
    int steps = (int) Math.round(s.zetaMax() / s.zetaStep());
    for (double sigma : s.sigmas()) {
      Network base = Examples.symmetric(s.n(), 1, 1, sigma);
      for (int k : s.chains()) {
        Network chain = base.withArcs(k + "-chain", Designs.kChain(base, k));
        for (int z = 0; z <= steps; z++) {
          double zeta = z * s.zetaStep();
          out.add(new Point(sigma, k, zeta, cost(closed, chain, s.demand(), zeta)));
        }
      }
    }
    return out;
  }

  static double cost(KChainClosedForm closed, Network chain, UncertaintySpec demand,
      double zeta) {
    UncertaintySpec cap = new UncertaintySpec(null, null, null, null, null, null,
        CapacityLossKind.UNITS, zeta, null, null);
    return closed.solve(new SgProblem(chain, demand.overriddenBy(cap).build(chain), 0)).cost();
  }

  public static String label(int k, int n) {
    return k == n ? "full" : k == 1 ? "dedicated" : k + "-chain";
  }
}
