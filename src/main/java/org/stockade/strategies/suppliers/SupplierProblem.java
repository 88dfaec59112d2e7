package org.stockade.strategies.suppliers;

import java.util.HashSet;
import java.util.List;
import org.stockade.model.InvalidInputException;

/**
 * A single-period supplier-selection instance (Guo, Liu, Song &amp; Wang 2025, section 5):
 * demand {@code D ~ Normal(mu, sigma)}, independent of the suppliers' yields or capacities.
 * Parameters a model does not need may be NaN; {@link #require} names the missing one.
 *
 * @param demandMean {@code mu > 0}
 * @param demandSd {@code sigma >= 0}
 * @param suppliers the candidates (distinct names)
 * @param payment what the unit cost is paid on
 * @param alpha service target of the service model, in (0.5, 1), or NaN
 * @param holdingCost {@code h >= 0} per unit left over (total-cost model), or NaN
 * @param shortageCost {@code p >= 0} per unit short (total-cost model), or NaN
 * @param price selling price {@code r} (newsvendor), or NaN
 * @param salvage salvage value {@code v < r} per unit left over (newsvendor), or NaN
 */
public record SupplierProblem(double demandMean, double demandSd, List<Supplier> suppliers,
    Payment payment, double alpha, double holdingCost, double shortageCost, double price,
    double salvage) {
  /** Most suppliers accepted. */
  public static final int MAX_SUPPLIERS = 200;

  public SupplierProblem {
    if (!(demandMean > 0) || demandMean > 1e12) {
      throw new InvalidInputException("demand.mean must be in (0, 1e12], got " + demandMean);
    }
    if (!(demandSd >= 0) || demandSd > 1e12) {
      throw new InvalidInputException("demand.sd must be in [0, 1e12], got " + demandSd);
    }
    suppliers = List.copyOf(suppliers);
    if (suppliers.isEmpty() || suppliers.size() > MAX_SUPPLIERS) {
      throw new InvalidInputException("suppliers: give 1 to " + MAX_SUPPLIERS + " suppliers, got "
          + suppliers.size());
    }
    HashSet<String> names = new HashSet<>();
    for (Supplier s : suppliers) {
      if (!names.add(s.name())) {
        throw new InvalidInputException("suppliers: the name '" + s.name() + "' is used twice; "
            + "give every supplier its own name");
      }
    }
    if (payment == null) {
      payment = Payment.DELIVERED;
    }
    if (!Double.isNaN(alpha) && !(alpha > 0.5 && alpha < 1)) {
      throw new InvalidInputException("alpha must be in (0.5, 1), got " + alpha
          + "; e.g. alpha: 0.95");
    }
    check("holding_cost", holdingCost);
    check("shortage_cost", shortageCost);
    check("price", price);
    check("salvage", salvage);
    if (!Double.isNaN(price) && !Double.isNaN(salvage) && !(salvage < price)) {
      throw new InvalidInputException("salvage = " + salvage + " must be below price = " + price);
    }
  }

  private static void check(String field, double v) {
    if (!Double.isNaN(v) && !(v >= 0 && v <= 1e9)) {
      throw new InvalidInputException(field + " must be in [0, 1e9], got " + v);
    }
  }

  public int size() {
    return suppliers.size();
  }

  public Supplier supplier(int i) {
    return suppliers.get(i);
  }

  /** The value of {@code field}, or an error naming the field and the model that needs it. */
  public static double require(String field, double v, String model) {
    if (Double.isNaN(v)) {
      throw new InvalidInputException(field + " is required by the " + model + " model; add '"
          + field + ": VALUE' to the file" + (field.equals("alpha") ? " (or give --alpha)" : ""));
    }
    return v;
  }

  /** Every supplier must have yield_mean and yield_sd > 0 with a Beta-feasible variance. */
  void requireYields(String model) {
    for (Supplier s : suppliers) {
      String f = "supplier '" + s.name() + "': ";
      if (!s.hasYield()) {
        throw new InvalidInputException(f + "yield_mean and yield_sd are required by the " + model
            + " model; e.g. yield_mean: 0.9, yield_sd: 0.1");
      }
      if (!(s.yieldSd() > 0)) {
        throw new InvalidInputException(f + "yield_sd must be > 0 in the " + model + " model "
            + "(got " + s.yieldSd() + "); for a nearly reliable supplier give a small sd such as "
            + "0.001");
      }
      if (!(s.yieldSd() * s.yieldSd() < s.yieldMean() * (1 - s.yieldMean()))) {
        throw new InvalidInputException(f + "yield_sd = " + s.yieldSd() + " is too large for "
            + "yield_mean = " + s.yieldMean() + ": a yield fraction in [0, 1] needs sd^2 < "
            + "mean (1 - mean) = " + String.format(java.util.Locale.ROOT, "%.6g",
            s.yieldMean() * (1 - s.yieldMean())) + "; lower yield_sd");
      }
    }
  }
}
