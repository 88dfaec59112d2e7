package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stockade.io.TestFiles.failure;
import static org.stockade.io.TestFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemLoaderCsvTest {
  @TempDir Path dir;

  @BeforeEach
  void validFiles() {
    write(dir, "plants.csv", "id,capacity\nP1,100\nP2,100\n");
    write(dir, "products.csv", "id,mu,sigma,holding_cost,group,service_level\n"
        + "V1,50,10,,high,\nV2,60,20,2,,0.9\n");
    write(dir, "arcs.csv", "plant,product\nP1,V1\nP2,V2\n");
  }

  @Test
  void load_csvDirectory_readsOptionalColumnsAndSkipsBlankAndCommentLines() {
    write(dir, "arcs.csv", "plant,product\n# dedicated design\nP1,V1\n\n P2 , V2 \n");

    ProblemDefinition d = ProblemLoader.load(dir);

    assertThat(d.network().product(0).holdingCost()).isEqualTo(1.0);
    assertThat(d.network().product(0).group()).isEqualTo("high");
    assertThat(d.network().product(1).holdingCost()).isEqualTo(2.0);
    assertThat(d.network().product(1).group()).isNull();
    assertThat(d.uncertainty().serviceLevels()).containsExactly(1.0, 0.9);
    assertThat(d.network().arcs()).hasSize(2);
    assertThat(d.network().name()).isEqualTo(dir.getFileName().toString());
    assertThat(d.delta()).isNull();
  }

  @Test
  void load_csvWithUnclosedQuote_givesFileAndLine() {
    write(dir, "plants.csv", "id,capacity\nP1,100\n\"P2,100\n");

    assertThat(failure(dir)).contains("plants.csv").contains("malformed CSV at line")
        .contains("quote");
  }

  @Test
  void load_csvRowWithExtraValues_givesLineNumber() {
    write(dir, "products.csv", "id,mu,sigma\nV1,50,10\nV2,60,20,7\n");

    assertThat(failure(dir)).contains("products.csv: line 3").contains("has 4 values")
        .contains("3 columns");
  }

  @Test
  void load_csvNonNumericValue_namesLineColumnAndValue() {
    write(dir, "plants.csv", "id,capacity\nP1,100\nP2,1OO\n");

    assertThat(failure(dir)).contains("plants.csv: line 3, column 'capacity' (plant 'P2')")
        .contains("'1OO'").contains("not a number");
  }

  @Test
  void load_csvNaNValue_isRejected() {
    write(dir, "products.csv", "id,mu,sigma\nV1,NaN,10\nV2,60,20\n");

    assertThat(failure(dir)).contains("products.csv: line 2, column 'mu'").contains("got NaN");
  }

  @Test
  void load_csvMissingRequiredValue_namesLineAndColumn() {
    write(dir, "products.csv", "id,mu,sigma\nV1,50\nV2,60,20\n");

    assertThat(failure(dir)).contains("products.csv: line 2, column 'sigma' (product 'V1')")
        .contains("required field is missing");
  }

  @Test
  void load_csvUnknownColumn_listsAllowedColumns() {
    write(dir, "plants.csv", "id,capacty\nP1,100\n");

    assertThat(failure(dir)).contains("plants.csv: line 1").contains("unknown column 'capacty'")
        .contains("did you mean 'capacity'?").contains("allowed columns: id, capacity");
  }

  @Test
  void load_csvHeaderWithoutRequiredColumn_namesColumn() {
    write(dir, "products.csv", "id,mu\nV1,50\n");

    assertThat(failure(dir)).contains("products.csv: line 1").contains("no column 'sigma'");
  }

  @Test
  void load_csvDuplicateId_namesBothLines() {
    write(dir, "plants.csv", "id,capacity\nP1,100\nP1,100\n");

    assertThat(failure(dir)).contains("plants.csv: line 3, column 'id'")
        .contains("duplicate plant id 'P1'").contains("already used by line 2");
  }

  @Test
  void load_csvArcWithUndeclaredPlant_namesLineAndDeclaredIds() {
    write(dir, "arcs.csv", "plant,product\nP1,V1\nP9,V2\n");

    assertThat(failure(dir)).contains("arcs.csv: line 3, column 'plant'")
        .contains("plant 'P9' is not declared").contains("declared plants: P1, P2")
        .contains("plants.csv");
  }

  @Test
  void load_csvWithoutDataRows_saysNetworkNeedsProducts() {
    write(dir, "products.csv", "id,mu,sigma\n");

    assertThat(failure(dir)).contains("products.csv").contains("no products")
        .contains("at least one product");
  }

  @Test
  void load_csvDirectoryWithoutArcsFile_listsPresentFiles() {
    write(dir, "arc.csv", "plant,product\n");
    dir.resolve("arcs.csv").toFile().delete();

    assertThat(failure(dir)).contains("arcs.csv is missing").contains("arc.csv");
  }

  @Test
  void load_csvUncertaintyYaml_isReadWithItsOwnFileInMessages() {
    write(dir, "uncertainty.yaml", "uncertainty:\n  capacity: {loss: units, zeta: 50}\n"
        + "delta: 1\n");

    ProblemDefinition d = ProblemLoader.load(dir);
    assertThat(d.uncertainty().zeta()).isEqualTo(50.0);
    assertThat(d.delta()).isEqualTo(1.0);

    write(dir, "uncertainty.yaml", "plants: []\n");
    assertThat(failure(dir)).contains("uncertainty.yaml: top level")
        .contains("unknown key 'plants'").contains("name, uncertainty, delta");
  }
}
