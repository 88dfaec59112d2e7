package org.stockade.sweep;

import java.util.function.Consumer;
import org.stockade.model.InvalidInputException;

/**
 * Something that runs a {@link Sweep}: the built-in {@link LocalSweepEngine} or, found at run
 * time through {@link java.util.ServiceLoader}, the Spark engine of the {@code stockade-spark}
 * module. Engines return every task's row sorted by id (failed tasks as failed rows).
 */
public interface SweepEngine {
  /** The name given to {@code --engine}. */
  String name();

  /** Runs every task of {@code sweep}. */
  <T extends SweepTask> SweepResult run(Sweep<T> sweep, Settings settings);

  /**
   * @param master Spark master URL ({@code null}: the engine's default, {@code local[*]}, or
   *     whatever {@code spark-submit} set); ignored by the local engine
   * @param threads local worker threads (>= 1); ignored by Spark
   * @param out directory (or, for Spark, any Hadoop URI: {@code hdfs://}, {@code s3a://}) for
   *     the result files ({@code null}: none)
   * @param progress receives progress lines (for stderr), or null
   */
  record Settings(String master, int threads, String out, Consumer<String> progress) {
    public Settings {
      if (threads < 1) {
        throw new InvalidInputException("--threads must be >= 1, got " + threads);
      }
    }

    public static Settings local(int threads) {
      return new Settings(null, threads, null, null);
    }

    public Settings withMaster(String m) {
      return new Settings(m, threads, out, progress);
    }

    public Settings withOut(String dir) {
      return new Settings(master, threads, dir, progress);
    }

    public Settings withProgress(Consumer<String> p) {
      return new Settings(master, threads, out, p);
    }
  }
}
