package org.stockade.cli;

import java.util.function.Consumer;
import org.stockade.io.LoadedNetwork;
import org.stockade.model.CancelToken;

/**
 * How one run of a command is hosted. On the command line ({@link #cli()}) the command reads its
 * FILE, prints its report in {@code --format} and cannot be cancelled. In the service
 * ({@link #service}) the network is already loaded (the upload was parsed once when stored),
 * the cancel token reaches the solver loops, progress lines go to the run's event stream, and
 * the report is captured as JSON and CSV, written by the same report writers as the CLI's.
 */
public final class RunContext {
  private final CancelToken cancel;
  private final Consumer<String> progress;
  private final LoadedNetwork network;
  private final boolean capture;
  private volatile String json;
  private volatile String csv;

  private RunContext(CancelToken cancel, Consumer<String> progress, LoadedNetwork network,
      boolean capture) {
    this.cancel = cancel;
    this.progress = progress;
    this.network = network;
    this.capture = capture;
  }

  /** The command line: prints, never cancelled, reads its own FILE. */
  public static RunContext cli() {
    return new RunContext(CancelToken.never(), null, null, false);
  }

  /**
   * A service run.
   *
   * @param cancel set by {@code DELETE /api/runs/{id}} and the per-run time limit
   * @param progress receives one line per progress report (may be null)
   * @param network the stored network the run is for, or null for examples and generators
   */
  public static RunContext service(CancelToken cancel, Consumer<String> progress,
      LoadedNetwork network) {
    return new RunContext(cancel, progress, network, true);
  }

  public CancelToken cancel() {
    return cancel;
  }

  /** The preloaded network, or null (then the command's FILE/--example/--generate is used). */
  public LoadedNetwork network() {
    return network;
  }

  /** Whether the report is captured (service) rather than printed (CLI). */
  public boolean captures() {
    return capture;
  }

  /** Reports a progress line (no-op on the command line, which has its own stderr lines). */
  void progress(String line) {
    if (progress != null) {
      progress.accept(line);
    }
  }

  /** Whether a progress sink is attached. */
  boolean hasProgress() {
    return progress != null;
  }

  void captured(String json, String csv) {
    this.json = json;
    this.csv = csv;
  }

  /** The captured JSON report, or null if the command printed no report. */
  public String json() {
    return json;
  }

  /** The captured CSV report, or null if the command printed no report. */
  public String csv() {
    return csv;
  }
}
