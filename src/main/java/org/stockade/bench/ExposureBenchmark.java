package org.stockade.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.stockade.exposure.ExposureResult;
import org.stockade.exposure.ExposureSolver;
import org.stockade.exposure.NetworkGenerator;
import org.stockade.exposure.Scenario;
import org.stockade.exposure.ScenarioResult;
import org.stockade.exposure.SupplyNetwork;

/**
 * Risk-exposure timings on a generated layered network: all single-node scenarios with the
 * restricted (certified) solves on all cores, and, on a seeded sample of scenarios, restricted
 * vs the naive whole-network LPs on one thread (the ratio), with the largest disagreement seen.
 */
public final class ExposureBenchmark {
  /**
   * @param nodes network size
   * @param scenarios single-node scenarios solved in the full run
   * @param allSeconds wall time of all scenarios, restricted, on {@code threads} threads
   * @param restrictedShare share of scenarios answered without the whole-network LP
   * @param sample scenarios in the one-thread comparison
   * @param naive whole-network LPs on the sample (baseline), one thread
   * @param fast restricted solves on the sample, one thread
   * @param maxDiff largest relative difference in PI or TTS between the two on the sample
   */
  public record Report(String network, int nodes, int edges, int scenarios, int threads,
      double allSeconds, double restrictedShare, long exposed, int sample, Timing naive,
      Timing fast, double maxDiff) {
    public double ratio() {
      return naive.medianMillis() / fast.medianMillis();
    }

    /** Estimated time of all scenarios with the naive LPs on {@code threads} threads. */
    public double naiveAllSecondsEstimate() {
      return naive.medianMillis() / 1000 * scenarios / sample / threads;
    }

    /** As a table, csv or json. */
    public String render(String format) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("network", network);
      m.put("nodes", nodes);
      m.put("edges", edges);
      m.put("scenarios", scenarios);
      m.put("threads", threads);
      m.put("all_scenarios_seconds", allSeconds);
      m.put("restricted_share", restrictedShare);
      m.put("exposed", exposed);
      m.put("sample", sample);
      m.put("sample_whole_network_ms", naive.medianMillis());
      m.put("sample_restricted_ms", fast.medianMillis());
      m.put("speedup_ratio", ratio());
      m.put("whole_network_all_seconds_estimate", naiveAllSecondsEstimate());
      m.put("max_relative_difference", maxDiff);
      return switch (format) {
        case "json" -> {
          try {
            yield new com.fasterxml.jackson.databind.ObjectMapper()
                .writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n";
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
        }
        case "csv" -> String.join(",", m.keySet()) + "\n" + String.join(",",
            m.values().stream().map(String::valueOf).toList()) + "\n";
        default -> String.format(java.util.Locale.ROOT, "Risk exposure on %s (%d nodes, %d edges)"
            + "%n  all %d single-node scenarios, restricted LPs, %d threads: %.2f s"
            + " (%.1f%% answered on the affected part only; %d exposed)"
            + "%n  sample of %d scenarios, one thread: whole-network LPs %.1f ms (baseline),"
            + " restricted %.1f ms, ratio %.2fx faster%n  whole-network estimate for all"
            + " scenarios on %d threads: %.1f s%n  largest relative difference in PI or TTS on"
            + " the sample: %.2e%n", network, nodes, edges, scenarios, threads, allSeconds,
            100 * restrictedShare, exposed, sample, naive.medianMillis(), fast.medianMillis(),
            ratio(), threads, naiveAllSecondsEstimate(), maxDiff);
      };
    }
  }

  private ExposureBenchmark() {}

  public static Report run(NetworkGenerator.Spec spec, int sample, int threads, int runs) {
    SupplyNetwork net = NetworkGenerator.generate(spec);
    ExposureSolver solver = new ExposureSolver();
    List<Scenario> all = Scenario.singles(net);
    // warm-up (JIT, native library) on a slice
    solver.solve(net, all.subList(0, Math.min(50, all.size())),
        new ExposureSolver.Options(ExposureSolver.Method.RESTRICTED, threads, null));
    long t0 = System.nanoTime();
    ExposureResult res = solver.solve(net, all,
        new ExposureSolver.Options(ExposureSolver.Method.RESTRICTED, threads, null));
    double allSeconds = (System.nanoTime() - t0) / 1e9;
    SplittableRandom rnd = new SplittableRandom(spec.seed());
    List<Scenario> pick = new ArrayList<>();
    for (int k = 0; k < Math.min(sample, all.size()); k++) {
      pick.add(all.get(rnd.nextInt(all.size())));
    }
    ExposureResult[] naive = new ExposureResult[1];
    ExposureResult[] fast = new ExposureResult[1];
    Timing tn = Timing.measure("whole-network LPs", 0, runs, () -> naive[0] = solver.solve(net,
        pick, new ExposureSolver.Options(ExposureSolver.Method.FULL, 1, null)));
    Timing tf = Timing.measure("restricted LPs", 1, runs, () -> fast[0] = solver.solve(net,
        pick, new ExposureSolver.Options(ExposureSolver.Method.RESTRICTED, 1, null)));
    double maxDiff = 0;
    for (int k = 0; k < pick.size(); k++) {
      ScenarioResult a = naive[0].scenarios().get(k);
      ScenarioResult b = fast[0].scenarios().get(k);
      maxDiff = Math.max(maxDiff, rel(a.lostProfit(), b.lostProfit()));
      maxDiff = Math.max(maxDiff, a.ttsUnbounded() && b.ttsUnbounded() ? 0
          : rel(a.tts(), b.tts()));
    }
    return new Report(net.name(), net.size(), net.edges().size(), all.size(), threads,
        allSeconds, res.restrictedCount() / (double) all.size(), res.exposedCount(),
        pick.size(), tn, tf, maxDiff);
  }

  private static double rel(double a, double b) {
    if (Double.isInfinite(a) || Double.isInfinite(b) || Double.isNaN(a) || Double.isNaN(b)) {
      return a == b ? 0 : Double.POSITIVE_INFINITY;
    }
    return Math.abs(a - b) / Math.max(1, Math.abs(a));
  }
}
