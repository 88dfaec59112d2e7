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

  String summary();
}
