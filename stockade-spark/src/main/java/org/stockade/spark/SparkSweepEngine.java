package org.stockade.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.stockade.sweep.Column;
import org.stockade.sweep.Sweep;
import org.stockade.sweep.SweepEngine;
import org.stockade.sweep.SweepFunction;
import org.stockade.sweep.SweepResult;
import org.stockade.sweep.SweepRow;
import org.stockade.sweep.SweepTask;

/**
 * Runs a {@link Sweep} on Apache Spark: the tasks become an RDD, every partition applies the
 * same {@link Sweep#runOne} as the local engine (the task function is serialized into the map
 * closure and rebuilds its state once per executor JVM), and the rows come back to the driver
 * sorted by task id, so the result equals the local engine's. With an output directory the rows
 * are also written by Spark as Parquet ({@code <kind>.parquet/}) and CSV ({@code <kind>-csv/},
 * one part file), and, for a local directory, as the core's single {@code <kind>.csv}.
 *
 * <p>Master: {@link SweepEngine.Settings#master()} when given; else whatever
 * {@code spark-submit} set ({@code spark.master}); else {@code local[*]}. One session per JVM
 * is kept for later sweeps (a different master restarts it).
 */
public final class SparkSweepEngine implements SweepEngine {
  private static SparkSession session;
  private static String sessionMaster;

  @Override
  public String name() {
    return "spark";
  }

  /** The shared session for {@code master} ({@code null}: spark-submit's or local[*]). */
  public static synchronized SparkSession session(String master) {
    SparkConf conf = new SparkConf();
    String m = master != null ? master : conf.contains("spark.master")
        ? conf.get("spark.master") : "local[*]";
    if (session != null && !m.equals(sessionMaster)) {
      session.stop();
      session = null;
    }
    if (session == null) {
      SparkSession.Builder b = SparkSession.builder().master(m).appName("stockade sweep")
          .config("spark.ui.showConsoleProgress", "false");
      if (m.startsWith("local")) {
        b = b.config("spark.ui.enabled", "false"); // no web UI for a run on this machine
      }
      session = b.getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      sessionMaster = m;
    }
    return session;
  }

  /** Stops the shared session (tests and the benchmark call this at the end). */
  public static synchronized void stop() {
    if (session != null) {
      session.stop();
      session = null;
      sessionMaster = null;
    }
  }

  @Override
  public <T extends SweepTask> SweepResult run(Sweep<T> sweep, Settings settings) {
    long t0 = System.nanoTime();
    SparkSession spark = session(settings.master());
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int n = sweep.tasks().size();
    int slices = Math.max(1, Math.min(n, jsc.defaultParallelism() * 4));
    SweepFunction<T> f = sweep.function();
    Consumer<String> progress = settings.progress();
    ProgressListener listener = progress == null ? null
        : new ProgressListener(sweep.kind(), n, slices, progress);
    if (listener != null) {
      spark.sparkContext().addSparkListener(listener);
    }
    jsc.setJobGroup("stockade-" + sweep.kind(), "stockade sweep " + sweep.kind() + " of " + n
        + " tasks", false);
    List<String> files = new ArrayList<>();
    List<SweepRow> rows;
    try {
      // partitions in id order, so the written files are in id order without a sort
      List<T> byId = new ArrayList<>(sweep.tasks());
      byId.sort(java.util.Comparator.comparingLong(SweepTask::id));
      JavaRDD<SweepRow> out = jsc.parallelize(byId, slices).map(t -> Sweep.runOne(f, t));
      if (settings.out() != null) {
        out = out.persist(StorageLevel.MEMORY_AND_DISK());
      }
      rows = out.collect();
      if (listener != null) {
        listener.finish();
        spark.sparkContext().removeSparkListener(listener);
        listener = null;
      }
      if (settings.out() != null) {
        if (progress != null) {
          progress.accept("spark " + sweep.kind() + ": writing Parquet and CSV to "
              + settings.out());
        }
        files.addAll(write(spark, out, sweep.kind(), sweep.columns(), settings.out()));
        out.unpersist(false);
      }
    } finally {
      if (listener != null) {
        spark.sparkContext().removeSparkListener(listener);
      }
      jsc.clearJobGroup();
    }
    SweepResult res = new SweepResult(sweep.kind(), name(), sweep.columns(), rows,
        (System.nanoTime() - t0) / 1e9, List.of());
    Path local = localPath(settings.out());
    if (local != null) {
      try {
        files.add(res.writeCsv(local).toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + local + ": " + e.getMessage(), e);
      }
    }
    return res.withFiles(files);
  }

  /** Spark's schema of a sweep's rows: id, seed, ok, error, then the function's columns. */
  public static StructType schema(List<Column> columns) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("id", DataTypes.LongType, false));
    fields.add(DataTypes.createStructField("seed", DataTypes.LongType, false));
    fields.add(DataTypes.createStructField("ok", DataTypes.BooleanType, false));
    fields.add(DataTypes.createStructField("error", DataTypes.StringType, true));
    for (Column c : columns) {
      fields.add(DataTypes.createStructField(c.name(), type(c.kind()), true));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(Column.Kind k) {
    return switch (k) {
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case TEXT -> DataTypes.StringType;
    };
  }

  /** One Spark row: id, seed, ok, error, values (nulls for a failed task). */
  static Row row(SweepRow r, int width) {
    Object[] v = new Object[4 + width];
    v[0] = r.id();
    v[1] = r.seed();
    v[2] = r.ok();
    v[3] = r.error();
    for (int k = 0; k < width; k++) {
      v[4 + k] = r.value(k);
    }
    return RowFactory.create(v);
  }

  private static List<String> write(SparkSession spark, JavaRDD<SweepRow> rows, String kind,
      List<Column> columns, String out) {
    int width = columns.size();
    Dataset<Row> df = spark.createDataFrame(rows.map(r -> row(r, width)), schema(columns));
    String base = out.endsWith("/") ? out : out + "/";
    String parquet = base + kind + ".parquet";
    String csv = base + kind + "-csv";
    df.write().mode(SaveMode.Overwrite).parquet(parquet);
    df.coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").csv(csv);
    return List.of(parquet, csv);
  }

  /** The output as a local directory, or null when it is a remote URI (hdfs:, s3a:, ...). */
  static Path localPath(String out) {
    if (out == null) {
      return null;
    }
    int colon = out.indexOf(':');
    if (colon > 1 && !out.startsWith("file:")) {
      return null;
    }
    return out.startsWith("file:") ? Path.of(URI.create(out)) : Path.of(out);
  }
}
