package org.stockade.sourcing;

import java.util.Arrays;
import org.stockade.model.InvalidInputException;

/**
 * The optimal dual-sourcing policy by relative value iteration on the reduced state (expedited
 * position x and the {@code l - 1} regular orders in the pipeline, {@code l = lr - le}), truncated
 * by a {@link DpBox}. Bellman operator, for state {@code (x, p_1..p_{l-1})}:
 *
 * <pre>
 *   (TV)(x, p) = min_{q_r, y >= x} [ ce (y - x) + cr q_r + L(y)
 *                                    + sum_d P(D = d) V(next(y, d) + p_1, (p_2..p_{l-1}, q_r)) ]
 * </pre>
 *
 * with {@code next(y, d) = y - d} (backorders) or {@code (y - d)^+} (lost sales), L the period
 * cost of {@link DualSourcingProblem#periodCost}. For fixed pipeline and q_r the minimum over
 * {@code y >= x} is a suffix minimum of {@code ce y + W(y)}, so one sweep costs
 * O(#pipelines x #q_r x #y x #demand values). Under backorders the expectation depends on the
 * state only through the next pipeline and {@code z = y + p_1}, so the sweep runs by next
 * pipeline and computes it once per {@code (next pipeline, z)} rather than once per
 * {@code (p, q_r, y)}.
 * Iteration uses the aperiodicity transform
 * {@code V <- V + tau (TV - V)}, renormalized at a reference state; it stops when
 * {@code max(TV - V) - min(TV - V)}, which brackets the optimal average cost, is below the
 * tolerance.
 */
public final class DualSourcingDp {
  /** Largest truncated state space solved. */
  public static final long MAX_STATES = 30_000_000L;

  private final double tolerance;
  private final int maxIterations;

  /** Tolerance 1e-7 on the cost bracket, at most 100000 iterations. */
  public DualSourcingDp() {
    this(1e-7, 100_000);
  }

  public DualSourcingDp(double tolerance, int maxIterations) {
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  /** Polled once per Bellman sweep: the caller's deadline or cancel flag. */
  private java.util.function.BooleanSupplier stop = () -> false;

  /**
   * Makes {@link #solve} stop after the current sweep as soon as {@code stop} says so; the
   * result then has {@code converged == false} and the cost bracket reached so far.
   */
  public DualSourcingDp stopWhen(java.util.function.BooleanSupplier stop) {
    this.stop = stop;
    return this;
  }

  /** Number of states of the truncated problem, or -1 if it is not reducible. */
  public static long stateCount(DualSourcingProblem p, DpBox box) {
    if (!p.reducible()) {
      return -1;
    }
    int nx = box.maxPosition() - (box.minPosition() - p.demand().max()) + 1;
    long n = nx;
    for (int i = 0; i < p.gap() - 1; i++) {
      n *= box.maxRegular() + 1;
      if (n > Long.MAX_VALUE / 1000) {
        return Long.MAX_VALUE / 1000;
      }
    }
    return n;
  }

  /**
   * Arithmetic work of one Bellman sweep: states x regular order choices x demand values (the
   * suffix-minimum trick makes the choice of the expedited order free).
   */
  public static double sweepWork(DualSourcingProblem p, DpBox box) {
    long n = stateCount(p, box);
    return n < 0 ? Double.POSITIVE_INFINITY
        : (double) n * (box.maxRegular() + 1) * (p.demand().max() + 1);
  }

  public DpResult solve(DualSourcingProblem p) {
    return solve(p, DpBox.defaults(p));
  }

  public DpResult solve(DualSourcingProblem p, DpBox box) {
    if (!p.reducible()) {
      throw new InvalidInputException("the DP needs backorders or le = 0 (lost sales with le > 0"
          + " has no reduced state)");
    }
    long count = stateCount(p, box);
    if (count > MAX_STATES) {
      throw new InvalidInputException("the DP would have " + count + " states (limit "
          + MAX_STATES + "); use a smaller lr - le or demand range");
    }
    double[] dem = p.demand().pmf();
    int nd = dem.length;
    int len = p.gap() - 1;
    int base = box.maxRegular() + 1;
    int xmin = box.minPosition() - (nd - 1);
    int xmax = box.maxPosition();
    int nx = xmax - xmin + 1;
    int np = 1;
    for (int i = 0; i < len; i++) {
      np *= base;
    }
    int high = np / base; // weight of the oldest order p_1 in the pipeline index
    int[] sum = new int[np];
    for (int pi = 0; pi < np; pi++) {
      int r = pi;
      int s = 0;
      for (int i = 0; i < len; i++) {
        s += r % base;
        r /= base;
      }
      sum[pi] = s;
    }
    int ylo = box.minPosition();
    double[] lead = p.leadDemand().pmf();
    double[] cost = new double[nx];
    for (int x = xmin; x <= xmax; x++) {
      cost[x - xmin] = p.periodCost(lead, x) + p.ce() * x;
    }
    double[] v = new double[np * nx];
    double[] tv = new double[np * nx];
    int[] argY = new int[np * nx];
    int[] argQ = new int[np * nx];
    boolean lost = p.lostSales();
    double[] g = new double[nx];
    // backorders: evRow[z - xmin] = E V(z - D, next) for the current next pipeline
    double[] evRow = lost ? null : new double[nx];
    int[] gArg = new int[nx];
    double tau = 0.95;
    int ref = -xmin; // state x = 0, empty pipeline
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    int it = 0;
    while (it < maxIterations && !(it > 0 && stop.getAsBoolean())) {
      Arrays.fill(tv, Double.POSITIVE_INFINITY);
      // by next pipeline: (p_2..p_{l-1}, q_r), reached from the base pipelines p = (p_1, p_2..)
      for (int next = 0; next < np; next++) {
        int nextOff = next * nx - xmin;
        if (!lost) {
          for (int z = ylo; z <= xmax - sum[next]; z++) {
            evRow[z - xmin] = expected(v, dem, nextOff, z, false);
          }
        }
        for (int k = 0; k < base; k++) {
          // len > 0: k is the arriving order p_1; len = 0: k is q_r, which arrives at once
          int pi = len > 0 ? k * high + next / base : 0;
          int qr = len > 0 ? next % base : k;
          int arrive = k;
          int yMax = Math.min(xmax, box.maxPosition() - sum[pi] - qr);
          if (yMax < ylo) {
            continue;
          }
          int off = nextOff + arrive;
          for (int y = ylo; y <= yMax; y++) {
            double e = lost ? expected(v, dem, off, y, true) : evRow[arrive + y - xmin];
            g[y - xmin] = cost[y - xmin] + e;
          }
          double best = Double.POSITIVE_INFINITY;
          int bestY = yMax;
          for (int y = yMax; y >= ylo; y--) {
            if (g[y - xmin] < best) {
              best = g[y - xmin];
              bestY = y;
            }
            gArg[y - xmin] = bestY;
            g[y - xmin] = best;
          }
          double buy = p.cr() * qr;
          int row = pi * nx - xmin;
          for (int x = xmin; x <= yMax; x++) {
            int yy = Math.max(x, ylo);
            double val = buy - p.ce() * x + g[yy - xmin];
            if (val < tv[row + x]) {
              tv[row + x] = val;
              argY[row + x] = gArg[yy - xmin];
              argQ[row + x] = qr;
            }
          }
        }
      }
      it++;
      lo = Double.POSITIVE_INFINITY;
      hi = Double.NEGATIVE_INFINITY;
      for (int pi = 0; pi < np; pi++) {
        if (ylo + sum[pi] > box.maxPosition()) {
          continue; // no feasible action: y >= ylo would exceed the position cap
        }
        int row = pi * nx - xmin;
        for (int x = xmin; x <= box.maxPosition() - sum[pi]; x++) {
          double diff = tv[row + x] - v[row + x];
          lo = Math.min(lo, diff);
          hi = Math.max(hi, diff);
        }
      }
      if (hi - lo < tolerance) {
        break;
      }
      double shift = v[ref] + tau * (tv[ref] - v[ref]);
      for (int s = 0; s < v.length; s++) {
        if (tv[s] != Double.POSITIVE_INFINITY) {
          v[s] = v[s] + tau * (tv[s] - v[s]) - shift;
        }
      }
    }
    return new DpResult((lo + hi) / 2, lo, hi, it, hi - lo < tolerance, (int) Math.min(
        Integer.MAX_VALUE, count), box, new TablePolicy(len, base, xmin, nx, argY, argQ));
  }

  /**
   * {@code sum_d P(D = d) v[off + next(y, d)]}, {@code next(y, d) = y - d}, or {@code (y - d)^+}
   * when {@code lost}.
   */
  private static double expected(double[] v, double[] dem, int off, int y, boolean lost) {
    double e = 0;
    for (int d = 0; d < dem.length; d++) {
      int left = y - d;
      if (lost && left < 0) {
        left = 0;
      }
      e += dem[d] * v[off + left];
    }
    return e;
  }

  /** The optimal policy as a table over the truncated states. */
  private record TablePolicy(int len, int base, int xmin, int nx, int[] argY, int[] argQ)
      implements StatePolicy {
    @Override
    public void order(int x, int[] pipe, int[] out) {
      int pi = 0;
      for (int i = 0; i < len; i++) {
        if (pipe[i] >= base) {
          throw new IllegalStateException("pipeline order " + pipe[i] + " outside the DP box");
        }
        pi = pi * base + pipe[i];
      }
      if (x < xmin || x >= xmin + nx) {
        throw new IllegalStateException("position " + x + " outside the DP box");
      }
      int s = pi * nx + x - xmin;
      out[0] = argY[s] - x;
      out[1] = argQ[s];
    }
  }
}
