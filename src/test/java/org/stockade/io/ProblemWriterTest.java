package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stockade.io.TestFiles.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.model.Arc;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.LinearInequality;
import org.stockade.uncertainty.UncertaintySpec;

class ProblemWriterTest {
  @TempDir Path dir;

  private ProblemDefinition roundTrip(Network n, UncertaintySpec u, Double delta) {
    return ProblemLoader.load(write(dir, "rt.yaml", ProblemWriter.toYaml(n, u, delta)));
  }

  private static void assertSameNetwork(Network actual, Network expected) {
    assertThat(actual.name()).isEqualTo(expected.name());
    assertThat(actual.plants()).isEqualTo(expected.plants());
    assertThat(actual.products()).isEqualTo(expected.products());
    assertThat(actual.arcs()).isEqualTo(expected.arcs());
  }

  /** UncertaintySpec holds arrays, so compare it field by field. */
  private static void assertSameSpec(UncertaintySpec actual, UncertaintySpec expected) {
    assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
  }

  @Test
  void toYaml_gmWithDefaultSettings_loadsBackIdentically() {
    Network gm = Examples.gm();
    UncertaintySpec u = new UncertaintySpec(2.0, 2.0, AggregateForm.UNSTANDARDIZED,
        Double.POSITIVE_INFINITY, null, null, CapacityLossKind.FRACTION, 0.1, null, null);

    ProblemDefinition d = roundTrip(gm, u, 0.0);

    assertSameNetwork(d.network(), gm);
    assertSameSpec(d.uncertainty(), u);
    assertThat(d.delta()).isEqualTo(0.0);
    assertThat(d.warnings()).isEmpty();
  }

  @Test
  void toYaml_gmExampleFile_loadsBackToTheSameProblem() {
    ProblemDefinition original = ProblemLoader.load(Path.of("examples", "gm.yaml"));

    ProblemDefinition d = roundTrip(original.network(), original.uncertainty(),
        original.delta());

    assertSameNetwork(d.network(), original.network());
    assertSameSpec(d.uncertainty(), original.uncertainty());
    assertThat(d.delta()).isEqualTo(original.delta());
  }

  @Test
  void toYaml_emptySpecAndNullDelta_writesNeitherAndLoadsBackEmpty() {
    Network n = Examples.symmetric(3, 10, 5, 1);

    String yaml = ProblemWriter.toYaml(n, UncertaintySpec.empty(), null);
    ProblemDefinition d = roundTrip(n, UncertaintySpec.empty(), null);

    assertThat(yaml).doesNotContain("uncertainty:").doesNotContain("delta:");
    assertSameNetwork(d.network(), n);
    assertSameSpec(d.uncertainty(), UncertaintySpec.empty());
    assertThat(d.delta()).isNull();
  }

  @Test
  void toYaml_everyFieldAndAwkwardIds_loadsBackIdentically() {
    Network n = new Network("a: \"quoted\" #name", List.of(new Plant("1", 12.5),
        new Plant("yes", 1e-3), new Plant("plant 3", 7)),
        List.of(new Product("V-1", 0, 0, 2.25, "grp, odd"), new Product("none", 3.1, 0.7),
            new Product("x\ty", 1e9, 5, 0.1, null)),
        List.of(new Arc("yes", "none"), new Arc("1", "V-1"), new Arc("yes", "V-1")));
    UncertaintySpec u = new UncertaintySpec(Double.POSITIVE_INFINITY, 1.25,
        AggregateForm.STANDARDIZED, 4.0, 0.97, new double[] {0.9, 0.97, 1.0},
        CapacityLossKind.UNITS, 3.0,
        List.of(new LinearInequality(new double[] {1, -0.5, 0}, 1, 20,
                "uncertainty.polyhedral_demand[0]"),
            new LinearInequality(new double[] {0, 0, 0}, Double.NEGATIVE_INFINITY, 5, "zero")),
        List.of(new LinearInequality(new double[] {1, 1, 1}, 10, Double.POSITIVE_INFINITY,
            "total capacity")));

    ProblemDefinition d = roundTrip(n, u, 1.5);

    assertSameNetwork(d.network(), n);
    assertSameSpec(d.uncertainty(), u);
    assertThat(d.delta()).isEqualTo(1.5);
  }

  @Test
  void toYaml_arcsNotGroupedByPlant_keepsArcOrderWithArcList() {
    Network n = Examples.symmetric(2, 10, 5, 1).withArcs("mixed",
        List.of(new Arc("P1", "V1"), new Arc("P2", "V2"), new Arc("P1", "V2")));

    String yaml = ProblemWriter.toYaml(n, null, null);

    assertThat(yaml).contains("arcs:").doesNotContain("flexibility:");
    assertSameNetwork(roundTrip(n, null, null).network(), n);
  }

  @Test
  void toYaml_groupedArcs_writesFlexibilityMap() {
    String yaml = ProblemWriter.toYaml(Examples.gm(), null, null);

    assertThat(yaml).contains("flexibility:\n  P1: [V1, V2]\n  P2: [V3]\n");
  }
}
