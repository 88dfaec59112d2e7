package org.stockade.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded-loop properties of the exposure model (no jqwik: plain loops over seeds). */
class ExposureProperties {
  private static final ExposureSolver SOLVER = new ExposureSolver();

  /**
   * A small generated network with some capacities cut (so the undisrupted network may itself
   * run short and the reference plan has a finite horizon) and random inventories.
   */
  static SupplyNetwork random(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] sizes = {2 + rnd.nextInt(4), 2 + rnd.nextInt(5), 2 + rnd.nextInt(6)};
    SupplyNetwork g = NetworkGenerator.generate(new NetworkGenerator.Spec(sizes, 0.4, seed));
    List<Node> nodes = new ArrayList<>();
    for (Node n : g.nodes()) {
      double cap = n.capacity();
      if (n.facility() == null && rnd.nextDouble() < 0.3) {
        cap = Math.round(cap * (0.3 + 0.7 * rnd.nextDouble()) * 10) / 10.0;
      }
      nodes.add(new Node(n.id(), n.kind(), cap, n.facility(), n.inventory(), n.ttr(),
          n.demand(), n.margin()));
    }
    return new SupplyNetwork(g.name(), nodes, g.edges());
  }

  private static double tol(double v) {
    return 1e-5 * Math.max(1, Math.abs(v));
  }

  /** The restricted (certified) solve agrees with the whole-network LP on every scenario. */
  @Test
  void restrictedSolvesMatchWholeNetworkLps() {
    int restricted = 0;
    int total = 0;
    for (long seed = 1; seed <= 25; seed++) {
      SupplyNetwork net = random(seed);
      List<Scenario> sc = new ArrayList<>(Scenario.singles(net));
      sc.add(Scenario.parse(net, net.node(0).id() + "+" + net.node(net.size() - 1).id()));
      ExposureResult fast = SOLVER.solve(net, sc,
          new ExposureSolver.Options(ExposureSolver.Method.RESTRICTED, 2, null));
      ExposureResult full = SOLVER.solve(net, sc,
          new ExposureSolver.Options(ExposureSolver.Method.FULL, 2, null));
      for (int k = 0; k < sc.size(); k++) {
        ScenarioResult a = fast.scenarios().get(k);
        ScenarioResult b = full.scenarios().get(k);
        String what = "seed " + seed + " scenario " + a.scenario().label();
        assertThat(a.solved()).as(what).isTrue();
        assertThat(a.lostProfit()).as(what).isCloseTo(b.lostProfit(),
            org.assertj.core.api.Assertions.within(tol(b.lostProfit())));
        if (b.ttsUnbounded()) {
          assertThat(a.ttsUnbounded()).as(what).isTrue();
        } else {
          assertThat(a.tts()).as(what).isCloseTo(b.tts(),
              org.assertj.core.api.Assertions.within(tol(b.tts())));
        }
        assertThat(a.exposed()).as(what).isEqualTo(b.exposed());
        restricted += a.restricted() ? 1 : 0;
        total++;
      }
    }
    // Both paths are exercised: certified restricted answers and whole-network fallbacks (on
    // these tiny networks with cut capacities the affected part is often the whole network).
    assertThat(restricted).isGreaterThan(total / 4).isLessThan(total);
  }

  /**
   * PI(t) is convex and piecewise linear in the window t, zero for t <= TTS and positive beyond
   * (all margins are positive in generated networks).
   */
  @Test
  void lostProfitIsConvexInTheWindowAndZeroExactlyUpToTts() {
    for (long seed = 100; seed < 112; seed++) {
      SupplyNetwork net = random(seed);
      SplittableRandom rnd = new SplittableRandom(seed);
      int j = rnd.nextInt(net.size());
      Scenario base = Scenario.single(net, j);
      double tts = SOLVER.evaluate(net, base, ExposureSolver.Method.FULL).tts();
      double hi = Double.isFinite(tts) ? 2 * tts + 3 : 20;
      int steps = 12;
      double[] t = new double[steps + 1];
      double[] pi = new double[steps + 1];
      for (int k = 0; k <= steps; k++) {
        t[k] = hi * k / steps;
        pi[k] = SOLVER.evaluate(net, new Scenario(base.nodes(), t[k]),
            ExposureSolver.Method.RESTRICTED).lostProfit();
      }
      for (int k = 1; k < steps; k++) {
        // equally spaced: convexity is pi[k] <= (pi[k-1] + pi[k+1]) / 2
        assertThat(pi[k]).as("seed %d t %s", seed, t[k])
            .isLessThanOrEqualTo((pi[k - 1] + pi[k + 1]) / 2 + tol(pi[k]));
      }
      for (int k = 0; k <= steps; k++) {
        if (t[k] <= tts - 1e-9) {
          assertThat(pi[k]).as("seed %d t %s <= TTS %s", seed, t[k], tts).isLessThan(1e-6);
        } else if (t[k] > tts + 1e-6) {
          assertThat(pi[k]).as("seed %d t %s > TTS %s", seed, t[k], tts).isGreaterThan(0);
        }
      }
      if (Double.isFinite(tts)) {
        double at = SOLVER.evaluate(net, new Scenario(base.nodes(), tts),
            ExposureSolver.Method.FULL).lostProfit();
        double after = SOLVER.evaluate(net, new Scenario(base.nodes(), tts * 1.01 + 1e-3),
            ExposureSolver.Method.FULL).lostProfit();
        assertThat(at).isLessThan(1e-6);
        assertThat(after).isGreaterThan(0);
      }
    }
  }

  /** More inventory anywhere never raises the lost profit of any scenario. */
  @Test
  void addingInventoryNeverRaisesLostProfit() {
    for (long seed = 200; seed < 215; seed++) {
      SupplyNetwork net = random(seed);
      SplittableRandom rnd = new SplittableRandom(seed);
      int j = rnd.nextInt(net.size());
      SupplyNetwork more = net.withInventory(j, net.node(j).inventory() + 1 + 50 * rnd.nextDouble());
      List<Scenario> sc = Scenario.singles(net);
      ExposureResult a = SOLVER.solve(net, sc, ExposureSolver.Options.defaults());
      ExposureResult b = SOLVER.solve(more, sc, ExposureSolver.Options.defaults());
      for (int k = 0; k < sc.size(); k++) {
        double before = a.scenarios().get(k).lostProfit();
        assertThat(b.scenarios().get(k).lostProfit()).as("seed %d, %s", seed, sc.get(k).label())
            .isLessThanOrEqualTo(before + tol(before));
        assertThat(b.scenarios().get(k).tts()).isGreaterThanOrEqualTo(
            a.scenarios().get(k).tts() - tol(a.scenarios().get(k).tts()));
      }
    }
  }

  /** REI lies in [0, 1] and its maximum is exactly 1 whenever some scenario loses profit. */
  @Test
  void reiIsInTheUnitIntervalWithMaximumOne() {
    for (long seed = 300; seed < 315; seed++) {
      SupplyNetwork net = random(seed);
      ExposureResult r = SOLVER.solve(net, Scenario.singles(net), ExposureSolver.Options.defaults());
      double max = 0;
      for (ScenarioResult s : r.scenarios()) {
        assertThat(s.rei()).isBetween(0.0, 1.0);
        max = Math.max(max, s.rei());
      }
      if (r.maxLostProfit() > 0) {
        assertThat(max).isEqualTo(1.0);
        assertThat(r.ranking().get(0).rei()).isEqualTo(1.0);
      } else {
        assertThat(max).isZero();
      }
      // exposure flag agrees with the parametric view: TTS < TTR iff PI(TTR) > 0
      for (ScenarioResult s : r.scenarios()) {
        assertThat(s.exposed()).as("seed %d %s", seed, s.scenario().label())
            .isEqualTo(s.lostProfit() > 1e-6);
      }
    }
  }

  @Test
  void generatorIsReproducibleAndValid() {
    NetworkGenerator.Spec spec = NetworkGenerator.Spec.parse("tiers=3,per-tier=20,50,100", 7);
    SupplyNetwork a = NetworkGenerator.generate(spec);
    SupplyNetwork b = NetworkGenerator.generate(spec);
    assertThat(a).isEqualTo(b);
    assertThat(a.size()).isEqualTo(170);
    assertThat(a.warnings()).isEmpty();
    assertThat(NetworkGenerator.generate(NetworkGenerator.Spec.parse("per-tier=20,50,100", 8)))
        .isNotEqualTo(a);
    // capacities exceed nominal needs: the undisrupted network never runs short
    ReferencePlan ref = ReferencePlan.of(a, org.stockade.lp.LpSolver.orTools());
    assertThat(ref).isNotNull();
    assertThat(ref.horizon()).isEqualTo(Double.POSITIVE_INFINITY);
  }
}
