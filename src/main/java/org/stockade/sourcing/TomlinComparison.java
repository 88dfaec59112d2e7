package org.stockade.sourcing;

import java.util.ArrayList;
import java.util.List;
import org.stockade.model.InvalidInputException;

/**
 * Tomlin (2006) on one model (review section 3): a product with deterministic demand d per
 * period can be bought from an unreliable supplier ({@link MarkovSupplier}, unit cost
 * {@code cu}) or a perfectly reliable one (unit cost {@code cr > cu}), zero lead times,
 * holding h and backorder p per unit and period. Strategies, each at its best setting:
 *
 * <ul>
 *   <li>passive acceptance: unreliable supplier, no reserve (base stock d):
 *       {@code cu d + G(d)};
 *   <li>inventory mitigation: unreliable supplier with the optimal reserve
 *       ({@link DisruptedBaseStock}): {@code cu d + G(S*)}, {@code S* > d};
 *   <li>sourcing mitigation: everything from the reliable supplier, no stock needed:
 *       {@code cr d}.
 * </ul>
 *
 * The optimal strategy is the cheapest; when the optimal reserve is zero the unreliable supplier
 * is used passively. Short frequent disruptions favour inventory, rare long ones sourcing, rare
 * short ones passive acceptance.
 */
public record TomlinComparison(double d, double h, double p, double cu, double cr) {

  public TomlinComparison {
    InvalidInputException.requirePositive("d (demand per period)", d);
    InvalidInputException.requirePositive("h (holding cost)", h);
    InvalidInputException.requirePositive("p (backorder cost)", p);
    InvalidInputException.requireNonNegative("cu (unreliable unit cost)", cu);
    if (!(cr > cu)) {
      throw new InvalidInputException("cr (reliable unit cost) must exceed cu = " + cu + ", got "
          + cr);
    }
  }

  /** The strategies. */
  public enum Strategy {
    PASSIVE("passive acceptance"), INVENTORY("inventory mitigation"),
    SOURCING("sourcing mitigation");

    private final String label;

    Strategy(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Costs per period of the three strategies at one disruption profile, and the best one. */
  public record Point(MarkovSupplier supplier, double passive, double inventory,
      double sourcing, double reserve, Strategy best) {}

  public Point evaluate(MarkovSupplier s) {
    DisruptedBaseStock bs = new DisruptedBaseStock(s, d, h, p);
    double passive = cu * d + bs.cost(d);
    double reserve = bs.optimalReserve();
    double inventory = cu * d + bs.cost(bs.optimalLevel());
    double sourcing = cr * d;
    Strategy best;
    if (sourcing < inventory) {
      best = Strategy.SOURCING;
    } else {
      best = reserve > 0 ? Strategy.INVENTORY : Strategy.PASSIVE;
    }
    return new Point(s, passive, inventory, sourcing, reserve, best);
  }

  /**
   * The best strategy on a grid: {@code fails} (disruption frequency, probability per period
   * that an available supplier fails) by {@code lengths} (mean disruption length, periods >= 1).
   */
  public List<List<Point>> grid(double[] fails, double[] lengths) {
    List<List<Point>> rows = new ArrayList<>();
    for (double len : lengths) {
      if (!(len >= 1)) {
        throw new InvalidInputException("mean disruption length must be >= 1 period, got " + len);
      }
      List<Point> row = new ArrayList<>();
      for (double f : fails) {
        row.add(evaluate(new MarkovSupplier(f, 1 / len)));
      }
      rows.add(row);
    }
    return rows;
  }

  /** A change of the best strategy at disruption frequency {@code fail}. */
  public record Transition(double length, double fail, Strategy from, Strategy to) {}

  /**
   * Every frequency in {@code [lo, hi]} (fixed mean disruption length) at which the best strategy
   * changes: a log-spaced scan of {@code n} points, each change refined by bisection to relative
   * precision 1e-6.
   */
  public List<Transition> transitions(double length, double lo, double hi, int n) {
    List<Transition> out = new ArrayList<>();
    double ratio = Math.pow(hi / lo, 1.0 / (n - 1));
    double prev = lo;
    Strategy prevBest = evaluate(new MarkovSupplier(lo, 1 / length)).best();
    for (int i = 1; i < n; i++) {
      double f = Math.min(hi, lo * Math.pow(ratio, i));
      Strategy best = evaluate(new MarkovSupplier(f, 1 / length)).best();
      if (best != prevBest) {
        double a = prev;
        double b = f;
        while (b - a > 1e-6 * b) {
          double m = Math.sqrt(a * b);
          if (evaluate(new MarkovSupplier(m, 1 / length)).best() == prevBest) {
            a = m;
          } else {
            b = m;
          }
        }
        out.add(new Transition(length, (a + b) / 2, prevBest, best));
      }
      prev = f;
      prevBest = best;
    }
    return out;
  }
}
