package org.stockade.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * The pure function of a sweep: task to one result row. It is serialized to every worker (Spark
 * ships it inside the map closure), so it holds only serializable inputs (network records, model
 * parameters) and builds anything heavier lazily, once per JVM ({@link PerJvm}). It must not
 * depend on which thread or machine runs it, nor on other tasks.
 *
 * @param <T> the task type
 */
public interface SweepFunction<T extends SweepTask> extends Serializable {
  /** The result columns, in order (without the id, seed and error columns every row has). */
  List<Column> columns();

  /**
   * The values of {@link #columns()} for one task. Throwing (bad input, solver failure) is
   * allowed: the runner turns it into a failed row with the task's id and the message.
   */
  List<Object> apply(T task) throws Exception;
}
