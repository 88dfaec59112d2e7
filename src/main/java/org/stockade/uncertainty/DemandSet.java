package org.stockade.uncertainty;

import java.util.BitSet;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;

/**
 * A bounded polyhedral set {@code D} of demand vectors (already scaled by per-product service
 * levels, spec section 2: {@code D' = {tau o d}}). Implementations are immutable.
 */
public interface DemandSet {
  /** Number of products N. */
  int size();

  /** {@code Dmax(S) = max_{d in D} sum_{j in S} d_j} with a maximizing {@code d}. */
  Extreme max(BitSet s);

  /** {@code Dmax(S)} only; may be faster than {@link #max(BitSet)}. */
  default double maxValue(BitSet s) {
    return max(s).value();
  }

  /** Component-wise lower bounds of {@code d} over {@code D} (valid, used for McCormick). */
  double[] lowerBounds();

  /** Component-wise upper bounds of {@code d} over {@code D}. */
  double[] upperBounds();

  /**
   * Adds this set's variables and constraints to {@code lp} and returns, per product, the
   * affine expression of {@code d_j} in those variables.
   */
  LinearExpr[] describeIn(LinearProgram lp);

  /** {@code null} if {@code d} lies in the set within {@code tol}, else a reason. */
  String violation(double[] d, double tol);

  /**
   * If this set has a closed form, affine pieces with {@code Dmax(S) = min_v piece_v(x_S)} for
   * every subset {@code S} (x_S its indicator vector); {@code null} otherwise.
   */
  default java.util.List<AffinePiece> maxPieces() {
    return null;
  }

  /**
   * If this set has a closed form: affine pieces in selection binaries {@code b} with
   * {@code max_{d in D} sum_j w_j d_j = min_v piece_v(b)}, where product {@code j} takes weight
   * {@code w_j = values[j][k]} when its binary {@code b_{j,k}} (flattened index: the lengths of
   * {@code values[0..j-1]} plus k) is 1 and exactly one binary per product is 1; {@code null}
   * otherwise. Generalizes {@link #maxPieces()} (values {0, 1}) to any finite weights.
   */
  default java.util.List<AffinePiece> weightedMaxPieces(double[][] values) {
    return null;
  }

  /**
   * An incremental evaluator of {@code Dmax(S)} for local search, or {@code null} when this set
   * has no closed form. The default tracks {@link #maxPieces()} (a running sum per piece) when
   * there are at most {@link #MAX_TRACKED_PIECES} pieces.
   */
  default SubsetTracker demandTracker() {
    java.util.List<AffinePiece> p = maxPieces();
    return p == null || p.size() > MAX_TRACKED_PIECES ? null : SubsetTracker.ofPieces(p, size());
  }

  /** Above this many pieces a per-piece running sum costs more than it saves. */
  int MAX_TRACKED_PIECES = 512;

  /** One line for reports. */
  String summary();
}
