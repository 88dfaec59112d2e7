package org.stockade.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.model.Examples;

/** The workbench's API additions: built-in examples and a version's model as a JSON tree. */
class ExamplesApiTest {
  @TempDir static Path dir;
  static TestServer s;

  @BeforeAll
  static void start() {
    s = TestServer.start(dir.resolve("data"), 1, 4);
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  @Test
  void examples_listed_andGmUploadsAsTheGmNetwork() {
    JsonNode list = TestServer.json(s.get("/api/examples")).get("examples");
    assertThat(list.findValuesAsText("name")).containsExactly("gm", "tiers30",
        "gm-two-tier");
    HttpResponse<String> gm = s.get("/api/examples/gm");
    assertThat(gm.statusCode()).isEqualTo(200);
    HttpResponse<String> up = s.post("/api/networks?name=gm.yaml",
        gm.body().getBytes(StandardCharsets.UTF_8));
    assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    String id = TestServer.json(up).get("id").asText();
    JsonNode tree = TestServer.json(s.get("/api/networks/" + id + "/versions/1"))
        .get("model_tree");
    assertThat(tree.get("plants")).hasSize(Examples.GM_CAPACITY.length);
    for (int i = 0; i < Examples.GM_CAPACITY.length; i++) {
      assertThat(tree.get("plants").get(i).get("capacity").asDouble())
          .isEqualTo(Examples.GM_CAPACITY[i]);
    }
    assertThat(tree.get("products")).hasSize(Examples.GM_MEAN.length);
  }

  @Test
  void tiers30_uploadsAsAnExposureNetwork() {
    HttpResponse<String> up = s.post("/api/networks?name=tiers30.yaml",
        s.get("/api/examples/tiers30").body().getBytes(StandardCharsets.UTF_8));
    assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    assertThat(TestServer.json(up).get("kind").asText()).isEqualTo("exposure");
  }

  @Test
  void shippedExamples_areTheFilesInExamplesDir_andGmTwoTierUploadsAsMultiStage()
      throws java.io.IOException {
    for (String name : new String[] {"tiers30", "gm-two-tier"}) {
      assertThat(s.get("/api/examples/" + name).body()).as(name).isEqualTo(
          java.nio.file.Files.readString(java.nio.file.Path.of("examples", name + ".yaml")));
    }
    HttpResponse<String> up = s.post("/api/networks?name=gm-two-tier.yaml",
        s.get("/api/examples/gm-two-tier").body().getBytes(StandardCharsets.UTF_8));
    assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    assertThat(TestServer.json(up).get("kind").asText()).isEqualTo("multi-stage");
  }

  @Test
  void uploadWarnings_nameTheUploadedFile_neverTheServersStagingPath() {
    String yaml = "plants:\n  - {id: P1, capacity: 10}\n  - {id: Pidle, capacity: 5}\n"
        + "products:\n  - {id: V1, mu: 5, sigma: 1}\narcs:\n  - {plant: P1, product: V1}\n";
    HttpResponse<String> up = s.post("/api/networks?name=idle.yaml",
        yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
    String id = TestServer.json(up).get("id").asText();
    JsonNode w = TestServer.json(s.get("/api/networks/" + id + "/versions/1")).get("warnings");
    assertThat(w).isNotEmpty();
    assertThat(w.get(0).asText()).contains("Pidle").startsWith("idle.yaml")
        .doesNotContain("stockade-upload").doesNotContain(System.getProperty("java.io.tmpdir"));
  }

  @Test
  void unknownExample_isA404NamingTheKnownOnes() {
    HttpResponse<String> r = s.get("/api/examples/nope");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(TestServer.json(r).get("detail").asText()).contains("'nope'").contains("gm")
        .contains("tiers30");
  }
}
