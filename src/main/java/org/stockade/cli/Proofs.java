package org.stockade.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.robust.SgProgress;
import org.stockade.uncertainty.UncertaintySet;

/** CLI helpers around the SG proof choice and progress. */
final class Proofs {
  /** Enumeration limits per connected component (as in the solver). */
  static final int MAX_PRODUCTS = 22;
  static final int MAX_PLANTS = 16;

  private Proofs() {}

  /**
   * Refuses {@code --proof enumeration} where it cannot prove optimality, instead of silently
   * running the MILP: the set needs closed forms and the network at most 22 products and 16
   * plants (the library counts per connected component; the CLI keeps the simple rule).
   */
  static void requireEnumerable(Network n, UncertaintySet u) {
    if (u.demand().maxPieces() == null || u.capacity().negatedMinPieces() == null) {
      throw new InvalidInputException("--proof enumeration needs parametric (closed-form)"
          + " demand and capacity sets; this problem has a polyhedral set: use --proof milp");
    }
    if (n.productCount() > MAX_PRODUCTS || n.plantCount() > MAX_PLANTS) {
      throw new InvalidInputException("--proof enumeration enumerates all product subsets and is"
          + " limited to " + MAX_PRODUCTS + " products and " + MAX_PLANTS + " plants; this"
          + " network has " + n.productCount() + " products and " + n.plantCount()
          + " plants: use --proof auto (the default) or milp");
    }
  }

  /** Progress lines on {@code err}, the first after {@code everySeconds}, then at that pace. */
  static Consumer<SgProgress> throttled(PrintWriter err, double everySeconds) {
    double[] next = {everySeconds};
    return p -> {
      if (p.seconds() >= next[0]) {
        next[0] = p.seconds() + everySeconds;
        err.println("solve: " + p.line());
        err.flush();
      }
    };
  }
}
