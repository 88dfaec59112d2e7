package org.stockade.sourcing;

/**
 * An ordering rule on the reduced dual-sourcing state ({@link DualSourcingProblem}): the
 * expedited inventory position {@code x} (net inventory when {@code le = 0}; on-hand stock under
 * lost sales) and the regular orders {@code pipe[0..l-2]}, oldest (arriving next) first.
 */
@FunctionalInterface
public interface StatePolicy {
  /** Writes the expedited order to {@code out[0]} and the regular order to {@code out[1]}. */
  void order(int x, int[] pipe, int[] out);
}
