package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stockade.design.Designs;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySpec;

class ProblemLoaderExamplesTest {
  private static final Path EXAMPLES = Path.of("examples");

  @ParameterizedTest
  @ValueSource(strings = {"gm.yaml", "gm.json", "gm-csv"})
  void load_gmExample_equalsBuiltInGmNetwork(String file) {
    ProblemDefinition p = ProblemLoader.load(EXAMPLES.resolve(file));
    Network gm = Examples.gm();

    assertThat(p.network().name()).isEqualTo(gm.name());
    assertThat(p.network().plants()).isEqualTo(gm.plants());
    assertThat(p.network().products()).isEqualTo(gm.products());
    assertThat(p.network().arcs()).isEqualTo(gm.arcs());
    assertThat(p.warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"gm.yaml", "gm.json", "gm-csv"})
  void load_gmExample_hasDefaultUncertaintyBlockAndZeroDelta(String file) {
    ProblemDefinition p = ProblemLoader.load(EXAMPLES.resolve(file));
    UncertaintySpec u = p.uncertainty();

    assertThat(u.alpha()).isEqualTo(2.0);
    assertThat(u.beta()).isEqualTo(2.0);
    assertThat(u.aggregate()).isEqualTo(AggregateForm.UNSTANDARDIZED);
    assertThat(u.gamma()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(u.capacityLoss()).isEqualTo(CapacityLossKind.FRACTION);
    assertThat(u.zeta()).isEqualTo(0.1);
    assertThat(u.serviceLevel()).isNull();
    assertThat(u.serviceLevels()).isNull();
    assertThat(u.demandRows()).isNull();
    assertThat(u.capacityRows()).isNull();
    assertThat(p.delta()).isEqualTo(0.0);
    assertThat(u.build(p.network())).isNotNull();
  }

  @Test
  void load_symmetricChainExample_isTenByTenTwoChainWithUnitLoss() {
    ProblemDefinition p = ProblemLoader.load(EXAMPLES.resolve("symmetric-10x10-chain2.yaml"));
    Network sym = Examples.symmetric(10, 100, 100, 30);
    Network expected = sym.withArcs("chain", Designs.kChain(sym, 2));

    assertThat(p.network().plants()).isEqualTo(expected.plants());
    assertThat(p.network().products()).isEqualTo(expected.products());
    assertThat(p.network().arcs()).isEqualTo(expected.arcs());
    assertThat(p.uncertainty().capacityLoss()).isEqualTo(CapacityLossKind.UNITS);
    assertThat(p.uncertainty().zeta()).isEqualTo(100.0);
    assertThat(p.uncertainty().alpha()).isNull();
    assertThat(p.delta()).isNull();
    assertThat(p.warnings()).isEmpty();
  }

  @Test
  void load_fileWithoutUncertaintyOrDelta_givesEmptySpecAndNullDelta(@TempDir Path dir)
      throws Exception {
    Path f = dir.resolve("minimal.yaml");
    Files.writeString(f, "plants: [{id: P1, capacity: 10}]\n"
        + "products: [{id: V1, mu: 5, sigma: 1}]\narcs: [[P1, V1]]\n");

    ProblemDefinition p = ProblemLoader.load(f);

    assertThat(p.uncertainty()).usingRecursiveComparison().isEqualTo(UncertaintySpec.empty());
    assertThat(p.delta()).isNull();
    assertThat(p.network().product(0).holdingCost()).isEqualTo(1.0);
    assertThat(p.network().product(0).group()).isNull();
    assertThat(p.network().name()).isEqualTo("minimal");
    assertThat(p.network().arcs()).hasSize(1);
  }
}
