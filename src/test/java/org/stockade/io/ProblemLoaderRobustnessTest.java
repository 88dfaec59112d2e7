package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.stockade.io.TestFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stockade.model.InvalidInputException;

/** Odd inputs must fail with an {@link InvalidInputException} naming the file, never a raw one. */
class ProblemLoaderRobustnessTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {
      "42",
      "plants: 3",
      "plants: [null]\nproducts: []",
      "plants: [[1, 2]]",
      "plants: [{id: {a: 1}, capacity: 1}]",
      "plants: [{id: P1, capacity: [1]}]",
      "plants: [{id: P1, capacity: 1}]\nproducts: [{id: V1, mu: 1, sigma: 1}]\narcs: [7]",
      "plants: [{id: P1, capacity: 1}]\nproducts: [{id: V1, mu: 1, sigma: 1}]\narcs: [[P1]]",
      "plants: [{id: P1, capacity: 1}]\nproducts: [{id: V1, mu: 1, sigma: 1}]\narcs: {P1: V1}",
      "plants: [{id: P1, capacity: 1}]\nproducts: [{id: V1, mu: 1, sigma: 1}]\nflexibility: [P1]",
      "plants: [{id: P1, capacity: 1}]\nproducts: [{id: V1, mu: 1, sigma: 1}]\nuncertainty: 5",
      "plants: [{id: P1, capacity: 1}]\nproducts: [{id: V1, mu: 1, sigma: 1}]\n"
          + "uncertainty: {polyhedral_demand: [{terms: [V1], max: 1}]}",
      "plants: [{id: P1, capacity: 1}]\nproducts: [{id: V1, mu: 1, sigma: 1}]\n"
          + "uncertainty: {demand: {aggregate: 3}}",
      "plants: [{id: P1, capacity: 1}]\nproducts: [{id: V1, mu: 1, sigma: 1}]\ndelta: [0]",
      "plants: [{id: '', capacity: 1}]",
      "plants: &a [*a]",
      "plants: [{id: P1, capacity: 1e}]",
      "\t- tab",
      "{{{{",
  })
  void load_oddYaml_throwsOnlyInvalidInputExceptionNamingTheFile(String content) {
    Path p = write(dir, "odd.yaml", content);

    Throwable t = catchThrowable(() -> ProblemLoader.load(p));

    assertThat(t).isInstanceOf(InvalidInputException.class);
    assertThat(t.getMessage()).contains("odd.yaml");
  }
}
