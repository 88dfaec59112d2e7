package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stockade.io.TestFiles.BASE;
import static org.stockade.io.TestFiles.failure;
import static org.stockade.io.TestFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.LinearInequality;
import org.stockade.uncertainty.UncertaintySpec;

class ProblemLoaderUncertaintyTest {
  @TempDir Path dir;

  private Path yaml(String extra) {
    return write(dir, "u.yaml", BASE + extra);
  }

  @Test
  void load_fullDemandAndCapacityBlock_setsOnlyGivenFields() {
    ProblemDefinition d = ProblemLoader.load(yaml("""
        uncertainty:
          demand: {alpha: 1.5, aggregate: STANDARDIZED, gamma: 3}
          capacity: {loss: plants, zeta: 1}
        delta: 2.5
        """));
    UncertaintySpec u = d.uncertainty();

    assertThat(u.alpha()).isEqualTo(1.5);
    assertThat(u.beta()).isNull();
    assertThat(u.aggregate()).isEqualTo(AggregateForm.STANDARDIZED);
    assertThat(u.gamma()).isEqualTo(3.0);
    assertThat(u.capacityLoss()).isEqualTo(CapacityLossKind.PLANTS);
    assertThat(u.zeta()).isEqualTo(1.0);
    assertThat(d.delta()).isEqualTo(2.5);
  }

  @Test
  void load_gammaNoneOrEmpty_meansNoBudget() {
    UncertaintySpec none = ProblemLoader.load(yaml("uncertainty:\n  demand: {gamma: none}\n"))
        .uncertainty();
    UncertaintySpec empty = ProblemLoader.load(yaml("uncertainty:\n  demand: {gamma: }\n"))
        .uncertainty();

    assertThat(none.gamma()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(empty.gamma()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void load_perProductServiceLevels_fillOthersWithCommonLevel() {
    Path p = write(dir, "s.yaml", BASE.replace("{id: V2, mu: 60, sigma: 20}",
        "{id: V2, mu: 60, sigma: 20, service_level: 0.9}")
        + "uncertainty:\n  service_level: 0.95\n");

    UncertaintySpec u = ProblemLoader.load(p).uncertainty();

    assertThat(u.serviceLevel()).isEqualTo(0.95);
    assertThat(u.serviceLevels()).containsExactly(0.95, 0.9);
  }

  @Test
  void load_perProductServiceLevelWithoutCommon_fillsOthersWithOne() {
    Path p = write(dir, "s.yaml", BASE.replace("{id: V1, mu: 50, sigma: 10}",
        "{id: V1, mu: 50, sigma: 10, service_level: 0.8}"));

    UncertaintySpec u = ProblemLoader.load(p).uncertainty();

    assertThat(u.serviceLevel()).isNull();
    assertThat(u.serviceLevels()).containsExactly(0.8, 1.0);
  }

  @Test
  void load_serviceLevelAboveOne_namesFieldAndRange() {
    assertThat(failure(yaml("uncertainty:\n  service_level: 95\n")))
        .contains("uncertainty.service_level").contains("(0, 1]").contains("got 95");
  }

  @Test
  void load_misspelledLossKind_listsChoices() {
    assertThat(failure(yaml("uncertainty:\n  capacity: {loss: fractoin}\n")))
        .contains("uncertainty.capacity.loss").contains("'fractoin'")
        .contains("did you mean 'fraction'?")
        .contains("none, units, fraction, plants, deterministic");
  }

  @Test
  void load_unknownDemandKey_listsAllowedKeys() {
    assertThat(failure(yaml("uncertainty:\n  demand: {alpah: 2}\n")))
        .contains("uncertainty.demand").contains("unknown key 'alpah'")
        .contains("did you mean 'alpha'?").contains("alpha, beta, aggregate, gamma");
  }

  @Test
  void load_fractionZetaAboveOne_suggestsUnits() {
    assertThat(failure(yaml("uncertainty:\n  capacity: {zeta: 200}\n")))
        .contains("uncertainty.capacity.zeta").contains("[0, 1]").contains("got 200")
        .contains("loss: units");
  }

  @Test
  void load_negativeAlpha_namesFieldAndNoneAlternative() {
    assertThat(failure(yaml("uncertainty:\n  demand: {alpha: -1}\n")))
        .contains("uncertainty.demand.alpha").contains("got -1").contains("alpha: none");
  }

  @Test
  void load_alphaAndGammaBothNone_reportsUnboundedDemand() {
    assertThat(failure(yaml("uncertainty:\n  demand: {alpha: none, gamma: none}\n")))
        .contains("uncertainty.demand").contains("unbounded").contains("gamma: 4");
  }

  @Test
  void load_negativeDelta_namesField() {
    assertThat(failure(yaml("delta: -1\n"))).contains("u.yaml: delta").contains("got -1");
  }

  @Test
  void load_polyhedralRows_becomeInequalitiesInNetworkOrder() {
    UncertaintySpec u = ProblemLoader.load(yaml("""
        uncertainty:
          polyhedral_demand:
            - {terms: {V2: 1, V1: 2}, max: 600}
            - {terms: {V1: 1}, min: 10, max: 90, label: v1 range}
          polyhedral_capacity:
            - {terms: {P1: 1, P2: 1}, min: 150}
        """)).uncertainty();

    LinearInequality r0 = u.demandRows().get(0);
    assertThat(r0.coef()).containsExactly(2, 1);
    assertThat(r0.lo()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(r0.up()).isEqualTo(600);
    assertThat(r0.label()).isEqualTo("uncertainty.polyhedral_demand[0]");
    assertThat(u.demandRows().get(1).label()).isEqualTo("v1 range");
    assertThat(u.capacityRows().get(0).coef()).containsExactly(1, 1);
    assertThat(u.capacityRows().get(0).lo()).isEqualTo(150);
  }

  @Test
  void load_polyhedralRowWithUndeclaredProduct_namesTermAndDeclaredIds() {
    assertThat(failure(yaml("uncertainty:\n  polyhedral_demand:\n"
        + "    - {terms: {V1: 1, V7: 1}, max: 100}\n")))
        .contains("uncertainty.polyhedral_demand[0].terms.V7")
        .contains("product 'V7' is not declared").contains("declared products: V1, V2");
  }

  @Test
  void load_polyhedralCapacityRowWithProductId_saysPlantNotDeclared() {
    assertThat(failure(yaml("uncertainty:\n  polyhedral_capacity:\n"
        + "    - {terms: {V1: 1}, min: 100}\n")))
        .contains("polyhedral_capacity[0].terms.V1").contains("plant 'V1' is not declared");
  }

  @Test
  void load_polyhedralRowWithMinAboveMax_namesBounds() {
    assertThat(failure(yaml("uncertainty:\n  polyhedral_demand:\n"
        + "    - {terms: {V1: 1}, min: 700, max: 600}\n")))
        .contains("polyhedral_demand[0]").contains("min 700 is greater than max 600");
  }

  @Test
  void load_polyhedralRowWithoutBounds_isRejected() {
    assertThat(failure(yaml("uncertainty:\n  polyhedral_demand:\n    - {terms: {V1: 1}}\n")))
        .contains("polyhedral_demand[0]").contains("neither min nor max");
  }

  @Test
  void load_polyhedralDemandWithDemandBlock_warnsThatDemandIsIgnored() {
    ProblemDefinition d = ProblemLoader.load(yaml("""
        uncertainty:
          demand: {alpha: 2}
          polyhedral_demand:
            - {terms: {V1: 1, V2: 1}, max: 600}
        """));

    assertThat(d.warnings()).anyMatch(w -> w.contains("uncertainty.demand")
        && w.contains("ignored"));
  }
}
