package org.stockade.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.BitSet;
import java.util.Random;
import org.jgrapht.alg.flow.DinicMFImpl;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.alg.interfaces.MaximumFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.stockade.design.Designs;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.testing.Cuts;

/**
 * The array-based Dinic against JGraphT's Dinic and Edmonds-Karp on the full (unreduced)
 * lost-sales network, and its shortage set against the min-cut formula.
 */
class BipartiteMaxFlowTest {

  /** Lost sales by JGraphT on the original network with source→product arcs r_j. */
  private static double jgrapht(Network n, double[] r, double[] d, double[] c, boolean dinic) {
    int m = n.plantCount();
    int p = n.productCount();
    SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> g =
        new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    int s = m + p;
    int t = s + 1;
    for (int v = 0; v <= t; v++) {
      g.addVertex(v);
    }
    double total = 0;
    for (int i = 0; i < m; i++) {
      g.setEdgeWeight(g.addEdge(s, i), c[i]);
      for (int j : n.productsOf(i)) {
        g.setEdgeWeight(g.addEdge(i, m + j), 1e12);
      }
    }
    for (int j = 0; j < p; j++) {
      g.setEdgeWeight(g.addEdge(s, m + j), r[j]);
      g.setEdgeWeight(g.addEdge(m + j, t), d[j]);
      total += d[j];
    }
    MaximumFlowAlgorithm<Integer, DefaultWeightedEdge> alg = dinic
        ? new DinicMFImpl<>(g, 1e-12) : new EdmondsKarpMFImpl<>(g, 1e-12);
    return total - alg.getMaximumFlowValue(s, t);
  }

  @Test
  void gmDesigns_fractionalInputs_matchJgraphtDinicAndEdmondsKarp() {
    Network gm = Examples.gm();
    Network[] designs = {gm, gm.withArcs("3", Designs.generalizedChain(gm, 3, 7)),
        gm.withArcs("full", Designs.full(gm))};
    Random rnd = new Random(11);
    for (Network n : designs) {
      BipartiteMaxFlow flow = new BipartiteMaxFlow(n);
      for (int k = 0; k < 300; k++) {
        double[] mu = n.means();
        double[] r = new double[mu.length];
        double[] d = new double[mu.length];
        for (int j = 0; j < mu.length; j++) {
          // LP-like fractions: thirds, sevenths and long binary expansions
          r[j] = rnd.nextInt(3) == 0 ? 0 : mu[j] * rnd.nextDouble() / 3.0;
          d[j] = mu[j] * (0.5 + rnd.nextDouble()) + 1.0 / 7.0;
        }
        double[] c = n.capacities();
        for (int i = 0; i < c.length; i++) {
          c[i] = rnd.nextInt(8) == 0 ? 0 : c[i] * (0.6 + 0.4 * rnd.nextDouble()) / 3.0;
        }
        double lost = flow.solve(r, d, c);
        double scale = 1 + java.util.Arrays.stream(d).sum();
        assertThat(lost).as("Dinic, design %s sample %d", n.name(), k)
            .isCloseTo(jgrapht(n, r, d, c, true), within(1e-9 * scale));
        assertThat(lost).as("Edmonds-Karp").isCloseTo(jgrapht(n, r, d, c, false),
            within(1e-9 * scale));
        BitSet s = flow.shortageSet();
        assertThat(s.isEmpty() ? 0 : Cuts.cutValue(n, s, r, d, c)).as("cut value of S")
            .isCloseTo(lost, within(1e-9 * scale));
      }
    }
  }

  @Test
  void arcsListedInAnyOrder_matchJgrapht() {
    // the greedy start maps each product's plant list to its edges; arcs declared out of plant
    // order (plantsOf(j) then is not sorted) must give the same answers
    Network gm = Examples.gm().withArcs("full", Designs.full(Examples.gm()));
    Random rnd = new Random(3);
    for (int t = 0; t < 20; t++) {
      java.util.List<org.stockade.model.Arc> arcs = new java.util.ArrayList<>(gm.arcs());
      java.util.Collections.shuffle(arcs, rnd);
      arcs = arcs.subList(0, 20 + rnd.nextInt(60));
      Network n = gm.withArcs("shuffled", arcs);
      BipartiteMaxFlow flow = new BipartiteMaxFlow(n);
      for (int k = 0; k < 30; k++) {
        double[] r = new double[16];
        double[] d = n.means();
        double[] c = n.capacities();
        for (int j = 0; j < 16; j++) {
          r[j] = 40 * rnd.nextDouble();
          d[j] *= 0.5 + rnd.nextDouble();
        }
        c[rnd.nextInt(8)] *= rnd.nextDouble();
        double lost = flow.solve(r, d, c);
        assertThat(lost).isCloseTo(jgrapht(n, r, d, c, true), within(1e-8));
        BitSet s = flow.shortageSet();
        assertThat(s.isEmpty() ? 0 : Cuts.cutValue(n, s, r, d, c)).isCloseTo(lost, within(1e-8));
      }
    }
  }

  @Test
  void reusedInstance_givesSameAnswerAsFreshOne() {
    Network n = Examples.gm();
    BipartiteMaxFlow reused = new BipartiteMaxFlow(n);
    Random rnd = new Random(5);
    for (int k = 0; k < 50; k++) {
      double[] r = new double[16];
      double[] d = n.means();
      double[] c = n.capacities();
      for (int j = 0; j < 16; j++) {
        r[j] = 50 * rnd.nextDouble();
        d[j] *= 1.5 * rnd.nextDouble();
      }
      c[rnd.nextInt(8)] = 0;
      double a = reused.solve(r, d, c);
      double b = new BipartiteMaxFlow(n).solve(r, d, c);
      assertThat(a).isEqualTo(b);
    }
  }

  @Test
  void tinyResiduals_doNotStall() {
    // Capacities and demands differing in the last bits: a push-relabel with a tolerance can
    // cycle on such residues; Dinic with a saturation threshold must finish at once.
    Network n = Examples.gm().withArcs("full", Designs.full(Examples.gm()));
    double[] r = new double[16];
    double[] d = new double[16];
    double[] c = new double[8];
    for (int j = 0; j < 16; j++) {
      r[j] = Math.nextUp(j / 3.0);
      d[j] = Math.nextDown(100 + j / 3.0) + 1e-13 * j;
    }
    for (int i = 0; i < 8; i++) {
      c[i] = 200 + Math.ulp(200.0) * i + 1e-14 / 3;
    }
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      BipartiteMaxFlow f = new BipartiteMaxFlow(n);
      for (int k = 0; k < 1000; k++) {
        f.solve(r, d, c);
      }
    });
    double expected = jgrapht(n, r, d, c, true);
    assertThat(new BipartiteMaxFlow(n).solve(r, d, c)).isCloseTo(expected, within(1e-8));
  }
}
