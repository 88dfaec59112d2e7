package org.stockade.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Hand-checked exposure numbers on small networks. */
class ExposureSolverTest {
  private static final double EPS = 1e-6;

  /**
   * Chain S -> M -> F. S: capacity 10/t, no stock, TTR 4. M: capacity 10, 6 units in stock,
   * needs 2 S per unit, TTR 2. F: demand 5/t, margin 3, 4 in stock, TTR 1, needs 1 M per unit.
   * Undisrupted: S supports 5 M per t = F's demand, so nothing is ever short.
   * <ul>
   *   <li>S down 4: F gets M's 6 + its own 4 = 10 units = 2 periods of demand: TTS 2; over 4
   *       periods 20 demanded, 10 lost: PI = 30. Exposed.</li>
   *   <li>M down 2: the same 10 units: TTS 2 = TTR, PI(2) = 0. Not exposed.</li>
   *   <li>F down 1: 4 in stock, 5 demanded: 1 lost, PI 3; TTS 4/5 = 0.8.</li>
   * </ul>
   * REI = 1, 0, 0.1.
   */
  static SupplyNetwork chain() {
    return new SupplyNetwork("chain", List.of(
        Node.supplier("S", 10, 0, 4),
        Node.plant("M", 10, 6, 2),
        Node.product("F", 100, 4, 1, 5, 3)),
        List.of(new Edge("S", "M", 2), new Edge("M", "F", 1)));
  }

  /**
   * Alternates and priorities. A (margin 10) takes input x from S1 or S2; B (margin 1) only from
   * S2. Capacities 4/t each, demand 4/t each, no stock, every TTR 2 (windows of 8 units).
   * <ul>
   *   <li>S1 down: S2's 8 units go to A (worth more), B loses 8: PI 8, TTS 0. The affected part
   *       {S1, S2, A} alone suggests A loses (B's draw on S2) or nothing (S2 all free), so the
   *       bounds disagree and the whole network must be solved: this checks the fallback.</li>
   *   <li>S2 down: S1 covers A, B loses 8: PI 8, TTS 0.</li>
   *   <li>A down: 8 x 10 = 80. B down: 8.</li>
   * </ul>
   * REI: A 1, the others 0.1.
   */
  static SupplyNetwork alternates() {
    return new SupplyNetwork("alternates", List.of(
        Node.supplier("S1", 4, 0, 2),
        Node.supplier("S2", 4, 0, 2),
        Node.product("A", Double.POSITIVE_INFINITY, 0, 2, 4, 10),
        Node.product("B", Double.POSITIVE_INFINITY, 0, 2, 4, 1)),
        List.of(new Edge("S1", "A", 1, "x"), new Edge("S2", "A", 1, "x"),
            new Edge("S2", "B", 1)));
  }

  private static Map<String, ScenarioResult> byLabel(ExposureResult r) {
    return r.scenarios().stream().collect(Collectors.toMap(s -> s.scenario().label(), s -> s));
  }

  @Test
  void chainByHand() {
    for (ExposureSolver.Method m : ExposureSolver.Method.values()) {
      SupplyNetwork net = chain();
      ExposureResult res = new ExposureSolver().solve(net, Scenario.singles(net),
          new ExposureSolver.Options(m, 2, null));
      Map<String, ScenarioResult> r = byLabel(res);
      assertThat(r.get("S").lostProfit()).isCloseTo(30, within(EPS));
      assertThat(r.get("S").lostUnits()).isCloseTo(10, within(EPS));
      assertThat(r.get("S").lostByProduct()).containsOnlyKeys("F");
      assertThat(r.get("S").tts()).isCloseTo(2, within(EPS));
      assertThat(r.get("S").exposed()).isTrue();
      assertThat(r.get("M").lostProfit()).isCloseTo(0, within(EPS));
      assertThat(r.get("M").tts()).isCloseTo(2, within(EPS));
      assertThat(r.get("M").exposed()).isFalse();
      assertThat(r.get("F").lostProfit()).isCloseTo(3, within(EPS));
      assertThat(r.get("F").tts()).isCloseTo(0.8, within(EPS));
      assertThat(r.get("S").rei()).isEqualTo(1.0);
      assertThat(r.get("M").rei()).isCloseTo(0, within(EPS));
      assertThat(r.get("F").rei()).isCloseTo(0.1, within(EPS));
      assertThat(res.ranking().get(0).scenario().label()).isEqualTo("S");
    }
  }

  @Test
  void alternatesByHandNeedTheWholeNetworkWhenBoundsDisagree() {
    SupplyNetwork net = alternates();
    for (ExposureSolver.Method m : ExposureSolver.Method.values()) {
      Map<String, ScenarioResult> r = byLabel(new ExposureSolver().solve(net,
          Scenario.singles(net), new ExposureSolver.Options(m, 1, null)));
      assertThat(r.get("S1").lostProfit()).isCloseTo(8, within(EPS));
      assertThat(r.get("S1").lostByProduct()).containsOnlyKeys("B");
      assertThat(r.get("S2").lostProfit()).isCloseTo(8, within(EPS));
      assertThat(r.get("A").lostProfit()).isCloseTo(80, within(EPS));
      assertThat(r.get("B").lostProfit()).isCloseTo(8, within(EPS));
      assertThat(r.get("A").rei()).isEqualTo(1.0);
      assertThat(r.get("S1").rei()).isCloseTo(0.1, within(EPS));
      for (ScenarioResult s : r.values()) {
        assertThat(s.tts()).isCloseTo(0, within(EPS));
        assertThat(s.exposed()).isTrue();
      }
      if (m == ExposureSolver.Method.RESTRICTED) {
        assertThat(r.get("S1").restricted()).isFalse();
      }
    }
  }

  /**
   * Unbounded TTS: a supplier with spare capacity and a product that can be made from either of
   * two suppliers. Losing one supplier leaves 6/t for a demand of 5/t: never short.
   */
  @Test
  void unboundedTimeToSurviveIsAStatusNotAnError() {
    SupplyNetwork net = new SupplyNetwork("spare", List.of(
        Node.supplier("S1", 6, 0, 3), Node.supplier("S2", 6, 0, 3),
        Node.product("P", 10, 0, 1, 5, 2)),
        List.of(new Edge("S1", "P", 1, "in"), new Edge("S2", "P", 1, "in")));
    Map<String, ScenarioResult> r = byLabel(new ExposureSolver().solve(net,
        List.of(Scenario.parse(net, "S1"), Scenario.parse(net, "S1+S2")),
        ExposureSolver.Options.defaults()));
    assertThat(r.get("S1").ttsUnbounded()).isTrue();
    assertThat(r.get("S1").lostProfit()).isZero();
    assertThat(r.get("S1").exposed()).isFalse();
    // Both down for 3: 15 units lost at margin 2; nothing in stock so TTS 0.
    assertThat(r.get("S1+S2").lostProfit()).isCloseTo(30, within(EPS));
    assertThat(r.get("S1+S2").tts()).isCloseTo(0, within(EPS));
    assertThat(r.get("S1+S2").rei()).isEqualTo(1.0);
  }

  /**
   * Shared facility: plants M1 and M2 share a facility of capacity 10/t; each feeds its own
   * product (demand 6/t, margins 5 and 1). Undisrupted the facility is short by 2/t; with 20
   * units of F2 in stock it survives 10 periods... With M1 down (TTR 2), M2 may use the whole
   * facility: F1 loses its 12 units (no stock) = 60; F2 is made in full.
   */
  @Test
  void sharedFacilityCapacity() {
    SupplyNetwork net = new SupplyNetwork("facility", List.of(
        Node.supplier("S", Double.POSITIVE_INFINITY, 0, 1),
        Node.plant("M1", 10, 0, 2).onFacility("site"),
        Node.plant("M2", 10, 0, 2).onFacility("site"),
        Node.product("F1", Double.POSITIVE_INFINITY, 0, 1, 6, 5),
        Node.product("F2", Double.POSITIVE_INFINITY, 20, 1, 6, 1)),
        List.of(new Edge("S", "M1", 1), new Edge("S", "M2", 1), new Edge("M1", "F1", 1),
            new Edge("M2", "F2", 1)));
    for (ExposureSolver.Method m : ExposureSolver.Method.values()) {
      ExposureSolver solver = new ExposureSolver();
      ScenarioResult m1 = solver.evaluate(net, Scenario.parse(net, "M1"), m);
      assertThat(m1.lostProfit()).isCloseTo(60, within(EPS));
      assertThat(m1.tts()).isCloseTo(0, within(EPS));
      // M2 down for 2: F1 gets 6/t of the facility, fine; F2 has 20 in stock for 12: no loss.
      // TTS of M2 down: F2 lasts 20/6; F1 forever: TTS = 10/3.
      ScenarioResult m2 = solver.evaluate(net, Scenario.parse(net, "M2"), m);
      assertThat(m2.lostProfit()).isCloseTo(0, within(EPS));
      assertThat(m2.tts()).isCloseTo(10.0 / 3, within(EPS));
      // The whole facility down (both nodes) for 2: F1 loses 12 (60), F2 none.
      ScenarioResult site = solver.evaluate(net, Scenario.parse(net, "site"), m);
      assertThat(site.scenario().nodes()).containsExactly("M1", "M2");
      assertThat(site.lostProfit()).isCloseTo(60, within(EPS));
      // Undisrupted: facility 10/t for 12/t demand; F1 first (margin 5): F2 gets 4/t and its
      // stock covers the missing 2/t for 10 periods. Disrupting S for 1 period: nothing made,
      // F1 loses 6 (30); TTS 0.
      ScenarioResult s = solver.evaluate(net, Scenario.parse(net, "S"), m);
      assertThat(s.lostProfit()).isCloseTo(30, within(EPS));
    }
  }
}
