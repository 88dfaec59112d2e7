package org.stockade.tts;

import java.util.List;
import org.stockade.model.Network;
import org.stockade.model.Product;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.robust.SgStatus;

/**
 * Time-to-survive by the SG model (Simchi-Levi, Wang & Wei 2018, §5; spec section 6). Zero lost
 * sales over a disruption of length {@code t} for every rate scenario means
 * {@code r(S) >= t (d(S) - c(A(S)))} for all S and (d, c) in U; with {@code s = r / t} this is
 * the SG model with h = 1 and delta = 0, so the best allocation of a budget R is
 * {@code r = R s* / OPT} and {@code TTS = R / OPT}: exactly linear in R.
 */
public final class TtsSolver {
  public TtsResult solve(TtsProblem problem, SgOptions options) {
    long t0 = System.nanoTime();
    Network n = problem.network();
    Network unit = n.withProducts(n.products().stream()
        .map(p -> new Product(p.id(), p.mu(), p.sigma(), 1.0, p.group())).toList());
    SgResult sg = new ConstraintGenerationSolver()
        .solve(new SgProblem(unit, problem.rates(), 0), options);
    double ms = (System.nanoTime() - t0) / 1e6;
    if (!sg.status().isOptimal()) {
      return new TtsResult(sg.status(), sg.message(), Double.NaN, null, problem.budget(),
          Double.NaN, List.of(), ms);
    }
    double opt = sg.cost();
    double[] s = sg.inventory();
    double[] r = new double[s.length];
    double tts;
    if (opt <= 1e-12) {
      tts = Double.POSITIVE_INFINITY;
      java.util.Arrays.fill(r, problem.budget() / r.length);
    } else {
      tts = problem.budget() / opt;
      for (int j = 0; j < s.length; j++) {
        r[j] = problem.budget() * s[j] / opt;
      }
    }
    String msg = opt <= 1e-12 ? "no failure in the set ever causes a shortage: TTS unbounded"
        : "optimal: " + sg.message();
    return new TtsResult(SgStatus.OPTIMAL, msg, tts, r, problem.budget(), opt,
        sg.certificate(), ms);
  }
}
