package org.stockade.strategies.suppliers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small instances for the supplier tests. */
final class Instances {
  private Instances() {}

  /** A supplier with yields only: {K, c, m, s}. */
  static Supplier y(String name, double k, double c, double m, double s) {
    return new Supplier(name, k, c, m, s, null);
  }

  static SupplierProblem service(double mu, double sigma, double alpha, Supplier... s) {
    return new SupplierProblem(mu, sigma, List.of(s), Payment.DELIVERED, alpha, Double.NaN,
        Double.NaN, Double.NaN, Double.NaN);
  }

  static SupplierProblem cost(double mu, double sigma, double h, double p, Supplier... s) {
    return new SupplierProblem(mu, sigma, List.of(s), Payment.DELIVERED, Double.NaN, h, p,
        Double.NaN, Double.NaN);
  }

  /** {@code n} random suppliers with yields (cv up to 0.5) and fixed costs up to {@code kmax}. */
  static List<Supplier> random(Random rnd, int n, double kmax) {
    List<Supplier> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double m = 0.5 + 0.45 * rnd.nextDouble();
      double s = Math.min(0.5 * m, Math.sqrt(m * (1 - m)) * 0.9) * (0.1 + 0.9 * rnd.nextDouble());
      out.add(y("s" + i, kmax * rnd.nextDouble(), 5 + 10 * rnd.nextDouble(), m, s));
    }
    return out;
  }
}
