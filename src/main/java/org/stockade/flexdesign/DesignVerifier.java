package org.stockade.flexdesign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.robust.SgVerifier;
import org.stockade.robust.Verification;

/**
 * Independent check of a {@link DesignResult}:
 *
 * <ol>
 *   <li>the design meets the budgets and contains the forced arcs; the arc cost is
 *       {@code f.x};
 *   <li>the certificate's inventory passes {@link SgVerifier} on the network with the returned
 *       design (robust feasibility re-proven, cost {@code h.r}, dual multipliers reach it);
 *   <li>a fresh SG solve at the returned design reproduces the inventory cost (so the reported
 *       total is what that design really costs);
 *   <li>the lower bound does not exceed the cost.
 * </ol>
 *
 * Optimality of the design itself rests on the master MILP's bound; tests check it against
 * enumeration of every candidate subset.
 */
public final class DesignVerifier {
  private DesignVerifier() {}

  public static Verification verify(DesignProblem p, DesignResult result) {
    List<String> bad = new ArrayList<>();
    if (!result.hasSolution()) {
      bad.add("result has no design (status " + result.status() + ")");
      return new Verification(bad, Double.NaN, Double.NaN, "none");
    }
    boolean[] x = result.design();
    String budget = p.budgetViolation(x);
    if (budget != null) {
      bad.add("design breaks the problem's limits: " + budget);
      return new Verification(bad, Double.NaN, Double.NaN, "budget check");
    }
    double scale = Math.max(1, Math.abs(result.cost()));
    double tol = 1e-6 * Math.max(scale, p.base().scale());
    if (Math.abs(p.arcCost(x) - result.arcCost()) > tol) {
      bad.add(f("claimed arc cost %.9g but the chosen arcs cost %.9g", result.arcCost(),
          p.arcCost(x)));
    }
    SgProblem sg = p.sgAt(x);
    SgResult cert = result.certificate();
    if (Math.abs(cert.cost() - result.inventoryCost()) > tol) {
      bad.add(f("claimed inventory cost %.9g but the certificate's inventory costs %.9g",
          result.inventoryCost(), cert.cost()));
    }
    Verification v = SgVerifier.verify(sg, cert);
    for (String s : v.problems()) {
      bad.add("certificate at the returned design: " + s);
    }
    SgResult fresh = new ConstraintGenerationSolver().solve(sg,
        SgOptions.defaults().withTimeLimit(Duration.ofSeconds(120)));
    String method = v.method() + "; fresh SG solve at the design";
    if (fresh.status().isOptimal()) {
      if (Math.abs(fresh.cost() - result.inventoryCost()) > tol) {
        bad.add(f("a fresh SG solve at the returned design costs %.9g, not the claimed %.9g",
            fresh.cost(), result.inventoryCost()));
      }
    } else {
      method += " inconclusive (" + fresh.status() + ")";
    }
    if (result.lowerBound() > result.cost() + tol) {
      bad.add(f("lower bound %.9g exceeds the cost %.9g", result.lowerBound(), result.cost()));
    }
    return new Verification(bad, v.maxViolation(), result.lowerBound(), method);
  }

  private static String f(String fmt, Object... a) {
    return String.format(Locale.ROOT, fmt, a);
  }
}
