package org.stockade.uncertainty;

/**
 * Incremental evaluation of one half of {@code g(S)} while a subset grows and shrinks one
 * element at a time: {@code Dmax(S)} over products ({@link DemandSet#demandTracker()}) or
 * {@code -Cmin(P)} over plants ({@link CapacitySet#capacityTracker()}). Elements are added at most once
 * and removed only after being added (the caller keeps the membership). Each update costs
 * {@code O(pieces)} (or {@code O(log M)} for the k-plants-down set), instead of the
 * {@code O(N pieces)} of evaluating the closed form from scratch. Mutable, not thread-safe: one
 * per search.
 */
public interface SubsetTracker {
  void add(int element);

  void remove(int element);

  /** The tracked function at the current subset. */
  double value();

  /** Back to the empty subset. */
  void clear();

  /**
   * A tracker that keeps, for every affine piece, its running value at the current indicator
   * vector; the value is the minimum over pieces (the closed forms of {@link DemandSet#maxPieces}
   * and {@link CapacitySet#negatedMinPieces}).
   */
  static SubsetTracker ofPieces(java.util.List<AffinePiece> pieces, int size) {
    int k = pieces.size();
    double[][] byElement = new double[size][k];
    double[] constant = new double[k];
    for (int v = 0; v < k; v++) {
      constant[v] = pieces.get(v).constant();
      double[] e = pieces.get(v).coef();
      for (int j = 0; j < size; j++) {
        byElement[j][v] = e[j];
      }
    }
    return new SubsetTracker() {
      private final double[] sum = constant.clone();

      @Override
      public void add(int element) {
        double[] e = byElement[element];
        for (int v = 0; v < k; v++) {
          sum[v] += e[v];
        }
      }

      @Override
      public void remove(int element) {
        double[] e = byElement[element];
        for (int v = 0; v < k; v++) {
          sum[v] -= e[v];
        }
      }

      @Override
      public double value() {
        double best = Double.POSITIVE_INFINITY;
        for (int v = 0; v < k; v++) {
          best = Math.min(best, sum[v]);
        }
        return best;
      }

      @Override
      public void clear() {
        System.arraycopy(constant, 0, sum, 0, k);
      }
    };
  }
}
