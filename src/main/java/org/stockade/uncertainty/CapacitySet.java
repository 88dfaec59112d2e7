package org.stockade.uncertainty;

import java.util.BitSet;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;

/** A bounded polyhedral set {@code C} of plant-capacity vectors. Implementations are immutable. */
public interface CapacitySet {
  /** Number of plants M. */
  int size();

  /** {@code Cmin(P) = min_{c in C} sum_{i in P} c_i} with a minimizing {@code c}. */
  Extreme min(BitSet plants);

  default double minValue(BitSet plants) {
    return min(plants).value();
  }

  double[] lowerBounds();

  double[] upperBounds();

  /** Adds variables/constraints to {@code lp}; returns the expression of each {@code c_i}. */
  LinearExpr[] describeIn(LinearProgram lp);

  /** {@code null} if {@code c} lies in the set within {@code tol}, else a reason. */
  String violation(double[] c, double tol);

  /**
   * If this set has a closed form, affine pieces with {@code -Cmin(P) = min_v piece_v(y_P)} for
   * every plant set {@code P}; {@code null} otherwise.
   */
  default java.util.List<AffinePiece> negatedMinPieces() {
    return null;
  }

  /**
   * If this set has a closed form: affine pieces in selection binaries with
   * {@code -min_{c in C} sum_i w_i c_i = min_v piece_v(b)} for weights {@code w_i = values[i][k]
   * >= 0} chosen as in {@link DemandSet#weightedMaxPieces}; {@code null} otherwise.
   */
  default java.util.List<AffinePiece> weightedNegatedMinPieces(double[][] values) {
    return null;
  }

  /**
   * An incremental evaluator of {@code -Cmin(P)} for local search, or {@code null} when this set
   * has no closed form. The default tracks {@link #negatedMinPieces()}.
   */
  default SubsetTracker capacityTracker() {
    java.util.List<AffinePiece> p = negatedMinPieces();
    return p == null || p.size() > DemandSet.MAX_TRACKED_PIECES ? null
        : SubsetTracker.ofPieces(p, size());
  }

  String summary();
}
