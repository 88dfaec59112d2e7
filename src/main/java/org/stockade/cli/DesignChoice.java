package org.stockade.cli;

import java.util.Locale;
import org.stockade.design.Designs;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/** Parses {@code --design} values and applies them to a network. */
final class DesignChoice {
  static final String HELP = "base (as given), dedicated, full, k-chain:K (needs as many plants"
      + " as products), generalized:K (random K-chain over the base design's connected groups,"
      + " seeded by --seed)";

  private DesignChoice() {}

  /** The network with the chosen design, named after it. */
  static Network apply(Network base, String design, long seed) {
    String d = design == null ? "base" : design.trim().toLowerCase(Locale.ROOT);
    String kind = d.contains(":") ? d.substring(0, d.indexOf(':')) : d;
    String arg = d.contains(":") ? d.substring(d.indexOf(':') + 1) : null;
    switch (kind) {
      case "base":
        return base;
      case "dedicated":
        return base.withArcs(base.name() + ", dedicated", Designs.dedicated(base));
      case "full":
        return base.withArcs(base.name() + ", full flexibility", Designs.full(base));
      case "k-chain":
      case "chain":
        return base.withArcs(base.name() + ", " + k(design, arg) + "-chain",
            Designs.kChain(base, k(design, arg)));
      case "generalized":
      case "generalized-chain":
        return base.withArcs(base.name() + ", generalized " + k(design, arg) + "-chain (seed "
            + seed + ")", Designs.generalizedChain(base, k(design, arg), seed));
      default:
        throw new InvalidInputException("--design '" + design + "' is not known; use " + HELP);
    }
  }

  private static int k(String design, String arg) {
    if (arg == null) {
      throw new InvalidInputException("--design '" + design + "' needs K, e.g. k-chain:3 or"
          + " generalized:3");
    }
    try {
      return Integer.parseInt(arg);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("--design '" + design + "': K must be a whole number, got '"
          + arg + "'");
    }
  }
}
