package org.stockade.model;

/**
 * A problem with user input, phrased for the user: which field, which value, and how to fix it.
 * The CLI prints {@link #getMessage()} (never a stack trace) and exits with code 2.
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Requires {@code value} to be finite and {@code >= 0}; names {@code field} otherwise. */
  public static double requireNonNegative(String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
      throw new InvalidInputException(field + " must be a finite number >= 0, got " + value);
    }
    return value;
  }

  /** Requires {@code value} to be finite and {@code > 0}; names {@code field} otherwise. */
  public static double requirePositive(String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value) || value <= 0) {
      throw new InvalidInputException(field + " must be a finite number > 0, got " + value);
    }
    return value;
  }
}
