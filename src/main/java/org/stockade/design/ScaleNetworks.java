package org.stockade.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.stockade.model.Arc;
import org.stockade.model.Examples;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.model.Plant;
import org.stockade.model.Product;

/**
 * Seeded networks of any size for scale studies ({@code stockade bench sg-scale},
 * {@code stockade solve --generate}). Three families:
 *
 * <ul>
 *   <li>{@code chain:K} — symmetric N x N K-chain (spec section 4): every plant has capacity 100,
 *       every product mean 100, odd products high variability ({@code sigma = 50}), even low
 *       ({@code 25}), as in the GM setting; plant i makes products i..i+K-1 (cyclically).
 *   <li>{@code generalized:K} — the GM case tiled: ceil(N/16) copies of GM's 8 plants and 16
 *       products with their base design (so the group structure is GM's), truncated to N
 *       products, each product high variability with probability 1/2; then a random
 *       generalized K-chain over all groups ({@link Designs#generalizedChain}).
 *   <li>{@code sparse:D} — N products and N plants, each product made by D distinct random
 *       plants; means uniform in [50, 150], each product high ({@code cv 0.5}) or low
 *       ({@code cv 0.25}) with probability 1/2; plant capacities uniform in [50, 150], scaled
 *       so total capacity equals total mean demand.
 * </ul>
 *
 * <p>Everything is drawn from {@code new Random(seed)}, so (family, N, seed) identifies a network.
 */
public final class ScaleNetworks {
  private ScaleNetworks() {}

  /** The families, as the {@code --generate} syntax names them. */
  public static final String HELP = "chain:K (symmetric K-chain), generalized:K (GM tiled, random"
      + " generalized K-chain), sparse:D (each product on D random plants)";

  /**
   * Parses {@code FAMILY:K,n=N} (for example {@code chain:2,n=1000}) and builds the network.
   *
   * @throws InvalidInputException naming the part of {@code spec} that is wrong
   */
  public static Network parse(String spec, long seed) {
    String s = spec == null ? "" : spec.trim().toLowerCase(Locale.ROOT);
    String[] parts = s.split(",");
    String family = parts[0];
    Integer n = null;
    for (int k = 1; k < parts.length; k++) {
      String p = parts[k].trim();
      if (p.startsWith("n=")) {
        n = intPart(spec, "n", p.substring(2));
      } else {
        throw new InvalidInputException("--generate '" + spec + "': unknown part '" + p
            + "'; use FAMILY:K,n=N with FAMILY one of " + HELP);
      }
    }
    if (n == null) {
      throw new InvalidInputException("--generate '" + spec + "' needs the size, e.g. "
          + family + ",n=1000");
    }
    int colon = family.indexOf(':');
    if (colon < 0) {
      throw new InvalidInputException("--generate '" + spec + "' needs K or D after the family,"
          + " e.g. chain:2,n=" + n + "; families: " + HELP);
    }
    int k = intPart(spec, "K", family.substring(colon + 1));
    return switch (family.substring(0, colon)) {
      case "chain", "k-chain" -> chain(n, k);
      case "generalized" -> generalized(n, k, seed);
      case "sparse" -> sparse(n, k, seed);
      default -> throw new InvalidInputException("--generate '" + spec + "': family '"
          + family.substring(0, colon) + "' is not known; use " + HELP);
    };
  }

  private static int intPart(String spec, String name, String v) {
    try {
      int x = Integer.parseInt(v.trim());
      if (x < 1 || x > 1_000_000) {
        throw new NumberFormatException();
      }
      return x;
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--generate '" + spec + "': " + name
          + " must be a whole number in 1..1000000, got '" + v + "'");
    }
  }

  /** Symmetric N x N K-chain (see the class comment). */
  public static Network chain(int n, int k) {
    if (k < 1 || k > n) {
      throw new InvalidInputException("K of a chain must be in 1.." + n + ", got " + k);
    }
    List<Plant> plants = new ArrayList<>();
    List<Product> products = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      plants.add(new Plant("P" + i, 100));
      boolean high = i % 2 == 1;
      products.add(new Product("V" + i, 100, high ? 50 : 25, 1.0, high ? "high" : "low"));
    }
    Network base = new Network("", plants, products, List.of());
    return base.withArcs("symmetric " + n + "x" + n + ", " + k + "-chain",
        Designs.kChain(base, k));
  }

  /** GM tiled to N products with a random generalized K-chain (see the class comment). */
  public static Network generalized(int n, int k, long seed) {
    Random rnd = new Random(seed);
    List<Plant> plants = new ArrayList<>();
    List<Product> products = new ArrayList<>();
    List<Arc> arcs = new ArrayList<>();
    int copies = (n + 15) / 16;
    for (int c = 0; c < copies; c++) {
      int firstProduct = c * 16;
      int usedPlants = 0;
      for (int i = 0; i < Examples.GM_BASE.length; i++) {
        List<Integer> made = new ArrayList<>();
        for (int j : Examples.GM_BASE[i]) {
          if (firstProduct + j <= n) {
            made.add(firstProduct + j);
          }
        }
        if (made.isEmpty()) {
          continue;
        }
        String plant = "P" + (c * 8 + i + 1);
        plants.add(new Plant(plant, Examples.GM_CAPACITY[i]));
        usedPlants++;
        for (int j : made) {
          arcs.add(new Arc(plant, "V" + j));
        }
      }
      for (int j = 1; j <= 16 && firstProduct + j <= n; j++) {
        boolean high = rnd.nextBoolean();
        double mu = Examples.GM_MEAN[j - 1];
        double cv = high ? Examples.HIGH_CV : Examples.LOW_CV;
        products.add(new Product("V" + (firstProduct + j), mu, cv * mu, 1.0,
            high ? "high" : "low"));
      }
      if (usedPlants == 0) {
        break;
      }
    }
    Network base = new Network("", plants, products, arcs);
    int groups = Groups.of(base).size();
    int kk = Math.min(k, groups);
    return base.withArcs("GM tiled to " + n + " products, generalized " + kk + "-chain (seed "
        + seed + ")", Designs.generalizedChain(base, kk, rnd.nextLong()));
  }

  /** N x N random sparse design, each product on D plants (see the class comment). */
  public static Network sparse(int n, int d, long seed) {
    if (d < 1 || d > n) {
      throw new InvalidInputException("degree D of a sparse design must be in 1.." + n
          + ", got " + d);
    }
    Random rnd = new Random(seed);
    List<Product> products = new ArrayList<>();
    double totalMean = 0;
    for (int j = 1; j <= n; j++) {
      double mu = Math.round(50 + 100 * rnd.nextDouble());
      boolean high = rnd.nextBoolean();
      totalMean += mu;
      products.add(new Product("V" + j, mu, (high ? 0.5 : 0.25) * mu, 1.0,
          high ? "high" : "low"));
    }
    double[] cap = new double[n];
    double totalCap = 0;
    for (int i = 0; i < n; i++) {
      cap[i] = 50 + 100 * rnd.nextDouble();
      totalCap += cap[i];
    }
    List<Plant> plants = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      plants.add(new Plant("P" + (i + 1), Math.round(cap[i] * totalMean / totalCap)));
    }
    List<Arc> arcs = new ArrayList<>();
    for (int j = 1; j <= n; j++) {
      java.util.Set<Integer> chosen = new java.util.LinkedHashSet<>();
      while (chosen.size() < d) {
        chosen.add(rnd.nextInt(n));
      }
      for (int i : chosen) {
        arcs.add(new Arc("P" + (i + 1), "V" + j));
      }
    }
    return new Network("random sparse " + n + "x" + n + ", degree " + d + " (seed " + seed + ")",
        plants, products, arcs);
  }
}
