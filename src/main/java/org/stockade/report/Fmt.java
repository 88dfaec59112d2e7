package org.stockade.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting shared by reports. */
public final class Fmt {
  /** Significant digits kept in JSON and CSV numbers: enough for any input, none of the noise. */
  public static final int SIGNIFICANT = 12;
  private static final MathContext CONTEXT = new MathContext(SIGNIFICANT, RoundingMode.HALF_EVEN);

  private Fmt() {}

  /**
   * {@code v} rounded to {@value #SIGNIFICANT} significant digits, so solver round-off such as
   * {@code 5055500.000000001} prints as {@code 5055500.0}; zero, NaN and infinities unchanged.
   * Inputs have far fewer digits and solver tolerances are around 1e-9 relative, so nothing
   * meaningful is lost.
   */
  public static double significant(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v;
    }
    double r = new BigDecimal(v).round(CONTEXT).doubleValue();
    return r == 0 ? 0.0 : r;
  }

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
