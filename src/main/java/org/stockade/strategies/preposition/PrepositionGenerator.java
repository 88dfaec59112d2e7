package org.stockade.strategies.preposition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.stockade.model.InvalidInputException;

/**
 * Seeded random pre-positioning instances of any size, hurricane-like: locations scattered in a
 * 100 x 100 square, each linked both ways to its three nearest neighbours; each scenario is a
 * storm with a random centre, radius {@code R} in [15, 40] and intensity {@code I} in [0.3, 1].
 * At distance {@code r} from the centre, demand is {@code 300 w_i I exp(-(r/R)^2)} times a
 * per-commodity factor ({@code w_i} in [0.5, 2] is the population weight), the destroyed
 * fraction {@code I exp(-(2r/R)^2)}, and arcs with an end within {@code R/2} keep half their
 * capacity at 1.5 times the cost. Scenario probabilities are random weights normalised to 1.
 * Sizes {@code l = 0, 1, ...} hold {@code 400 * 3^l} volume at fixed cost
 * {@code 4000 (1 + 1.6 l)} times a location factor in [0.8, 1.2] (economies of scale).
 */
public final class PrepositionGenerator {
  /** Largest generated instance, per dimension. */
  public static final int MAX_LOCATIONS = 500;
  public static final int MAX_SIZES = 10;
  public static final int MAX_COMMODITIES = 20;
  public static final int MAX_SCENARIOS = 10_000;

  private PrepositionGenerator() {}

  public static PrepositionProblem generate(int locations, int sizes, int commodities,
      int scenarios, long seed) {
    check("locations", locations, MAX_LOCATIONS);
    check("sizes", sizes, MAX_SIZES);
    check("commodities", commodities, MAX_COMMODITIES);
    check("scenarios", scenarios, MAX_SCENARIOS);
    Random rnd = new Random(seed);
    int n = locations;
    double[][] xy = new double[n][2];
    double[] weight = new double[n];
    List<String> names = new ArrayList<>();
    List<List<SizeOption>> sizeLists = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      xy[i][0] = 100 * rnd.nextDouble();
      xy[i][1] = 100 * rnd.nextDouble();
      weight[i] = 0.5 + 1.5 * rnd.nextDouble();
      names.add(String.format(java.util.Locale.ROOT, "L%02d", i + 1));
      double f = 0.8 + 0.4 * rnd.nextDouble();
      List<SizeOption> opts = new ArrayList<>();
      for (int l = 0; l < sizes; l++) {
        opts.add(new SizeOption(sizeName(l, sizes), Math.round(4000 * (1 + 1.6 * l) * f),
            400 * Math.pow(3, l)));
      }
      sizeLists.add(opts);
    }
    List<Commodity> comms = new ArrayList<>();
    double[] share = new double[commodities];
    String[] base = {"water", "food", "medkits"};
    for (int k = 0; k < commodities; k++) {
      double c = round2(1 + 9 * rnd.nextDouble());
      double vol = round2(0.5 + 1.5 * rnd.nextDouble());
      share[k] = 0.5 + rnd.nextDouble();
      comms.add(new Commodity(k < base.length && commodities <= base.length ? base[k]
          : "c" + (k + 1), c, vol, round2(c * (5 + 10 * rnd.nextDouble())), round2(0.2 * c)));
    }
    List<Arc> arcs = new ArrayList<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      Integer[] order = new Integer[n];
      for (int j = 0; j < n; j++) {
        order[j] = j;
      }
      int ii = i;
      Arrays.sort(order, (a, b) -> Double.compare(dist(xy[ii], xy[a]), dist(xy[ii], xy[b])));
      for (int t = 1; t <= Math.min(3, n - 1); t++) {
        int j = order[t];
        for (int[] e : new int[][] {{i, j}, {j, i}}) {
          if (seen.add((long) e[0] * n + e[1])) {
            double d = dist(xy[e[0]], xy[e[1]]);
            double[] cost = new double[commodities];
            for (int k = 0; k < commodities; k++) {
              cost[k] = round2(0.02 * d * comms.get(k).volume());
            }
            arcs.add(new Arc(e[0], e[1], 1500, cost));
          }
        }
      }
    }
    List<Scenario> scen = new ArrayList<>();
    double[] w = new double[scenarios];
    double sum = 0;
    for (int s = 0; s < scenarios; s++) {
      w[s] = 0.2 + rnd.nextDouble();
      sum += w[s];
    }
    for (int s = 0; s < scenarios; s++) {
      double[] c = {100 * rnd.nextDouble(), 100 * rnd.nextDouble()};
      double radius = 15 + 25 * rnd.nextDouble();
      double intensity = 0.3 + 0.7 * rnd.nextDouble();
      double[][] dem = new double[n][commodities];
      double[][] lost = new double[n][commodities];
      boolean[] hit = new boolean[n];
      for (int i = 0; i < n; i++) {
        double r = dist(c, xy[i]);
        hit[i] = r < radius / 2;
        double level = 300 * weight[i] * intensity * Math.exp(-Math.pow(r / radius, 2));
        double gone = intensity * Math.exp(-Math.pow(2 * r / radius, 2));
        for (int k = 0; k < commodities; k++) {
          dem[i][k] = level < 1 ? 0 : Math.round(level * share[k]);
          lost[i][k] = gone < 0.01 ? 0 : round2(gone);
        }
      }
      double[] cap = new double[arcs.size()];
      double[] cost = new double[arcs.size()];
      for (int a = 0; a < arcs.size(); a++) {
        boolean near = hit[arcs.get(a).from()] || hit[arcs.get(a).to()];
        cap[a] = near ? 0.5 : 1;
        cost[a] = near ? 1.5 : 1;
      }
      scen.add(new Scenario("s" + (s + 1), w[s] / sum, dem, lost, cap, cost));
    }
    return new PrepositionProblem("generated-" + n + "x" + scenarios + "-seed" + seed, names,
        sizeLists, comms, arcs, scen);
  }

  private static String sizeName(int l, int sizes) {
    if (sizes == 3) {
      return new String[] {"small", "medium", "large"}[l];
    }
    return "size" + (l + 1);
  }

  private static void check(String what, int v, int max) {
    if (v < 1 || v > max) {
      throw new InvalidInputException("--generate: " + what + " must be in [1, " + max
          + "], got " + v + "; e.g. --generate locations=30,scenarios=100");
    }
  }

  private static double dist(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
