package org.stockade.strategies.preposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.stockade.model.CancelToken;

/**
 * The cancellable pre-positioning solves (what the service's {@code DELETE} reaches): a set
 * token stops the L-shaped loop, the recourse sweep and the extensive form with a
 * {@link CancellationException}; a token set while SCIP works on a large extensive form stops
 * it well before its time limit; an unset token gives exactly the uncancellable result.
 */
class PrepositionCancellationTest {
  private static final PrepositionProblem SMALL = PrepositionGenerator.generate(4, 2, 2, 6, 3);

  private static CancelToken cancelled() {
    CancelToken t = CancelToken.create();
    t.cancel();
    return t;
  }

  @Test
  void setToken_stopsBendersExtensiveFormAndRecourseSweep() {
    PrepositionOptions o = PrepositionOptions.defaults();
    assertThatThrownBy(() -> BendersSolver.solve(SMALL, o, Executors.newSingleThreadExecutor(),
        cancelled())).isInstanceOf(CancellationException.class);
    assertThatThrownBy(() -> ExtensiveForm.solve(SMALL, o, cancelled()))
        .isInstanceOf(CancellationException.class);
    assertThatThrownBy(() -> BendersSolver.evaluate(SMALL,
        new double[SMALL.locationCount()][SMALL.commodityCount()],
        Executors.newSingleThreadExecutor(), cancelled()))
        .isInstanceOf(CancellationException.class);
    for (PrepositionResult.Method m : PrepositionResult.Method.values()) {
      assertThatThrownBy(() -> new PrepositionSolver(o).solve(SMALL, List.of(m), null,
          cancelled())).isInstanceOf(CancellationException.class);
    }
  }

  @Test
  void unsetToken_givesExactlyTheUncancellableResult() {
    PrepositionSolver solver = new PrepositionSolver(PrepositionOptions.defaults());
    List<PrepositionResult.Method> both = List.of(PrepositionResult.Method.EXTENSIVE,
        PrepositionResult.Method.BENDERS);
    PrepositionResult a = solver.solve(SMALL, both, 3L, CancelToken.create());
    PrepositionResult b = solver.solve(SMALL, both, 3L);
    assertThat(a.plan().stock()).isDeepEqualTo(b.plan().stock());
    for (int i = 0; i < 2; i++) {
      assertThat(a.runs().get(i).objective()).isEqualTo(b.runs().get(i).objective());
      assertThat(a.runs().get(i).iterations()).isEqualTo(b.runs().get(i).iterations());
    }
  }

  @Test
  void tokenSetDuringALongSolve_stopsBendersWithinASecondAndScipWithinThree() throws Exception {
    PrepositionProblem big = PrepositionGenerator.generate(40, 3, 3, 300, 11);
    PrepositionOptions o = PrepositionOptions.defaults()
        .withTimeLimit(java.time.Duration.ofSeconds(120));
    for (PrepositionResult.Method m : PrepositionResult.Method.values()) {
      CancelToken t = CancelToken.create();
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      Thread run = new Thread(() -> {
        try {
          new PrepositionSolver(o).solve(big, List.of(m), 11L, t);
        } catch (Throwable e) {
          thrown.set(e);
        }
      });
      run.start();
      Thread.sleep(2500); // inside the build or the solve of either method
      long asked = System.nanoTime();
      t.cancel();
      run.join(10_000);
      double secs = (System.nanoTime() - asked) / 1e9;
      assertThat(run.isAlive()).as(m + " still running").isFalse();
      assertThat(thrown.get()).as(m.toString()).isInstanceOf(CancellationException.class);
      // Benders polls between masters and recourse LPs; SCIP checks its interrupt flag between
      // its own steps (an LP of the root node under way finishes first)
      assertThat(secs).as(m + " stop latency")
          .isLessThan(m == PrepositionResult.Method.BENDERS ? 1.0 : 3.0);
      System.out.printf("preposition %s stopped %.3f s after cancel%n", m, secs);
    }
  }
}
