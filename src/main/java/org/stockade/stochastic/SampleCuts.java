package org.stockade.stochastic;

import org.stockade.flow.BipartiteMaxFlow;
import org.stockade.model.Network;
import org.stockade.sim.Parallel;
import org.stockade.sim.ScenarioGenerator;
import org.stockade.sim.ScenarioSet;

/**
 * The sampled lost sales at one inventory vector and the linear pieces active there. For sample
 * n with maximizing set {@code S_n} (from the max-flow's minimum cut),
 *
 * <pre>
 *   L_n(r') >= d^n(S_n) - r'(S_n) - c^n(A(S_n))   for every r',  with equality at r' = r,
 * </pre>
 *
 * so {@code -1_{S_n}} is a subgradient and the right side is an exact piece of the convex
 * piecewise-linear {@code L_n}. The aggregated piece sums these over n. Sums are accumulated per
 * block and then in block order, so the numbers do not depend on the thread count.
 */
final class SampleCuts {
  /** {@code sum_n L_n(r)} by max-flow. */
  final double totalLost;
  /** {@code sum_n piece_n(r)}; equals {@link #totalLost} up to rounding. */
  final double pieceTotal;
  /** {@code a_j = #{n : j in S_n}}. */
  final double[] count;
  /** {@code sum_n [d^n(S_n) - c^n(A(S_n))]}. */
  final double constant;
  /** Per sample {@code L_n(r)}, or null when not requested. */
  final double[] lost;
  /** Per sample {@code S_n}, or null. */
  final boolean[][] sets;
  /** Per sample {@code d^n(S_n) - c^n(A(S_n))}, or null. */
  final double[] pieceConstant;

  private SampleCuts(double totalLost, double pieceTotal, double[] count, double constant,
      double[] lost, boolean[][] sets, double[] pieceConstant) {
    this.totalLost = totalLost;
    this.pieceTotal = pieceTotal;
    this.count = count;
    this.constant = constant;
    this.lost = lost;
    this.sets = sets;
    this.pieceConstant = pieceConstant;
  }

  static SampleCuts evaluate(Network n, double[] r, ScenarioSet s, int threads,
      boolean perSample) {
    int p = n.productCount();
    int size = s.size();
    int block = ScenarioGenerator.BLOCK;
    int blocks = (size + block - 1) / block;
    double[] blockLost = new double[blocks];
    double[] blockPiece = new double[blocks];
    double[] blockConst = new double[blocks];
    double[][] blockCount = new double[blocks][p];
    double[] lost = perSample ? new double[size] : null;
    boolean[][] sets = perSample ? new boolean[size][] : null;
    double[] pieceConst = perSample ? new double[size] : null;
    Parallel.forEach(blocks, threads, b -> {
      BipartiteMaxFlow flow = new BipartiteMaxFlow(n);
      double[] d = new double[p];
      double[] c = new double[s.plants()];
      boolean[] scratch = new boolean[s.plants()];
      int to = Math.min(size, (b + 1) * block);
      for (int k = b * block; k < to; k++) {
        s.demandInto(k, d);
        s.capacityInto(k, c);
        double l = flow.solve(r, d, c);
        double constK = -flow.capacityOfShortagePlants(c, scratch);
        double piece = constK;
        boolean[] set = perSample ? new boolean[p] : null;
        for (int j = 0; j < p; j++) {
          if (flow.inShortage(j)) {
            constK += d[j];
            piece += d[j] - r[j];
            blockCount[b][j] += 1;
            if (set != null) {
              set[j] = true;
            }
          }
        }
        blockLost[b] += l;
        blockPiece[b] += Math.max(0, piece);
        blockConst[b] += constK;
        if (perSample) {
          lost[k] = l;
          sets[k] = set;
          pieceConst[k] = constK;
        }
      }
    });
    double total = 0;
    double pieces = 0;
    double constant = 0;
    double[] count = new double[p];
    for (int b = 0; b < blocks; b++) {
      total += blockLost[b];
      pieces += blockPiece[b];
      constant += blockConst[b];
      for (int j = 0; j < p; j++) {
        count[j] += blockCount[b][j];
      }
    }
    return new SampleCuts(total, pieces, count, constant, lost, sets, pieceConst);
  }
}
