package org.stockade.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One task's result: its id and seed, and either the column values ({@code error == null}) or
 * the error message of a task that threw (then {@code values} is empty).
 */
public record SweepRow(long id, long seed, String error, List<Object> values)
    implements Serializable {
  public SweepRow {
    values = Collections.unmodifiableList(new ArrayList<>(values == null ? List.of() : values));
    if (error != null && !values.isEmpty()) {
      throw new IllegalArgumentException("a failed row carries no values");
    }
  }

  public static SweepRow failed(long id, long seed, String error) {
    return new SweepRow(id, seed, error == null ? "failed" : error, List.of());
  }

  public boolean ok() {
    return error == null;
  }

  /** Value of column {@code k}, or null for a failed row. */
  public Object value(int k) {
    return ok() ? values.get(k) : null;
  }

  /** Column {@code k} as a double (NaN for a failed row or a null value). */
  public double real(int k) {
    Object v = value(k);
    return v == null ? Double.NaN : ((Number) v).doubleValue();
  }
}
