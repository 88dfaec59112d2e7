package org.stockade.sourcing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact evaluation of a {@link StatePolicy} on the reduced dual-sourcing chain (see
 * {@link DualSourcingProblem}): the states reachable from a start state are enumerated, and the
 * stationary distribution is found by power iteration of the lazy chain {@code (I + P) / 2}
 * (same stationary distribution, aperiodic) until the L1 change is below {@code 1e-13}. The
 * long-run average cost is {@code sum_s pi(s) c(s)} with {@code c(s) = ce q_e + cr q_r + L(y)}.
 *
 * <p>Positions above {@code start + cap} are clamped to it (only relevant for tailored
 * base-surge, whose position has an unbounded but geometrically thin upper tail); the stationary
 * probability of clamped transitions is reported and must be negligible.
 */
public final class MarkovEvaluator {
  /** Default largest chain evaluated exactly. */
  public static final int MAX_STATES = 2_000_000;
  /** Largest transition table (states x demand values), about 100 MB of ints and flags. */
  public static final long MAX_TRANSITIONS = 20_000_000L;
  private static final int X_BITS = 24;
  private static final int X_OFF = 1 << (X_BITS - 1);

  private final int cap;
  private final int maxStates;

  public MarkovEvaluator() {
    this(400, MAX_STATES);
  }

  /**
   * @param cap how far above the start position the position may go before clamping
   * @param maxStates largest number of reachable states enumerated
   */
  public MarkovEvaluator(int cap, int maxStates) {
    this.cap = cap;
    this.maxStates = maxStates;
  }

  /** Thrown when the chain is too large to enumerate. */
  public static final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String m) {
      super(m);
    }
  }

  /** Evaluates {@code policy} from the state with position {@code x0} and an empty pipeline. */
  public ChainResult evaluate(DualSourcingProblem p, StatePolicy policy, int x0) {
    if (!p.reducible()) {
      throw new TooLargeException("lost sales with le > 0 has no exact reduced chain");
    }
    int len = p.gap() - 1;
    int bits = len == 0 ? 1 : Math.min(16, (63 - X_BITS) / len);
    if (bits < 4) {
      throw new TooLargeException("lr - le = " + p.gap() + " is too long to enumerate");
    }
    double[] dem = p.demand().pmf();
    double[] lead = p.leadDemand().pmf();
    int nd = dem.length;
    int xCap = x0 + cap;
    Map<Long, Integer> index = new HashMap<>();
    List<Long> keys = new ArrayList<>();
    int[] pipe = new int[len];
    int[] next = new int[len];
    int[] act = new int[2];
    long start = encode(x0, pipe, bits);
    index.put(start, 0);
    keys.add(start);
    int[] succ = new int[1024 * nd];
    boolean[] clamped = new boolean[1024 * nd];
    double[] cost = new double[1024];
    double[] purchase = new double[1024];
    int[] qe = new int[1024];
    int[] qr = new int[1024];
    int[] ys = new int[1024];
    // the transition table holds states x demand values entries: bound its memory too
    long stateCap = Math.min(maxStates, MAX_TRANSITIONS / nd);
    for (int s = 0; s < keys.size(); s++) {
      if (keys.size() > stateCap) {
        throw new TooLargeException("more than " + stateCap + " reachable states");
      }
      if (s >= cost.length) {
        int n = cost.length * 2;
        succ = java.util.Arrays.copyOf(succ, n * nd);
        clamped = java.util.Arrays.copyOf(clamped, n * nd);
        cost = java.util.Arrays.copyOf(cost, n);
        purchase = java.util.Arrays.copyOf(purchase, n);
        qe = java.util.Arrays.copyOf(qe, n);
        qr = java.util.Arrays.copyOf(qr, n);
        ys = java.util.Arrays.copyOf(ys, n);
      }
      long key = keys.get(s);
      int x = decode(key, pipe, bits);
      policy.order(x, pipe, act);
      if (act[0] < 0 || act[1] < 0) {
        throw new IllegalStateException("negative order " + act[0] + ", " + act[1]);
      }
      if (act[1] >= (1 << bits) && len > 0) {
        throw new TooLargeException("regular order " + act[1] + " too large to enumerate");
      }
      int y = x + act[0];
      qe[s] = act[0];
      qr[s] = act[1];
      ys[s] = y;
      purchase[s] = p.ce() * act[0] + p.cr() * act[1];
      cost[s] = purchase[s] + p.periodCost(lead, y);
      int arrive = len > 0 ? pipe[0] : act[1];
      for (int i = 0; i < len; i++) {
        next[i] = i + 1 < len ? pipe[i + 1] : act[1];
      }
      for (int d = 0; d < nd; d++) {
        int left = p.lostSales() ? Math.max(0, y - d) : y - d;
        int xn = left + arrive;
        boolean c = false;
        if (xn > xCap) {
          xn = xCap;
          c = true;
        }
        long k = encode(xn, next, bits);
        Integer id = index.get(k);
        if (id == null) {
          id = keys.size();
          index.put(k, id);
          keys.add(k);
        }
        succ[s * nd + d] = id;
        clamped[s * nd + d] = c;
      }
    }
    int n = keys.size();
    double[] pi = new double[n];
    double[] nextPi = new double[n];
    pi[0] = 1;
    double res = 1;
    int it = 0;
    while (res > 1e-13 && it < 1_000_000) {
      for (int s = 0; s < n; s++) {
        nextPi[s] = 0.5 * pi[s];
      }
      for (int s = 0; s < n; s++) {
        double w = 0.5 * pi[s];
        if (w == 0) {
          continue;
        }
        int base = s * nd;
        for (int d = 0; d < nd; d++) {
          nextPi[succ[base + d]] += w * dem[d];
        }
      }
      res = 0;
      for (int s = 0; s < n; s++) {
        res += Math.abs(nextPi[s] - pi[s]);
      }
      double[] t = pi;
      pi = nextPi;
      nextPi = t;
      it++;
    }
    double total = 0;
    double buy = 0;
    double e = 0;
    double r = 0;
    double clampMass = 0;
    int yLo = Integer.MAX_VALUE;
    int yHi = Integer.MIN_VALUE;
    for (int s = 0; s < n; s++) {
      if (pi[s] > 0) {
        yLo = Math.min(yLo, ys[s]);
        yHi = Math.max(yHi, ys[s]);
      }
    }
    double[] yProb = new double[yHi - yLo + 1];
    for (int s = 0; s < n; s++) {
      if (pi[s] == 0) {
        continue;
      }
      total += pi[s] * cost[s];
      buy += pi[s] * purchase[s];
      e += pi[s] * qe[s];
      r += pi[s] * qr[s];
      yProb[ys[s] - yLo] += pi[s];
      for (int d = 0; d < nd; d++) {
        if (clamped[s * nd + d]) {
          clampMass += pi[s] * dem[d];
        }
      }
    }
    return new ChainResult(total, buy, e, r, yLo, yProb, n, it, res, clampMass);
  }

  private static long encode(int x, int[] pipe, int bits) {
    if (x < -X_OFF || x >= X_OFF) {
      throw new TooLargeException("position " + x + " too large to enumerate");
    }
    long k = x + X_OFF;
    for (int v : pipe) {
      if (v >= (1 << bits)) {
        throw new TooLargeException("pipeline order " + v + " too large to enumerate");
      }
      k = (k << bits) | v;
    }
    return k;
  }

  private static int decode(long key, int[] pipe, int bits) {
    long k = key;
    for (int i = pipe.length - 1; i >= 0; i--) {
      pipe[i] = (int) (k & ((1 << bits) - 1));
      k >>>= bits;
    }
    return (int) k - X_OFF;
  }
}
