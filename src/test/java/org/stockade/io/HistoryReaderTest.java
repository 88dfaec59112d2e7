package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.calibration.DemandHistory;
import org.stockade.calibration.DemandTable;
import org.stockade.calibration.MissingPolicy;
import org.stockade.calibration.OutageLog;
import org.stockade.calibration.PeriodAxis;
import org.stockade.model.InvalidInputException;

class HistoryReaderTest {
  @TempDir
  Path dir;

  private Path file(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void readDemand_longAndWide_giveTheSameTable() throws Exception {
    Path lng = file("long.csv", "period,product,quantity\n2,B,7\n1,A,1\n1,B,5\n# note\n\n2,A,3\n");
    Path wide = file("wide.csv", "period,A,B\n1,1,5\n2,3,7\n");
    for (Path p : new Path[] {lng, wide}) {
      DemandTable t = HistoryReader.readDemand(p, null);
      assertThat(t.keys()).containsExactly(1, 2);
      assertThat(t.demand()[0][t.products().indexOf("A")]).isEqualTo(1.0);
      assertThat(t.demand()[1][t.products().indexOf("B")]).isEqualTo(7.0);
      assertThat(t.forecast()).isNull();
    }
  }

  @Test
  void readDemand_malformedRows_everyOneIsReportedWithLineAndColumn() throws Exception {
    Path p = file("bad.csv", "period,product,quantity\n1,A,abc\n1,B,5\nx,A,3\n2,,4\n2,B,-1\n"
        + "2,A,1,9\n1,B,6\n");
    assertThatThrownBy(() -> HistoryReader.readDemand(p, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("6 malformed")
        .hasMessageContaining("line 2, column 'quantity': 'abc' is not a number")
        .hasMessageContaining("line 4, column 'period': 'x' is not a period label")
        .hasMessageContaining("line 5, column 'product': empty product id")
        .hasMessageContaining("line 6, column 'quantity': '-1' must be a number in [0, 1e12]")
        .hasMessageContaining("line 7: 4 values but the header has 3 columns")
        .hasMessageContaining("line 8: period 1, product 'B' was already given on line 3");
  }

  @Test
  void readDemand_mixedPeriodKinds_isAnErrorAtTheRow() throws Exception {
    Path p = file("mix.csv", "period,A\n2024-01,3\n2024-02-01,4\n");
    assertThatThrownBy(() -> HistoryReader.readDemand(p, null))
        .hasMessageContaining("line 3, column 'period': '2024-02-01' is an ISO date");
  }

  @Test
  void missingPolicy_weeklyDatesWithAGap_errorZeroOrDrop() throws Exception {
    // weekly dates; 2024-01-15 is absent and A is empty on 2024-01-22
    Path p = file("weekly.csv", "period,A,B\n2024-01-01,10,20\n2024-01-08,11,21\n"
        + "2024-01-22,,22\n2024-01-29,13,23\n");
    DemandTable t = HistoryReader.readDemand(p, null);
    assertThat(t.kind()).isEqualTo(PeriodAxis.Kind.DATE);
    assertThatThrownBy(() -> DemandHistory.of(t, MissingPolicy.ERROR))
        .hasMessageContaining("3 demand value(s) missing in 2 period(s)")
        .hasMessageContaining("2024-01-15/A").hasMessageContaining("2024-01-22/A")
        .hasMessageContaining("--missing zero");
    DemandHistory zero = DemandHistory.of(t, MissingPolicy.ZERO);
    assertThat(zero.axis().step()).isEqualTo(7);
    assertThat(zero.periods()).isEqualTo(5);
    assertThat(zero.demand()[2]).containsExactly(0, 0);
    assertThat(zero.demand()[3]).containsExactly(0, 22);
    assertThat(zero.affectedPeriods()).containsExactly("2024-01-15", "2024-01-22");
    DemandHistory drop = DemandHistory.of(t, MissingPolicy.DROP);
    assertThat(drop.periods()).isEqualTo(3);
    assertThat(drop.label(2)).isEqualTo("2024-01-29");
    assertThat(drop.missingCells()).isEqualTo(3);
  }

  @Test
  void unevenPeriods_areRefusedNamingThePair() throws Exception {
    Path p = file("uneven.csv", "period,A\n1,3\n3,4\n4,5\n");
    // step 1: the gap 1 -> 3 is one missing period, not an uneven axis
    assertThatThrownBy(() -> DemandHistory.of(HistoryReader.readDemand(p, null),
        MissingPolicy.ERROR)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("(period/product: 2/A)");
    Path q = file("uneven2.csv", "period,A\n2024-01-01,3\n2024-01-08,4\n2024-01-18,5\n");
    assertThatThrownBy(() -> DemandHistory.of(HistoryReader.readDemand(q, null),
        MissingPolicy.ZERO)).hasMessageContaining("2024-01-08 and 2024-01-18 are 10 days apart");
  }

  @Test
  void forecasts_columnAndFile_giveErrorsAndThePlanningForecast() throws Exception {
    Path lng = file("f.csv", "period,product,quantity,forecast\n1,A,10,9\n2,A,12,11\n"
        + "3,A,,14\n");
    DemandTable t = HistoryReader.readDemand(lng, null);
    assertThat(t.keys()).containsExactly(1, 2);
    assertThat(t.nextForecast()).containsExactly(14);
    DemandHistory h = DemandHistory.of(t, MissingPolicy.ERROR);
    assertThat(h.errors()[0]).containsExactly(1);
    assertThat(h.errors()[1]).containsExactly(1);
    Path dem = file("d.csv", "period,A\n1,10\n2,12\n");
    Path fc = file("fc.csv", "period,A\n1,9\n2,11\n3,14\n");
    DemandTable u = HistoryReader.readDemand(dem, fc);
    assertThat(u.forecast()[1]).containsExactly(11);
    assertThat(u.nextForecast()).containsExactly(14);
    Path fcBad = file("fc2.csv", "period,A,Z\n1,9,1\n");
    assertThatThrownBy(() -> HistoryReader.readDemand(dem, fcBad))
        .hasMessageContaining("product 'Z' has forecasts but no demand history");
  }

  @Test
  void readOutages_goodAndMalformedRows() throws Exception {
    Path ok = file("o.csv", "plant,start,end,fraction\nP1,3,4,1\nP2,7,7,0.5\n");
    OutageLog log = HistoryReader.readOutages(ok);
    assertThat(log.outages()).hasSize(2);
    assertThat(log.outages().get(0).length()).isEqualTo(2);
    assertThat(log.outages().get(1).line()).isEqualTo(3);
    Path bad = file("ob.csv", "plant,start,end,fraction\nP1,5,4,1\n,1,1,1\nP2,1,2,1.5\n"
        + "P3,1,2,x\n");
    assertThatThrownBy(() -> HistoryReader.readOutages(bad))
        .hasMessageContaining("4 malformed")
        .hasMessageContaining("line 2, column 'end': end 4 is before start 5")
        .hasMessageContaining("line 3, column 'plant': empty plant id")
        .hasMessageContaining("line 4, column 'fraction': '1.5' must be in (0, 1]")
        .hasMessageContaining("line 5, column 'fraction': 'x' is not a number");
    Path head = file("oh.csv", "plant,start,stop,fraction\nP1,1,1,1\n");
    assertThatThrownBy(() -> HistoryReader.readOutages(head))
        .hasMessageContaining("line 1, column 3: unknown column 'stop'");
  }
}
