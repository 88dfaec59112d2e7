package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.exposure.NodeKind;
import org.stockade.exposure.SupplyNetwork;
import org.stockade.model.InvalidInputException;

/** Exposure-network loaders: the three formats agree, and errors say where and how to fix. */
class ExposureLoaderTest {
  @TempDir
  Path dir;

  private static final String BASE = """
      name: tiny
      nodes:
        - {id: S1, kind: supplier, capacity: 10, ttr: 4}
        - {id: M1, kind: plant, capacity: 10, inventory: 6, ttr: 2}
        - {id: F1, kind: product, inventory: 4, ttr: 1, demand: 5, margin: 3}
      edges:
        - {from: S1, to: M1, quantity: 2}
        - {from: M1, to: F1}
      """;

  private String fail(String name, String content) {
    Path p = TestFiles.write(dir, name, content);
    return catchThrowableOfType(InvalidInputException.class, () -> ExposureLoader.load(p))
        .getMessage();
  }

  @Test
  void theExampleLoadsTheSameFromYamlCsvXlsxAndTheClassPath() throws IOException {
    SupplyNetwork yaml = ExposureLoader.load(Path.of("examples/tiers30.yaml"));
    SupplyNetwork csv = ExposureLoader.load(Path.of("examples/tiers30-csv"));
    SupplyNetwork xlsx = ExposureLoader.load(Path.of("examples/tiers30.xlsx"));
    assertThat(yaml.size()).isEqualTo(30);
    assertThat(yaml.nodes().stream().filter(n -> n.kind() == NodeKind.PRODUCT)).hasSize(10);
    assertThat(yaml.warnings()).isEmpty();
    assertThat(csv).isEqualTo(yaml);
    assertThat(xlsx).isEqualTo(yaml);
    assertThat(Files.readString(Path.of("src/main/resources/examples/tiers30.yaml")))
        .isEqualTo(Files.readString(Path.of("examples/tiers30.yaml")));
  }

  @Test
  void writerRoundTripsThroughEveryFormatIncludingJson() {
    SupplyNetwork net = ExposureLoader.load(TestFiles.write(dir, "tiny.yaml", BASE));
    assertThat(net.node(0).capacity()).isEqualTo(10);
    assertThat(net.node(2).capacity()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(net.edges().get(1).quantity()).isEqualTo(1);
    ExposureWriter.csv(net, dir.resolve("csv"));
    ExposureWriter.xlsx(net, dir.resolve("tiny.xlsx"));
    assertThat(ExposureLoader.load(dir.resolve("csv"))).isEqualTo(net);
    assertThat(ExposureLoader.load(dir.resolve("tiny.xlsx"))).isEqualTo(net);
    assertThat(ExposureLoader.load(TestFiles.write(dir, "again.yaml", ExposureWriter.yaml(net))))
        .isEqualTo(net);
    String json = """
        {"nodes": [{"id": "S1", "kind": "supplier", "capacity": 10, "ttr": 4},
                   {"id": "M1", "kind": "plant", "capacity": 10, "inventory": 6, "ttr": 2},
                   {"id": "F1", "kind": "product", "inventory": 4, "ttr": 1, "demand": 5,
                    "margin": 3}],
         "edges": [{"from": "S1", "to": "M1", "quantity": 2}, {"from": "M1", "to": "F1"}]}
        """;
    assertThat(ExposureLoader.load(TestFiles.write(dir, "tiny.json", json))).isEqualTo(net);
  }

  @Test
  void aCycleIsNamed() {
    String msg = fail("cycle.yaml", BASE.replace("  - {from: M1, to: F1}",
        "  - {from: M1, to: F1}\n  - {from: M1, to: S1}"));
    assertThat(msg).contains("cycle.yaml").contains("cycle: ")
        .containsAnyOf("S1 -> M1 -> S1", "M1 -> S1 -> M1")
        .contains("remove one of these edges");
  }

  @Test
  void anUnknownNodeOnAnEdgeNamesFileRowFieldAndValue() {
    String msg = fail("unknown.yaml", BASE.replace("{from: M1, to: F1}", "{from: M1, to: F2}"));
    assertThat(msg).contains("unknown.yaml").contains("edges[1].to").contains("'F2'")
        .contains("every edge must join two nodes");
    TestFiles.write(dir, "c/nodes.csv", "id,kind,capacity,ttr,demand,margin\nS1,supplier,5,1,,\n"
        + "F1,product,,1,5,2\n");
    TestFiles.write(dir, "c/edges.csv", "from,to,quantity\nS1,F1,1\nS9,F1,1\n");
    String csv = catchThrowableOfType(InvalidInputException.class,
        () -> ExposureLoader.load(dir.resolve("c"))).getMessage();
    assertThat(csv).contains("edges.csv").contains("line 3").contains("column 'from'")
        .contains("'S9'");
  }

  @Test
  void badNumbersAndDuplicatesAreReportedWithAFix() {
    assertThat(fail("neg.yaml", BASE.replace("capacity: 10, ttr: 4", "capacity: -3, ttr: 4")))
        .contains("nodes[0].capacity").contains("node 'S1'").contains("-3");
    assertThat(fail("nan.yaml", BASE.replace("inventory: 6", "inventory: .nan")))
        .contains("nan.yaml").contains("line 4").contains(".nan").contains("finite number");
    TestFiles.write(dir, "n/nodes.csv", "id,kind,inventory,ttr,demand,margin\nS1,supplier,NaN,1,,\n"
        + "F1,product,,1,5,2\n");
    TestFiles.write(dir, "n/edges.csv", "from,to\nS1,F1\n");
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> ExposureLoader.load(dir.resolve("n"))).getMessage()).contains("nodes.csv")
        .contains("line 2, column 'inventory'").contains("got NaN");
    assertThat(fail("dup.yaml", BASE.replace("id: M1, kind: plant", "id: S1, kind: plant")))
        .contains("nodes[1].id").contains("duplicate node id 'S1'").contains("nodes[0]");
    assertThat(fail("ttr.yaml", BASE.replace("capacity: 10, ttr: 4", "capacity: 10")))
        .contains("nodes[0].ttr").contains("required field is missing");
    assertThat(fail("demand.yaml", BASE.replace("capacity: 10, ttr: 4",
        "capacity: 10, ttr: 4, demand: 3"))).contains("only products have demand");
    assertThat(fail("kind.yaml", BASE.replace("kind: plant", "kind: plnt")))
        .contains("nodes[1].kind").contains("did you mean 'plant'?");
    assertThat(fail("qty.yaml", BASE.replace("quantity: 2", "quantity: 0")))
        .contains("edges[0].quantity").contains("> 0");
    assertThat(fail("twice.yaml", BASE + "  - {from: S1, to: M1}\n"))
        .contains("edge S1 -> M1 repeats");
  }

  @Test
  void structuralProblemsAndWarnings() {
    assertThat(fail("noinput.yaml", BASE.replace("  - {from: S1, to: M1, quantity: 2}\n", "")))
        .contains("plant 'M1' has no inputs").contains("kind: supplier");
    assertThat(fail("fromproduct.yaml", BASE.replace("nodes:\n", "nodes:\n"
        + "  - {id: X, kind: plant, ttr: 1}\n") + "  - {from: F1, to: X}\n"))
        .contains("'F1' is a finished product");
    assertThat(fail("facility.yaml", BASE.replace("capacity: 10, ttr: 4",
        "capacity: 10, facility: site, ttr: 4").replace("capacity: 10, inventory: 6",
        "capacity: 12, facility: site, inventory: 6"))).contains("facility 'site'")
        .contains("different capacities");
    SupplyNetwork idle = ExposureLoader.load(TestFiles.write(dir, "idle.yaml",
        BASE.replace("nodes:\n", "nodes:\n  - {id: S9, kind: supplier, ttr: 1}\n")));
    assertThat(idle.warnings()).singleElement().asString().contains("S9").contains("feeds"
        + " nothing");
    assertThat(fail("key.yaml", BASE.replace("ttr: 4}", "ttr: 4, capacty: 3}")))
        .contains("unknown key 'capacty'").contains("did you mean 'capacity'?");
  }

  @Test
  void spreadsheetErrorsNameSheetRowAndColumn() throws IOException {
    Path p = dir.resolve("bad.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet nodes = wb.createSheet("Nodes");
      String[][] rows = {{"id", "kind", "capacity", "ttr", "demand", "margin"},
          {"S1", "supplier", "lots", "1"}, {"F1", "product", "", "1", "5", "2"}};
      for (int r = 0; r < rows.length; r++) {
        Row row = nodes.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      Sheet edges = wb.createSheet("edges");
      edges.createRow(0).createCell(0).setCellValue("from");
      edges.getRow(0).createCell(1).setCellValue("to");
      try (OutputStream out = Files.newOutputStream(p)) {
        wb.write(out);
      }
    }
    String msg = catchThrowableOfType(InvalidInputException.class, () -> ExposureLoader.load(p))
        .getMessage();
    assertThat(msg).contains("bad.xlsx").contains("sheet 'nodes', row 2")
        .contains("column 'capacity'").contains("'lots'");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("nodes").createRow(0).createCell(0).setCellValue("id");
      try (OutputStream out = Files.newOutputStream(dir.resolve("nosheet.xlsx"))) {
        wb.write(out);
      }
    }
    assertThat(catchThrowableOfType(InvalidInputException.class,
        () -> ExposureLoader.load(dir.resolve("nosheet.xlsx"))).getMessage())
        .contains("no sheet named 'edges'");
    assertThat(fail("fake.xlsx", "not a workbook")).contains("fake.xlsx").contains(".xlsx");
  }
}
