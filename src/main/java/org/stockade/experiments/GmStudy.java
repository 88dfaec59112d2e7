package org.stockade.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.stockade.design.Designs;
import org.stockade.model.Examples;
import org.stockade.model.Network;
import org.stockade.report.Variability;
import org.stockade.robust.ConstraintGenerationSolver;
import org.stockade.robust.SgOptions;
import org.stockade.robust.SgProblem;
import org.stockade.robust.SgResult;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySpec;

/**
 * The GM case study of Simchi-Levi, Wang & Wei (2018), §4, Tables 1–4 (spec section 5): for each
 * of {@code instances} seeded instances, 8 of the 16 products are drawn as high-variability
 * (sigma = 0.5 mu, others 0.25 mu) and a generalized K-chain (K = 2, 3, 4) is drawn over the 6
 * groups of the base design; base and full flexibility complete the designs. Each instance is
 * solved under uncertain capacity (10% of total capacity may be lost) and under deterministic
 * capacity at 90%. Instance {@code i} uses seed {@code seed + i} for both draws, so any number is
 * regenerable from the seed.
 */
public final class GmStudy {
  public static final String[] DESIGNS = {"base", "2-chain", "3-chain", "4-chain", "full"};

  /** The study's settings; demand settings apply on top of the paper defaults. */
  public record Settings(int instances, long seed, UncertaintySpec demand, int threads,
      boolean shareRange) {}

  /** One solve's outcome. */
  public record Cell(int instance, String design, String capacity, int arcs, double cost,
      double highShare, double highShareMin, double highShareMax, long seed, double millis) {}

  private GmStudy() {}

  static Network instanceNetwork(long seed, String design) {
    Random rnd = new Random(seed);
    List<Integer> idx = new ArrayList<>();
    for (int j = 0; j < 16; j++) {
      idx.add(j);
    }
    java.util.Collections.shuffle(idx, rnd);
    boolean[] high = new boolean[16];
    for (int q = 0; q < 8; q++) {
      high[idx.get(q)] = true;
    }
    Network base = Examples.gm(high);
    return switch (design) {
      case "base" -> base;
      case "full" -> base.withArcs("full", Designs.full(base));
      default -> {
        int k = design.charAt(0) - '0';
        yield base.withArcs(design, Designs.generalizedChain(base, k, seed * 31 + k));
      }
    };
  }

  public static List<Cell> run(Settings s, IntConsumer progress) {
    List<Callable<Cell>> jobs = new ArrayList<>();
    for (String cap : new String[] {"uncertain", "deterministic"}) {
      for (String d : DESIGNS) {
        for (int i = 0; i < s.instances(); i++) {
          int inst = i;
          jobs.add(() -> solve(s, inst, d, cap));
        }
      }
    }
    return Jobs.run(jobs, s.threads(), progress, "GM study");
  }

  public static int jobCount(Settings s) {
    return 2 * DESIGNS.length * s.instances();
  }

  static Cell solve(Settings s, int instance, String design, String capacity) {
    long seed = s.seed() + instance;
    Network n = instanceNetwork(seed, design);
    UncertaintySpec cap = new UncertaintySpec(null, null, null, null, null, null,
        capacity.equals("uncertain") ? CapacityLossKind.FRACTION : CapacityLossKind.DETERMINISTIC,
        0.1, null, null);
    SgProblem p = new SgProblem(n, s.demand().overriddenBy(cap).build(n), 0);
    ConstraintGenerationSolver cg = new ConstraintGenerationSolver();
    SgOptions opt = SgOptions.defaults().withProof(SgOptions.Proof.ENUMERATION);
    SgResult r = cg.solve(p, opt);
    if (!r.status().isOptimal()) {
      throw new IllegalStateException("instance " + instance + " " + design + " " + capacity
          + ": " + r.status() + " " + r.message());
    }
    double share = Variability.highShare(n, r.inventory());
    double lo = share;
    double hi = share;
    if (s.shareRange() && r.cost() > 0) {
      boolean[] high = Variability.highVariability(n);
      double[] w = new double[16];
      for (int j = 0; j < 16; j++) {
        w[j] = high[j] ? 1 : 0;
      }
      double total = java.util.Arrays.stream(r.inventory()).sum();
      double[] range = cg.rangeOverOptimalFace(p, opt, w, r.cost());
      // with h = 1 every optimal allocation has the same total, so shares scale by it
      lo = range[0] / total;
      hi = range[1] / total;
    }
    return new Cell(instance, design, capacity, n.arcs().size(), r.cost(), share, lo, hi, seed,
        r.millis());
  }
}
