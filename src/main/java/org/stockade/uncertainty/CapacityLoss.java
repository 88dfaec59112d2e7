package org.stockade.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.model.InvalidInputException;

/**
 * The parametric capacity sets of spec section 3 ({@link CapacityLossKind}). Capacity can only
 * fall. {@code Cmin(P)} has closed forms: for a loss budget {@code L} (UNITS, FRACTION)
 * {@code sum_P c0 - min(L, sum_P c0)}; for k plants down the fractional knapsack
 * {@code sum_P c0 - max { sum_P c0_i u_i : sum u_i <= k, 0 <= u <= 1 }} (largest plants first);
 * the k-plants set is the convex hull of "any k plants fail", exact for the SG model because
 * lost sales are convex in {@code (d, c)} (paper §2.3).
 */
public final class CapacityLoss implements CapacitySet {
  private final double[] c0;
  private final CapacityLossKind kind;
  private final double zeta;
  private final double unitBudget;

  public CapacityLoss(double[] c0, CapacityLossKind kind, double zeta) {
    this.c0 = c0.clone();
    this.kind = kind;
    if (kind != CapacityLossKind.NONE) {
      InvalidInputException.requireNonNegative("capacity loss zeta", zeta);
    }
    if ((kind == CapacityLossKind.FRACTION || kind == CapacityLossKind.DETERMINISTIC)
        && zeta > 1) {
      throw new InvalidInputException("capacity loss zeta for '"
          + kind.name().toLowerCase(java.util.Locale.ROOT) + "' is a fraction of capacity and"
          + " must be in [0, 1], got " + zeta + " (use 'units' for a loss in units)");
    }
    this.zeta = kind == CapacityLossKind.NONE ? 0 : zeta;
    double total = Arrays.stream(c0).sum();
    this.unitBudget = switch (kind) {
      case UNITS -> zeta;
      case FRACTION -> zeta * total;
      default -> 0;
    };
  }

  public CapacityLossKind kind() {
    return kind;
  }

  public double zeta() {
    return zeta;
  }

  @Override
  public int size() {
    return c0.length;
  }

  @Override
  public double minValue(BitSet plants) {
    return min(plants).value();
  }

  @Override
  public Extreme min(BitSet plants) {
    double[] c = c0.clone();
    switch (kind) {
      case NONE -> { }
      case DETERMINISTIC -> {
        for (int i = 0; i < c.length; i++) {
          c[i] = (1 - zeta) * c0[i];
        }
      }
      case UNITS, FRACTION -> {
        double left = unitBudget;
        for (int i : byCapacityDesc(plants)) {
          double loss = Math.min(left, c0[i]);
          c[i] -= loss;
          left -= loss;
        }
      }
      case PLANTS -> {
        double left = zeta;
        for (int i : byCapacityDesc(plants)) {
          double u = Math.min(1.0, left);
          c[i] = c0[i] * (1 - u);
          left -= u;
        }
      }
      default -> throw new IllegalStateException(kind.toString());
    }
    double v = 0;
    for (int i = plants.nextSetBit(0); i >= 0; i = plants.nextSetBit(i + 1)) {
      v += c[i];
    }
    return new Extreme(v, c);
  }

  private int[] byCapacityDesc(BitSet plants) {
    return plants.stream().boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -c0[i]).thenComparing(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  @Override
  public double[] lowerBounds() {
    double[] lo = new double[c0.length];
    for (int i = 0; i < lo.length; i++) {
      lo[i] = switch (kind) {
        case NONE -> c0[i];
        case DETERMINISTIC -> (1 - zeta) * c0[i];
        case UNITS, FRACTION -> Math.max(0, c0[i] - unitBudget);
        case PLANTS -> c0[i] * Math.max(0, 1 - zeta);
      };
    }
    return lo;
  }

  @Override
  public double[] upperBounds() {
    return kind == CapacityLossKind.DETERMINISTIC ? lowerBounds() : c0.clone();
  }

  @Override
  public LinearExpr[] describeIn(LinearProgram lp) {
    LinearExpr[] c = new LinearExpr[c0.length];
    double[] lo = lowerBounds();
    double[] up = upperBounds();
    if (kind == CapacityLossKind.NONE || kind == CapacityLossKind.DETERMINISTIC) {
      for (int i = 0; i < c.length; i++) {
        c[i] = LinearExpr.constant(lo[i]);
      }
      return c;
    }
    LinearExpr loss = LinearExpr.constant(0);
    for (int i = 0; i < c.length; i++) {
      int v = lp.addVariable(lo[i], up[i], "c" + i);
      c[i] = LinearExpr.of(v);
      // UNITS/FRACTION: sum (c0 - c) ; PLANTS: sum (1 - c/c0)
      double scale = kind == CapacityLossKind.PLANTS ? 1.0 / c0[i] : 1.0;
      loss = loss.plus(LinearExpr.affine(c0[i] * scale, -scale, v));
    }
    lp.addLessEq(loss, kind == CapacityLossKind.PLANTS ? zeta : unitBudget, "capacity-loss");
    return c;
  }

  @Override
  public String violation(double[] c, double tol) {
    double loss = 0;
    double[] los = lowerBounds(); // once, not per plant: O(M) per check, not O(M^2)
    double[] ups = upperBounds();
    for (int i = 0; i < c.length; i++) {
      double lo = los[i];
      double up = ups[i];
      double t = tol * Math.max(1, c0[i]);
      if (c[i] < lo - t || c[i] > up + t) {
        return "c[" + (i + 1) + "] = " + c[i] + " outside [" + lo + ", " + up + "]";
      }
      loss += kind == CapacityLossKind.PLANTS ? 1 - c[i] / c0[i] : c0[i] - c[i];
    }
    double budget = switch (kind) {
      case UNITS, FRACTION -> unitBudget;
      case PLANTS -> zeta;
      default -> Double.POSITIVE_INFINITY;
    };
    if (loss > budget + tol * Math.max(1, budget)) {
      return "total capacity loss " + loss + " exceeds the budget " + budget;
    }
    return null;
  }

  /**
   * {@code -Cmin(P)} as a minimum of affine functions of the plant indicator {@code y}: budget L:
   * {@code min(0, L - c0.y)}; k plants down (dual of the fractional knapsack):
   * {@code min_{mu in {0} u {c0_i}} [k mu - c0.y + sum_i y_i (c0_i - mu)^+]}; fixed forms: one piece.
   */
  @Override
  public List<AffinePiece> negatedMinPieces() {
    int m = c0.length;
    List<AffinePiece> out = new ArrayList<>();
    switch (kind) {
      case NONE, DETERMINISTIC -> {
        double f = kind == CapacityLossKind.NONE ? 1 : 1 - zeta;
        double[] e = new double[m];
        for (int i = 0; i < m; i++) {
          e[i] = -f * c0[i];
        }
        out.add(new AffinePiece(0, e));
      }
      case UNITS, FRACTION -> {
        out.add(new AffinePiece(0, new double[m]));
        double[] e = new double[m];
        for (int i = 0; i < m; i++) {
          e[i] = -c0[i];
        }
        out.add(new AffinePiece(unitBudget, e));
      }
      case PLANTS -> {
        double[] mus = new double[m + 1];
        for (int i = 0; i < m; i++) {
          mus[i + 1] = c0[i];
        }
        for (double mu : Arrays.stream(mus).distinct().toArray()) {
          double[] e = new double[m];
          for (int i = 0; i < m; i++) {
            e[i] = -c0[i] + Math.max(0, c0[i] - mu);
          }
          out.add(new AffinePiece(zeta * mu, e));
        }
      }
      default -> throw new IllegalStateException(kind.toString());
    }
    return out;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Loss budget L: {@code -min_C w.c = -w.c0 + max{w.l : 0 <= l <= c0, sum l <= L}} and the
   * fractional knapsack equals {@code min_{theta >= 0} L theta + sum_i c0_i (w_i - theta)^+},
   * attained at {@code theta in {0} u {w_i}}; k plants down likewise with
   * {@code min_theta k theta + sum_i (c0_i w_i - theta)^+}, {@code theta in {0} u {c0_i w_i}}.
   * One piece per candidate theta (all candidate weights of all plants).
   */
  @Override
  public List<AffinePiece> weightedNegatedMinPieces(double[][] values) {
    int m = c0.length;
    if (values.length != m) {
      throw new IllegalArgumentException("values for " + values.length + " plants, set has " + m);
    }
    int total = 0;
    int[] offset = new int[m];
    java.util.TreeSet<Double> thetas = new java.util.TreeSet<>();
    thetas.add(0.0);
    for (int i = 0; i < m; i++) {
      offset[i] = total;
      total += values[i].length;
      for (double v : values[i]) {
        if (v < 0) {
          throw new IllegalArgumentException("capacity weights must be >= 0, got " + v);
        }
        thetas.add(kind == CapacityLossKind.PLANTS ? c0[i] * v : v);
      }
    }
    List<AffinePiece> out = new ArrayList<>();
    if (kind == CapacityLossKind.NONE || kind == CapacityLossKind.DETERMINISTIC) {
      double f = kind == CapacityLossKind.NONE ? 1 : 1 - zeta;
      double[] e = new double[total];
      for (int i = 0; i < m; i++) {
        for (int q = 0; q < values[i].length; q++) {
          e[offset[i] + q] = -f * c0[i] * values[i][q];
        }
      }
      out.add(new AffinePiece(0, e));
      return out;
    }
    boolean plantsDown = kind == CapacityLossKind.PLANTS;
    double budget = plantsDown ? zeta : unitBudget;
    for (double theta : thetas) {
      double[] e = new double[total];
      for (int i = 0; i < m; i++) {
        for (int q = 0; q < values[i].length; q++) {
          double v = values[i][q];
          double gain = plantsDown ? Math.max(0, c0[i] * v - theta)
              : c0[i] * Math.max(0, v - theta);
          e[offset[i] + q] = -c0[i] * v + gain;
        }
      }
      out.add(new AffinePiece(budget * theta, e));
    }
    return out;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Structural, not through the pieces: with {@code s = c0(P)}, {@code -Cmin(P)} is
   * {@code -s} (no loss), {@code -(1 - zeta) s} (fixed), {@code min(0, L - s)} (loss budget L) or
   * {@code -s + top_zeta(P)}, the sum of the zeta largest capacities in P with the last one
   * fractional (k plants down); the last keeps the capacities of P in a sorted multiset, so an
   * update costs {@code O(log M)} and a value {@code O(zeta)} whatever the number of plants.
   */
  @Override
  public SubsetTracker capacityTracker() {
    return new SubsetTracker() {
      private double sum;
      private final java.util.TreeMap<Double, Integer> sorted = new java.util.TreeMap<>();

      @Override
      public void add(int plant) {
        sum += c0[plant];
        if (kind == CapacityLossKind.PLANTS) {
          sorted.merge(c0[plant], 1, Integer::sum);
        }
      }

      @Override
      public void remove(int plant) {
        sum -= c0[plant];
        if (kind == CapacityLossKind.PLANTS) {
          sorted.compute(c0[plant], (k, v) -> v == null || v <= 1 ? null : v - 1);
        }
      }

      @Override
      public double value() {
        return switch (kind) {
          case NONE -> -sum;
          case DETERMINISTIC -> -(1 - zeta) * sum;
          case UNITS, FRACTION -> Math.min(0, unitBudget - sum);
          case PLANTS -> {
            double left = zeta;
            double top = 0;
            for (var e : sorted.descendingMap().entrySet()) {
              if (left <= 0) {
                break;
              }
              double take = Math.min(left, e.getValue());
              top += take * e.getKey();
              left -= take;
            }
            yield -sum + top;
          }
        };
      }

      @Override
      public void clear() {
        sum = 0;
        sorted.clear();
      }
    };
  }

  @Override
  public String summary() {
    String z = ParametricDemandSet.fmt(zeta);
    return switch (kind) {
      case NONE -> "capacity: no loss";
      case UNITS -> "capacity: loss budget " + z + " units";
      case FRACTION -> "capacity: loss budget " + z + " of total ("
          + ParametricDemandSet.fmt(unitBudget) + " units)";
      case PLANTS -> "capacity: up to " + z + " plant(s) down";
      case DETERMINISTIC -> "capacity: fixed at " + ParametricDemandSet.fmt(1 - zeta) + " of nominal";
    };
  }
}
