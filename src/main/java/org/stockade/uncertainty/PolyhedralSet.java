package org.stockade.uncertainty;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.stockade.lp.LinearExpr;
import org.stockade.lp.LinearProgram;
import org.stockade.lp.LpResult;
import org.stockade.lp.LpSolver;
import org.stockade.lp.LpStatus;
import org.stockade.model.InvalidInputException;

/**
 * A general polyhedral demand or capacity set given by linear inequalities (spec section 3,
 * last line). Implicit physical bounds: demand {@code d >= 0}; capacity {@code 0 <= c <= c0}
 * (capacity can only fall). The set must be non-empty and bounded; both are checked at
 * construction by LPs that also give the component bounds used by the separation MILP.
 * {@code Dmax(S)} / {@code Cmin(P)} are computed by an LP through the backend.
 */
public final class PolyhedralSet implements DemandSet, CapacitySet {
  private final String kind;
  private final double[] implicitLo;
  private final double[] implicitUp;
  private final List<LinearInequality> rows;
  private final double[] lo;
  private final double[] up;

  private PolyhedralSet(String kind, double[] implicitLo, double[] implicitUp,
      List<LinearInequality> rows) {
    this.kind = kind;
    this.implicitLo = implicitLo;
    this.implicitUp = implicitUp;
    this.rows = List.copyOf(rows);
    for (LinearInequality r : this.rows) {
      if (r.coef().length != implicitLo.length) {
        throw new InvalidInputException(r.label() + ": has " + r.coef().length
            + " coefficients, expected " + implicitLo.length);
      }
    }
    int n = implicitLo.length;
    this.lo = new double[n];
    this.up = new double[n];
    for (int k = 0; k < n; k++) {
      lo[k] = optimize(k, false);
      up[k] = optimize(k, true);
    }
  }

  /** A polyhedral demand set over {@code n} products, with {@code d >= 0}. */
  public static PolyhedralSet demand(int n, List<LinearInequality> rows) {
    double[] l = new double[n];
    double[] u = new double[n];
    Arrays.fill(u, Double.POSITIVE_INFINITY);
    return new PolyhedralSet("demand", l, u, rows);
  }

  /** A polyhedral capacity set for nominal capacities {@code c0}, with {@code 0 <= c <= c0}. */
  public static PolyhedralSet capacity(double[] c0, List<LinearInequality> rows) {
    return new PolyhedralSet("capacity", new double[c0.length], c0.clone(), rows);
  }

  private String var(int k) {
    return (kind.equals("demand") ? "d[" : "c[") + (k + 1) + "]";
  }

  private double optimize(int k, boolean maximize) {
    LinearProgram lp = new LinearProgram();
    LinearExpr[] x = describeIn(lp);
    if (maximize) {
      lp.maximize(x[k]);
    } else {
      lp.minimize(x[k]);
    }
    LpResult r = LpSolver.orTools().solve(lp);
    if (r.status() == LpStatus.INFEASIBLE) {
      throw new InvalidInputException("the polyhedral " + kind + " set is empty: its inequalities"
          + " have no common point" + (kind.equals("demand") ? " with d >= 0" : " with 0 <= c <= c0"));
    }
    if (r.status() == LpStatus.UNBOUNDED) {
      throw new InvalidInputException("the polyhedral " + kind + " set is unbounded: " + var(k)
          + " can grow without limit; add an upper bound on it");
    }
    if (!r.status().hasSolution()) {
      throw new InvalidInputException("could not analyse the polyhedral " + kind + " set ("
          + r.status() + "); check its inequalities");
    }
    return r.objective();
  }

  private Extreme extreme(BitSet s, boolean maximize) {
    LinearProgram lp = new LinearProgram();
    LinearExpr[] x = describeIn(lp);
    LinearExpr obj = LinearExpr.constant(0);
    for (int k = s.nextSetBit(0); k >= 0; k = s.nextSetBit(k + 1)) {
      obj = obj.plus(x[k]);
    }
    if (maximize) {
      lp.maximize(obj);
    } else {
      lp.minimize(obj);
    }
    LpResult r = LpSolver.orTools().solve(lp);
    if (!r.status().hasSolution()) {
      throw new IllegalStateException(kind + " LP failed: " + r.status());
    }
    double[] v = r.values();
    double[] point = new double[x.length];
    for (int k = 0; k < point.length; k++) {
      point[k] = x[k].evaluate(v);
    }
    return new Extreme(r.objective(), point);
  }

  @Override
  public Extreme max(BitSet s) {
    return extreme(s, true);
  }

  @Override
  public Extreme min(BitSet plants) {
    return extreme(plants, false);
  }

  @Override
  public int size() {
    return implicitLo.length;
  }

  @Override
  public double[] lowerBounds() {
    return lo.clone();
  }

  @Override
  public double[] upperBounds() {
    return up.clone();
  }

  @Override
  public LinearExpr[] describeIn(LinearProgram lp) {
    LinearExpr[] x = new LinearExpr[implicitLo.length];
    for (int k = 0; k < x.length; k++) {
      x[k] = LinearExpr.of(lp.addVariable(implicitLo[k], implicitUp[k], var(k)));
    }
    for (LinearInequality r : rows) {
      LinearExpr e = LinearExpr.constant(0);
      for (int k = 0; k < x.length; k++) {
        if (r.coefAt(k) != 0) {
          e = e.plus(x[k].times(r.coefAt(k)));
        }
      }
      lp.addRow(e, r.lo(), r.up(), r.label());
    }
    return x;
  }

  @Override
  public String violation(double[] x, double tol) {
    for (int k = 0; k < x.length; k++) {
      double t = tol * Math.max(1, Math.abs(x[k]));
      if (x[k] < implicitLo[k] - t || x[k] > implicitUp[k] + t) {
        return var(k) + " = " + x[k] + " outside [" + implicitLo[k] + ", " + implicitUp[k] + "]";
      }
    }
    for (LinearInequality r : rows) {
      double v = 0;
      double scale = 1;
      for (int k = 0; k < x.length; k++) {
        v += r.coefAt(k) * x[k];
        scale = Math.max(scale, Math.abs(r.coefAt(k) * x[k]));
      }
      if (v < r.lo() - tol * scale || v > r.up() + tol * scale) {
        return r.label() + " violated: value " + v + " not in [" + r.lo() + ", " + r.up() + "]";
      }
    }
    return null;
  }

  @Override
  public String summary() {
    return kind + ": polyhedral set with " + rows.size() + " inequalities";
  }
}
