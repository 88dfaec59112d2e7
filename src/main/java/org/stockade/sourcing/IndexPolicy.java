package org.stockade.sourcing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One policy of a {@link PolicyFamily}, acting on the expedited inventory position {@code IP_e}
 * and the inventory position {@code IP} (net inventory plus everything outstanding):
 *
 * <ul>
 *   <li>SI: {@code q_e = (S_e - IP)^+}, {@code q_r = (S_r - IP - q_e)^+}, with S_e =
 *       {@code expediteLevel}, S_r = S_e + {@code delta};
 *   <li>DI: {@code q_e = (z_e - IP_e)^+}, {@code q_r = (z_r - IP - q_e)^+}, z_e =
 *       {@code expediteLevel}, z_r = z_e + {@code delta};
 *   <li>TBS: {@code q_r = Q = quantity}, {@code q_e = (S - IP_e)^+}, S = {@code expediteLevel};
 *   <li>CDI: as DI with {@code q_r} capped at {@code quantity}.
 * </ul>
 */
public record IndexPolicy(PolicyFamily family, int expediteLevel, int delta, int quantity)
    implements StatePolicy {

  public IndexPolicy {
    if (family == null) {
      throw new IllegalArgumentException("family is missing");
    }
    if (delta < 0 || quantity < 0) {
      throw new IllegalArgumentException("delta and quantity must be >= 0, got " + delta + ", "
          + quantity);
    }
  }

  /** The same policy with its expedite level moved to {@code level} (all levels shift along). */
  public IndexPolicy withExpediteLevel(int level) {
    return new IndexPolicy(family, level, delta, quantity);
  }

  /** Orders for positions {@code ipE}, {@code ip}: out[0] expedited, out[1] regular. */
  public void order(int ipE, long ip, int[] out) {
    int qe;
    long qr;
    switch (family) {
      case SINGLE_INDEX -> {
        qe = (int) Math.max(0, expediteLevel - ip);
        qr = Math.max(0, (long) expediteLevel + delta - ip - qe);
      }
      case DUAL_INDEX, CAPPED_DUAL_INDEX -> {
        qe = Math.max(0, expediteLevel - ipE);
        qr = Math.max(0, (long) expediteLevel + delta - ip - qe);
        if (family == PolicyFamily.CAPPED_DUAL_INDEX) {
          qr = Math.min(quantity, qr);
        }
      }
      case TAILORED_BASE_SURGE -> {
        qe = Math.max(0, expediteLevel - ipE);
        qr = quantity;
      }
      default -> throw new IllegalStateException();
    }
    out[0] = qe;
    out[1] = (int) qr;
  }

  @Override
  public void order(int x, int[] pipe, int[] out) {
    long ip = x;
    for (int p : pipe) {
      ip += p;
    }
    order(x, ip, out);
  }

  /** The parameters under their usual names. */
  public Map<String, Integer> parameters() {
    Map<String, Integer> m = new LinkedHashMap<>();
    switch (family) {
      case SINGLE_INDEX -> {
        m.put("S_e", expediteLevel);
        m.put("S_r", expediteLevel + delta);
      }
      case DUAL_INDEX, CAPPED_DUAL_INDEX -> {
        m.put("z_e", expediteLevel);
        m.put("z_r", expediteLevel + delta);
        if (family == PolicyFamily.CAPPED_DUAL_INDEX) {
          m.put("q_cap", quantity);
        }
      }
      case TAILORED_BASE_SURGE -> {
        m.put("S", expediteLevel);
        m.put("Q", quantity);
      }
      default -> throw new IllegalStateException();
    }
    return m;
  }

  /** e.g. {@code DI(z_e=4, z_r=9)}. */
  public String describe() {
    StringBuilder sb = new StringBuilder(family.code()).append('(');
    parameters().forEach((k, v) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ")
        .append(k).append('=').append(v));
    return sb.append(')').toString();
  }
}
