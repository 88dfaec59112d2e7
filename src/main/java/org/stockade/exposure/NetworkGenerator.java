package org.stockade.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.stockade.model.InvalidInputException;

/**
 * Seeded synthetic layered networks for tests and benchmarks. Tier 0 holds raw suppliers, the
 * last tier finished products, the tiers between plants ({@code S0_12}, {@code M1_7},
 * {@code F2_300}). Every node past tier 0 draws 1-3 input groups from the tier before it, each
 * group with an alternate source with probability {@code alternateProbability}, and every node
 * feeds at least one node of the next tier. BOM quantities are 1, 2 or 3.
 *
 * <p>Numbers: product demand 10-100 per unit time, margin 1-20; capacities 1.05-1.8 times the
 * node's nominal requirement (demand pushed upstream, split evenly over alternates), so the
 * undisrupted network never loses sales; inventory 0-3 periods of the requirement; TTR 1-12.
 * About 5% of plants share a facility with another plant. The same seed gives the same network.
 */
public final class NetworkGenerator {
  /** Most tiers a generated network may have. */
  public static final int MAX_TIERS = 50;

  /**
   * @param perTier nodes in each tier, upstream first (at least 2 tiers)
   * @param alternateProbability chance that an input group has a second source
   */
  public record Spec(int[] perTier, double alternateProbability, long seed) {
    public Spec {
      if (perTier == null || perTier.length < 2) {
        throw new InvalidInputException("a generated network needs at least 2 tiers (suppliers"
            + " and products), e.g. per-tier=200,500,1000");
      }
      if (perTier.length > MAX_TIERS) {
        throw new InvalidInputException("a generated network has at most " + MAX_TIERS
            + " tiers, got " + perTier.length);
      }
      for (int k : perTier) {
        if (k < 1 || k > 1_000_000) {
          throw new InvalidInputException("nodes per tier must be in 1..1000000, got " + k);
        }
      }
      if (!(alternateProbability >= 0 && alternateProbability <= 1)) {
        throw new InvalidInputException("alternate probability must be in [0, 1], got "
            + alternateProbability);
      }
      perTier = perTier.clone();
    }

    @Override
    public int[] perTier() {
      return perTier.clone();
    }

    /**
     * Parses {@code tiers=3,per-tier=200,500,1000[,alternates=0.25]}; {@code tiers} may be left
     * out, {@code per-tier} may also be a single number used for every tier.
     */
    public static Spec parse(String text, long seed) {
      Integer tiers = null;
      int[] sizes = null;
      double alt = 0.25;
      String[] parts = text.split(",");
      for (int k = 0; k < parts.length; k++) {
        String p = parts[k].strip();
        String[] kv = p.split("=", 2);
        if (kv.length != 2) {
          throw new InvalidInputException("--generate '" + text + "': '" + p + "' is not"
              + " key=value; write e.g. tiers=3,per-tier=200,500,1000");
        }
        String key = kv[0].strip().toLowerCase(Locale.ROOT);
        switch (key) {
          case "tiers" -> tiers = (int) number(text, key, kv[1]);
          case "alternates" -> alt = number(text, key, kv[1]);
          case "per-tier" -> {
            List<Integer> l = new ArrayList<>();
            l.add((int) number(text, key, kv[1]));
            while (k + 1 < parts.length && !parts[k + 1].contains("=")) {
              l.add((int) number(text, key, parts[++k]));
            }
            sizes = l.stream().mapToInt(Integer::intValue).toArray();
          }
          default -> throw new InvalidInputException("--generate '" + text + "': unknown key '"
              + key + "'; use tiers, per-tier and alternates");
        }
      }
      if (sizes == null) {
        throw new InvalidInputException("--generate '" + text + "': per-tier is missing; e.g."
            + " tiers=3,per-tier=200,500,1000");
      }
      if (tiers != null && (tiers < 2 || tiers > MAX_TIERS)) {
        throw new InvalidInputException("--generate '" + text + "': tiers must be in 2.."
            + MAX_TIERS + ", got " + tiers + "; e.g. tiers=3");
      }
      if (tiers != null && sizes.length == 1) {
        int[] all = new int[tiers];
        Arrays.fill(all, sizes[0]);
        sizes = all;
      }
      if (tiers != null && tiers != sizes.length) {
        throw new InvalidInputException("--generate '" + text + "': tiers=" + tiers + " but"
            + " per-tier lists " + sizes.length + " sizes; give one size per tier");
      }
      return new Spec(sizes, alt, seed);
    }

    private static double number(String text, String key, String v) {
      try {
        return Double.parseDouble(v.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("--generate '" + text + "': " + key + " value '"
            + v.strip() + "' is not a number");
      }
    }
  }

  private NetworkGenerator() {}

  public static SupplyNetwork generate(Spec spec) {
    SplittableRandom rnd = new SplittableRandom(spec.seed());
    int[] sizes = spec.perTier();
    int tiers = sizes.length;
    String[][] ids = new String[tiers][];
    for (int t = 0; t < tiers; t++) {
      ids[t] = new String[sizes[t]];
      String prefix = t == 0 ? "S" : t == tiers - 1 ? "F" : "M";
      for (int i = 0; i < sizes[t]; i++) {
        ids[t][i] = prefix + t + "_" + (i + 1);
      }
    }
    // edges[t][i] = list of {upstream index, group, quantity} for node i of tier t
    List<List<double[]>> edgeSpecs = new ArrayList<>();
    for (int t = 1; t < tiers; t++) {
      int up = sizes[t - 1];
      boolean[] used = new boolean[up];
      List<double[]> es = new ArrayList<>();
      List<int[]> groupsOf = new ArrayList<>();
      java.util.Set<Long> pairs = new java.util.HashSet<>();
      for (int i = 0; i < sizes[t]; i++) {
        int groups = Math.min(up, 1 + rnd.nextInt(3));
        int[] picks = distinct(rnd, up, groups);
        int[] g = new int[groups];
        for (int k = 0; k < groups; k++) {
          double q = 1 + rnd.nextInt(3);
          es.add(new double[] {i, picks[k], k, q});
          pairs.add((long) i * up + picks[k]);
          used[picks[k]] = true;
          g[k] = picks[k];
          if (up > groups && rnd.nextDouble() < spec.alternateProbability()) {
            int alt = rnd.nextInt(up);
            if (!contains(picks, alt) && pairs.add((long) i * up + alt)) {
              es.add(new double[] {i, alt, k, q});
              used[alt] = true;
            }
          }
        }
        groupsOf.add(g);
      }
      for (int a = 0; a < up; a++) {
        if (!used[a]) {
          int i = rnd.nextInt(sizes[t]);
          if (pairs.add((long) i * up + a)) {
            int k = rnd.nextInt(groupsOf.get(i).length);
            double q = quantityOf(es, i, k);
            es.add(new double[] {i, a, k, q});
          }
        }
      }
      edgeSpecs.add(es);
    }
    // Nominal requirement per node, pushed upstream tier by tier.
    double[][] req = new double[tiers][];
    double[] demand = new double[sizes[tiers - 1]];
    for (int i = 0; i < demand.length; i++) {
      demand[i] = 10 + rnd.nextInt(91);
    }
    req[tiers - 1] = demand.clone();
    for (int t = tiers - 1; t >= 1; t--) {
      req[t - 1] = new double[sizes[t - 1]];
      List<double[]> es = edgeSpecs.get(t - 1);
      java.util.Map<Long, Integer> members = new java.util.HashMap<>();
      for (double[] e : es) {
        members.merge((long) e[0] * 4 + (long) e[2], 1, Integer::sum);
      }
      for (double[] e : es) {
        int i = (int) e[0];
        int m = members.get((long) e[0] * 4 + (long) e[2]);
        req[t - 1][(int) e[1]] += req[t][i] * e[3] / m;
      }
    }
    List<Node> nodes = new ArrayList<>();
    for (int t = 0; t < tiers; t++) {
      for (int i = 0; i < sizes[t]; i++) {
        double r = Math.max(1, req[t][i]);
        double cap = round(r * (1.05 + 0.75 * rnd.nextDouble()));
        double inv = round(r * 3 * rnd.nextDouble());
        double ttr = 1 + rnd.nextInt(12);
        nodes.add(t == tiers - 1
            ? Node.product(ids[t][i], cap, inv, ttr, demand[i], 1 + rnd.nextInt(20))
            : t == 0 ? Node.supplier(ids[t][i], cap, inv, ttr)
            : Node.plant(ids[t][i], cap, inv, ttr));
      }
    }
    shareFacilities(nodes, sizes, req, rnd);
    List<Edge> edges = new ArrayList<>();
    for (int t = 1; t < tiers; t++) {
      for (double[] e : edgeSpecs.get(t - 1)) {
        edges.add(new Edge(ids[t - 1][(int) e[1]], ids[t][(int) e[0]], e[3], "g" + (int) e[2]));
      }
    }
    return new SupplyNetwork(String.format(Locale.ROOT, "generated-%s-seed%d",
        Arrays.toString(sizes).replaceAll("[\\[\\] ]", "").replace(',', '-'), spec.seed()),
        nodes, edges);
  }

  /** Pairs about 5% of the plants (middle tiers) onto shared facilities. */
  private static void shareFacilities(List<Node> nodes, int[] sizes, double[][] req,
      SplittableRandom rnd) {
    int offset = sizes[0];
    for (int t = 1; t < sizes.length - 1; t++) {
      for (int i = 0; i + 1 < sizes[t]; i += 2) {
        if (rnd.nextDouble() < 0.05) {
          double cap = round((Math.max(1, req[t][i]) + Math.max(1, req[t][i + 1]))
              * (1.1 + 0.4 * rnd.nextDouble()));
          String f = "FAC" + t + "_" + (i + 1);
          for (int k : new int[] {i, i + 1}) {
            Node old = nodes.get(offset + k);
            nodes.set(offset + k, new Node(old.id(), old.kind(), cap, f, old.inventory(),
                old.ttr(), 0, 0));
          }
        }
      }
      offset += sizes[t];
    }
  }

  private static int[] distinct(SplittableRandom rnd, int bound, int k) {
    int[] out = new int[k];
    for (int a = 0; a < k; a++) {
      int v;
      do {
        v = rnd.nextInt(bound);
      } while (contains(Arrays.copyOf(out, a), v));
      out[a] = v;
    }
    return out;
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  private static double quantityOf(List<double[]> es, int node, int group) {
    for (double[] e : es) {
      if (e[0] == node && e[2] == group) {
        return e[3];
      }
    }
    return 1;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
