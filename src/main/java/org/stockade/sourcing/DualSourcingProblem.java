package org.stockade.sourcing;

import org.stockade.model.InvalidInputException;

/**
 * Periodic-review dual sourcing (review section 2): a regular supplier with lead time {@code lr}
 * and unit cost {@code cr}, an expedited supplier with lead time {@code le < lr} and unit cost
 * {@code ce >= cr}, i.i.d. integer demand, holding cost {@code h} and backorder cost {@code b} per
 * unit and period on the end-of-period net inventory ({@code b} is the penalty per lost unit when
 * {@code lostSales}).
 *
 * <p>Timing in period t: the orders due arrive (a lead time {@code l} order placed in period t
 * is available for the demand of period {@code t + l}, so with {@code le = 0} an expedited order
 * serves this period's demand); the expedited and the regular order are placed; demand occurs;
 * holding and backorder (or lost-sales) costs are charged on the ending inventory. Purchase costs
 * are charged when ordering. The objective is the long-run average cost per period.
 *
 * <p>Exact methods use the standard reduction of backorder systems to {@code le = 0} (e.g.
 * Veeraraghavan & Scheller-Wolf 2008): the state is the expedited inventory position {@code IP_e}
 * (net inventory plus everything arriving within {@code le} periods) and the {@code l - 1}
 * regular orders still further out, {@code l = lr - le}; the period cost is the expected
 * holding/backorder cost {@link #periodCost(double[], int)} {@code le} periods later, with demand over
 * {@code le + 1} periods. Lost-sales systems reduce this way only when {@code le = 0}.
 */
public record DualSourcingProblem(DemandDistribution demand, int le, int lr, double ce,
    double cr, double h, double b, boolean lostSales) {

  public DualSourcingProblem {
    if (demand == null) {
      throw new InvalidInputException("demand is missing");
    }
    if (le < 0) {
      throw new InvalidInputException("le (expedited lead time) must be >= 0, got " + le);
    }
    if (lr <= le) {
      throw new InvalidInputException("lr (regular lead time) must exceed le = " + le + ", got "
          + lr);
    }
    if (lr - le > 12) {
      throw new InvalidInputException("lr - le must be at most 12, got " + (lr - le));
    }
    InvalidInputException.requireNonNegative("cr (regular unit cost)", cr);
    InvalidInputException.requireNonNegative("ce (expedited unit cost)", ce);
    if (ce < cr) {
      throw new InvalidInputException("ce (expedited unit cost) must be >= cr = " + cr + ", got "
          + ce + "; otherwise the regular supplier is never worth using");
    }
    InvalidInputException.requireNonNegative("h (holding cost)", h);
    InvalidInputException.requirePositive("b (backorder / lost-sales cost)", b);
    if (demand.mean() <= 0) {
      throw new InvalidInputException("demand must have a positive mean");
    }
  }

  /** The instance of Gijsbrechts et al. (2022, Fig. 9): U{0..4}, le = 0, cr = 100, h = 5, b = 495. */
  public static DualSourcingProblem gijsbrechts(int lr, double ce) {
    return new DualSourcingProblem(DemandDistribution.uniform(0, 4), 0, lr, ce, 100, 5, 495,
        false);
  }

  /** Lead time difference {@code l = lr - le} of the reduced system. */
  public int gap() {
    return lr - le;
  }

  /** Whether the exact methods (Markov chain, DP) apply: backorders, or lost sales with le = 0. */
  public boolean reducible() {
    return !lostSales || le == 0;
  }

  /** Demand over the {@code le + 1} periods an expedited order has to cover. */
  public DemandDistribution leadDemand() {
    return le == 0 ? demand : demand.convolve(le + 1);
  }

  /**
   * Expected holding plus backorder (or lost-sales) cost charged for the reduced post-order
   * position {@code y}: {@code E[h (y - D)^+ + b (D - y)^+]}, D the demand over {@code le + 1}
   * periods with pmf {@code pmf} (that of {@link #leadDemand()}; callers compute it once).
   */
  double periodCost(double[] pmf, int y) {
    double c = 0;
    for (int d = 0; d < pmf.length; d++) {
      c += pmf[d] * (y >= d ? h * (y - d) : b * (d - y));
    }
    return c;
  }

  /** One-line description. */
  public String describe() {
    return "demand " + demand.name() + ", le " + le + ", lr " + lr + ", ce " + ce + ", cr " + cr
        + ", h " + h + ", b " + b + (lostSales ? ", lost sales" : ", backorders");
  }
}
