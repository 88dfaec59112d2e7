package org.stockade.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.stockade.model.Network;
import org.stockade.robust.SgOptions;
import org.stockade.tts.TtsProblem;
import org.stockade.tts.TtsResult;
import org.stockade.tts.TtsSolver;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * Time-to-survive by design on the GM case (Simchi-Levi, Wang & Wei 2018, §5): demand rates fixed
 * at the (service-level-scaled) means, at most one plant down, budget R in weeks of total mean
 * demand. Designs and seeds as in {@link GmStudy}; since TTS is linear in R, each instance is
 * solved once per service level and scaled.
 */
public final class TtsStudy {
  public static final double[] SERVICE_LEVELS = {1.0, 0.95};

  /** TTS (in weeks) of one instance with R = 1 week of total mean demand. */
  public record Cell(int instance, String design, double serviceLevel, double ttsPerWeek,
      long seed) {}

  private TtsStudy() {}

  public static int jobCount(int instances) {
    return GmStudy.DESIGNS.length * SERVICE_LEVELS.length * instances;
  }

  public static List<Cell> run(int instances, long seed, int threads, IntConsumer progress) {
    List<Callable<Cell>> jobs = new ArrayList<>();
    for (double sl : SERVICE_LEVELS) {
      for (String d : GmStudy.DESIGNS) {
        for (int i = 0; i < instances; i++) {
          int inst = i;
          jobs.add(() -> solve(inst, d, sl, seed + inst));
        }
      }
    }
    return Jobs.run(jobs, threads, progress, "TTS study");
  }

  static Cell solve(int instance, String design, double serviceLevel, long seed) {
    Network n = GmStudy.instanceNetwork(seed, design);
    double week = java.util.Arrays.stream(n.means()).sum();
    UncertaintySpec rates = new UncertaintySpec(0.0, Double.POSITIVE_INFINITY, null, null,
        serviceLevel, null, CapacityLossKind.PLANTS, 1.0, null, null);
    TtsResult r = new TtsSolver().solve(new TtsProblem(n, rates.build(n), week),
        SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION));
    if (!r.hasSolution()) {
      throw new IllegalStateException("TTS instance " + instance + " " + design + ": "
          + r.status() + " " + r.message());
    }
    return new Cell(instance, design, serviceLevel, r.tts(), seed);
  }
}
