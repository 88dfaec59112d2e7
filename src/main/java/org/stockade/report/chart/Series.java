package org.stockade.report.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named data series of a chart. Immutable: the arrays are copied on the way in and on the
 * way out.
 *
 * <p>For a {@link LineChartSpec} {@code x} is required and gives the abscissa of each point. For a
 * {@link BarChartSpec} {@code x} is ignored and may be {@code null}; {@code y} holds one value per
 * category. {@code errorBars}, when given, holds one non-negative half-width per point (for
 * example the half-width of a 95% confidence interval), drawn as {@code y ± errorBars[i]}.
 *
 * @throws IllegalArgumentException if the name is blank, {@code y} is null or empty, any value is
 *     NaN or infinite, {@code x} or {@code errorBars} has a different length than {@code y}, or an
 *     error bar is negative
 */
public record Series(String name, double[] x, double[] y, double[] errorBars) {

  public Series {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("series name must not be null or blank");
    }
    if (y == null) {
      throw new IllegalArgumentException("series '" + name + "': y must not be null");
    }
    if (y.length == 0) {
      throw new IllegalArgumentException("series '" + name + "' is empty: y has no values");
    }
    requireFinite(name, "y", y);
    if (x != null) {
      if (x.length != y.length) {
        throw new IllegalArgumentException(
            "series '" + name + "': x has " + x.length + " values but y has " + y.length);
      }
      requireFinite(name, "x", x);
    }
    if (errorBars != null) {
      if (errorBars.length != y.length) {
        throw new IllegalArgumentException(
            "series '"
                + name
                + "': errorBars has "
                + errorBars.length
                + " values but y has "
                + y.length);
      }
      requireFinite(name, "errorBars", errorBars);
      for (int i = 0; i < errorBars.length; i++) {
        if (errorBars[i] < 0) {
          throw new IllegalArgumentException(
              "series '" + name + "': errorBars[" + i + "] is negative (" + errorBars[i] + ")");
        }
      }
    }
    x = x == null ? null : x.clone();
    y = y.clone();
    errorBars = errorBars == null ? null : errorBars.clone();
  }

  /** A series without error bars. */
  public Series(String name, double[] x, double[] y) {
    this(name, x, y, null);
  }

  @Override
  public double[] x() {
    return x == null ? null : x.clone();
  }

  @Override
  public double[] y() {
    return y.clone();
  }

  @Override
  public double[] errorBars() {
    return errorBars == null ? null : errorBars.clone();
  }

  /** Number of points (the length of {@code y}). */
  public int size() {
    return y.length;
  }

  /** Whether this series carries an x array (required for line charts). */
  boolean hasX() {
    return x != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s
        && name.equals(s.name)
        && Arrays.equals(x, s.x)
        && Arrays.equals(y, s.y)
        && Arrays.equals(errorBars, s.errorBars);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, Arrays.hashCode(x), Arrays.hashCode(y), Arrays.hashCode(errorBars));
  }

  @Override
  public String toString() {
    return "Series[name="
        + name
        + ", x="
        + Arrays.toString(x)
        + ", y="
        + Arrays.toString(y)
        + ", errorBars="
        + Arrays.toString(errorBars)
        + "]";
  }

  private static void requireFinite(String series, String field, double[] values) {
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        throw new IllegalArgumentException(
            "series '" + series + "': " + field + "[" + i + "] is NaN");
      }
      if (Double.isInfinite(values[i])) {
        throw new IllegalArgumentException(
            "series '" + series + "': " + field + "[" + i + "] is infinite (" + values[i] + ")");
      }
    }
  }
}
