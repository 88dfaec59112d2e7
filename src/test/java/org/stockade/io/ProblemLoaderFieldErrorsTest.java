package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stockade.io.TestFiles.BASE;
import static org.stockade.io.TestFiles.failure;
import static org.stockade.io.TestFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemLoaderFieldErrorsTest {
  @TempDir Path dir;

  private Path yaml(String content) {
    return write(dir, "p.yaml", content);
  }

  @Test
  void load_productWithoutSigma_namesMissingFieldAndProduct() {
    Path p = yaml(BASE.replace("{id: V2, mu: 60, sigma: 20}", "{id: V2, mu: 60}"));

    assertThat(failure(p)).contains("p.yaml: products[1].sigma (product 'V2')")
        .contains("required field is missing").contains("e.g. sigma:");
  }

  @Test
  void load_plantWithoutId_namesElement() {
    Path p = yaml(BASE.replace("{id: P2, capacity: 100}", "{capacity: 100}"));

    assertThat(failure(p)).contains("plants[1].id").contains("required field is missing");
  }

  @Test
  void load_nonNumericMu_namesFieldAndValue() {
    Path p = yaml(BASE.replace("mu: 60", "mu: lots"));

    assertThat(failure(p)).contains("products[1].mu (product 'V2')").contains("'lots'")
        .contains("not a number").contains("e.g. mu: 320");
  }

  @Test
  void load_negativeCapacity_namesFieldValueAndRange() {
    Path p = yaml(BASE.replace("{id: P2, capacity: 100}", "{id: P2, capacity: -5}"));

    assertThat(failure(p)).contains("plants[1].capacity (plant 'P2')").contains("> 0")
        .contains("got -5");
  }

  @Test
  void load_zeroCapacity_isRejectedBecauseCapacityMustBePositive() {
    Path p = yaml(BASE.replace("{id: P2, capacity: 100}", "{id: P2, capacity: 0}"));

    assertThat(failure(p)).contains("plants[1].capacity").contains("got 0");
  }

  @Test
  void load_negativeSigma_namesFieldAndValue() {
    Path p = yaml(BASE.replace("sigma: 10", "sigma: -1.5"));

    assertThat(failure(p)).contains("products[0].sigma (product 'V1')").contains(">= 0")
        .contains("got -1.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "nan", ".NaN"})
  void load_nanAsText_isRejectedAsNaN(String nan) {
    Path p = yaml(BASE.replace("mu: 50", "mu: '" + nan + "'"));

    assertThat(failure(p)).contains("products[0].mu").contains("got NaN")
        .contains("finite number");
  }

  @Test
  void load_jsonNaN_isRejectedAsNaN() {
    Path p = write(dir, "p.json", """
        {"plants": [{"id": "P1", "capacity": 100}],
         "products": [{"id": "V1", "mu": NaN, "sigma": 1}]}
        """);

    assertThat(failure(p)).contains("p.json: products[0].mu (product 'V1')").contains("NaN");
  }

  @Test
  void load_jsonHugeNumber_isRejectedAsInfinite() {
    Path p = write(dir, "p.json", """
        {"plants": [{"id": "P1", "capacity": 1e999}],
         "products": [{"id": "V1", "mu": 1, "sigma": 1}]}
        """);

    assertThat(failure(p)).contains("plants[0].capacity").contains("got infinity");
  }

  @Test
  void load_negativeHoldingCost_namesField() {
    Path p = yaml(BASE.replace("{id: V1, mu: 50, sigma: 10}",
        "{id: V1, mu: 50, sigma: 10, holding_cost: -2}"));

    assertThat(failure(p)).contains("products[0].holding_cost").contains("got -2");
  }

  @Test
  void load_misspelledProductKey_listsAllowedKeysAndSuggestsFix() {
    Path p = yaml(BASE.replace("sigma: 20", "sigam: 20"));

    assertThat(failure(p)).contains("products[1]").contains("unknown key 'sigam'")
        .contains("did you mean 'sigma'?")
        .contains("allowed keys: id, mu, sigma, holding_cost, group, service_level");
  }

  @Test
  void load_misspelledTopLevelKey_isRejected() {
    Path p = yaml(BASE + "flexiblity:\n  P1: [V2]\n");

    assertThat(failure(p)).contains("top level").contains("unknown key 'flexiblity'")
        .contains("did you mean 'flexibility'?");
  }

  @Test
  void load_textualBooleanId_asksForQuotes() {
    Path p = yaml(BASE.replace("{id: P2, capacity: 100}", "{id: true, capacity: 100}"));

    assertThat(failure(p)).contains("plants[1].id").contains("expected text, got true")
        .contains("quotes");
  }

  @Test
  void load_arcWithUndeclaredPlant_namesPlantArcAndDeclaredIds() {
    Path p = yaml(BASE + "  - {plant: P9, product: V1}\n");

    assertThat(failure(p)).contains("p.yaml: arcs[2].plant").contains("plant 'P9'")
        .contains("not declared").contains("declared plants: P1, P2");
  }

  @Test
  void load_arcWithUndeclaredProduct_suggestsCloseId() {
    Path p = yaml(BASE + "  - {plant: P1, product: v2}\n");

    assertThat(failure(p)).contains("arcs[2].product").contains("product 'v2'")
        .contains("declared products: V1, V2").contains("did you mean 'V2'?");
  }

  @Test
  void load_flexibilityWithUndeclaredIds_namesMapEntry() {
    assertThat(failure(yaml(BASE + "flexibility:\n  P7: [V1]\n")))
        .contains("flexibility.P7").contains("plant 'P7' is not declared");
    assertThat(failure(yaml(BASE + "flexibility:\n  P1: [V1, V5]\n")))
        .contains("flexibility.P1[1]").contains("product 'V5' is not declared");
  }

  @Test
  void load_duplicatePlantId_namesBothElements() {
    Path p = yaml(BASE.replace("{id: P2, capacity: 100}", "{id: P1, capacity: 100}"));

    assertThat(failure(p)).contains("plants[1].id").contains("duplicate plant id 'P1'")
        .contains("already used by plants[0]").contains("unique");
  }

  @Test
  void load_duplicateProductId_namesBothElements() {
    Path p = yaml(BASE.replace("{id: V2,", "{id: V1,"));

    assertThat(failure(p)).contains("products[1].id").contains("duplicate product id 'V1'")
        .contains("already used by products[0]");
  }

  @Test
  void load_emptyPlantList_saysNetworkNeedsAPlant() {
    Path p = yaml("plants: []\nproducts:\n  - {id: V1, mu: 1, sigma: 1}\n");

    assertThat(failure(p)).contains("p.yaml: plants").contains("no plants are declared")
        .contains("at least one plant");
  }

  @Test
  void load_missingProducts_namesRequiredField() {
    Path p = yaml("plants:\n  - {id: P1, capacity: 1}\n");

    assertThat(failure(p)).contains("p.yaml: products").contains("required field is missing");
  }

  @Test
  void load_emptyProductList_saysNetworkNeedsAProduct() {
    Path p = yaml("plants:\n  - {id: P1, capacity: 1}\nproducts: []\n");

    assertThat(failure(p)).contains("products").contains("no products are declared");
  }

  @Test
  void load_plantsGivenAsMapping_asksForList() {
    Path p = yaml("plants: {id: P1, capacity: 1}\nproducts: []\n");

    assertThat(failure(p)).contains("plants").contains("expected a list");
  }

  @Test
  void load_productWithoutArc_loadsWithWarning() {
    Path p = yaml(BASE.replace("  - {plant: P2, product: V2}\n", "  - {plant: P2, product: V1}\n"));

    ProblemDefinition d = ProblemLoader.load(p);

    assertThat(d.warnings()).anyMatch(
        w -> w.contains("product 'V2' has no arc: only inventory can serve it"));
    assertThat(d.network().productsWithoutArcs()).containsExactly("V2");
  }

  @Test
  void load_arcsAndFlexibility_areUnited() {
    Path p = yaml(BASE + "flexibility:\n  P1: [V1, V2]\n  P2: []\n");

    ProblemDefinition d = ProblemLoader.load(p);

    assertThat(d.network().arcs()).extracting(a -> a.plant() + "-" + a.product())
        .containsExactly("P1-V1", "P2-V2", "P1-V2");
    assertThat(d.warnings()).isEmpty();
  }
}
