package org.stockade.multistage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stockade.robust.SgStatus;
import org.stockade.robust.Verification;

/** The verifier accepts optimal results and rejects each kind of tampering. */
class MsgVerifierTest {
  private static MsgResult with(MsgResult r, double[] inventory, double cost,
      List<MsgBindingCut> cert) {
    return new MsgResult(r.status(), r.message(), inventory, cost, r.lowerBound(),
        r.maxViolation(), r.iterations(), r.generatedCuts(), r.exactSeparations(), cert,
        r.millis());
  }

  @Test
  void tamperedResults_areRejectedWithAReason() {
    Random rnd = new Random(42);
    MsgProblem p = null;
    MsgResult res = null;
    for (int tries = 0; tries < 20; tries++) {
      LayeredNetwork net = MsgInstances.network(rnd, new int[] {3, 3, 5}, 0.5);
      p = MsgInstances.problem(rnd, net, 2, 0);
      res = new MsgSolver().solve(p);
      if (res.status() == SgStatus.OPTIMAL && res.cost() > 1) {
        break;
      }
    }
    assertThat(res.status()).isEqualTo(SgStatus.OPTIMAL);
    assertThat(MsgVerifier.verify(p, res).ok()).isTrue();
    LayeredNetwork net = p.network();
    double[] r = res.inventory();

    // less inventory at the node holding the most: not robust any more
    int top = net.inventoryNodes()[0];
    for (int v : net.inventoryNodes()) {
      top = r[v] > r[top] ? v : top;
    }
    double[] less = r.clone();
    less[top] *= 0.9;
    double lessCost = res.cost() - 0.1 * r[top] * net.node(top).holdingCost();
    Verification v = MsgVerifier.verify(p, with(res, less, lessCost, res.certificate()));
    assertThat(v.ok()).isFalse();
    assertThat(String.join("\n", v.problems())).contains("not robust");

    // a cost that is not h.r
    v = MsgVerifier.verify(p, with(res, r, res.cost() + 5, res.certificate()));
    assertThat(String.join("\n", v.problems())).contains("claimed cost");

    // inventory where none is allowed
    int closed = -1;
    for (int x = 0; x < net.nodeCount(); x++) {
      if (!net.node(x).inventoryAllowed()) {
        closed = x;
      }
    }
    if (closed >= 0) {
      double[] extra = r.clone();
      extra[closed] = 1;
      v = MsgVerifier.verify(p, with(res, extra,
          res.cost() + net.node(closed).holdingCost(), res.certificate()));
      assertThat(String.join("\n", v.problems())).contains("where none is allowed");
    }

    // inflated multipliers break dual feasibility; dropped certificate loses the bound
    List<MsgBindingCut> inflated = new ArrayList<>();
    for (MsgBindingCut b : res.certificate()) {
      inflated.add(new MsgBindingCut(b.cut(), b.shortProducts(), b.bottleneckNodes(),
          b.inventoryNodes(), b.g(), b.inventory(), b.multiplier() * 3 + 1, b.demand(),
          b.capacity(), b.lostSales(), b.minCutShortNodes()));
    }
    v = MsgVerifier.verify(p, with(res, r, res.cost(), inflated));
    assertThat(String.join("\n", v.problems())).contains("multipliers of cuts containing");
    v = MsgVerifier.verify(p, with(res, r, res.cost(), List.of()));
    assertThat(String.join("\n", v.problems())).contains("dual bound");

    // a worst case outside the demand set, and a claimed g that does not match it
    MsgBindingCut b = res.certificate().get(0);
    double[] d = b.demand();
    for (int j = 0; j < d.length; j++) {
      d[j] += 1000;
    }
    MsgBindingCut wrong = new MsgBindingCut(b.cut(), b.shortProducts(), b.bottleneckNodes(),
        b.inventoryNodes(), b.g(), b.inventory(), b.multiplier(), d, b.capacity(),
        b.lostSales(), b.minCutShortNodes());
    v = MsgVerifier.verify(p, with(res, r, res.cost(), List.of(wrong)));
    assertThat(String.join("\n", v.problems())).contains("demand not in the set",
        "claimed g");
  }

  @Test
  void largeNetwork_isCheckedByTheMcCormickMilpAndCatchesMissingInventory() {
    MsgProblem p = MsgProblem.of(MsgExamples.gmTwoTier(),
        org.stockade.uncertainty.UncertaintySpec.empty(), 0);
    MsgResult res = new MsgSolver().solve(p);
    Verification ok = MsgVerifier.verify(p, res);
    assertThat(ok.problems()).isEmpty();
    assertThat(ok.method()).contains("McCormick");
    double[] r = res.inventory();
    int v1 = p.network().indexOf("V1");
    double[] less = r.clone();
    less[v1] -= 10;
    Verification bad = MsgVerifier.verify(p, with(res, less, res.cost() - 10, List.of()));
    assertThat(bad.maxViolation()).isCloseTo(10, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(String.join("\n", bad.problems())).contains("not robust");
  }

  @Test
  void invalidCut_isDetected() {
    LayeredNetwork net = MsgInstances.network(new Random(3), new int[] {2, 2, 2}, 1.0);
    java.util.BitSet b = new java.util.BitSet();
    b.set(net.indexOf("N2_1"));
    java.util.BitSet a = (java.util.BitSet) b.clone(); // starved, but its suppliers are not short
    assertThat(MsgVerifier.invalidCut(net, b, a)).contains("not short");
    java.util.BitSet s0 = new java.util.BitSet();
    s0.set(0);
    assertThat(MsgVerifier.invalidCut(net, s0, s0)).contains("stage-0");
  }
}
