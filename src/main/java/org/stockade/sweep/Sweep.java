package org.stockade.sweep;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stockade.model.InvalidInputException;

/**
 * A sweep: independent seeded tasks and the one pure function that maps each to a result row.
 * Every engine ({@link LocalSweepEngine}, the Spark engine of the {@code stockade-spark} module)
 * applies {@link #runOne} to every task and returns the rows sorted by task id, so the output
 * is the same whichever engine, worker count or partitioning ran it.
 *
 * @param kind short name (exposure, monte-carlo, sg-param, gm), used in output names
 * @param tasks the tasks, with unique ids
 * @param function the task function
 * @param <T> the task type
 */
public record Sweep<T extends SweepTask>(String kind, List<T> tasks, SweepFunction<T> function) {
  public Sweep {
    if (kind == null || kind.isBlank()) {
      throw new InvalidInputException("a sweep needs a kind name");
    }
    if (tasks == null || tasks.isEmpty()) {
      throw new InvalidInputException("sweep '" + kind + "' has no tasks; give at least one");
    }
    tasks = List.copyOf(tasks);
    Set<Long> ids = new HashSet<>();
    for (T t : tasks) {
      if (!ids.add(t.id())) {
        throw new InvalidInputException("sweep '" + kind + "': task id " + t.id()
            + " appears twice; task ids must be unique");
      }
    }
    if (function == null) {
      throw new InvalidInputException("sweep '" + kind + "' needs a task function");
    }
  }

  public List<Column> columns() {
    return function.columns();
  }

  /**
   * Applies {@code f} to {@code task} and never throws: an exception (or an error such as a
   * stack overflow, or values that do not match the columns) becomes a failed row with the
   * task's id, seed and the message.
   */
  public static <T extends SweepTask> SweepRow runOne(SweepFunction<T> f, T task) {
    try {
      List<Object> values = f.apply(task);
      List<Column> cols = f.columns();
      if (values == null || values.size() != cols.size()) {
        return SweepRow.failed(task.id(), task.seed(), "task function returned "
            + (values == null ? "nothing" : values.size() + " values") + " for " + cols.size()
            + " columns");
      }
      for (int k = 0; k < cols.size(); k++) {
        if (!cols.get(k).accepts(values.get(k))) {
          return SweepRow.failed(task.id(), task.seed(), "column " + cols.get(k).name()
              + ": expected " + cols.get(k).kind() + ", got " + values.get(k).getClass()
              .getSimpleName());
        }
      }
      return new SweepRow(task.id(), task.seed(), null, values);
    } catch (Exception | StackOverflowError | OutOfMemoryError | ExceptionInInitializerError
        | NoClassDefFoundError | UnsatisfiedLinkError e) {
      return SweepRow.failed(task.id(), task.seed(), message(e));
    }
  }

  /** {@code Type: message}, with the cause's message when the throwable has none. */
  static String message(Throwable e) {
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage();
    String type = t.getClass().getSimpleName();
    return t instanceof InvalidInputException ? m : m == null ? type : type + ": " + m;
  }
}
