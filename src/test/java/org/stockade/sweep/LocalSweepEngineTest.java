package org.stockade.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.model.InvalidInputException;

/** The local runner: rows by task id whatever the order or thread count; failures kept. */
class LocalSweepEngineTest {
  /** A task whose row is a closed form of its id and seed. */
  record Square(long id, long seed) implements SweepTask {}

  /** Row: id^2 and a seeded uniform; throws for negative seeds (bad input). */
  record SquareFn() implements SweepFunction<Square> {
    @Override
    public List<Column> columns() {
      return List.of(Column.ofLong("square"), Column.ofDouble("draw"), Column.ofText("label"));
    }

    @Override
    public List<Object> apply(Square t) {
      if (t.seed() < 0) {
        throw new InvalidInputException("seed must be >= 0, got " + t.seed());
      }
      return Arrays.asList(t.id() * t.id(), new Random(t.seed()).nextDouble(), "t" + t.id());
    }
  }

  private static Sweep<Square> shuffled(int n, long badId) {
    List<Square> tasks = new ArrayList<>();
    for (long k = 0; k < n; k++) {
      tasks.add(new Square(k, k == badId ? -1 : 1000 + k));
    }
    Collections.shuffle(tasks, new Random(3));
    return new Sweep<>("squares", tasks, new SquareFn());
  }

  @Test
  void rowsComeSortedByIdAndEqualTheClosedFormForAnyThreadCount() {
    Sweep<Square> s = shuffled(200, -5);
    SweepResult one = new LocalSweepEngine().run(s, SweepEngine.Settings.local(1));
    SweepResult four = new LocalSweepEngine().run(s, SweepEngine.Settings.local(4));
    assertThat(four.rows()).isEqualTo(one.rows());
    for (int k = 0; k < 200; k++) {
      SweepRow r = four.rows().get(k);
      assertThat(r.id()).isEqualTo(k);
      assertThat(r.value(0)).isEqualTo((long) k * k);
      assertThat(r.real(1)).isEqualTo(new Random(1000 + k).nextDouble());
    }
  }

  @Test
  void aTaskThatThrowsOnBadInputIsAFailedRowWithItsIdAndTheOthersAreKept() {
    SweepResult res = new LocalSweepEngine().run(shuffled(50, 17), SweepEngine.Settings.local(3));
    assertThat(res.rows()).hasSize(50);
    assertThat(res.failures()).singleElement().satisfies(r -> {
      assertThat(r.id()).isEqualTo(17);
      assertThat(r.seed()).isEqualTo(-1);
      assertThat(r.error()).isEqualTo("seed must be >= 0, got -1");
    });
    assertThat(res.csv()).contains("\n17,-1,false,\"seed must be >= 0, got -1\",,,\n");
  }

  @Test
  void valuesThatDoNotMatchTheColumnsAreAFailedRow() {
    SweepFunction<Square> wrong = new SweepFunction<>() {
      @Override
      public List<Column> columns() {
        return List.of(Column.ofLong("x"));
      }

      @Override
      public List<Object> apply(Square t) {
        return List.of(1.5);
      }
    };
    SweepRow r = Sweep.runOne(wrong, new Square(4, 9));
    assertThat(r.ok()).isFalse();
    assertThat(r.error()).contains("column x", "LONG", "Double");
  }

  @Test
  void duplicateIdsAndAnEmptySweepAreRejected() {
    assertThatThrownBy(() -> new Sweep<>("s", List.of(new Square(1, 0), new Square(1, 2)),
        new SquareFn())).isInstanceOf(InvalidInputException.class).hasMessageContaining("1");
    assertThatThrownBy(() -> new Sweep<>("s", List.<Square>of(), new SquareFn()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("no tasks");
  }

  @Test
  void csvRealsReadBackBitwise() {
    SweepResult res = new LocalSweepEngine().run(shuffled(20, -5), SweepEngine.Settings.local(2));
    List<String> lines = res.csv().lines().toList();
    assertThat(lines.get(0)).isEqualTo("id,seed,ok,error,square,draw,label");
    for (int k = 0; k < 20; k++) {
      String[] cells = lines.get(k + 1).split(",");
      assertThat(Double.parseDouble(cells[5])).isEqualTo(res.rows().get(k).real(1));
    }
  }

  @Test
  void sparkWithoutTheModuleIsABadInputErrorThatSaysHowToBuildIt() {
    assertThatThrownBy(() -> SweepEngines.get("spark"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mvn -B -f stockade-spark/pom.xml package");
    assertThatThrownBy(() -> SweepEngines.get("flink"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("local");
    assertThat(SweepEngines.get("LOCAL")).isInstanceOf(LocalSweepEngine.class);
  }
}
