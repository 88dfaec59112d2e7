package org.stockade.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stockade.calibration.HistoryGenerator;
import org.stockade.calibration.Outage;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Csv;

/**
 * Writes a {@link HistoryGenerator.History} in the formats {@link HistoryReader} reads:
 * {@code demand.csv} (long: period,product,quantity) and {@code outages.csv}
 * (plant,start,end,fraction), atomically.
 */
public final class HistoryWriter {
  public static final String DEMAND = "demand.csv";
  public static final String OUTAGES = "outages.csv";

  private HistoryWriter() {}

  /** Writes both files into {@code dir} (created if needed) and returns their paths. */
  public static List<Path> write(HistoryGenerator.History h, Path dir) {
    Csv demand = new Csv("period", "product", "quantity");
    for (int t = 0; t < h.demand().length; t++) {
      for (int j = 0; j < h.products().size(); j++) {
        demand.row(t + 1, h.products().get(j), h.demand()[t][j]);
      }
    }
    Csv outages = new Csv("plant", "start", "end", "fraction");
    for (Outage o : h.outages()) {
      outages.row(o.plant(), o.start(), o.end(), o.fraction());
    }
    Path d = dir.resolve(DEMAND);
    Path o = dir.resolve(OUTAGES);
    try {
      Files.createDirectories(dir);
      AtomicFiles.writeString(d, "# synthetic demand history, seed " + h.seed() + ": " + h.spec()
          + "\n" + demand);
      AtomicFiles.writeString(o, "# synthetic outage log, seed " + h.seed() + "\n" + outages);
    } catch (IOException e) {
      throw new InvalidInputException("cannot write the history to " + dir + ": "
          + e.getMessage() + "; give a writable directory");
    }
    return List.of(d, o);
  }
}
