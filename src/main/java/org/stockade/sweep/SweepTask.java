package org.stockade.sweep;

import java.io.Serializable;

/**
 * One independent unit of a {@link Sweep}: a serializable value with a unique {@link #id()} (the
 * output order) and the {@link #seed()} its randomness derives from (recorded in every result
 * row; 0 for tasks without randomness). A task's result must be a function of the task alone, so
 * any runner (local threads, Spark executors) gives the same row.
 */
public interface SweepTask extends Serializable {
  /** Unique within its sweep; rows come out sorted by it. */
  long id();

  /** The seed the task's random draws derive from (0 when it draws none). */
  long seed();
}
