package org.stockade.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Fmt;
import org.stockade.report.Json;
import org.stockade.server.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stockade serve}: the HTTP service (API in docs/service.md). */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Run Stockade as an HTTP service with a job queue and an embedded store.",
    description = {"Serves the REST API documented in docs/service.md (and at "
        + "/api/openapi.json): upload networks, submit runs of every kind the CLI has, follow "
        + "their progress, download the reports. Everything is kept in one SQLite file under "
        + "--data; after a crash, runs that were executing come back 'interrupted' and queued "
        + "ones run again. Binds to 127.0.0.1; any other address needs --token.", ""},
    footer = {"", "Examples:", "  stockade serve",
        "  stockade serve --port 9000 --data /var/lib/stockade --workers 2 --queue 32",
        "  stockade serve --host 0.0.0.0 --token \"$(cat token.txt)\"",
        "", "Exit codes: 0 stopped, 2 bad options or unusable --data, 1 internal error."})
public final class ServeCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}); another needs --token.")
  String host;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "stockade-data",
      description = "Directory of the store (default: ./${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--token", paramLabel = "TOKEN", description = "Bearer token every request"
      + " must carry (Authorization: Bearer TOKEN); required off loopback.")
  String token;

  @Option(names = "--workers", paramLabel = "N", description = "Runs executing at once "
      + "(default: the number of cores).")
  Integer workers;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "64", description = "Runs "
      + "waiting beyond the executing ones; more get 429 with Retry-After (default: "
      + "${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--run-time-limit", paramLabel = "SECONDS", defaultValue = "600",
      description = "Longest a run may take; runs ask for less with options.time-limit "
          + "(default: ${DEFAULT-VALUE}).")
  double runTimeLimit;

  @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "16",
      description = "Largest request body in MB (default: ${DEFAULT-VALUE}).")
  int maxUploadMb;

  @Option(names = "--format", defaultValue = "table", description = "The start-up line: "
      + "table (text), json or csv.")
  String format;

  /** For the launcher's class-data-sharing archive: start, print the line, stop cleanly. */
  @Option(names = "--exit-after-start", hidden = true)
  boolean exitAfterStart;

  @Override
  public Integer call() throws Exception {
    Server.Options o = options();
    String fmt = Values.format(format);
    Server server;
    try {
      server = Server.start(o);
    } catch (RuntimeException e) {
      throw new InvalidInputException(e.getMessage(), e);
    }
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stop.countDown();
    }, "stockade-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("url", server.url());
    line.put("data", server.storeFile().toString());
    line.put("schema_version", server.schemaVersion());
    line.put("workers", o.workers());
    line.put("queue", o.queue());
    line.put("recovered_queued_runs", server.recovered());
    double startup = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime()
        / 1000.0;
    line.put("startup_seconds", startup);
    out.print(switch (fmt) {
      case "json" -> Json.pretty(line);
      case "csv" -> String.join(",", line.keySet()) + "\n" + String.join(",",
          line.values().stream().map(v -> org.stockade.report.Csv.cell(v)).toList()) + "\n";
      default -> "stockade serve: listening on " + server.url() + " (store " + server.storeFile()
          + ", schema v" + server.schemaVersion() + ", " + o.workers() + " workers, queue "
          + o.queue() + (server.recovered() > 0 ? ", " + server.recovered()
          + " queued runs taken back" : "") + ", started in " + Fmt.num(startup, 2)
          + " s); API: " + server.url() + "/api/openapi.json\n";
    });
    out.flush();
    if (exitAfterStart) {
      return 0; // the shutdown hook closes the server
    }
    stop.await();
    return 0;
  }

  Server.Options options() {
    if (port < 0 || port > 65535) {
      throw new InvalidInputException("--port must be 0 to 65535, got " + port);
    }
    if (token != null && (token.length() < 16 || token.chars().anyMatch(c -> c <= ' '))) {
      throw new InvalidInputException("--token must be at least 16 characters without spaces"
          + " or control characters; e.g. --token \"$(openssl rand -hex 24)\"");
    }
    if (!loopback(host) && token == null) {
      throw new InvalidInputException("--host " + host + " makes the service reachable from"
          + " other machines; give --token TOKEN so every request must carry 'Authorization:"
          + " Bearer TOKEN', or bind to 127.0.0.1");
    }
    int w = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
    if (w < 1 || w > 256) {
      throw new InvalidInputException("--workers must be 1 to 256, got " + w);
    }
    if (queue < 0 || queue > 100_000) {
      throw new InvalidInputException("--queue must be 0 to 100000, got " + queue);
    }
    if (maxUploadMb < 1 || maxUploadMb > 64) {
      throw new InvalidInputException("--max-upload-mb must be 1 to 64 (the input file limit),"
          + " got " + maxUploadMb);
    }
    Duration limit = Values.seconds("--run-time-limit", runTimeLimit);
    return new Server.Options(host, port, data, token, w, queue, limit,
        maxUploadMb * 1024L * 1024L);
  }

  static boolean loopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new InvalidInputException("--host " + host + ": not a known address; give an IP"
          + " address such as 127.0.0.1 or 0.0.0.0");
    }
  }
}
