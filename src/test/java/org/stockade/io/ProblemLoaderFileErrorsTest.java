package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stockade.io.TestFiles.BASE;
import static org.stockade.io.TestFiles.failure;
import static org.stockade.io.TestFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemLoaderFileErrorsTest {
  @TempDir Path dir;

  @Test
  void load_missingFile_saysFileNotFoundAndNamesPath() {
    Path p = dir.resolve("nope.yaml");

    assertThat(failure(p)).contains("nope.yaml").contains("file not found")
        .contains("check the path");
  }

  @Test
  void load_unknownExtension_namesExtensionAndSupportedFormats() {
    Path p = write(dir, "problem.txt", BASE);

    assertThat(failure(p)).contains("problem.txt").contains("'.txt'").contains(".yaml")
        .contains(".json").contains("directory");
  }

  @Test
  void load_malformedYaml_givesLineColumnAndLineText() {
    Path p = write(dir, "bad.yaml", """
        plants:
          - {id: P1, capacity: 100
        products: []
        """);

    assertThat(failure(p)).contains("bad.yaml").contains("malformed YAML")
        .containsPattern("line 3, column \\d+").contains("products: []");
  }

  @Test
  void load_badYamlIndentation_givesLineAndColumn() {
    Path p = write(dir, "indent.yaml", """
        plants:
          - id: P1
            capacity: 100
           bad: 1
        """);

    assertThat(failure(p)).contains("malformed YAML at line 4, column 4").contains("indentation");
  }

  @Test
  void load_malformedJson_givesLineAndColumn() {
    Path p = write(dir, "bad.json", """
        {
          "plants": [{"id": "P1", "capacity": 100}],
          "products": [{"id": "V1" "mu": 1}]
        }
        """);

    assertThat(failure(p)).contains("bad.json").contains("malformed JSON")
        .contains("line 3, column").contains("\"products\"");
  }

  @Test
  void load_duplicateYamlKey_namesKeyAndLine() {
    Path p = write(dir, "dup.yaml", BASE + "delta: 0\ndelta: 1\n");

    assertThat(failure(p)).contains("dup.yaml").contains("duplicate key 'delta'")
        .contains("line 11");
  }

  @Test
  void load_emptyYamlFile_saysFileIsEmpty() {
    Path p = write(dir, "empty.yaml", "# nothing here\n");

    assertThat(failure(p)).contains("empty.yaml").contains("the file is empty");
  }

  @Test
  void load_secondYamlDocument_isRejected() {
    Path p = write(dir, "two.yaml", BASE + "---\nplants: []\n");

    assertThat(failure(p)).contains("two.yaml").contains("single document");
  }

  @Test
  void load_topLevelList_asksForMapping() {
    Path p = write(dir, "list.yaml", "- 1\n- 2\n");

    assertThat(failure(p)).contains("list.yaml: top level").contains("expected a mapping")
        .contains("a list [1,2]");
  }

  @Test
  void load_yamlInfinity_isReportedAsNotFinite() {
    Path p = write(dir, "inf.yaml", BASE.replace("capacity: 100}\n  - {id: P2",
        "capacity: .inf}\n  - {id: P2"));

    assertThat(failure(p)).contains("inf.yaml").contains("'.inf'").contains("not a finite number")
        .contains("line 2");
  }
}
