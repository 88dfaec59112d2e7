package org.stockade.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.model.Arc;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;

/** CSV scenario files: values land in the right slots; every error names file, line, column. */
class ScenarioFileTest {
  @TempDir
  Path dir;

  private static Network network() {
    return new Network("2x2", List.of(new Plant("P1", 100), new Plant("P2", 80)),
        List.of(new Product("V1", 60, 20), new Product("V2", 70, 30)),
        List.of(new Arc("P1", "V1"), new Arc("P2", "V2")));
  }

  private Path write(String text) throws IOException {
    Path f = dir.resolve("s.csv");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void readsColumnsInAnyOrder_withCommentsAndPrefixes() throws IOException {
    Path f = write("# scenarios\nP2,V2,capacity:P1,demand:V1\n80,70,100,60\n\n0,90.5,100,55\n");
    ScenarioSet s = ScenarioFile.read(f, network());
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.demand(0)).containsExactly(60, 70);
    assertThat(s.capacity(0)).containsExactly(100, 80);
    assertThat(s.demand(1)).containsExactly(55, 90.5);
    assertThat(s.capacity(1)).containsExactly(100, 0);
    assertThat(s.seed()).isEqualTo(-1);
  }

  private void assertError(String text, String... fragments) throws IOException {
    Path f = write(text);
    assertThatThrownBy(() -> ScenarioFile.read(f, network()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(f.toString())
        .satisfies(e -> {
          for (String x : fragments) {
            assertThat(e.getMessage()).contains(x);
          }
        });
  }

  @Test
  void errors_nameFileLineColumnAndFix() throws IOException {
    assertError("", "is empty");
    assertError("V1,V2,P1,P2\n", "no scenario rows");
    assertError("V1,V2,P1\n1,2,3\n", "line 1", "lacks column(s) P2");
    assertError("V1,V2,P1,P9\n1,2,3,4\n", "line 1", "column 4", "'P9'", "plants: P1, P2");
    assertError("V1,V2,P1,P2,V1\n1,2,3,4,5\n", "column 5", "appears twice");
    assertError("V1,V2,P1,P2\n1,2,3\n", "line 2", "3 values", "4 columns");
    assertError("V1,V2,P1,P2\n1,2,3,4\n1,x,3,4\n", "line 3", "column 2", "'x' is not a number");
    assertError("V1,V2,P1,P2\n1,2,-3,4\n", "line 2", "column 3", "capacity must be a number in"
        + " [0, 1e9]");
    assertError("V1,V2,P1,P2\n1e308,2,3,4\n", "line 2", "column 1", "demand", "1e9");
    assertError("V1,V2,P1,P2\nNaN,2,3,4\n", "line 2", "column 1", "demand");
    Path missing = dir.resolve("nope.csv");
    assertThatThrownBy(() -> ScenarioFile.read(missing, network()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("not found");
  }

  @Test
  void idSharedByProductAndPlant_needsAPrefix() throws IOException {
    Network n = new Network("x", List.of(new Plant("A", 1)), List.of(new Product("A", 1, 0)),
        List.of(new Arc("A", "A")));
    Path f = write("A,A\n1,2\n");
    assertThatThrownBy(() -> ScenarioFile.read(f, n)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("write demand:A or capacity:A");
    Path g = write("demand:A,capacity:A\n1,2\n");
    ScenarioSet s = ScenarioFile.read(g, n);
    assertThat(s.demand(0)).containsExactly(1);
    assertThat(s.capacity(0)).containsExactly(2);
  }
}
