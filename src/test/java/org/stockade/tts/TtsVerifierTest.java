package org.stockade.tts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stockade.design.Designs;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.robust.SgOptions;
import org.stockade.robust.Verification;

class TtsVerifierTest {
  private static final SgOptions OPT = SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION);

  private static TtsResult with(TtsResult r, double tts, double[] allocation) {
    return new TtsResult(r.status(), r.message(), tts, allocation, r.budget(),
        r.unitRequirement(), r.bindingFailures(), r.millis());
  }

  @Test
  void verify_optimalTtsOnGmChains_passes() {
    Network gm = Examples.gm();
    for (int k = 1; k <= 4; k++) {
      Network g = gm.withArcs("g" + k, Designs.generalizedChain(gm, k, 5));
      for (double sl : new double[] {1.0, 0.95}) {
        TtsProblem p = new TtsProblem(g, TtsTest.singlePlantDown(g, sl), 2060);
        TtsResult res = new TtsSolver().solve(p, OPT);
        Verification v = TtsVerifier.verify(p, res);
        assertThat(v.ok()).as(k + "-chain, service " + sl + ": " + v.problems()).isTrue();
        assertThat(v.dualLowerBound() * res.tts()).isCloseTo(2060,
            org.assertj.core.data.Offset.offset(1e-6));
      }
    }
  }

  @Test
  void verify_overstatedTtsOrMovedInventory_isRejected() {
    Network gm = Examples.gm();
    Network g = gm.withArcs("g3", Designs.generalizedChain(gm, 3, 5));
    TtsProblem p = new TtsProblem(g, TtsTest.singlePlantDown(g, 1.0), 2060);
    TtsResult res = new TtsSolver().solve(p, OPT);
    // Claiming 10% longer survival: r/TTS is then short for the binding failures.
    assertThat(TtsVerifier.verify(p, with(res, res.tts() * 1.1, res.allocation())).ok())
        .isFalse();
    // Moving inventory between two products that a binding failure treats differently.
    double[] moved = res.allocation();
    int from = 0;
    for (int j = 0; j < moved.length; j++) {
      if (moved[j] > moved[from]) {
        from = j;
      }
    }
    int to = (from + 1) % moved.length;
    moved[to] += moved[from] / 2;
    moved[from] /= 2;
    assertThat(TtsVerifier.verify(p, with(res, res.tts(), moved)).ok()).isFalse();
    // Spending less than the budget.
    double[] less = res.allocation();
    less[from] *= 0.5;
    Verification v = TtsVerifier.verify(p, with(res, res.tts(), less));
    assertThat(v.problems()).anyMatch(s -> s.contains("budget"));
  }

  @Test
  void verify_noFailureCausesShortage_unboundedTtsPasses() {
    Network gm = Examples.gm();
    Network full = gm.withArcs("full", Designs.full(gm));
    // Demand at 10% of the means: any single plant down leaves ample flexible capacity.
    TtsProblem p = new TtsProblem(full, TtsTest.singlePlantDown(full, 0.1), 100);
    TtsResult res = new TtsSolver().solve(p, OPT);
    assertThat(res.tts()).isInfinite();
    assertThat(TtsVerifier.verify(p, res).ok()).isTrue();
  }
}
