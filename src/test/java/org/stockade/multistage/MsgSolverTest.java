package org.stockade.multistage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.lp.LpStatus;
import org.stockade.model.Network;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.robust.SgStatus;
import org.stockade.robust.Verification;
import org.stockade.testing.RandomInstances;
import org.stockade.uncertainty.UncertaintySet;

class MsgSolverTest {
  private static final MsgSolver SOLVER = new MsgSolver();

  private static int[] sizes(Random rnd) {
    int stages = 2 + rnd.nextInt(3);
    int[] s = new int[stages];
    int total;
    do {
      total = 0;
      for (int k = 0; k < stages; k++) {
        s[k] = 1 + rnd.nextInt(stages == 2 ? 5 : stages == 3 ? 4 : 3);
        total += s[k];
      }
    } while (total > 9);
    return s;
  }

  @Test
  void randomLayeredNetworks_optimumEqualsTheLpOverAllCutsByEnumeration() {
    int infeasible = 0;
    int fourStages = 0;
    for (int seed = 0; seed < 40; seed++) {
      Random rnd = new Random(seed);
      LayeredNetwork net = MsgInstances.network(rnd, sizes(rnd), 0.5);
      fourStages += net.stageCount() == 4 ? 1 : 0;
      double delta = rnd.nextInt(3) == 0 ? rnd.nextDouble() * 40 : 0;
      MsgProblem p = MsgInstances.problem(rnd, net, seed % MsgInstances.SET_KINDS, delta);
      AllCutsOracle.Outcome oracle = AllCutsOracle.solve(p);
      MsgResult res = SOLVER.solve(p);
      String what = "seed " + seed + " " + net + " " + p.uncertainty().summary() + " delta "
          + delta;
      if (oracle.status() == LpStatus.INFEASIBLE) {
        infeasible++;
        assertThat(res.status()).as(what).isEqualTo(SgStatus.INFEASIBLE);
        continue;
      }
      assertThat(oracle.status()).as(what).isEqualTo(LpStatus.OPTIMAL);
      assertThat(res.status()).as(what + " " + res.message()).isEqualTo(SgStatus.OPTIMAL);
      assertThat(res.cost()).as(what).isCloseTo(oracle.cost(),
          offset(1e-6 * Math.max(1, oracle.cost())));
      Verification v = MsgVerifier.verify(p, res);
      assertThat(v.problems()).as(what).isEmpty();
      if (seed % 4 == 0) { // the exact MILP alone reaches the same optimum
        MsgResult milpOnly = SOLVER.solve(p, SgOptions.defaults().withHeuristic(false));
        assertThat(milpOnly.cost()).as(what).isCloseTo(oracle.cost(),
            offset(1e-6 * Math.max(1, oracle.cost())));
      }
    }
    assertThat(infeasible).as("some instances are infeasible, most are not").isLessThan(10);
    assertThat(fourStages).as("2, 3 and 4 stages are covered").isPositive();
  }

  @Test
  void certificate_everyBindingCutReevaluatesByMaxFlowWithinDelta() {
    int checked = 0;
    for (int seed = 100; seed < 115; seed++) {
      Random rnd = new Random(seed);
      LayeredNetwork net = MsgInstances.network(rnd, new int[] {3, 4, 6}, 0.45);
      double delta = seed % 2 == 0 ? 0 : 25;
      MsgProblem p = MsgInstances.problem(rnd, net, seed % MsgInstances.SET_KINDS, delta);
      MsgResult res = SOLVER.solve(p);
      if (res.status() == SgStatus.INFEASIBLE) {
        continue;
      }
      assertThat(res.status()).as(res.message()).isEqualTo(SgStatus.OPTIMAL);
      double tol = 1e-6 * p.scale();
      double dual = 0;
      for (MsgBindingCut b : res.certificate()) {
        LayeredLostSales.Evaluation e =
            LayeredLostSales.evaluate(net, res.inventory(), b.demand(), b.capacity());
        assertThat(e.lostSales()).isLessThanOrEqualTo(delta + tol)
            .isCloseTo(b.lostSales(), offset(1e-9));
        assertThat(p.uncertainty().demand().violation(b.demand(), 1e-7)).isNull();
        assertThat(p.uncertainty().capacity().violation(b.capacity(), 1e-7)).isNull();
        // the cut's worst case is tight or slack exactly as r(B) - (g - delta) says
        assertThat(b.inventory()).isGreaterThanOrEqualTo(b.g() - delta - tol);
        dual += b.multiplier() * (b.g() - delta);
        checked++;
      }
      assertThat(dual).isCloseTo(res.cost(), offset(1e-6 * Math.max(1, res.cost())));
      assertThat(MsgVerifier.verify(p, res).problems()).isEmpty();
    }
    assertThat(checked).isPositive();
  }

  @Test
  void oneStageNetwork_equalsTheSgOptimumOfConstraintGeneration() {
    for (int seed = 0; seed < 16; seed++) {
      Random rnd = new Random(1000 + seed);
      Network n = RandomInstances.network(rnd, 2 + rnd.nextInt(5), 2 + rnd.nextInt(7), 0.4);
      LayeredNetwork net = LayeredNetwork.fromNetwork(n);
      UncertaintySet u = MsgInstances.set(rnd, n.means(), n.sigmas(), n.capacities(),
          seed % MsgInstances.SET_KINDS);
      double delta = rnd.nextBoolean() ? 0 : rnd.nextDouble() * 50;
      SgResult sg = new ConstraintGenerationSolver().solve(new SgProblem(n, u, delta),
          SgOptions.defaults());
      MsgResult msg = SOLVER.solve(new MsgProblem(net, u, delta));
      assertThat(sg.status()).isEqualTo(SgStatus.OPTIMAL);
      assertThat(msg.status()).as(msg.message()).isEqualTo(SgStatus.OPTIMAL);
      assertThat(msg.cost()).as("seed " + seed).isCloseTo(sg.cost(),
          offset(1e-6 * Math.max(1, sg.cost())));
      double[] r = msg.inventory();
      for (int i = 0; i < n.plantCount(); i++) {
        assertThat(r[i]).isZero(); // plants hold no inventory
      }
    }
  }

  @Test
  void solve_cancelledToken_stopsWithCancelledStatus() {
    org.stockade.model.CancelToken token = org.stockade.model.CancelToken.create();
    token.cancel();
    MsgResult res = SOLVER.solve(MsgProblem.of(MsgExamples.gmTwoTier(),
        org.stockade.uncertainty.UncertaintySpec.empty(), 0),
        org.stockade.robust.SgOptions.defaults().withCancel(token));
    assertThat(res.status()).isEqualTo(SgStatus.CANCELLED);
  }

  @Test
  void productWithoutInventoryOrSupply_isInfeasibleWithAReason() {
    LayeredNetwork net = new LayeredNetwork("no cover", List.of(
        new Stage("plants", List.of(StageNode.facility("P1", 50))),
        new Stage("products", List.of(new StageNode("V1", Double.POSITIVE_INFINITY, 1, false,
            new Demand(100, 10, null))))), List.of(new Link("P1", "V1")));
    MsgResult res = SOLVER.solve(MsgProblem.of(net,
        org.stockade.uncertainty.UncertaintySpec.empty(), 0));
    assertThat(res.status()).isEqualTo(SgStatus.INFEASIBLE);
    assertThat(res.hasSolution()).isFalse();
    assertThat(res.message()).contains("V1", "allows inventory");
  }

  @Test
  void upstreamInventory_isUsedWhenCheaperAndCoversASupplierOutage() {
    // S1 (300) feeds uncapacitated plants P1, P2, S2 (60) feeds P2 only; demand fixed at 100 per
    // product; any one node may fail. S1 down leaves 60 for 200 demand: 140 units of S1-output
    // inventory (h = 0.2) cover both products, cheaper than product inventory (h = 1).
    LayeredNetwork net = new LayeredNetwork("supplier", List.of(
        new Stage("suppliers", List.of(new StageNode("S1", 300, 0.2, true, null),
            StageNode.facility("S2", 60))),
        new Stage("plants", List.of(
            new StageNode("P1", Double.POSITIVE_INFINITY, 1, false, null),
            new StageNode("P2", Double.POSITIVE_INFINITY, 1, false, null))),
        new Stage("products", List.of(StageNode.product("V1", 100, 0, 1),
            StageNode.product("V2", 100, 0, 1)))),
        List.of(new Link("S1", "P1"), new Link("S1", "P2"), new Link("S2", "P2"),
            new Link("P1", "V1"), new Link("P2", "V2")));
    MsgProblem p = MsgProblem.of(net, new org.stockade.uncertainty.UncertaintySpec(null, null,
        null, null, null, null, org.stockade.uncertainty.CapacityLossKind.PLANTS, 1.0, null,
        null), 0);
    MsgResult res = SOLVER.solve(p);
    assertThat(res.status()).isEqualTo(SgStatus.OPTIMAL);
    double[] r = res.inventory();
    assertThat(r[net.indexOf("S1")]).isCloseTo(140, offset(1e-6));
    assertThat(r[net.indexOf("V1")] + r[net.indexOf("V2")]).isCloseTo(0, offset(1e-6));
    assertThat(res.cost()).isCloseTo(0.2 * 140, offset(1e-6));
    assertThat(MsgVerifier.verify(p, res).problems()).isEmpty();
    // with delta = 40 the allowance absorbs 40 of the 140
    MsgResult relaxed = SOLVER.solve(p.withDelta(40));
    assertThat(relaxed.cost()).isCloseTo(0.2 * 100, offset(1e-6));
  }
}
