package org.stockade.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code stockade serve}: the HTTP service. Wires the {@link Store} (opened and migrated, runs
 * that were executing when the last process died marked {@code interrupted}, queued ones queued
 * again), the {@link Runner} and the {@link Api} routes into Javalin (Jetty 12). Every request
 * needs {@code Authorization: Bearer TOKEN} when a token is set; errors are
 * {@code application/problem+json}.
 */
public final class Server implements AutoCloseable {
  private final Javalin app;
  private final Store store;
  private final Runner runner;
  private final Options options;
  private final int recovered;

  /**
   * How the server runs.
   *
   * @param host address to bind (127.0.0.1 by default; others need a token)
   * @param port TCP port (0: any free port)
   * @param data directory of the store
   * @param token bearer token required on every request, or null
   * @param workers runs executing at once
   * @param queue runs waiting beyond the executing ones before 429
   * @param runLimit per-run wall-clock limit
   * @param maxUploadBytes largest request body
   */
  public record Options(String host, int port, Path data, String token, int workers, int queue,
      Duration runLimit, long maxUploadBytes) {
    public Options {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(data, "data");
      if (workers < 1 || queue < 0 || maxUploadBytes < 1 || runLimit.isNegative()
          || runLimit.isZero()) {
        throw new IllegalArgumentException("workers >= 1, queue >= 0, a positive run limit and"
            + " upload cap are required");
      }
    }
  }

  private Server(Options options, Store store, Runner runner, Javalin app, int recovered) {
    this.options = options;
    this.store = store;
    this.runner = runner;
    this.app = app;
    this.recovered = recovered;
  }

  /** Opens the store, recovers runs and starts listening; throws with a clear message. */
  public static Server start(Options o) {
    warmUpInBackground();
    Store store = Store.open(o.data());
    Uploads uploads = new Uploads(o.maxUploadBytes());
    Runner runner = new Runner(store, uploads, o.workers(), o.queue(), o.runLimit());
    List<String> queued = store.recover();
    for (String id : queued) {
      runner.enqueue(id, true);
    }
    Api api = new Api(store, runner, uploads, new Attachments(o.data()));
    List<Api.Route> routes = api.routes();
    // Built on first request, so start-up does not wait for Jackson's initialization.
    java.util.function.Supplier<String> openApi = memo(() -> OpenApi.document(routes,
        o.token() != null));
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.http.maxRequestSize = o.maxUploadBytes();
      // the web workbench (docs/workbench.md): static page and the ECharts WebJar; no data, so
      // no token needed to load it (every /api call it makes still carries the token)
      cfg.staticFiles.add("/web", io.javalin.http.staticfiles.Location.CLASSPATH);
      cfg.staticFiles.enableWebjars();
      for (Api.Route r : routes) {
        Handler h = r.path().equals("/api/openapi.json")
            ? ctx -> ctx.status(200).contentType("application/json").result(openApi.get())
            : r.path().endsWith("/events") ? new Events(api)::stream : r.handler();
        Handler guarded = guard(o.token(), h);
        switch (r.method()) {
          case "GET" -> cfg.routes.get(r.path(), guarded);
          case "POST" -> cfg.routes.post(r.path(), guarded);
          case "DELETE" -> cfg.routes.delete(r.path(), guarded);
          default -> throw new IllegalStateException(r.method());
        }
      }
      cfg.routes.exception(Exception.class, (e, ctx) -> problem(ctx, Api.problem(e)));
      cfg.routes.error(404, ctx -> {
        if (!isProblem(ctx)) {
          problem(ctx, ApiError.notFound("no such endpoint: " + ctx.method() + " "
              + Uploads.visible(ctx.path()) + "; see /api/openapi.json"));
        }
      });
      cfg.routes.error(405, ctx -> {
        if (!isProblem(ctx)) {
          problem(ctx, new ApiError(405, "method-not-allowed", "Method not allowed",
              ctx.method() + " is not allowed on " + Uploads.visible(ctx.path())));
        }
      });
    });
    try {
      app.start(o.host(), o.port());
    } catch (RuntimeException e) {
      runner.close();
      store.close();
      throw new IllegalStateException("cannot listen on " + o.host() + ":" + o.port() + " ("
          + rootMessage(e) + "); is another server on that port? Use --port", e);
    }
    return new Server(o, store, runner, app, queued.size());
  }

  /**
   * Loads the HTTP stack's and Jackson's classes on a second thread while this one opens the
   * store, so start-up and the first request wait less (start-up is mostly class loading).
   */
  private static void warmUpInBackground() {
    Thread t = new Thread(() -> {
      try {
        Class.forName("io.javalin.Javalin");
        Class.forName("org.eclipse.jetty.server.Server");
        Class.forName("org.eclipse.jetty.ee10.servlet.ServletContextHandler");
        Jsons.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(
            Map.of("status", "ok", "list", List.of(1.5, "x")));
        Jsons.MAPPER.readTree("{\"kind\": \"sg\", \"options\": {\"delta\": 1}}");
      } catch (ClassNotFoundException | IOException | LinkageError e) {
        // only a warm-up: whatever failed here is loaded (and reported) when it is used
      }
    }, "stockade-serve-warmup");
    t.setDaemon(true);
    t.start();
  }

  private static <T> java.util.function.Supplier<T> memo(
      java.util.function.Supplier<T> make) {
    return new java.util.function.Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = make.get();
        }
        return value;
      }
    };
  }

  private static boolean isProblem(Context ctx) {
    String t = ctx.res().getContentType();
    return t != null && t.startsWith("application/problem+json");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  private static Handler guard(String token, Handler h) {
    if (token == null) {
      return h;
    }
    byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    return ctx -> {
      String auth = ctx.header("Authorization");
      if (auth == null || !MessageDigest.isEqual(expected,
          auth.getBytes(StandardCharsets.UTF_8))) {
        ctx.header("WWW-Authenticate", "Bearer");
        throw new ApiError(401, "unauthorized", "Unauthorized", "this server needs"
            + " 'Authorization: Bearer TOKEN' (the --token it was started with)");
      }
      h.handle(ctx);
    };
  }

  static void problem(Context ctx, ApiError e) {
    if (e.retryAfter != null) {
      ctx.header("Retry-After", e.retryAfter);
    }
    try {
      ctx.status(e.status).contentType("application/problem+json").result(
          Jsons.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(e.body(ctx.path())));
    } catch (IOException x) {
      ctx.status(500).result("{}");
    }
  }

  /** The port actually bound. */
  public int port() {
    return app.port();
  }

  public String url() {
    String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + h + ":" + port();
  }

  public int schemaVersion() {
    return store.schemaVersion();
  }

  public Path storeFile() {
    return store.file();
  }

  /** Queued runs taken back at start-up. */
  public int recovered() {
    return recovered;
  }

  /** Stops listening, cancels executing runs (they stay {@code running} in the store only if
   * the process dies before they return) and closes the store. */
  @Override
  public void close() {
    app.stop();
    runner.close();
    store.close();
  }

  /** {@code GET /api/runs/{id}/events}: server-sent events until the run finishes. */
  private static final class Events {
    private final Api api;

    Events(Api api) {
      this.api = api;
    }

    void stream(Context ctx) throws Exception {
      Store.RunRow r = api.run(ctx);
      ctx.res().setStatus(200);
      ctx.res().setContentType("text/event-stream");
      ctx.res().setCharacterEncoding("utf-8");
      ctx.res().setHeader("Cache-Control", "no-cache");
      OutputStream out = ctx.res().getOutputStream();
      String lastStatus = null;
      String lastProgress = null;
      long lastBeat = System.currentTimeMillis();
      while (true) {
        r = api.store.run(r.id());
        String progress = api.runner.progress(r.id());
        if (!r.status().equals(lastStatus)) {
          lastStatus = r.status();
          send(out, "status", Map.of("id", r.id(), "status", r.status()));
        }
        if (progress != null && !progress.equals(lastProgress)) {
          lastProgress = progress;
          send(out, "progress", Map.of("id", r.id(), "progress", progress));
        }
        if (Api.finished(r.status())) {
          send(out, "end", api.view(r));
          return;
        }
        if (System.currentTimeMillis() - lastBeat > 15_000) {
          out.write(":\n\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
          lastBeat = System.currentTimeMillis();
        }
        Thread.sleep(200);
      }
    }

    private static void send(OutputStream out, String event, Object data) throws IOException {
      String json = Jsons.MAPPER.writeValueAsString(data);
      out.write(("event: " + event + "\ndata: " + json + "\n\n")
          .getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }
}
