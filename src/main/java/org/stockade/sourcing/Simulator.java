package org.stockade.sourcing;

import java.util.SplittableRandom;

/**
 * Seeded simulation of the ORIGINAL dual-sourcing system (not the reduced chain): net inventory
 * (on-hand stock under lost sales) and the orders arriving in each of the next {@code lr}
 * periods, with the timing of {@link DualSourcingProblem}. This makes it an independent check of
 * the reduction used by the exact methods.
 */
public final class Simulator {
  private final SimulationOptions options;

  public Simulator(SimulationOptions options) {
    this.options = options;
  }

  public SimulationResult simulate(DualSourcingProblem p, IndexPolicy policy) {
    SplittableRandom rng = new SplittableRandom(options.seed());
    double[] cdf = p.demand().pmf();
    for (int d = 1; d < cdf.length; d++) {
      cdf[d] += cdf[d - 1];
    }
    int lr = p.lr();
    int le = p.le();
    long[] arrivals = new long[lr + 1]; // ring buffer, index (t + k) % (lr + 1)
    long x = 0;
    int[] act = new int[2];
    int batches = SimulationOptions.BATCHES;
    int perBatch = options.periods() / batches;
    double[] batchMean = new double[batches];
    double expedited = 0;
    double purchase = 0;
    int yOff = -1024;
    long[] yCount = new long[2048];
    int total = options.warmup() + perBatch * batches;
    int ring = lr + 1;
    for (int t = 0; t < total; t++) {
      int now = t % ring;
      x += arrivals[now];
      arrivals[now] = 0;
      long ipE = x;
      long ip = x;
      for (int k = 1; k < lr; k++) {
        long a = arrivals[(t + k) % ring];
        ip += a;
        if (k <= le) {
          ipE += a;
        }
      }
      policy.order((int) ipE, ip, act);
      if (le == 0) {
        x += act[0];
      } else {
        arrivals[(t + le) % ring] += act[0];
      }
      arrivals[(t + lr) % ring] += act[1];
      double u = rng.nextDouble();
      int d = 0;
      while (d < cdf.length - 1 && u >= cdf[d]) {
        d++;
      }
      double buy = p.ce() * act[0] + p.cr() * act[1];
      double c = buy;
      if (p.lostSales()) {
        long lost = Math.max(0, d - x);
        x = Math.max(0, x - d);
        c += p.h() * x + p.b() * lost;
      } else {
        x -= d;
        c += x >= 0 ? p.h() * x : -p.b() * x;
      }
      if (t >= options.warmup()) {
        int batch = (t - options.warmup()) / perBatch;
        batchMean[batch] += c / perBatch;
        expedited += act[0];
        purchase += buy;
        long y = ipE + act[0];
        if (y < yOff || y >= yOff + yCount.length) {
          int lo = (int) Math.min(yOff, y - 64);
          int hi = (int) Math.max(yOff + yCount.length, y + 64);
          long[] grown = new long[hi - lo];
          System.arraycopy(yCount, 0, grown, yOff - lo, yCount.length);
          yCount = grown;
          yOff = lo;
        }
        yCount[(int) (y - yOff)]++;
      }
    }
    double[] meanHalf = Stats95.meanHalfWidth(batchMean);
    int first = 0;
    while (first < yCount.length - 1 && yCount[first] == 0) {
      first++;
    }
    int last = yCount.length - 1;
    while (last > first && yCount[last] == 0) {
      last--;
    }
    double n = perBatch * (double) batches;
    double[] yProb = new double[last - first + 1];
    for (int i = first; i <= last; i++) {
      yProb[i - first] = yCount[i] / n;
    }
    return new SimulationResult(meanHalf[0], meanHalf[1], expedited / n,
        options.seed(), perBatch * batches, purchase / n, yOff + first, yProb);
  }
}
