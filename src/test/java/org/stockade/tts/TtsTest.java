package org.stockade.tts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.stockade.design.Designs;
import org.stockade.model.Arc;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;
import org.stockade.robust.SgOptions;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySet;
import org.stockade.uncertainty.UncertaintySpec;

class TtsTest {
  private static final SgOptions OPT = SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION);

  static UncertaintySet singlePlantDown(Network n, double serviceLevel) {
    return new UncertaintySpec(0.0, Double.POSITIVE_INFINITY, null, null, serviceLevel, null,
        CapacityLossKind.PLANTS, 1.0, null, null).build(n);
  }

  @Test
  void facilityTts_onePlantOneProduct_matchesHandComputation() {
    // c = 10/period, d = 15/period, r = 20 units. Plant down: short 15/period -> 20/15 periods.
    // No failure: short 5/period -> 4 periods.
    Network n = new Network("1x1", List.of(new Plant("P1", 10)),
        List.of(new Product("V1", 15, 0)), List.of(new Arc("P1", "V1")));
    double[] r = {20};
    assertThat(FacilityTts.evaluate(n, r, new double[] {15}, new double[] {10}, 0).tts())
        .isCloseTo(20.0 / 15, Offset.offset(1e-12));
    assertThat(FacilityTts.evaluate(n, r, new double[] {15}, new double[] {10}, -1).tts())
        .isCloseTo(4, Offset.offset(1e-12));
    assertThat(FacilityTts.evaluate(n, r, new double[] {8}, new double[] {10}, -1).unbounded())
        .isTrue();
  }

  @Test
  void facilityTts_randomNetworks_equalsMinimumRatioOverAllProductSets() {
    for (int seed = 1; seed <= 60; seed++) {
      Random rnd = new Random(seed);
      int m = 1 + rnd.nextInt(4);
      int p = 1 + rnd.nextInt(6);
      List<Plant> plants = new java.util.ArrayList<>();
      for (int i = 0; i < m; i++) {
        plants.add(new Plant("P" + i, 5 + rnd.nextInt(30)));
      }
      List<Product> products = new java.util.ArrayList<>();
      for (int j = 0; j < p; j++) {
        products.add(new Product("V" + j, 1 + rnd.nextInt(25), 0));
      }
      List<Arc> arcs = new java.util.ArrayList<>();
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < p; j++) {
          if (rnd.nextDouble() < 0.4) {
            arcs.add(new Arc("P" + i, "V" + j));
          }
        }
      }
      Network n = new Network("r", plants, products, arcs);
      double[] r = new double[p];
      for (int j = 0; j < p; j++) {
        r[j] = rnd.nextInt(40);
      }
      int down = rnd.nextInt(m + 1) - 1;
      double[] c = n.capacities();
      double[] d = n.means();
      double brute = Double.POSITIVE_INFINITY;
      for (long mask = 1; mask < (1L << p); mask++) {
        BitSet s = BitSet.valueOf(new long[] {mask});
        double g = 0;
        double inv = 0;
        for (int j = s.nextSetBit(0); j >= 0; j = s.nextSetBit(j + 1)) {
          g += d[j];
          inv += r[j];
        }
        BitSet a = n.plantsOf(s);
        for (int i = a.nextSetBit(0); i >= 0; i = a.nextSetBit(i + 1)) {
          g -= i == down ? 0 : c[i];
        }
        if (g > 1e-12) {
          brute = Math.min(brute, inv / g);
        }
      }
      double got = FacilityTts.evaluate(n, r, d, c, down).tts();
      if (brute == Double.POSITIVE_INFINITY) {
        assertThat(got).as("seed " + seed).isInfinite();
      } else {
        assertThat(got).as("seed " + seed).isCloseTo(brute, Offset.offset(1e-7 * (1 + brute)));
      }
    }
  }

  @Test
  void tts_isExactlyLinearInTheBudget() {
    Network gm = Examples.gm();
    Network g3 = gm.withArcs("g3", Designs.generalizedChain(gm, 3, 11));
    TtsSolver solver = new TtsSolver();
    TtsResult one = solver.solve(new TtsProblem(g3, singlePlantDown(g3, 1), 2060), OPT);
    for (double k : new double[] {2, 3, 0.5}) {
      TtsResult more = solver.solve(new TtsProblem(g3, singlePlantDown(g3, 1), 2060 * k), OPT);
      assertThat(more.tts()).isCloseTo(k * one.tts(), Offset.offset(1e-9 * k * one.tts()));
      double[] a = one.allocation();
      double[] b = more.allocation();
      for (int j = 0; j < a.length; j++) {
        assertThat(b[j]).isCloseTo(k * a[j], Offset.offset(1e-7 * (1 + b[j])));
      }
    }
  }

  @Test
  void tts_optimalAllocation_survivesEachSinglePlantFailureAtLeastThatLong() {
    Network gm = Examples.gm();
    for (int seed = 1; seed <= 4; seed++) {
      Network g = gm.withArcs("g", Designs.generalizedChain(gm, 1 + seed % 4, seed));
      for (double sl : new double[] {1.0, 0.95}) {
        TtsResult res = new TtsSolver().solve(new TtsProblem(g, singlePlantDown(g, sl), 2060),
            OPT);
        double[] rates = g.means();
        for (int j = 0; j < rates.length; j++) {
          rates[j] *= sl;
        }
        double worst = Double.POSITIVE_INFINITY;
        for (int i = -1; i < g.plantCount(); i++) {
          worst = Math.min(worst, FacilityTts.evaluate(g, res.allocation(), rates,
              g.capacities(), i).tts());
        }
        assertThat(worst).as("seed " + seed + " service " + sl)
            .isCloseTo(res.tts(), Offset.offset(1e-6 * res.tts()));
        assertThat(java.util.Arrays.stream(res.allocation()).sum())
            .isCloseTo(2060, Offset.offset(1e-6));
      }
    }
  }
}
