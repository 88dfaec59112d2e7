package org.stockade.report;

import java.util.Locale;

/** Number formatting shared by reports. */
public final class Fmt {
  private Fmt() {}

  /** Up to {@code digits} decimals, trailing zeros removed; "none" for +infinity. */
  public static String num(double v, int digits) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (v == Double.POSITIVE_INFINITY) {
      return "none";
    }
    String s = String.format(Locale.ROOT, "%." + digits + "f", v);
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s.equals("-0") ? "0" : s;
  }

  public static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
