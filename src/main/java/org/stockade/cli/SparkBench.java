package org.stockade.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Csv;
import org.stockade.report.Fmt;
import org.stockade.report.Json;
import org.stockade.report.TextTable;
import org.stockade.sim.MonteCarloSweep;
import org.stockade.sim.ScenarioGenerator;
import org.stockade.sweep.Sweep;
import org.stockade.sweep.SweepEngine;
import org.stockade.sweep.SweepEngines;
import org.stockade.sweep.SweepResult;
import org.stockade.sweep.SweepRow;

/**
 * {@code stockade bench spark}: the same Monte Carlo block sweep (GM, p = 0.1, 256 scenarios a
 * block) on the local runner (2 threads) and on Spark {@code local[2]}, at two sizes, median of
 * the runs; then when Spark would pay off on a cluster.
 *
 * <p>Model. Local on 2 cores: {@code T_L(n) = n t / 2} with {@code t} the measured time of one
 * task on one core. Spark: {@code T_S(n) = a + b n}, fitted through the two sizes; {@code a} is
 * the fixed cost of a job (scheduling, result collection) and {@code o = 2 b - t} the extra
 * core-seconds each task costs on Spark (serialization, task launch). On a cluster of {@code E}
 * executor cores, {@code T_E(n) = s + a + n (t + o) / E} with {@code s} the session start-up
 * (measured once), so Spark beats this machine when
 * {@code n > (s + a) / (t / 2 - (t + o) / E)} (never when the denominator is not positive).
 */
final class SparkBench {
  static final int[] CLUSTER_CORES = {8, 32, 128};

  private SparkBench() {}

  record Point(int tasks, double localSeconds, double sparkSeconds, boolean identical) {}

  static int print(PrintWriter out, PrintWriter err, String fmt, String kind, int[] sizes,
      int runs, long seed) {
    if (!List.of("monte-carlo", "sg-param").contains(kind)) {
      throw new InvalidInputException("--sweep must be monte-carlo or sg-param, got '" + kind
          + "'");
    }
    if (sizes.length != 2 || sizes[0] < 1 || sizes[1] <= sizes[0]) {
      throw new InvalidInputException("--tasks must be two block counts, the second larger, "
          + "got " + Arrays.toString(sizes) + "; e.g. --tasks 2000,8000");
    }
    if (runs < 1) {
      throw new InvalidInputException("--runs must be >= 1, got " + runs);
    }
    SweepEngine spark = SweepEngines.get("spark");
    SweepEngine local = SweepEngines.get("local");
    SweepEngine.Settings onSpark = new SweepEngine.Settings("local[2]", 1, null, null);
    SweepEngine.Settings onLocal = SweepEngine.Settings.local(2);
    err.println("bench spark: starting Spark local[2] and warming up both engines...");
    err.flush();
    long t0 = System.nanoTime();
    spark.run(sweep(kind, 1, seed), onSpark);
    double startup = (System.nanoTime() - t0) / 1e9;
    spark.run(sweep(kind, sizes[0], seed), onSpark);
    local.run(sweep(kind, sizes[0], seed), onLocal);
    List<Point> points = new ArrayList<>();
    for (int n : sizes) {
      Sweep<?> s = sweep(kind, n, seed);
      double[] tl = new double[runs];
      double[] ts = new double[runs];
      boolean same = true;
      for (int k = 0; k < runs; k++) {
        SweepResult l = local.run(s, onLocal);
        SweepResult r = spark.run(s, onSpark);
        tl[k] = l.seconds();
        ts[k] = r.seconds();
        same &= identical(l, r);
        err.println("bench spark: " + n + " tasks, run " + (k + 1) + ": local "
            + Fmt.num(tl[k], 3) + " s, spark " + Fmt.num(ts[k], 3) + " s");
        err.flush();
      }
      points.add(new Point(n, median(tl), median(ts), same));
    }
    Point p1 = points.get(0);
    Point p2 = points.get(1);
    double t = 2 * (p2.localSeconds() - p1.localSeconds()) / (p2.tasks() - p1.tasks());
    if (!(t > 0)) {
      t = 2 * p2.localSeconds() / p2.tasks();
    }
    double b = (p2.sparkSeconds() - p1.sparkSeconds()) / (p2.tasks() - p1.tasks());
    double a = Math.max(0, p1.sparkSeconds() - b * p1.tasks());
    double o = Math.max(0, 2 * b - t);
    Map<Integer, Double> payoff = new LinkedHashMap<>();
    for (int e : CLUSTER_CORES) {
      double den = t / 2 - (t + o) / e;
      payoff.put(e, den > 0 ? Math.ceil((startup + a) / den) : Double.POSITIVE_INFINITY);
    }
    out.print(render(fmt, kind, points, startup, t, a, o, payoff));
    out.flush();
    return points.stream().allMatch(Point::identical) ? 0 : 1;
  }

  /**
   * {@code n} tasks: Monte Carlo blocks (sub-millisecond each), or SG solves on GM at
   * capacity-loss values spread over [0, 0.3] (tens of milliseconds each, LP-sized).
   */
  static Sweep<?> sweep(String kind, int n, long seed) {
    if (kind.equals("sg-param")) {
      double[] v = new double[n];
      for (int k = 0; k < n; k++) {
        v[k] = 0.3 * k / Math.max(1, n - 1);
      }
      return org.stockade.experiments.ParameterSweep.of("capacity-loss", "base", v, seed);
    }
    return SweepCommand.monteCarlo(n * ScenarioGenerator.BLOCK, 0.1, 0.2, seed);
  }

  /** Same ids, seeds and errors, integers equal, reals within 1e-12 (relative above 1). */
  static boolean identical(SweepResult x, SweepResult y) {
    if (x.rows().size() != y.rows().size()) {
      return false;
    }
    for (int k = 0; k < x.rows().size(); k++) {
      SweepRow a = x.rows().get(k);
      SweepRow b = y.rows().get(k);
      if (a.id() != b.id() || a.seed() != b.seed() || a.ok() != b.ok()) {
        return false;
      }
      for (int c = 0; c < a.values().size(); c++) {
        Object u = a.values().get(c);
        Object v = b.values().get(c);
        if (u instanceof Double du && v instanceof Double dv) {
          if (!(du.equals(dv) || Math.abs(du - dv) <= 1e-12 * Math.max(1, Math.abs(dv)))) {
            return false;
          }
        } else if (u == null ? v != null : !u.equals(v)) {
          return false;
        }
      }
    }
    return true;
  }

  private static String describe(String kind) {
    return kind.equals("sg-param") ? "SG solves on GM (capacity-loss 0..0.3)"
        : "Monte Carlo blocks (256 scenarios each, GM, p = 0.1)";
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static String render(String fmt, String kind, List<Point> points, double startup,
      double t,
      double a, double o, Map<Integer, Double> payoff) {
    if (fmt.equals("json")) {
      Map<String, Object> m = new LinkedHashMap<>();
      List<Object> rows = new ArrayList<>();
      for (Point p : points) {
        rows.add(Map.of("tasks", p.tasks(), "local_seconds", p.localSeconds(), "spark_seconds",
            p.sparkSeconds(), "ratio", p.sparkSeconds() / p.localSeconds(), "identical",
            p.identical()));
      }
      m.put("sweep", describe(kind));
      m.put("runs", rows);
      m.put("session_startup_seconds", startup);
      m.put("task_core_seconds", t);
      m.put("job_overhead_seconds", a);
      m.put("task_overhead_core_seconds", o);
      Map<String, Object> pay = new LinkedHashMap<>();
      payoff.forEach((e, n) -> pay.put(String.valueOf(e), Json.finite(n)));
      m.put("payoff_tasks_by_cluster_cores", pay);
      return Json.pretty(m);
    }
    if (fmt.equals("csv")) {
      StringBuilder b = new StringBuilder("tasks,local_seconds,spark_seconds,ratio,identical\n");
      for (Point p : points) {
        b.append(p.tasks()).append(',').append(Csv.number(p.localSeconds())).append(',')
            .append(Csv.number(p.sparkSeconds())).append(',')
            .append(Csv.number(p.sparkSeconds() / p.localSeconds())).append(',')
            .append(p.identical()).append('\n');
      }
      return b.toString();
    }
    TextTable tt = new TextTable("tasks", "local 2 threads s", "spark local[2] s", "ratio",
        "identical rows");
    for (Point p : points) {
      tt.row(String.valueOf(p.tasks()), Fmt.num(p.localSeconds(), 3),
          Fmt.num(p.sparkSeconds(), 3), Fmt.num(p.sparkSeconds() / p.localSeconds(), 2) + "x",
          p.identical() ? "yes" : "NO");
    }
    StringBuilder b = new StringBuilder(describe(kind) + ", median of the runs; ratio = Spark"
        + " time / local time\n").append(tt.render());
    b.append(String.format(Locale.ROOT, "measured: session start-up %s s, per task %s ms on one"
        + " core, Spark job overhead %s s, Spark per-task overhead %s ms of core time%n",
        Fmt.num(startup, 3), Fmt.num(t * 1e3, 3), Fmt.num(a, 3), Fmt.num(o * 1e3, 3)));
    for (Map.Entry<Integer, Double> e : payoff.entrySet()) {
      b.append(String.format(Locale.ROOT, "cluster of %d executor cores beats this machine's 2"
          + " cores from %s tasks%n", e.getKey(), e.getValue().isInfinite() ? "no number of"
          : String.format(Locale.ROOT, "%,.0f", e.getValue())));
    }
    return b.toString();
  }
}
