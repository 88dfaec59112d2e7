package org.stockade.calibration;

/**
 * One row of an outage log: plant {@code plant} lost {@code fraction} of its capacity from
 * period key {@code start} to {@code end} inclusive (keys as in {@link PeriodAxis}).
 *
 * @param line the 1-based line of the file it came from (0 when made in code)
 */
public record Outage(String plant, long start, long end, double fraction, int line) {
  public Outage {
    if (plant == null || plant.isBlank()) {
      throw new IllegalArgumentException("outage needs a plant");
    }
    if (end < start) {
      throw new IllegalArgumentException("outage ends before it starts");
    }
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("outage fraction must be in (0, 1], got " + fraction);
    }
  }

  /** Length in keys ({@code end - start + 1}). */
  public long length() {
    return end - start + 1;
  }
}
