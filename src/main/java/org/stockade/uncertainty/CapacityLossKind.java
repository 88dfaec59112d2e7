package org.stockade.uncertainty;

/** The capacity-loss forms of spec section 3. */
public enum CapacityLossKind {
  /** {@code c = c0}. */
  NONE,
  /** {@code 0 <= c <= c0, sum (c0 - c) <= zeta} (zeta in units). */
  UNITS,
  /** {@code 0 <= c <= c0, sum (c0 - c) <= zeta * sum c0} (zeta a fraction). */
  FRACTION,
  /** {@code 0 <= c <= c0, sum (1 - c_i/c0_i) <= zeta} (zeta = k plants down). */
  PLANTS,
  /** {@code c = (1 - zeta) c0}. */
  DETERMINISTIC
}
