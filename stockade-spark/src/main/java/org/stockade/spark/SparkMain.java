package org.stockade.spark;

/**
 * Main class of the shaded jar for {@code spark-submit}: the ordinary Stockade CLI
 * ({@code org.stockade.cli.Main}), which finds this module's {@link SparkSweepEngine} through
 * {@link java.util.ServiceLoader}; here {@code --engine} defaults to {@code spark}. Under
 * spark-submit the master comes from {@code --master} of spark-submit unless the command's own
 * {@code --master} is given. The session is stopped before the JVM exits.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    if (System.getProperty("stockade.engine") == null) {
      System.setProperty("stockade.engine", "spark"); // sweeps default to Spark here
    }
    int code;
    try {
      code = org.stockade.cli.Main.commandLine().execute(args);
    } finally {
      SparkSweepEngine.stop();
    }
    System.exit(code);
  }
}
