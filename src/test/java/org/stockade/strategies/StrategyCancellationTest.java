package org.stockade.strategies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.stockade.model.CancelToken;
import org.stockade.strategies.capacity.ReserveCapacityProblem;
import org.stockade.strategies.capacity.ReserveCapacityResult;
import org.stockade.strategies.capacity.ReserveCapacitySolver;
import org.stockade.strategies.capacity.SurgeDuration;
import org.stockade.strategies.pooling.PoolingProblem;
import org.stockade.strategies.pooling.PoolingResult;
import org.stockade.strategies.pooling.PoolingSolver;
import org.stockade.strategies.suppliers.MonteCarloCheck;
import org.stockade.strategies.suppliers.NewsvendorResult;
import org.stockade.strategies.suppliers.SupplierProblem;
import org.stockade.strategies.suppliers.SupplierReader;
import org.stockade.strategies.suppliers.UnreliableNewsvendor;

/**
 * The cancellable overloads of the strategy loops (what the service's {@code DELETE} reaches):
 * a set token stops each loop with a {@link CancellationException}; an unset one changes
 * nothing, the result equals the original method's.
 */
class StrategyCancellationTest {
  private static CancelToken cancelled() {
    CancelToken t = CancelToken.create();
    t.cancel();
    return t;
  }

  private static final SupplierProblem SERVICE =
      SupplierReader.read(Path.of("examples/suppliers-service.yaml"));
  private static final SupplierProblem NEWSVENDOR =
      SupplierReader.read(Path.of("examples/suppliers-newsvendor.yaml"));
  private static final PoolingProblem POOLING = new PoolingProblem(List.of("a", "b"),
      new double[][] {{10, 0}, {0, 10}, {5, 5}}, new double[] {0.25, 0.25, 0.5}, 1, 0, 10, 0.5);
  private static final ReserveCapacityProblem RESERVE = new ReserveCapacityProblem(10, 2,
      new SurgeDuration.Exponential(5), 1, 3, 10);
  private static final double[] ORDERS = {400, 400, 300, 0, 0};

  @Test
  void setToken_stopsMonteCarloPoolingMixCurveAndNewsvendorSearch() {
    assertThatThrownBy(() -> MonteCarloCheck.yields(SERVICE, ORDERS, true, 100_000, 1,
        cancelled())).isInstanceOf(CancellationException.class);
    assertThatThrownBy(() -> MonteCarloCheck.capacities(NEWSVENDOR, new double[NEWSVENDOR
        .size()], 100_000, 1, cancelled())).isInstanceOf(CancellationException.class);
    assertThatThrownBy(() -> new PoolingSolver().solve(POOLING, null, cancelled()))
        .isInstanceOf(CancellationException.class);
    assertThatThrownBy(() -> PoolingSolver.sample(List.of(u -> u, u -> 2 * u), 5000, 3,
        cancelled())).isInstanceOf(CancellationException.class);
    assertThatThrownBy(() -> new ReserveCapacitySolver().mixCurve(RESERVE,
        new double[] {1, 2}, cancelled())).isInstanceOf(CancellationException.class);
    assertThatThrownBy(() -> new UnreliableNewsvendor(NEWSVENDOR).solve(cancelled()))
        .isInstanceOf(CancellationException.class);
  }

  @Test
  void unsetToken_givesExactlyTheResultOfTheOriginalMethods() {
    CancelToken live = CancelToken.create();
    assertThat(MonteCarloCheck.yields(SERVICE, ORDERS, true, 20_000, 4, live))
        .isEqualTo(MonteCarloCheck.yields(SERVICE, ORDERS, true, 20_000, 4));
    double[] q = new UnreliableNewsvendor(NEWSVENDOR).solve().orders();
    NewsvendorResult nv = new UnreliableNewsvendor(NEWSVENDOR).solve(live);
    assertThat(nv.orders()).containsExactly(q);
    assertThat(MonteCarloCheck.capacities(NEWSVENDOR, q, 20_000, 4, live))
        .isEqualTo(MonteCarloCheck.capacities(NEWSVENDOR, q, 20_000, 4));
    assertThat(PoolingSolver.sample(List.of(u -> u, u -> 2 * u), 3000, 3, live))
        .isDeepEqualTo(PoolingSolver.sample(List.of(u -> u, u -> 2 * u), 3000, 3));
    PoolingResult a = new PoolingSolver().solve(POOLING, null, live);
    PoolingResult b = new PoolingSolver().solve(POOLING, null);
    assertThat(a.pooledStock()).containsExactly(b.pooledStock());
    assertThat(a.pooledCost()).isEqualTo(b.pooledCost());
    assertThat(a.separateCost()).isEqualTo(b.separateCost());
    List<ReserveCapacityResult> m1 = new ReserveCapacitySolver().mixCurve(RESERVE,
        new double[] {0.5, 3}, live);
    List<ReserveCapacityResult> m2 = new ReserveCapacitySolver().mixCurve(RESERVE,
        new double[] {0.5, 3});
    for (int i = 0; i < 2; i++) {
      assertThat(m1.get(i).stock()).isEqualTo(m2.get(i).stock());
      assertThat(m1.get(i).capacity()).isEqualTo(m2.get(i).capacity());
      assertThat(m1.get(i).cost()).isEqualTo(m2.get(i).cost());
    }
  }
}
