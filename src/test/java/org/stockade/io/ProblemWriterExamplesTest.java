package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stockade.io.TestFiles.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stockade.costmin.CmProblem;
import org.stockade.costmin.CmResult;
import org.stockade.costmin.CmSolver;
import org.stockade.costmin.CostSpec;
import org.stockade.model.Arc;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.uncertainty.UncertaintySpec;

/** Every single-stage example file survives write-then-load unchanged, costs included. */
class ProblemWriterExamplesTest {
  private static final Path EXAMPLES = Path.of("examples");
  @TempDir Path dir;

  private ProblemDefinition roundTrip(ProblemDefinition p) {
    return ProblemLoader.load(write(dir, "rt.yaml", ProblemWriter.toYaml(p)));
  }

  private static void assertSameProblem(ProblemDefinition actual, ProblemDefinition expected) {
    assertThat(actual.network().name()).isEqualTo(expected.network().name());
    assertThat(actual.network().plants()).isEqualTo(expected.network().plants());
    assertThat(actual.network().products()).isEqualTo(expected.network().products());
    assertThat(actual.network().arcs()).isEqualTo(expected.network().arcs());
    assertThat(actual.uncertainty()).usingRecursiveComparison()
        .isEqualTo(expected.uncertainty());
    assertThat(actual.delta()).isEqualTo(expected.delta());
    assertThat(actual.costs()).isEqualTo(expected.costs());
  }

  @ParameterizedTest
  @ValueSource(strings = {"gm.yaml", "gm.json", "gm-csv", "small-cm.yaml",
      "symmetric-10x10-chain2.yaml"})
  void toYaml_exampleFile_loadsBackToTheSameProblem(String file) {
    ProblemDefinition original = ProblemLoader.load(EXAMPLES.resolve(file));

    ProblemDefinition d = roundTrip(original);

    assertSameProblem(d, original);
    assertThat(d.warnings()).isEqualTo(original.warnings());
  }

  @Test
  void toYaml_smallCmExample_keepsEveryCostAndSolvesTheSame() {
    ProblemDefinition original = ProblemLoader.load(EXAMPLES.resolve("small-cm.yaml"));
    // Guard: the example really has every kind of cost entry, so the comparison is not vacuous.
    CostSpec c = original.costs();
    assertThat(c.underage()).isEqualTo(10.0);
    assertThat(c.overage()).isEqualTo(1.0);
    assertThat(c.production()).isEqualTo(0.5);
    assertThat(c.underageByProduct()).isEqualTo(Map.of("V3", 25.0));
    assertThat(c.productionByArc()).isEqualTo(Map.of(new Arc("P2", "V2"), 2.0));

    ProblemDefinition d = roundTrip(original);

    assertSameProblem(d, original);
    CmResult before = solveCm(original);
    CmResult after = solveCm(d);
    assertThat(before.hasSolution()).isTrue();
    assertThat(after.status()).isEqualTo(before.status());
    assertThat(after.totalCost()).isEqualTo(before.totalCost());
    assertThat(after.inventory()).containsExactly(before.inventory());
    SgResult sgBefore = solveSg(original);
    SgResult sgAfter = solveSg(d);
    assertThat(sgBefore.hasSolution()).isTrue();
    assertThat(sgAfter.cost()).isEqualTo(sgBefore.cost());
    assertThat(sgAfter.inventory()).containsExactly(sgBefore.inventory());
  }

  @Test
  void toYaml_everyCostFieldAndAwkwardIds_loadsBackIdentically() {
    Network n = new Network("costs", List.of(new Plant("1", 10), new Plant("plant b", 5)),
        List.of(new Product("yes", 4, 1), new Product("V:2", 3, 1)),
        List.of(new Arc("1", "yes"), new Arc("plant b", "V:2"), new Arc("plant b", "yes")));
    for (Double cap : new Double[] {null, 7.5, Double.POSITIVE_INFINITY}) {
      CostSpec costs = new CostSpec(null, 0.25, 1e-3, Map.of("V:2", 3.0),
          Map.of("yes", 0.5, "V:2", 0.0), Map.of(new Arc("plant b", "yes"), 4.0,
              new Arc("1", "yes"), 0.0), cap);
      ProblemDefinition p = new ProblemDefinition(n, UncertaintySpec.empty(), null, costs,
          List.of());

      ProblemDefinition d = roundTrip(p);

      assertSameProblem(d, p);
    }
  }

  @Test
  void toYaml_emptyCosts_writesNoCostsSection() {
    ProblemDefinition p = ProblemLoader.load(EXAMPLES.resolve("gm.yaml"));

    assertThat(p.costs()).isEqualTo(CostSpec.empty());
    assertThat(ProblemWriter.toYaml(p)).doesNotContain("costs:");
  }

  @Test
  void toYaml_costOfAnArcOutsideTheDesign_isRefused() {
    ProblemDefinition p = ProblemLoader.load(EXAMPLES.resolve("small-cm.yaml"));
    CostSpec bad = new CostSpec(null, null, null, null, null,
        Map.of(new Arc("P1", "V3"), 1.0), null);

    assertThatThrownBy(() -> ProblemWriter.toYaml(p.network(), null, null, bad))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("P1 -> V3");
  }

  private static CmResult solveCm(ProblemDefinition p) {
    return new CmSolver().solve(new CmProblem(p.network(), p.uncertainty().build(p.network()),
        p.costs().model(), p.costs().lossCapOrNone()));
  }

  private static SgResult solveSg(ProblemDefinition p) {
    return new ConstraintGenerationSolver().solve(new SgProblem(p.network(),
        p.uncertainty().build(p.network()), p.delta() == null ? 0 : p.delta()),
        SgOptions.defaults());
  }
}
