package org.stockade.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Typed, checked access to a parsed JSON/YAML tree (or a CSV row turned into an object node).
 * Every failure is an {@link org.stockade.model.InvalidInputException} naming the file, the
 * field, the bad value and a fix.
 */
final class Nodes {
  private Nodes() {}

  /** Allowed ranges of numeric fields. */
  enum Range {
    ANY("a finite number"),
    NON_NEGATIVE("a finite number >= 0"),
    POSITIVE("a finite number > 0"),
    SERVICE_LEVEL("a number in (0, 1]"),
    FRACTION("a number in [0, 1]");

    private final String text;

    Range(String text) {
      this.text = text;
    }

    boolean contains(double v) {
      return switch (this) {
        case ANY -> true;
        case NON_NEGATIVE -> v >= 0;
        case POSITIVE -> v > 0;
        case SERVICE_LEVEL -> v > 0 && v <= 1;
        case FRACTION -> v >= 0 && v <= 1;
      };
    }

    String text() {
      return text;
    }
  }

  /**
   * Largest magnitude accepted for any number in an input file (quantities, capacities, costs,
   * margins, times): beyond it the LP/MILP backends lose all precision or treat the value as
   * infinite. Documented in docs/input-format.md.
   */
  static final double MAX_MAGNITUDE = 1e9;
  /** Smallest non-zero magnitude accepted: smaller values vanish against the LP tolerances. */
  static final double MIN_MAGNITUDE = 1e-9;
  /** Largest finite uncertainty-set limit (alpha, beta, gamma); none means no limit. */
  static final double MAX_LIMIT = 1e6;

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern NAN_WORD = Pattern.compile("[+-]?\\.?nan", Pattern.CASE_INSENSITIVE);
  private static final Pattern INF_WORD =
      Pattern.compile("[+-]?\\.?inf(inity)?", Pattern.CASE_INSENSITIVE);

  /** {@code true} if {@code obj} has {@code key} with a non-empty value. */
  static boolean present(JsonNode obj, String key) {
    return !isEmpty(obj.get(key));
  }

  /** Null, missing, or blank text (YAML gives {@code ''} for an empty flow value). */
  static boolean isEmpty(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode()
        || v.isTextual() && v.textValue().isBlank();
  }

  /** "e.g. mu: 320" in a tree file, "e.g. 320" in a CSV column. */
  static String eg(Where at, String key, String value) {
    return at.isCsv() ? "e.g. " + value : "e.g. " + key + ": " + value;
  }

  /** Requires {@code n} to be a mapping (object). */
  static JsonNode object(JsonNode n, Where w, String example) {
    if (n == null || !n.isObject()) {
      throw w.fail("expected a mapping of keys to values, got " + render(n), "write it like "
          + example);
    }
    return n;
  }

  /** Requires {@code n} to be a list (array). */
  static JsonNode list(JsonNode n, Where w, String example) {
    if (n == null || !n.isArray()) {
      throw w.fail("expected a list, got " + render(n), "write it like " + example);
    }
    return n;
  }

  /** Rejects keys of {@code obj} outside {@code allowed}, so typos are not silently ignored. */
  static void checkKeys(JsonNode obj, Where w, List<String> allowed) {
    for (Map.Entry<String, JsonNode> e : obj.properties()) {
      String k = e.getKey();
      if (!allowed.contains(k)) {
        throw w.fail("unknown " + (w.isCsv() ? "column" : "key") + " '" + k + "'",
            didYouMean(k, allowed) + "allowed " + (w.isCsv() ? "columns" : "keys") + ": "
            + String.join(", ", allowed));
      }
    }
  }

  /** The value of required field {@code key} of {@code obj}. */
  static JsonNode required(JsonNode obj, String key, Where at, String example) {
    if (!present(obj, key)) {
      boolean empty = obj.has(key);
      throw at.key(key).fail(empty ? "required value is empty" : "required field is missing",
          (empty ? "give a value, " : "add it, ") + eg(at, key, example));
    }
    return obj.get(key);
  }

  static String requiredText(JsonNode obj, String key, Where at, String example) {
    return text(required(obj, key, at, example), at.key(key), key, example);
  }

  static String optionalText(JsonNode obj, String key, Where at, String example) {
    return present(obj, key) ? text(obj.get(key), at.key(key), key, example) : null;
  }

  /** A single textual value such as an id; integers are accepted and kept as written. */
  static String text(JsonNode n, Where w, String key, String example) {
    if (n.isTextual()) {
      String s = n.textValue().strip();
      if (s.isEmpty()) {
        throw w.fail("value is empty", "give a value, " + eg(w, key, example));
      }
      return s;
    }
    if (n.isIntegralNumber()) {
      return n.asText();
    }
    if (n.isValueNode()) {
      throw w.fail("expected text, got " + render(n), "put it in quotes, e.g. " + key + ": '"
          + n.asText() + "'");
    }
    throw w.fail("expected a single value, got " + render(n), eg(w, key, example));
  }

  static double requiredNumber(JsonNode obj, String key, Where at, Range r, String example) {
    return number(required(obj, key, at, example), at.key(key), r, eg(at, key, example));
  }

  static Double optionalNumber(JsonNode obj, String key, Where at, Range r, String example) {
    return present(obj, key) ? number(obj.get(key), at.key(key), r, eg(at, key, example)) : null;
  }

  /**
   * A limit such as alpha, beta or gamma: a number >= 0, or {@code none} / empty / infinity for
   * "no limit" ({@code +infinity}); {@code null} when the key is absent.
   */
  static Double optionalLimit(JsonNode obj, String key, Where at, String example) {
    return optionalLimit(obj, key, at, example, MAX_MAGNITUDE);
  }

  /** {@link #optionalLimit(JsonNode, String, Where, String)} with a finite maximum {@code max}. */
  static Double optionalLimit(JsonNode obj, String key, Where at, String example, double max) {
    if (!obj.has(key)) {
      return null;
    }
    JsonNode n = obj.get(key);
    if (isEmpty(n) || n.isTextual() && n.textValue().strip().equalsIgnoreCase("none")) {
      return Double.POSITIVE_INFINITY;
    }
    Double v = numberOrNull(n);
    if (v != null && v == Double.POSITIVE_INFINITY) {
      return v;
    }
    if (v != null && Double.isFinite(v) && v > max) {
      throw at.key(key).fail("got " + format(v) + ", outside the supported range [0, "
          + (max >= 1e6 ? "1e" + Math.round(Math.log10(max)) : format(max)) + "]", "write " + key + ": none for no limit, " + eg(at, key, example));
    }
    return number(n, at.key(key), Range.NON_NEGATIVE, eg(at, key, example) + ", or " + key
        + ": none for no limit");
  }

  /** A finite number in range {@code r}; {@code example} is shown as the fix. */
  static double number(JsonNode n, Where w, Range r, String example) {
    Double v = numberOrNull(n);
    if (v == null) {
      String what = n.isTextual() ? "'" + n.textValue() + "', which is not a number"
          : render(n);
      throw w.fail("expected " + r.text() + ", got " + what, "write a plain number, " + example);
    }
    if (v.isNaN()) {
      throw w.fail("expected " + r.text() + ", got NaN", "give a finite number, " + example);
    }
    if (v.isInfinite()) {
      throw w.fail("expected " + r.text() + ", got " + (v > 0 ? "" : "-") + "infinity",
          "give a finite number, " + example);
    }
    if (!r.contains(v)) {
      throw w.fail("expected " + r.text() + ", got " + format(v), example);
    }
    if (Math.abs(v) > MAX_MAGNITUDE) {
      throw w.fail("got " + format(v) + ", outside the supported range |x| <= 1e9",
          "express the value in larger units (thousands, millions) so it is at most 1e9, "
              + example);
    }
    if (v != 0 && Math.abs(v) < MIN_MAGNITUDE) {
      throw w.fail("got " + format(v) + ", too small: non-zero values must be at least 1e-9"
          + " in absolute value", "write 0 or express the value in smaller units, " + example);
    }
    return v;
  }

  /** {@code v} if in {@code [lo, hi]}, else a failure at {@code w} naming the range. */
  static double within(double v, Where w, double lo, double hi, String example) {
    if (v < lo || v > hi) {
      throw w.fail("got " + format(v) + ", outside the supported range [" + sci(lo) + ", "
          + sci(hi) + "]", "e.g. " + example);
    }
    return v;
  }

  private static String sci(double v) {
    if (v != 0 && (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-3)) {
      return "1e" + Math.round(Math.log10(Math.abs(v)));
    }
    return format(v);
  }

  /** The numeric value of a number node or numeric text; {@code null} if not numeric. */
  private static Double numberOrNull(JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isNumber()) {
      return n.doubleValue();
    }
    if (n.isTextual()) {
      String s = n.textValue().strip();
      if (DECIMAL.matcher(s).matches()) {
        return Double.parseDouble(s);
      }
      if (NAN_WORD.matcher(s).matches()) {
        return Double.NaN;
      }
      if (INF_WORD.matcher(s).matches()) {
        return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
    }
    return null;
  }

  /** One of the constants of {@code type}, written in lower case (case-insensitive). */
  static <E extends Enum<E>> E choice(JsonNode n, Where w, Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    if (n != null && n.isTextual()) {
      String s = n.textValue().strip().toLowerCase(Locale.ROOT);
      for (E e : type.getEnumConstants()) {
        if (e.name().toLowerCase(Locale.ROOT).equals(s)) {
          return e;
        }
      }
    }
    throw w.fail("unknown value " + render(n), didYouMean(n != null && n.isTextual()
        ? n.textValue() : "", names) + "use one of: " + String.join(", ", names));
  }

  /** A short description of a node for messages, e.g. {@code 'abc'}, {@code -5}, {@code a list}. */
  static String render(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return "an empty value";
    }
    if (n.isTextual()) {
      return "'" + shorten(n.textValue()) + "'";
    }
    if (n.isNumber()) {
      return n.isIntegralNumber() ? n.asText() : format(n.doubleValue());
    }
    if (n.isObject()) {
      return "a mapping " + shorten(n.toString());
    }
    if (n.isArray()) {
      return "a list " + shorten(n.toString());
    }
    return n.asText();
  }

  static String format(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "infinity" : "-infinity";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** "did you mean 'sigma'? " when {@code bad} is close to one of {@code options}, else "". */
  static String didYouMean(String bad, Collection<String> options) {
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    for (String o : options) {
      int d = bad.equalsIgnoreCase(o) ? 0 : distance(bad.toLowerCase(Locale.ROOT),
          o.toLowerCase(Locale.ROOT));
      if (d < bestDist) {
        bestDist = d;
        best = o;
      }
    }
    if (best != null && bestDist <= Math.min(bad.length(), best.length()) / 3) {
      return "did you mean '" + best + "'? ";
    }
    return "";
  }

  /** Edit distance counting an adjacent transposition as one edit ("sigam" vs "sigma"). */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
