package org.stockade.sourcing;

/**
 * A simulated long-run average cost per period with its 95% batch-means confidence half-width.
 *
 * @param mean average cost per period over the measured periods
 * @param halfWidth 95% half-width (Student t with {@code batches - 1} degrees of freedom)
 * @param expedited average expedited order per period
 * @param seed the seed used
 * @param periods measured periods
 */
public record SimulationResult(double mean, double halfWidth, double expedited, long seed,
    int periods) {

  public boolean covers(double value) {
    return Math.abs(value - mean) <= halfWidth;
  }
}
