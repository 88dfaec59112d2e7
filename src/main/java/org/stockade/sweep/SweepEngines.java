package org.stockade.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.stockade.model.InvalidInputException;

/**
 * Finds a {@link SweepEngine} by name: {@code local} is built in; others (Spark) are found at run
 * time with {@link ServiceLoader}, so the core jar never depends on them.
 */
public final class SweepEngines {
  /** How to build the Spark module, for the error when it is asked for but missing. */
  public static final String BUILD_SPARK = "mvn -B -DskipTests install && "
      + "mvn -B -f stockade-spark/pom.xml package";

  private SweepEngines() {}

  /** The engine called {@code name} (case-insensitive). */
  public static SweepEngine get(String name) {
    String n = name == null ? "local" : name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("local")) {
      return new LocalSweepEngine();
    }
    List<String> found = new ArrayList<>();
    for (SweepEngine e : ServiceLoader.load(SweepEngine.class)) {
      if (e.name().equalsIgnoreCase(n)) {
        return e;
      }
      found.add(e.name());
    }
    if (n.equals("spark")) {
      throw new InvalidInputException("--engine spark: the Spark module (stockade-spark) is not"
          + " on the classpath; build it with: " + BUILD_SPARK + " (then ./stockade finds it),"
          + " or run the shaded jar with spark-submit (docs/spark.md)");
    }
    found.add(0, "local");
    throw new InvalidInputException("--engine '" + name + "' is not known; available: "
        + String.join(", ", found) + (found.contains("spark") ? "" : " (spark once built: "
        + BUILD_SPARK + ")"));
  }
}
