package org.stockade.costmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.model.Network;
import org.stockade.uncertainty.UncertaintySet;

class CmSolverTest {
  private static double tol(double v) {
    return 1e-6 * Math.max(1, Math.abs(v));
  }

  @Test
  void smallRandomInstances_optimumEqualsTheAllVertexLp() {
    int checked = 0;
    for (long seed = 1; seed <= 40 && checked < 24; seed++) {
      Random rnd = new Random(seed);
      Network n = CmInstances.network(rnd, 2 + rnd.nextInt(2), 2 + rnd.nextInt(3));
      UncertaintySet u = CmInstances.set(rnd, n);
      CostModel costs = CmInstances.costs(rnd, n);
      double cap = rnd.nextInt(3) == 0 ? rnd.nextDouble() * 30 : Double.POSITIVE_INFINITY;
      CmProblem p = new CmProblem(n, u, costs, cap);
      List<double[][]> vertices = CmVerifier.vertexScenarios(u, 3000);
      if (vertices == null) {
        continue;
      }
      CmResult r = new CmSolver().solve(p, CmOptions.defaults().withWarmStart(seed % 2 == 0));
      assertThat(r.status()).as("seed %d: %s", seed, r.message()).isEqualTo(CmStatus.OPTIMAL);
      double brute = CmVerifier.bruteForceOptimum(p, vertices);
      assertThat(r.totalCost()).as("seed %d", seed).isCloseTo(brute, within(tol(brute)));
      assertThat(r.lowerBound()).isLessThanOrEqualTo(r.totalCost() + tol(brute));
      assertThat(r.upperBound()).isGreaterThanOrEqualTo(r.totalCost() - tol(brute));
      double worst = Double.NEGATIVE_INFINITY;
      for (double[][] v : vertices) {
        worst = Math.max(worst, CmVerifier.recourse(p, r.inventory(), v[0], v[1]));
      }
      assertThat(r.worstCaseCost()).as("seed %d", seed).isCloseTo(worst, within(tol(worst)));
      CmVerifier.Report rep = CmVerifier.verify(p, r);
      assertThat(rep.problems()).as("seed %d", seed).isEmpty();
      assertThat(rep.vertices()).isPositive();
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(20);
  }

  @Test
  void verifier_rejectsATamperedResult() {
    Random rnd = new Random(5);
    Network n = CmInstances.network(rnd, 2, 3);
    UncertaintySet u = new UncertaintySet(CmInstances.demand(rnd, n),
        CmInstances.capacity(rnd, n));
    CmProblem p = new CmProblem(n, u, CostModel.uniform(5, 1, 0));
    CmResult r = new CmSolver().solve(p);
    assertThat(CmVerifier.verify(p, r).ok()).isTrue();
    double[] less = r.inventory();
    for (int j = 0; j < less.length; j++) {
      less[j] *= 0.5;
    }
    double h = 0;
    for (int j = 0; j < less.length; j++) {
      h += n.product(j).holdingCost() * less[j];
    }
    CmResult forged = new CmResult(CmStatus.OPTIMAL, "forged", less, h, r.worstCaseCost(),
        r.lowerBound(), r.upperBound(), 1, 1, 1, r.binding(), 0);
    assertThat(CmVerifier.verify(p, forged).ok()).isFalse();
  }

  @Test
  void dualCandidates_uniformCostsGiveTinySets() {
    Random rnd = new Random(3);
    Network n = CmInstances.network(rnd, 3, 4);
    CostData lost = CostData.of(n, CostModel.lostSales());
    DualCandidates.Values v = DualCandidates.of(lost, 0);
    for (double[] vals : v.product()) {
      assertThat(vals).containsExactly(0.0, 1.0);
    }
    CostData cm = CostData.of(n, CostModel.uniform(10, 1, 2));
    DualCandidates.Values w = DualCandidates.of(cm, 0);
    for (double[] vals : w.product()) {
      assertThat(java.util.Arrays.stream(vals).boxed().toList()).isSubsetOf(10.0, -1.0, 2.0)
          .contains(10.0, -1.0);
    }
    for (double[] vals : w.plant()) {
      assertThat(java.util.Arrays.stream(vals).boxed().toList()).isSubsetOf(0.0, 8.0)
          .contains(0.0);
    }
    // production dearer than a lost sale: the cap's dual can be p - u
    assertThat(DualCandidates.kappas(CostData.of(n, CostModel.uniform(1, 0, 3))))
        .containsExactly(0.0, 2.0);
  }
}
