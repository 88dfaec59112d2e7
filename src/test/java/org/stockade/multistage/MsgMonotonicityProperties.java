package org.stockade.multistage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.robust.SgStatus;

/** Seeded-loop properties of the m-SG optimum (each checked against the verifier too). */
class MsgMonotonicityProperties {
  private static final MsgSolver SOLVER = new MsgSolver();

  private static double cost(MsgProblem p) {
    MsgResult r = SOLVER.solve(p);
    assertThat(r.status()).as(r.message()).isEqualTo(SgStatus.OPTIMAL);
    assertThat(MsgVerifier.verify(p, r).problems()).isEmpty();
    return r.cost();
  }

  private static boolean feasible(MsgProblem p) {
    return SOLVER.solve(p).status() == SgStatus.OPTIMAL;
  }

  @Test
  void addingAnArc_neverRaisesCost() {
    int checked = 0;
    for (int seed = 0; seed < 20; seed++) {
      Random rnd = new Random(500 + seed);
      LayeredNetwork net = MsgInstances.network(rnd, new int[] {2 + rnd.nextInt(2),
          2 + rnd.nextInt(3), 3 + rnd.nextInt(4)}, 0.35);
      MsgProblem p = MsgInstances.problem(rnd, net, seed % MsgInstances.SET_KINDS,
          rnd.nextBoolean() ? 0 : 20);
      if (!feasible(p)) {
        continue;
      }
      double before = cost(p);
      // a new arc between consecutive stages that is not yet present
      int s = rnd.nextInt(net.stageCount() - 1);
      String from = net.id(net.stageStart(s) + rnd.nextInt(net.stageStart(s + 1)
          - net.stageStart(s)));
      String to = net.id(net.stageStart(s + 1) + rnd.nextInt(net.stageStart(s + 2)
          - net.stageStart(s + 1)));
      List<Link> links = new ArrayList<>(net.links());
      links.add(new Link(from, to));
      double after = cost(p.withNetwork(net.withLinks(links)));
      assertThat(after).as("seed %d, arc %s -> %s", seed, from, to)
          .isLessThanOrEqualTo(before + 1e-6 * Math.max(1, before));
      checked++;
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void raisingDelta_neverRaisesCost_andCostFallsByAtMostTheAllowanceTimesMaxHolding() {
    int checked = 0;
    for (int seed = 0; seed < 12; seed++) {
      Random rnd = new Random(700 + seed);
      LayeredNetwork net = MsgInstances.network(rnd, new int[] {3, 3, 5}, 0.5);
      MsgProblem p = MsgInstances.problem(rnd, net, seed % MsgInstances.SET_KINDS, 0);
      if (!feasible(p)) {
        continue;
      }
      double previous = Double.POSITIVE_INFINITY;
      for (double delta : new double[] {0, 10, 35, 80}) {
        double c = cost(p.withDelta(delta));
        assertThat(c).as("seed %d delta %s", seed, delta)
            .isLessThanOrEqualTo(previous + 1e-6 * Math.max(1, c));
        previous = c;
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(6);
  }
}
