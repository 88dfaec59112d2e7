package org.stockade.calibration;

import java.util.Locale;
import org.stockade.model.InvalidInputException;
import org.stockade.uncertainty.AggregateForm;

/**
 * Which constraints of the parametric demand set are calibrated (the others are absent, i.e.
 * +infinity) and the scaling of the aggregate one (spec section 3).
 */
public record SetParts(boolean box, boolean aggregate, boolean budget, AggregateForm form) {
  public SetParts {
    if (!box && !budget) {
      throw new InvalidInputException("the demand set needs alpha (box) or gamma (budget) to be"
          + " bounded; e.g. --constraints alpha,beta");
    }
    if (form == null) {
      form = AggregateForm.UNSTANDARDIZED;
    }
  }

  /** All three constraints, unstandardized aggregate. */
  public static SetParts all() {
    return new SetParts(true, true, true, AggregateForm.UNSTANDARDIZED);
  }

  /** Parses a comma list of alpha, beta, gamma. */
  public static SetParts parse(String option, String text, AggregateForm form) {
    if (text == null) {
      return new SetParts(true, true, true, form);
    }
    boolean a = false;
    boolean b = false;
    boolean g = false;
    for (String s : text.split(",", -1)) {
      switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "alpha" -> a = true;
        case "beta" -> b = true;
        case "gamma" -> g = true;
        default -> throw new InvalidInputException(option + " lists '" + s.strip() + "'; give a"
            + " comma list of alpha (box), beta (aggregate), gamma (budget), e.g. " + option
            + " alpha,beta");
      }
    }
    return new SetParts(a, b, g, form);
  }

  public String label() {
    StringBuilder sb = new StringBuilder();
    if (box) {
      sb.append("alpha");
    }
    if (aggregate) {
      sb.append(sb.isEmpty() ? "" : ",").append("beta");
    }
    if (budget) {
      sb.append(sb.isEmpty() ? "" : ",").append("gamma");
    }
    return sb.toString();
  }
}
