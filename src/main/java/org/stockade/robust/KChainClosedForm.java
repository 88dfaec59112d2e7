package org.stockade.robust;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.model.Product;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Proposition 1 of Simchi-Levi, Wang & Wei (2018), §3 (spec section 4): for a symmetric network
 * (M = N, equal capacities, equal mu, sigma, h and service level) with a K-chain design, an
 * optimal inventory is uniform and
 *
 * <pre>
 *   OPT_K = h N max_{1<=k<=N} [ Dmax(k) - Cmin(min(k+K-1, N)) - delta ]^+ / k
 * </pre>
 *
 * with {@code Dmax(k)} the worst-case demand of any k products and {@code Cmin(l)} the
 * worst-case capacity of any l plants: among k-product sets, k consecutive products have the
 * fewest plants, {@code min(k+K-1, N)}; averaging the N rotations of any optimum gives a uniform
 * optimum. (The paper states delta = 0; the same argument carries the allowance.) N closed-form
 * evaluations instead of constraint generation. The certificate is the N rotations of the
 * maximizing consecutive set, each with multiplier {@code h/k}.
 */
public final class KChainClosedForm implements SgSolver {
  @Override
  public SgResult solve(SgProblem problem, SgOptions options) {
    long t0 = System.nanoTime();
    Network n = problem.network();
    int k = chainLength(n);
    requireSymmetric(problem);
    int size = n.productCount();
    UncertaintySet u = problem.uncertainty();
    double h = n.product(0).holdingCost();
    double best = 0;
    int bestK = 0;
    for (int q = 1; q <= size; q++) {
      BitSet s = new BitSet(size);
      s.set(0, q);
      BitSet plants = new BitSet(size);
      plants.set(0, Math.min(q + k - 1, size));
      double perUnit = (u.demand().maxValue(s) - u.capacity().minValue(plants) - problem.delta())
          / q;
      if (perUnit > best) {
        best = perUnit;
        bestK = q;
      }
    }
    double[] r = new double[size];
    java.util.Arrays.fill(r, best);
    List<BindingScenario> cert = new ArrayList<>();
    if (bestK > 0) {
      for (int shift = 0; shift < size; shift++) {
        BitSet s = new BitSet(size);
        for (int q = 0; q < bestK; q++) {
          s.set((shift + q) % size);
        }
        cert.add(Certificates.scenario(n, u, s, r, h / bestK));
      }
    }
    double cost = h * size * best;
    return new SgResult(SgStatus.OPTIMAL, "optimal by Proposition 1 (K-chain closed form, K = " + k
        + (bestK > 0 ? ", binding set size " + bestK : "") + ")", r, cost, cost, 0, 1, cert.size(),
        0, cert, (System.nanoTime() - t0) / 1e6);
  }

  /**
   * The K of a K-chain design (plant i makes products i..i+K-1 mod N in declaration order).
   *
   * @throws InvalidInputException if the design is not a K-chain
   */
  public static int chainLength(Network n) {
    int size = n.productCount();
    if (n.plantCount() != size) {
      throw new InvalidInputException("Proposition 1 needs as many plants as products, got "
          + n.plantCount() + " plants and " + size + " products");
    }
    int k = n.productsOf(0).length;
    for (int i = 0; i < size; i++) {
      int[] prods = n.productsOf(i);
      boolean ok = prods.length == k;
      for (int q = 0; ok && q < k; q++) {
        ok = n.hasArc(i, (i + q) % size);
      }
      if (!ok || k == 0) {
        throw new InvalidInputException("the design is not a K-chain: plant '" + n.plant(i).id()
            + "' should make the " + k + " products following it cyclically");
      }
    }
    return k;
  }

  private static void requireSymmetric(SgProblem problem) {
    Network n = problem.network();
    Product first = n.product(0);
    for (Product p : n.products()) {
      if (p.mu() != first.mu() || p.sigma() != first.sigma()
          || p.holdingCost() != first.holdingCost()) {
        throw new InvalidInputException("Proposition 1 needs identical products; '" + p.id()
            + "' differs from '" + first.id() + "' in mu, sigma or holding cost");
      }
    }
    for (int i = 1; i < n.plantCount(); i++) {
      if (n.plant(i).capacity() != n.plant(0).capacity()) {
        throw new InvalidInputException("Proposition 1 needs identical plant capacities; '"
            + n.plant(i).id() + "' differs from '" + n.plant(0).id() + "'");
      }
    }
    if (problem.uncertainty().demand() instanceof org.stockade.uncertainty.ParametricDemandSet pd) {
      double[] tau = pd.serviceLevels();
      for (double t : tau) {
        if (t != tau[0]) {
          throw new InvalidInputException("Proposition 1 needs one common service level");
        }
      }
    } else {
      throw new InvalidInputException("Proposition 1 needs the parametric demand set");
    }
    if (!(problem.uncertainty().capacity() instanceof org.stockade.uncertainty.CapacityLoss)) {
      throw new InvalidInputException("Proposition 1 needs a parametric capacity set");
    }
  }
}
