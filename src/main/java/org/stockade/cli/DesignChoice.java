package org.stockade.cli;

import java.util.Locale;
import java.util.regex.Pattern;
import org.stockade.design.Designs;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;

/** Parses {@code --design} values and applies them to a network. */
final class DesignChoice {
  static final String HELP = "base (as given), dedicated, full, k-chain:K (needs as many plants"
      + " as products), generalized:K (random K-chain over the base design's connected groups,"
      + " seeded by --seed)";

  /**
   * A design named at the end of a network name, as written by {@link #apply} or in the GM
   * example ("..., base design") and the symmetric chain example ("..., 2-chain").
   */
  private static final Pattern DESIGN_SUFFIX = Pattern.compile(",\\s*(base design|dedicated"
      + "|full flexibility|\\d+-chain|generalized \\d+-chain \\(seed -?\\d+\\))\\s*$",
      Pattern.CASE_INSENSITIVE);

  private DesignChoice() {}

  /**
   * The network with the chosen design, named after it: the base network's name without the
   * design it names (if any), then the new design, so the name states the design once.
   */
  static Network apply(Network base, String design, long seed) {
    String name = withoutDesign(base.name());
    String d = design == null ? "base" : design.trim().toLowerCase(Locale.ROOT);
    String kind = d.contains(":") ? d.substring(0, d.indexOf(':')) : d;
    String arg = d.contains(":") ? d.substring(d.indexOf(':') + 1) : null;
    switch (kind) {
      case "base":
        return base;
      case "dedicated":
        return base.withArcs(name + ", dedicated", Designs.dedicated(base));
      case "full":
        return base.withArcs(name + ", full flexibility", Designs.full(base));
      case "k-chain":
      case "chain":
        return base.withArcs(name + ", " + k(design, arg) + "-chain",
            Designs.kChain(base, k(design, arg)));
      case "generalized":
      case "generalized-chain":
        return base.withArcs(name + ", generalized " + k(design, arg) + "-chain (seed "
            + seed + ")", Designs.generalizedChain(base, k(design, arg), seed));
      default:
        throw new InvalidInputException("--design '" + design + "' is not known; use " + HELP);
    }
  }

  /** {@code name} without a trailing design description (unchanged if nothing would remain). */
  static String withoutDesign(String name) {
    String stripped = DESIGN_SUFFIX.matcher(name).replaceFirst("");
    return stripped.isBlank() ? name : stripped;
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
