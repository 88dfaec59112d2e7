package org.stockade.robust;

import java.util.List;
import org.stockade.lp.CoveringLp;
import org.stockade.lp.IncrementalLp;
import org.stockade.lp.LpResult;

/**
 * The master LP behind {@link ScalableLoop}: the cuts in it, by handle {@code Cut.row}. Two
 * backends: {@link ColumnMaster} (the covering LP solved as its dual packing LP, cuts as
 * columns, primal simplex warm-started; for {@code min w.r} with {@code w >= 0}) and
 * {@link RowMaster} (cuts as rows, dual simplex; any objective, an optional cost-cap row).
 */
interface MasterLp extends AutoCloseable {
  /** Puts cut c (right-hand side rhs) into the master if it is not in it. */
  void ensure(ScalableLoop.Cut c, double rhs);

  /** Takes cut c out of the master (it goes to the pool). */
  void drop(ScalableLoop.Cut c);

  /** Cuts move to the pool only while the master holds more than this times N. */
  double keepFactor();

  /** Rebuilds the backend when dropped cuts make up most of it (where that matters). */
  void compactIfSparse(List<ScalableLoop.Cut> cuts, int p);

  /** Solves; values are r (one per product), duals indexed by the cuts' handles. */
  LpResult solve();

  @Override
  void close();

  /**
   * The covering master solved as its dual packing LP by primal simplex ({@link CoveringLp}):
   * for {@code min w.r} with {@code w >= 0} and no other rows, the common case. A dropped cut
   * keeps its column, fixed at 0.
   */
  final class ColumnMaster implements MasterLp {
    private final CoveringLp lp;
    private boolean[] active = new boolean[16];

    ColumnMaster(CoveringLp lp) {
      this.lp = lp;
    }

    @Override
    public void ensure(ScalableLoop.Cut c, double rhs) {
      if (c.row < 0) {
        c.row = lp.addCut(c.products, rhs);
        if (c.row >= active.length) {
          active = java.util.Arrays.copyOf(active, 2 * c.row + 1);
        }
        active[c.row] = true;
      } else if (!active[c.row]) {
        lp.setActive(c.row, true);
        active[c.row] = true;
      }
    }

    @Override
    public void drop(ScalableLoop.Cut c) {
      lp.setActive(c.row, false);
      active[c.row] = false;
    }

    @Override
    public double keepFactor() {
      return ScalableLoop.KEEP_FACTOR_COLUMNS;
    }

    @Override
    public void compactIfSparse(List<ScalableLoop.Cut> cuts, int p) {
      // a fixed column costs the primal simplex only its pricing: nothing to rebuild
    }

    @Override
    public LpResult solve() {
      return lp.solve();
    }

    @Override
    public void close() {
      lp.close();
    }
  }

  /**
   * The master as rows of an {@link IncrementalLp} (dual simplex): for objectives with negative
   * weights, maximization, or a cost cap row. A dropped cut's row becomes a free row; the
   * backend is rebuilt without them when they outnumber the rest {@value ScalableLoop#COMPACT_FACTOR} to 1.
   */
  final class RowMaster implements MasterLp {
    private final IncrementalLp lp;
    private final int fixedRows;

    private RowMaster(IncrementalLp lp, int fixedRows) {
      this.lp = lp;
      this.fixedRows = fixedRows;
    }

    static RowMaster create(int p, double[] weights, boolean maximize, double costCap,
        double[] holding) {
      IncrementalLp lp = new IncrementalLp();
      int[] x = new int[p];
      for (int j = 0; j < p; j++) {
        x[j] = lp.addVariable(0, Double.POSITIVE_INFINITY);
      }
      if (costCap < Double.POSITIVE_INFINITY) {
        lp.addRow(x, holding, Double.NEGATIVE_INFINITY, costCap);
      }
      lp.setObjective(weights, maximize);
      return new RowMaster(lp, lp.rowCount());
    }

    @Override
    public void ensure(ScalableLoop.Cut c, double rhs) {
      if (c.row < 0) {
        double[] ones = new double[c.products.length];
        java.util.Arrays.fill(ones, 1.0);
        c.row = lp.addRow(c.products, ones, rhs, Double.POSITIVE_INFINITY);
      }
    }

    @Override
    public void drop(ScalableLoop.Cut c) {
      lp.relax(c.row);
      c.row = -1;
    }

    @Override
    public double keepFactor() {
      return ScalableLoop.KEEP_FACTOR;
    }

    @Override
    public void compactIfSparse(List<ScalableLoop.Cut> cuts, int p) {
      if (lp.rowCount() <= ScalableLoop.COMPACT_FACTOR * (cuts.size() + p)) {
        return;
      }
      boolean[] keep = new boolean[lp.rowCount()];
      java.util.Arrays.fill(keep, 0, fixedRows, true);
      for (ScalableLoop.Cut c : cuts) {
        if (c.row >= 0) {
          keep[c.row] = true;
        }
      }
      int[] map = lp.compact(keep);
      for (ScalableLoop.Cut c : cuts) {
        if (c.row >= 0) {
          c.row = map[c.row];
        }
      }
    }

    @Override
    public LpResult solve() {
      return lp.solve();
    }

    @Override
    public void close() {
      lp.close();
    }
  }
}
