package org.stockade.io;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stockade.model.InvalidInputException;

/** Helpers for writing problem files into a temporary directory and reading load failures. */
final class TestFiles {
  private TestFiles() {}

  /** A valid two-plant, two-product YAML problem that tests modify. */
  static final String BASE = """
      plants:
        - {id: P1, capacity: 100}
        - {id: P2, capacity: 100}
      products:
        - {id: V1, mu: 50, sigma: 10}
        - {id: V2, mu: 60, sigma: 20}
      arcs:
        - {plant: P1, product: V1}
        - {plant: P2, product: V2}
      """;

  static Path write(Path dir, String name, String content) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message of the {@link InvalidInputException} that loading {@code p} must throw. */
  static String failure(Path p) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> ProblemLoader.load(p));
    if (e == null) {
      throw new AssertionError("expected loading " + p + " to fail with InvalidInputException");
    }
    return e.getMessage();
  }
}
