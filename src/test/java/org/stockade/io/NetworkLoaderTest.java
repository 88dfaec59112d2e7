package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.model.InvalidInputException;

class NetworkLoaderTest {
  @TempDir
  Path dir;

  @Test
  void load_examples_giveTheVariantTheirTopLevelKeysAnnounce() {
    assertThat(NetworkLoader.load(Path.of("examples/gm.yaml")))
        .isInstanceOf(LoadedNetwork.PlantProduct.class);
    assertThat(NetworkLoader.load(Path.of("examples/gm.json")))
        .isInstanceOf(LoadedNetwork.PlantProduct.class);
    assertThat(NetworkLoader.load(Path.of("examples/gm-csv")))
        .isInstanceOf(LoadedNetwork.PlantProduct.class);
    assertThat(NetworkLoader.load(Path.of("examples/gm-two-tier.yaml")))
        .isInstanceOf(LoadedNetwork.MultiStage.class);
    assertThat(NetworkLoader.load(Path.of("examples/tiers30.yaml")))
        .isInstanceOf(LoadedNetwork.Exposure.class);
    assertThat(NetworkLoader.load(Path.of("examples/tiers30.xlsx")))
        .isInstanceOf(LoadedNetwork.Exposure.class);
    assertThat(NetworkLoader.load(Path.of("examples/tiers30-csv")))
        .isInstanceOf(LoadedNetwork.Exposure.class);
  }

  @Test
  void load_sameModelAsTheKindSpecificLoaders() {
    var pp = (LoadedNetwork.PlantProduct) NetworkLoader.load(Path.of("examples/gm.yaml"));
    assertThat(pp.definition()).usingRecursiveComparison().isEqualTo(ProblemLoader.load(Path.of("examples/gm.yaml")));
    var ms = (LoadedNetwork.MultiStage) NetworkLoader.load(Path.of("examples/gm-two-tier.yaml"));
    assertThat(ms.definition()).usingRecursiveComparison()
        .isEqualTo(MultiStageLoader.load(Path.of("examples/gm-two-tier.yaml")));
    var x = (LoadedNetwork.Exposure) NetworkLoader.load(Path.of("examples/tiers30.yaml"));
    assertThat(x.network().size())
        .isEqualTo(ExposureLoader.load(Path.of("examples/tiers30.yaml")).size());
    assertThat(x.kind()).isEqualTo("exposure");
  }

  @Test
  void load_ambiguousFile_isReadAsTheExpectedKindWithThatKindsMessage() {
    Path p = TestFiles.write(dir, "x.yaml", "name: empty\n");
    assertThatThrownBy(() -> NetworkLoader.load(p))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("plants");
    assertThatThrownBy(() -> NetworkLoader.load(p, LoadedNetwork.Exposure.KIND))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("nodes");
  }

  @Test
  void load_badMultiStageField_namesTheField() {
    Path p = TestFiles.write(dir, "m.yaml", "stages: []\narcs: []\n");
    assertThatThrownBy(() -> NetworkLoader.load(p))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("stages");
  }
}
