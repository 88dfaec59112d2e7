package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stockade.calibration.HistoryGenerator;
import org.stockade.io.HistoryWriter;
import org.stockade.model.InvalidInputException;
import org.stockade.model.Network;
import org.stockade.report.Csv;
import org.stockade.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stockade calibrate generate}: a seeded synthetic history for a network. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Write a seeded synthetic demand history and outage log for a network.",
    description = {"Normal demand per product (the network's mu and sigma, a common factor "
        + "for --correlation), optional surges (--surge-prob, --surge-size: each product, "
        + "with probability 1/2, times 1 + size) and plant outages (--failure-prob per "
        + "period, geometric length with mean --outage-length, share lost uniform on "
        + "[--min-fraction, 1]). Writes DIR/demand.csv and DIR/outages.csv in the formats "
        + "'stockade calibrate' reads.", ""},
    footer = {"", "Examples:",
        "  stockade calibrate generate --example gm --periods 156 --seed 7 --out history/",
        "  stockade calibrate generate --example gm --profile calm --out calm/"})
public final class CalibrateGenerateCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--network", paramLabel = "FILE", description = "Network file.")
  Path network;

  @Option(names = "--example", paramLabel = "NAME", description = "gm or symmetric10.")
  String example;

  @Option(names = "--periods", paramLabel = "T", defaultValue = "156",
      description = "Number of periods (default: ${DEFAULT-VALUE}).")
  int periods;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--profile", paramLabel = "P", defaultValue = "disrupted",
      description = "Defaults of the settings below: calm (no surges, no outages) or "
          + "disrupted (correlation 0.2, surges 5%% of periods +60%%, failures 2%%, length 2, "
          + "fraction >= 0.5; default).")
  String profile;

  @Option(names = "--correlation", paramLabel = "RHO",
      description = "Pairwise demand correlation, 0 to 1.")
  Double correlation;

  @Option(names = "--surge-prob", paramLabel = "P",
      description = "Chance of a demand surge in a period.")
  Double surgeProb;

  @Option(names = "--surge-size", paramLabel = "X",
      description = "A surge multiplies demand by 1 + X.")
  Double surgeSize;

  @Option(names = "--failure-prob", paramLabel = "P",
      description = "Chance that a working plant fails in a period.")
  Double failureProb;

  @Option(names = "--outage-length", paramLabel = "L",
      description = "Mean outage length in periods (at least 1).")
  Double outageLength;

  @Option(names = "--min-fraction", paramLabel = "F",
      description = "Smallest share of capacity an outage takes.")
  Double minFraction;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Directory for demand.csv and outages.csv.")
  Path out;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv.")
  String format;

  @Override
  public Integer call() {
    String fmt = Values.format(format);
    PrintWriter err = spec.commandLine().getErr();
    Network n = SolveCommand.Inputs.load(null, network, example, err).network();
    HistoryGenerator.Spec base = switch (profile.strip().toLowerCase(Locale.ROOT)) {
      case "calm" -> HistoryGenerator.Spec.calm(periods);
      case "disrupted" -> HistoryGenerator.Spec.disrupted(periods);
      default -> throw new InvalidInputException("--profile must be calm or disrupted, got '"
          + profile + "'");
    };
    HistoryGenerator.Spec s = new HistoryGenerator.Spec(periods,
        pick(correlation, base.correlation()), pick(surgeProb, base.surgeProb()),
        pick(surgeSize, base.surgeSize()), pick(failureProb, base.failureProb()),
        pick(outageLength, base.meanDuration()), pick(minFraction, base.minFraction()));
    Values.outputDir("--out", out);
    HistoryGenerator.History h = HistoryGenerator.generate(n, s, seed);
    List<Path> files = HistoryWriter.write(h, out);
    PrintWriter o = spec.commandLine().getOut();
    switch (fmt) {
      case "json" -> o.print(Json.pretty(java.util.Map.of("periods", periods, "seed", seed,
          "outages", h.outages().size(), "files", files.stream().map(Path::toString).toList())));
      case "csv" -> {
        Csv c = new Csv("file");
        files.forEach(f -> c.row(f.toString()));
        o.print(c);
      }
      default -> {
        o.println("synthetic history of " + n.name() + ": " + periods + " periods, seed " + seed
            + ", " + h.outages().size() + " outages (" + s + ")");
        files.forEach(f -> o.println("wrote " + f));
        o.println("next: stockade calibrate --demand " + files.get(0) + " --outages "
            + files.get(1) + (network != null ? " --network " + network : " --example "
            + example));
      }
    }
    o.flush();
    return 0;
  }

  private static double pick(Double v, double d) {
    return v != null ? v : d;
  }
}
