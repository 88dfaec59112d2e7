package org.stockade.sourcing;

import java.util.SplittableRandom;
import org.stockade.model.InvalidInputException;

/**
 * EOQ with supply disruptions (Parlar & Berkin 1991, as corrected by Berk & Arreola-Risa 1994;
 * review section 3). Demand rate D, fixed order cost K, holding h per unit and time, purchase c
 * per unit; the supplier alternates between available periods ~ Exp(lambda) and disruptions ~
 * Exp(mu). An order of Q is placed (and arrives at once) when the stock hits zero if the supplier
 * is available; otherwise demand is lost (pi per unit, piHat per unit time) until it recovers.
 * A cycle starts with an order (supplier available); the supplier is unavailable at
 * {@code T = Q / D} with probability {@code P0(T) = lambda / (lambda + mu) (1 - e^{-(lambda+mu) T})},
 * and then the residual disruption is Exp(mu) by memorylessness. By renewal-reward the average
 * cost per unit time is
 *
 * <pre>
 *   g(Q) = [K + c Q + h Q^2 / (2D) + P0(Q/D) (pi D + piHat) / mu] / [Q / D + P0(Q/D) / mu].
 * </pre>
 *
 * {@link #optimal()} minimizes g numerically (log-spaced scan, then golden section).
 */
public record DisruptedEoq(double demandRate, double orderCost, double h, double c, double pi,
    double piHat, double lambda, double mu) {

  public DisruptedEoq {
    InvalidInputException.requirePositive("demand rate", demandRate);
    InvalidInputException.requirePositive("order cost K", orderCost);
    InvalidInputException.requirePositive("h (holding cost)", h);
    InvalidInputException.requireNonNegative("c (unit cost)", c);
    InvalidInputException.requireNonNegative("pi (cost per lost unit)", pi);
    InvalidInputException.requireNonNegative("piHat (cost per unit time out of stock)", piHat);
    InvalidInputException.requireNonNegative("lambda (disruption rate)", lambda);
    InvalidInputException.requirePositive("mu (recovery rate)", mu);
  }

  /** Probability that the supplier is unavailable at time t after an available instant. */
  public double offProbability(double t) {
    return lambda / (lambda + mu) * (1 - Math.exp(-(lambda + mu) * t));
  }

  /** Exact long-run average cost per unit time of order quantity Q. */
  public double cost(double q) {
    if (!(q > 0)) {
      throw new IllegalArgumentException("Q must be > 0, got " + q);
    }
    double t = q / demandRate;
    double p0 = offProbability(t);
    double num = orderCost + c * q + h * q * q / (2 * demandRate)
        + p0 * (pi * demandRate + piHat) / mu;
    return num / (t + p0 / mu);
  }

  /** The classical EOQ {@code sqrt(2 K D / h)} (no disruptions). */
  public double classicalEoq() {
    return Math.sqrt(2 * orderCost * demandRate / h);
  }

  /** {Q*, g(Q*)}. */
  public double[] optimal() {
    double eoq = classicalEoq();
    double lo = eoq * 1e-3;
    double hi = Math.max(eoq * 1e3, demandRate * 1e3 / mu);
    int n = 4000;
    double ratio = Math.pow(hi / lo, 1.0 / n);
    double bestQ = lo;
    double best = Double.POSITIVE_INFINITY;
    double q = lo;
    for (int i = 0; i <= n; i++) {
      double g = cost(q);
      if (g < best) {
        best = g;
        bestQ = q;
      }
      q *= ratio;
    }
    double a = bestQ / ratio;
    double b = bestQ * ratio;
    double phi = (Math.sqrt(5) - 1) / 2;
    double x1 = b - phi * (b - a);
    double x2 = a + phi * (b - a);
    double f1 = cost(x1);
    double f2 = cost(x2);
    for (int i = 0; i < 200 && b - a > 1e-12 * b; i++) {
      if (f1 < f2) {
        b = x2;
        x2 = x1;
        f2 = f1;
        x1 = b - phi * (b - a);
        f1 = cost(x1);
      } else {
        a = x1;
        x1 = x2;
        f1 = f2;
        x2 = a + phi * (b - a);
        f2 = cost(x2);
      }
    }
    double qs = (a + b) / 2;
    double gs = cost(qs);
    return gs <= best ? new double[] {qs, gs} : new double[] {bestQ, best};
  }

  /**
   * Renewal-reward simulation of {@code cycles} order cycles: the supplier's availability is
   * simulated explicitly as an alternating Exp(lambda)/Exp(mu) process (not through P0).
   * Returns {mean cost per unit time, 95% half-width} (ratio estimator over 50 batches).
   */
  public double[] simulate(double q, int cycles, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int batches = SimulationOptions.BATCHES;
    int per = cycles / batches;
    double[] means = new double[batches];
    double t = q / demandRate;
    for (int bIdx = 0; bIdx < batches; bIdx++) {
      double cost = 0;
      double time = 0;
      for (int i = 0; i < per; i++) {
        // supplier available at the cycle start; walk its alternating process up to time t
        double clock = 0;
        boolean available = true;
        double wait = 0;
        while (true) {
          double dur = available ? exp(rng, lambda) : exp(rng, mu);
          if (clock + dur >= t) {
            if (!available) {
              wait = clock + dur - t;
            }
            break;
          }
          clock += dur;
          available = !available;
        }
        cost += orderCost + c * q + h * q * q / (2 * demandRate) + wait * (pi * demandRate
            + piHat);
        time += t + wait;
      }
      means[bIdx] = cost / time;
    }
    return Stats95.meanHalfWidth(means);
  }

  private static double exp(SplittableRandom rng, double rate) {
    return rate == 0 ? Double.POSITIVE_INFINITY : -Math.log(1 - rng.nextDouble()) / rate;
  }
}
