package org.stockade.io;

/**
 * Apache POI logs through the Log4j API, which prints an error to stderr when no Log4j backend
 * is on the class path. Point the API at its built-in simple logger (errors only) before POI is
 * first used, unless the caller chose a backend.
 */
final class PoiLogging {
  private PoiLogging() {}

  static void quiet() {
    if (System.getProperty("log4j2.loggerContextFactory") == null
        && System.getProperty("log4j.provider") == null) {
      System.setProperty("log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }
}
