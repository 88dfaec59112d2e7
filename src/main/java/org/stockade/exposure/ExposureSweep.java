package org.stockade.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.stockade.lp.LpSolver;
import org.stockade.sweep.Column;
import org.stockade.sweep.PerJvm;
import org.stockade.sweep.Sweep;
import org.stockade.sweep.SweepFunction;
import org.stockade.sweep.SweepResult;
import org.stockade.sweep.SweepTask;

/**
 * Exposure scenarios as a {@link Sweep}: one task per disruption scenario, the task function is
 * {@link ExposureSolver}'s per-scenario solve ({@code PI_n}, lost units, {@code TTS_n}; spec
 * section 1). {@code REI_n = PI_n / max_m PI_m} needs every scenario, so it is computed after the
 * sweep by {@link #rei}. Scenarios draw no random numbers: the seed column is 0.
 */
public final class ExposureSweep {
  private ExposureSweep() {}

  /** One scenario: the nodes down together and the window. */
  public record Task(long id, long seed, List<String> nodes, double ttr) implements SweepTask {
    public Task {
      nodes = List.copyOf(nodes);
    }

    static Task of(long id, Scenario sc) {
      return new Task(id, 0, sc.nodes(), sc.ttr());
    }
  }

  /**
   * The per-scenario solve. Holds the network as its node and edge records (serializable) and
   * rebuilds it, with the reference plan of restricted solves, once per JVM under {@code key}.
   */
  public record Function(String key, String name, List<Node> nodes, List<Edge> edges,
      ExposureSolver.Method method) implements SweepFunction<Task> {
    public Function {
      nodes = List.copyOf(nodes);
      edges = List.copyOf(edges);
    }

    @Override
    public List<Column> columns() {
      return List.of(Column.ofText("scenario"), Column.ofLong("nodes_down"),
          Column.ofDouble("ttr"), Column.ofBoolean("solved"), Column.ofDouble("lost_profit"),
          Column.ofDouble("lost_units"), Column.ofDouble("tts"), Column.ofBoolean("restricted"),
          Column.ofLong("lp_nodes"), Column.ofText("message"), Column.ofText("lost_by_product"));
    }

    @Override
    public List<Object> apply(Task t) {
      Prepared p = PerJvm.get(key, () -> {
        LpSolver.loadNatives();
        SupplyNetwork net = new SupplyNetwork(name, nodes, edges);
        return new Prepared(net, method == ExposureSolver.Method.RESTRICTED
            ? ReferencePlan.of(net, LpSolver.orTools()) : null);
      });
      for (String id : t.nodes()) {
        p.net().indexOf(id); // unknown node: InvalidInputException naming it (a failed row)
      }
      Scenario sc = new Scenario(t.nodes(), t.ttr());
      ScenarioResult r = new ExposureSolver().solveOne(p.net(), sc, p.ref(), method);
      return Arrays.asList(sc.label(), (long) sc.nodes().size(), sc.ttr(), r.solved(),
          r.lostProfit(), r.lostUnits(), r.tts(), r.restricted(), (long) r.lpNodes(),
          r.message(), encode(r.lostByProduct()));
    }
  }

  private record Prepared(SupplyNetwork net, ReferencePlan ref) {}

  /** The sweep of {@code scenarios} on {@code net}; task ids are the list positions. */
  public static Sweep<Task> of(SupplyNetwork net, List<Scenario> scenarios,
      ExposureSolver.Method method) {
    List<Task> tasks = new ArrayList<>(scenarios.size());
    for (int k = 0; k < scenarios.size(); k++) {
      tasks.add(Task.of(k, scenarios.get(k)));
    }
    return new Sweep<>("exposure", tasks, new Function(UUID.randomUUID().toString(), net.name(),
        net.nodes(), net.edges(), method));
  }

  /**
   * The sweep's rows as the {@link ExposureSolver} result of the same scenarios (REI filled in;
   * a failed row is a scenario not solved, with the row's error as its message).
   *
   * @param scenarios the list the sweep was made from ({@link #of}), in the same order
   */
  public static ExposureResult toResult(SupplyNetwork net, List<Scenario> scenarios,
      SweepResult res, ExposureSolver.Method method, int threads) {
    if (res.rows().size() != scenarios.size()) {
      throw new IllegalArgumentException(res.rows().size() + " rows for " + scenarios.size()
          + " scenarios");
    }
    List<ScenarioResult> raw = new ArrayList<>(scenarios.size());
    for (int k = 0; k < scenarios.size(); k++) {
      var r = res.rows().get(k);
      Scenario sc = scenarios.get(k);
      if (!r.ok()) {
        raw.add(new ScenarioResult(sc, false, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            java.util.Map.of(), false, 0, r.error()));
        continue;
      }
      raw.add(new ScenarioResult(sc, (Boolean) r.value(3), r.real(4), r.real(5), r.real(6),
          Double.NaN, decode((String) r.value(10)), (Boolean) r.value(7),
          (int) (long) (Long) r.value(8), (String) r.value(9)));
    }
    return ExposureResult.of(net, raw, method, threads, res.seconds());
  }

  /** {@code id=value;id=value} with {@code \}, {@code ;} and {@code =} escaped in ids. */
  static String encode(java.util.Map<String, Double> m) {
    StringBuilder b = new StringBuilder();
    new java.util.TreeMap<>(m).forEach((id, v) -> {
      if (b.length() > 0) {
        b.append(';');
      }
      b.append(id.replace("\\", "\\\\").replace(";", "\\;").replace("=", "\\="))
          .append('=').append(v);
    });
    return b.toString();
  }

  static java.util.Map<String, Double> decode(String text) {
    java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    StringBuilder id = new StringBuilder();
    StringBuilder val = null;
    for (int k = 0; k <= text.length(); k++) {
      char ch = k < text.length() ? text.charAt(k) : ';';
      if (ch == '\\' && k + 1 < text.length() && val == null) {
        id.append(text.charAt(++k));
      } else if (ch == '=' && val == null) {
        val = new StringBuilder();
      } else if (ch == ';' && val != null) {
        out.put(id.toString(), Double.parseDouble(val.toString()));
        id.setLength(0);
        val = null;
      } else {
        (val == null ? id : val).append(ch);
      }
    }
    return out;
  }

  /** {@code REI_n = PI_n / max_m PI_m} per row, in row order (NaN for failed or unsolved rows). */
  public static double[] rei(SweepResult res) {
    int pi = res.column("lost_profit");
    double max = 0;
    for (var r : res.rows()) {
      double v = r.real(pi);
      if (Double.isFinite(v)) {
        max = Math.max(max, v);
      }
    }
    double[] out = new double[res.rows().size()];
    for (int k = 0; k < out.length; k++) {
      double v = res.rows().get(k).real(pi);
      out[k] = Double.isNaN(v) ? Double.NaN : max > 0 ? v / max : 0;
    }
    return out;
  }
}
