package org.stockade.costmin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.model.Arc;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.uncertainty.UncertaintySet;

class CmInputValidationTest {
  private final Random rnd = new Random(1);
  private final Network n = CmInstances.network(rnd, 2, 3);
  private final UncertaintySet u = new UncertaintySet(CmInstances.demand(rnd, n),
      CmInstances.capacity(rnd, n));

  @Test
  void negativeOrNanCosts_areRejectedNamingTheField() {
    assertThatThrownBy(() -> CostModel.uniform(-1, 0, 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("underage")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> CostModel.uniform(1, Double.NaN, 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("overage")
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> CostModel.uniform(1, 0, Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("production");
    assertThatThrownBy(() -> new CostModel(1, Map.of("V1", -2.0), 0, Map.of(), 0, Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("V1")
        .hasMessageContaining("-2");
    assertThatThrownBy(() -> new CostModel(1, Map.of(), 0, Map.of(), 0,
        Map.of(new Arc("P1", "V1"), Double.NaN)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("P1 -> V1");
  }

  @Test
  void overridesForUnknownProductsOrArcs_areRejected() {
    CostModel unknown = new CostModel(1, Map.of("V9", 2.0), 0, Map.of(), 0, Map.of());
    assertThatThrownBy(() -> new CmProblem(n, u, unknown))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("V9");
    Arc missing = new Arc("P1", "V1");
    Network dedicated = n.withArcs("none", java.util.List.of());
    CostModel arcCost = new CostModel(1, Map.of(), 0, Map.of(), 0, Map.of(missing, 1.0));
    assertThatThrownBy(() -> new CmProblem(dedicated, u, arcCost))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("P1 -> V1")
        .hasMessageContaining("not in the flexibility design");
  }

  @Test
  void badLossCapAndOptions_areRejected() {
    assertThatThrownBy(() -> new CmProblem(n, u, CostModel.lostSales(), -1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("loss cap");
    assertThatThrownBy(() -> new CmProblem(n, u, CostModel.lostSales(), Double.NaN))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("loss cap");
    assertThatThrownBy(() -> CmOptions.defaults().withTolerance(0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("tolerance");
    assertThatThrownBy(() -> CmOptions.defaults().withTimeLimit(Duration.ZERO))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("time limit");
    assertThatThrownBy(() -> CmOptions.defaults().withMaxIterations(0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("iterations");
  }
}
