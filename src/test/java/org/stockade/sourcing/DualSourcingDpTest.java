package org.stockade.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DualSourcingDpTest {

  private static DualSourcingProblem random(Random rng, boolean lost) {
    int n = 2 + rng.nextInt(3);
    double[] pmf = new double[n];
    double sum = 0;
    for (int d = 0; d < n; d++) {
      pmf[d] = 0.1 + rng.nextDouble();
      sum += pmf[d];
    }
    for (int d = 0; d < n; d++) {
      pmf[d] /= sum;
    }
    double cr = 5 + 10 * rng.nextDouble();
    return new DualSourcingProblem(new DemandDistribution("random", pmf), 0, 2 + rng.nextInt(2),
        cr * (1 + 0.3 * rng.nextDouble()), cr, 0.5 + rng.nextDouble(), 5 + 20 * rng.nextDouble(),
        lost);
  }

  @Test
  void dpOptimum_isAtMostEveryIndexPolicy_andItsPolicyAchievesIt_randomInstances() {
    Random rng = new Random(7);
    for (int trial = 0; trial < 8; trial++) {
      DualSourcingProblem p = random(rng, trial % 3 == 2);
      DpResult dp = new DualSourcingDp().solve(p);
      DpResult big = new DualSourcingDp().solve(p, DpBox.defaults(p).enlarged(p));
      assertThat(dp.converged()).isTrue();
      assertThat(big.gain()).as("truncation must not bind: %s", p.describe())
          .isCloseTo(dp.gain(), Offset.offset(1e-6));
      ChainResult own = new MarkovEvaluator().evaluate(p, dp.policy(), 0);
      assertThat(own.cost()).isCloseTo(dp.gain(), Offset.offset(1e-5));
      int dmax = p.demand().max();
      for (PolicyFamily f : PolicyFamily.values()) {
        for (int level = p.lostSales() ? 0 : -1; level <= 2 * dmax; level++) {
          for (int delta = 0; delta <= 3 * dmax; delta++) {
            for (int q = 0; q <= dmax; q++) {
              if (f == PolicyFamily.TAILORED_BASE_SURGE && (delta > 0 || q >= p.demand().mean())) {
                continue;
              }
              IndexPolicy pol = new IndexPolicy(f, level, delta, q);
              double c = new MarkovEvaluator().evaluate(p, pol, Math.max(level, 0)).cost();
              assertThat(c).as("%s on %s", pol.describe(), p.describe())
                  .isGreaterThanOrEqualTo(dp.gain() - 1e-6);
            }
          }
        }
      }
    }
  }

  // ----- brute force: enumerate every stationary deterministic policy of a tiny truncated MDP ---

  private record State(int x, int p) {}

  private record Action(int y, int qr) {}

  /**
   * Tiny instance, lr - le = l in {1, 2}, box (maxRegular 1, y >= 0, position <= 2): all
   * policies enumerated, each evaluated by its stationary distribution reached from (0, 0).
   */
  private static double bruteForce(DualSourcingProblem pr, DpBox box) {
    int l = pr.gap();
    int dmax = pr.demand().max();
    List<State> states = new ArrayList<>();
    List<List<Action>> actions = new ArrayList<>();
    for (int p = 0; p <= (l == 1 ? 0 : box.maxRegular()); p++) {
      for (int x = box.minPosition() - dmax; x <= box.maxPosition(); x++) {
        List<Action> acts = new ArrayList<>();
        for (int qr = 0; qr <= box.maxRegular(); qr++) {
          for (int y = Math.max(x, box.minPosition()); y + p + qr <= box.maxPosition(); y++) {
            acts.add(new Action(y, qr));
          }
        }
        if (!acts.isEmpty()) {
          states.add(new State(x, p));
          actions.add(acts);
        }
      }
    }
    int n = states.size();
    int[] choice = new int[n];
    double best = Double.POSITIVE_INFINITY;
    int start = states.indexOf(new State(0, 0));
    while (true) {
      double[][] next = new double[n][n];
      double[] cost = new double[n];
      for (int s = 0; s < n; s++) {
        State st = states.get(s);
        Action a = actions.get(s).get(choice[s]);
        cost[s] = pr.ce() * (a.y() - st.x()) + pr.cr() * a.qr();
        for (int d = 0; d <= dmax; d++) {
          double pd = pr.demand().prob(d);
          int left = pr.lostSales() ? Math.max(0, a.y() - d) : a.y() - d;
          cost[s] += pd * (a.y() >= d ? pr.h() * (a.y() - d) : pr.b() * (d - a.y()));
          State nx = l == 1 ? new State(left + a.qr(), 0) : new State(left + st.p(), a.qr());
          next[s][states.indexOf(nx)] += pd;
        }
      }
      // stationary distribution reached from the start: power iteration of the lazy chain
      double[] dist = new double[n];
      dist[start] = 1;
      double change = 1;
      for (int t = 0; t < 200_000 && change > 1e-13; t++) {
        double[] nd = new double[n];
        for (int s = 0; s < n; s++) {
          nd[s] += 0.5 * dist[s];
          for (int u = 0; u < n; u++) {
            nd[u] += 0.5 * dist[s] * next[s][u];
          }
        }
        change = 0;
        for (int s = 0; s < n; s++) {
          change += Math.abs(nd[s] - dist[s]);
        }
        dist = nd;
      }
      double total = 0;
      for (int s = 0; s < n; s++) {
        total += dist[s] * cost[s];
      }
      best = Math.min(best, total);
      int k = 0;
      while (k < n && ++choice[k] == actions.get(k).size()) {
        choice[k++] = 0;
      }
      if (k == n) {
        return best;
      }
    }
  }

  @Test
  void dp_matchesBruteForceOverAllPolicies_tinyInstances() {
    DemandDistribution d = new DemandDistribution("tiny", new double[] {0.45, 0.55});
    DpBox box = new DpBox(1, 0, 2);
    for (boolean lost : new boolean[] {false, true}) {
      for (int lr : new int[] {1, 2}) {
        for (double[] c : new double[][] {{12, 10, 1, 9}, {10.5, 10, 2, 30}, {14, 10, 0.5, 4}}) {
          DualSourcingProblem p = new DualSourcingProblem(d, 0, lr, c[0], c[1], c[2], c[3], lost);
          double dp = new DualSourcingDp(1e-10, 100_000).solve(p, box).gain();
          assertThat(dp).as("%s", p.describe()).isCloseTo(bruteForce(p, box),
              Offset.offset(1e-7));
        }
      }
    }
  }
}
