package org.stockade.tts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stockade.model.Network;
import org.stockade.model.Product;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.robust.SgStatus;
import org.stockade.robust.SgVerifier;
import org.stockade.robust.Verification;

/**
 * Independent check of a {@link TtsResult} (Simchi-Levi, Wang & Wei 2018, §5; spec section 6).
 * With {@code t = TTS} and {@code s = r / t}, surviving every rate scenario for t periods is the
 * SG constraint {@code s(S) >= g(S)} for every product set S, and TTS is optimal exactly when
 * {@code sum(s) = R / t} equals the SG optimum with unit holding costs. So the check is:
 * the allocation is non-negative and spends the budget; {@code s} passes {@link SgVerifier} on
 * the unit-cost SG problem (scenario membership, max-flow re-evaluation of each binding failure,
 * enumeration or exact MILP robustness); and the binding failures' multipliers give a dual bound
 * equal to {@code R / t}, which proves that no allocation survives longer.
 */
public final class TtsVerifier {
  private TtsVerifier() {}

  public static Verification verify(TtsProblem problem, TtsResult result) {
    List<String> bad = new ArrayList<>();
    if (!result.hasSolution()) {
      bad.add("result has no allocation (status " + result.status() + ")");
      return new Verification(bad, Double.NaN, Double.NaN, "none");
    }
    double[] r = result.allocation();
    double spent = 0;
    for (double v : r) {
      spent += v;
    }
    double budget = problem.budget();
    double tol = 1e-7 * Math.max(1, budget);
    if (Math.abs(spent - budget) > tol) {
      bad.add(String.format(Locale.ROOT, "allocation spends %.9g units, budget is %.9g", spent,
          budget));
    }
    Network n = problem.network();
    Network unit = n.withProducts(n.products().stream()
        .map(p -> new Product(p.id(), p.mu(), p.sigma(), 1.0, p.group())).toList());
    SgProblem perPeriod = new SgProblem(unit, problem.rates(), 0);
    if (Double.isInfinite(result.tts())) {
      // Unbounded: no failure ever causes a shortage, i.e. zero inventory is already robust.
      Verification v = SgVerifier.verify(perPeriod,
          zeroInventory(SgStatus.OPTIMAL, "unbounded TTS", r.length));
      bad.addAll(v.problems());
      return new Verification(bad, v.maxViolation(), v.dualLowerBound(),
          "unbounded TTS: " + v.method());
    }
    double t = result.tts();
    if (t == 0 && budget == 0) {
      // Zero budget: TTS 0 is right exactly when zero inventory is NOT robust (else unbounded).
      Verification v = SgVerifier.verify(perPeriod,
          zeroInventory(SgStatus.ITERATION_LIMIT, "zero budget", r.length));
      if (!(v.maxViolation() > 1e-6 * perPeriod.scale())) {
        bad.add("zero inventory survives every failure, so the TTS is unbounded, not 0");
      }
      return new Verification(bad, v.maxViolation(), 0, "zero budget: " + v.method());
    }
    if (!(t > 0)) {
      bad.add("TTS must be positive, got " + t);
      return new Verification(bad, Double.NaN, Double.NaN, "none");
    }
    double[] s = new double[r.length];
    for (int j = 0; j < r.length; j++) {
      s[j] = r[j] / t;
    }
    SgResult asSg = new SgResult(result.status(), result.message(), s, budget / t, budget / t,
        0, 0, 0, 0, result.bindingFailures(), 0);
    Verification v = SgVerifier.verify(perPeriod, asSg);
    for (String p : v.problems()) {
      bad.add("per-period inventory r/TTS: " + p);
    }
    if (result.status() == SgStatus.OPTIMAL
        && Math.abs(v.dualLowerBound() - budget / t) > 1e-6 * Math.max(1, budget / t)) {
      bad.add(String.format(Locale.ROOT, "binding failures give the dual bound %.9g units per "
          + "period, not R / TTS = %.9g: optimality of the TTS is not shown", v.dualLowerBound(),
          budget / t));
    }
    return new Verification(bad, v.maxViolation(), v.dualLowerBound(),
        "SG check of r/TTS (" + v.method() + ")");
  }

  /** An SG result holding no inventory of {@code n} products, to check zero stock's robustness. */
  private static SgResult zeroInventory(SgStatus status, String message, int n) {
    return new SgResult(status, message, new double[n], 0, 0, 0, 0, 0, 0, List.of(), 0);
  }
}
