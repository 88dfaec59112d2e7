package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockade.strategies.preposition.PrepositionProblem;
import org.stockade.strategies.preposition.Scenario;

class PrepositionLoaderTest {
  @Test
  void scenarioRows_fillDefaultsOverridesAndBothDirectionsOfTwoWayArcs(@TempDir Path dir)
      throws Exception {
    Path net = dir.resolve("n.yaml");
    Files.writeString(net, """
        sizes: [{name: s, capacity: 10, fixed_cost: 1}]
        commodities:
          - {name: w, unit_cost: 1, volume: 1, shortage_penalty: 5}
          - {name: f, unit_cost: 1, volume: 2, shortage_penalty: 5, surplus_penalty: 1}
        locations: [a, {name: b, sizes: [{name: big, capacity: 99, fixed_cost: 7}]}]
        arcs:
          - {from: a, to: b, cost: {w: 1, f: 3}, two_way: true}
        """);
    Path csv = dir.resolve("s.csv");
    Files.writeString(csv, """
        scenario,location,commodity,demand,destroyed,from,to,capacity_factor,cost_factor

        x,a,*,,0.5,,,,
        x,a,w,7,0.25,,,,
        y,b,f,3,,,,,
        y,,,,,b,a,0,2
        """);
    PrepositionProblem p = PrepositionLoader.load(net, csv);
    assertThat(p.name()).isEqualTo("n");
    assertThat(p.sizesOf(0).get(0).name()).isEqualTo("s");
    assertThat(p.sizesOf(1).get(0).capacity()).isEqualTo(99);
    assertThat(p.arcs()).hasSize(2);
    assertThat(p.arcs().get(1).cost(1)).isEqualTo(3);
    assertThat(p.arcs().get(0).capacity()).isInfinite();
    Scenario x = p.scenario(0);
    Scenario y = p.scenario(1);
    // no probability column: equally likely
    assertThat(x.probability()).isEqualTo(0.5);
    // the commodity row overrides the location-wide destroyed fraction
    assertThat(x.destroyed(0, 0)).isEqualTo(0.25);
    assertThat(x.destroyed(0, 1)).isEqualTo(0.5);
    assertThat(x.demand(0, 0)).isEqualTo(7);
    assertThat(x.demand(1, 1)).isZero();
    assertThat(y.demand(1, 1)).isEqualTo(3);
    // a two-way arc's factors apply to both directions
    assertThat(y.capacityFactor(0)).isZero();
    assertThat(y.capacityFactor(1)).isZero();
    assertThat(y.costFactor(0)).isEqualTo(2);
    assertThat(x.capacityFactor(0)).isEqualTo(1);
  }
}
