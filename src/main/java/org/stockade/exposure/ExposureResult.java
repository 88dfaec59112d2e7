package org.stockade.exposure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All scenarios of one exposure run, with {@code REI_n = PI_n / max_m PI_m} filled in (all 0 when
 * no scenario loses anything; NaN for scenarios whose LPs failed).
 *
 * @param scenarios in the order given
 * @param seconds wall-clock time of the run
 */
public record ExposureResult(String network, List<ScenarioResult> scenarios,
    ExposureSolver.Method method, int threads, double seconds) {
  public ExposureResult {
    scenarios = List.copyOf(scenarios);
  }

  static ExposureResult of(SupplyNetwork net, List<ScenarioResult> raw,
      ExposureSolver.Method method, int threads, double seconds) {
    double max = 0;
    for (ScenarioResult r : raw) {
      if (r.solved()) {
        max = Math.max(max, r.lostProfit());
      }
    }
    List<ScenarioResult> out = new ArrayList<>(raw.size());
    for (ScenarioResult r : raw) {
      double rei = !r.solved() ? Double.NaN : max > 0 ? r.lostProfit() / max : 0;
      out.add(r.withRei(rei));
    }
    return new ExposureResult(net.name(), out, method, threads, seconds);
  }

  /** Scenarios by decreasing REI, then increasing TTS - TTR slack, then label. */
  public List<ScenarioResult> ranking() {
    List<ScenarioResult> r = new ArrayList<>(scenarios);
    r.sort(Comparator.comparing((ScenarioResult s) -> !s.solved())
        .thenComparing(s -> -s.rei())
        .thenComparingDouble(s -> s.tts() - s.scenario().ttr())
        .thenComparing(s -> s.scenario().label()));
    return r;
  }

  public double maxLostProfit() {
    return scenarios.stream().filter(ScenarioResult::solved)
        .mapToDouble(ScenarioResult::lostProfit).max().orElse(0);
  }

  public long exposedCount() {
    return scenarios.stream().filter(ScenarioResult::exposed).count();
  }

  public long failedCount() {
    return scenarios.stream().filter(s -> !s.solved()).count();
  }

  /** Scenarios answered from the affected part of the network only. */
  public long restrictedCount() {
    return scenarios.stream().filter(ScenarioResult::restricted).count();
  }
}
