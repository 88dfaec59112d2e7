package org.stockade.robust;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.stockade.flow.LostSales;
import org.stockade.lp.LpOptions;
import org.stockade.model.Network;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Independent check of an SG result's claims:
 *
 * <ol>
 *   <li>{@code r >= 0} and {@code cost = h.r};
 *   <li>each binding scenario's {@code (d, c)} lies in U, {@code A(S)} is right, its {@code g}
 *       value is what {@code (d, c)} gives, and a fresh max-flow gives {@code L(r, d, c) <=
 *       delta};
 *   <li>the multipliers are dual feasible ({@code y >= 0}, {@code sum_{S ni j} y_S <= h_j}) and
 *       their bound {@code sum y_S (g_witnessed(S) - delta)} reaches the cost: optimality;
 *   <li>robust feasibility: no subset is violated — by enumerating all subsets with the closed
 *       forms (N <= 16), else per connected component (enumeration or the exact separation
 *       MILP, {@link ExactSeparation}) within {@link #VERIFY_LIMIT}; beyond it the check is
 *       reported as not re-proven (maxViolation NaN), not as failed.
 * </ol>
 */
public final class SgVerifier {
  /** Time limit of the independent feasibility re-check (inconclusive, not failed, beyond). */
  static final java.time.Duration VERIFY_LIMIT = java.time.Duration.ofSeconds(120);

  private SgVerifier() {}

  public static Verification verify(Network n, UncertaintySet u, double delta, SgResult result) {
    return verify(new SgProblem(n, u, delta), result);
  }

  public static Verification verify(SgProblem problem, SgResult result) {
    List<String> bad = new ArrayList<>();
    if (!result.hasSolution()) {
      bad.add("result has no solution (status " + result.status() + ")");
      return new Verification(bad, Double.NaN, Double.NaN, "none");
    }
    Network n = problem.network();
    UncertaintySet u = problem.uncertainty();
    double tol = 1e-6 * problem.scale();
    double[] r = result.inventory();
    double cost = 0;
    for (int j = 0; j < r.length; j++) {
      if (!(r[j] >= 0)) {
        bad.add("inventory of product '" + n.product(j).id() + "' is negative: " + r[j]);
      }
      cost += n.product(j).holdingCost() * r[j];
    }
    if (Math.abs(cost - result.cost()) > tol) {
      bad.add(f("claimed cost %.9g but h.r = %.9g", result.cost(), cost));
    }
    double[] column = new double[r.length];
    double lowerBound = 0;
    for (BindingScenario b : result.certificate()) {
      BitSet s = b.products();
      String name = "scenario " + b.productIds();
      String dv = u.demand().violation(b.demand(), 1e-7);
      if (dv != null) {
        bad.add(name + ": demand not in the set: " + dv);
      }
      String cv = u.capacity().violation(b.capacity(), 1e-7);
      if (cv != null) {
        bad.add(name + ": capacity not in the set: " + cv);
      }
      if (!n.plantsOf(s).equals(b.plants())) {
        bad.add(name + ": plants " + b.plantIds() + " are not A(S)");
      }
      double g = 0;
      for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
        g += b.demand()[j];
        column[j] += b.multiplier();
      }
      BitSet plants = n.plantsOf(s);
      for (int i = plants.nextSetBit(0); i >= 0; i = plants.nextSetBit(i + 1)) {
        g -= b.capacity()[i];
      }
      if (Math.abs(g - b.g()) > tol) {
        bad.add(f("%s: claimed g = %.9g but the scenario gives %.9g", name, b.g(), g));
      }
      double lost = LostSales.evaluate(n, r, b.demand(), b.capacity()).lostSales();
      if (lost > problem.delta() + tol) {
        bad.add(f("%s: max-flow lost sales %.9g exceed delta %.9g", name, lost, problem.delta()));
      }
      if (b.multiplier() < 0) {
        bad.add(name + ": negative multiplier " + b.multiplier());
      }
      lowerBound += b.multiplier() * (g - problem.delta());
    }
    for (int j = 0; j < r.length; j++) {
      double h = n.product(j).holdingCost();
      if (column[j] > h * (1 + 1e-6) + 1e-9) {
        bad.add(f("multipliers of subsets containing '%s' sum to %.9g > h = %.9g",
            n.product(j).id(), column[j], h));
      }
    }
    if (result.status() == SgStatus.OPTIMAL && lowerBound < cost - tol) {
      bad.add(f("dual bound %.9g from the certificate is below the cost %.9g: optimality not"
          + " shown", lowerBound, cost));
    }
    double maxViolation;
    String method;
    if (n.productCount() <= EnumerationSolver.MAX_PRODUCTS) {
      method = "enumeration of all " + ((1L << n.productCount()) - 1) + " subsets";
      SubsetEvaluator eval = new SubsetEvaluator(n, u);
      maxViolation = Double.NEGATIVE_INFINITY;
      for (long mask = 1; mask < (1L << n.productCount()); mask++) {
        maxViolation = Math.max(maxViolation,
            eval.violation(BitSet.valueOf(new long[] {mask}), r) - problem.delta());
      }
    } else if (u.demand().maxPieces() != null && u.capacity().negatedMinPieces() != null) {
      // per connected component (enumeration where small, else the closed-form MILP), bounded
      // in time so verification never doubles a long solve
      ExactSeparation.Outcome o = ExactSeparation.run(n, u, r, problem.delta(), tol,
          SgOptions.Proof.AUTO, ExactSeparation.components(n),
          System.nanoTime() + VERIFY_LIMIT.toNanos());
      if (o.violated() != null) {
        maxViolation = u.g(o.violated(), n.plantsOf(o.violated()))
            - o.violated().stream().mapToDouble(j -> r[j]).sum() - problem.delta();
        method = o.method();
      } else if (o.status() != org.stockade.lp.LpStatus.OPTIMAL) {
        maxViolation = o.bound() - problem.delta();
        method = o.method() + "; robust feasibility NOT re-proven within "
            + VERIFY_LIMIT.toSeconds() + " s";
        if (!(maxViolation <= tol)) {
          maxViolation = Double.NaN; // inconclusive, not a failure
        }
      } else {
        maxViolation = o.bound() - problem.delta();
        method = o.method();
      }
    } else {
      method = "exact separation MILP";
      SeparationMilp.Outcome o = SeparationMilp.solve(n, u, r,
          LpOptions.defaults().withTimeLimit(VERIFY_LIMIT));
      maxViolation = o.status() == org.stockade.lp.LpStatus.OPTIMAL
          ? o.bound() - problem.delta() : Double.NaN;
      if (Double.isNaN(maxViolation)) {
        method += "; robust feasibility NOT re-proven within " + VERIFY_LIMIT.toSeconds() + " s";
      }
    }
    if (maxViolation > tol) {
      bad.add(f("inventory is not robust: some subset is short by %.9g beyond delta",
          maxViolation));
    }
    return new Verification(bad, maxViolation, lowerBound, method);
  }

  private static String f(String fmt, Object... args) {
    return String.format(Locale.ROOT, fmt, args);
  }
}
