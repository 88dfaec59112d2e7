package org.stockade.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Built-in example networks.
 *
 * <p>GM case (Simchi-Levi, Wang & Wei 2018, §4; data of Jordan & Graves 1995; spec section 5):
 * 8 plants, 16 products, base design of 18 arcs in 6 connected groups. Default variability:
 * odd-numbered products high ({@code sigma = 0.5 mu}), even-numbered low ({@code 0.25 mu}); h = 1.
 */
public final class Examples {
  private Examples() {}

  public static final double[] GM_CAPACITY = {380, 230, 250, 230, 240, 230, 230, 240};
  public static final double[] GM_MEAN = {320, 150, 270, 110, 220, 110, 120, 80, 140, 160, 60, 35,
      40, 35, 30, 180};
  /** Base design: plant k (1-based) makes these products (1-based). */
  public static final int[][] GM_BASE = {{1, 2}, {3}, {4, 5}, {5, 6}, {7, 8, 9}, {9, 10},
      {11, 12, 13}, {14, 15, 16}};

  public static final double HIGH_CV = 0.5;
  public static final double LOW_CV = 0.25;

  /** GM with the base design and odd-numbered products high variability. */
  public static Network gm() {
    boolean[] high = new boolean[GM_MEAN.length];
    for (int j = 0; j < high.length; j += 2) {
      high[j] = true;
    }
    return gm(high);
  }

  /** GM with the base design and the given high-variability products (others low). */
  public static Network gm(boolean[] high) {
    List<Plant> plants = new ArrayList<>();
    for (int i = 0; i < GM_CAPACITY.length; i++) {
      plants.add(new Plant("P" + (i + 1), GM_CAPACITY[i]));
    }
    List<Product> products = new ArrayList<>();
    for (int j = 0; j < GM_MEAN.length; j++) {
      double cv = high[j] ? HIGH_CV : LOW_CV;
      products.add(new Product("V" + (j + 1), GM_MEAN[j], cv * GM_MEAN[j], 1.0,
          high[j] ? "high" : "low"));
    }
    List<Arc> arcs = new ArrayList<>();
    for (int i = 0; i < GM_BASE.length; i++) {
      for (int j : GM_BASE[i]) {
        arcs.add(new Arc("P" + (i + 1), "V" + j));
      }
    }
    return new Network("GM (Jordan & Graves 1995), base design", plants, products, arcs);
  }

  /**
   * Symmetric N x N network (spec section 4): capacities {@code c0}, means {@code mu}, spreads
   * {@code sigma}, h = 1, with the dedicated design (apply a K-chain with
   * {@link org.stockade.design.Designs#kChain}).
   */
  public static Network symmetric(int n, double c0, double mu, double sigma) {
    List<Plant> plants = new ArrayList<>();
    List<Product> products = new ArrayList<>();
    List<Arc> arcs = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      plants.add(new Plant("P" + i, c0));
      products.add(new Product("V" + i, mu, sigma, 1.0, null));
      arcs.add(new Arc("P" + i, "V" + i));
    }
    return new Network("symmetric " + n + "x" + n, plants, products, arcs);
  }
}
