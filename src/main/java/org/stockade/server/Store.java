package org.stockade.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The service's embedded store: one SQLite file ({@code stockade.db}) under the data directory,
 * in WAL mode with {@code synchronous=FULL}, so a transaction reported committed survives a
 * {@code kill -9} or power loss and a crash never leaves a half-written row. The schema is
 * versioned ({@code PRAGMA user_version}) and upgraded by {@link Migrations} at start-up.
 * One connection serves all requests (SQLite has one writer anyway); every method is
 * synchronized on the store. Failures (disk full, read-only directory) surface as
 * {@link StoreException} with the cause in words; SQLite rolls the transaction back.
 */
final class Store implements AutoCloseable {
  static final String FILE = "stockade.db";
  private final Connection db;
  private final Path file;

  /** A store failure: the message says what could not be read or written and why. */
  static final class StoreException extends RuntimeException {
    StoreException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private Store(Connection db, Path file) {
    this.db = db;
    this.file = file;
  }

  /** Opens (creating if needed) the store under {@code dir} and runs pending migrations. */
  static Store open(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("--data " + dir + ": cannot create the data directory (" + e
          + "); give a writable directory", e);
    }
    if (!Files.isWritable(dir)) {
      throw new StoreException("--data " + dir + ": the data directory is not writable; give a"
          + " directory this user can write, or fix its permissions", null);
    }
    Path file = dir.resolve(FILE);
    try {
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = 10000");
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = FULL");
        s.execute("PRAGMA foreign_keys = ON");
      }
      Store store = new Store(c, file);
      store.migrate();
      return store;
    } catch (SQLException e) {
      throw new StoreException(file + ": cannot open the store (" + e.getMessage() + "); check"
          + " that the directory is writable and the disk is not full", e);
    }
  }

  Path file() {
    return file;
  }

  /**
   * Runs one PRAGMA on this store's connection. Tests use it to make the engine itself fail as
   * a full disk ({@code max_page_count}) or a read-only file ({@code query_only}) would, which
   * file permissions cannot do when the tests run as root.
   */
  synchronized void pragma(String pragma) {
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA " + pragma);
    } catch (SQLException e) {
      throw fail("set PRAGMA " + pragma, e);
    }
  }

  /** SQLite's own consistency check of the file: "ok" when intact. */
  synchronized String integrityCheck() {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
        "PRAGMA integrity_check")) {
      return r.next() ? r.getString(1) : "no answer";
    } catch (SQLException e) {
      throw fail("check integrity", e);
    }
  }

  synchronized int schemaVersion() {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
        "PRAGMA user_version")) {
      return r.next() ? r.getInt(1) : 0;
    } catch (SQLException e) {
      throw fail("read the schema version", e);
    }
  }

  private synchronized void migrate() throws SQLException {
    int have = schemaVersion();
    if (have > Migrations.ALL.size()) {
      throw new StoreException(file + ": the store has schema version " + have + ", newer than"
          + " this Stockade understands (" + Migrations.ALL.size() + "); use the newer release"
          + " or another --data directory", null);
    }
    for (int v = have + 1; v <= Migrations.ALL.size(); v++) {
      int target = v;
      tx(() -> {
        try (Statement s = db.createStatement()) {
          for (String sql : Migrations.ALL.get(target - 1)) {
            s.execute(sql);
          }
          s.execute("PRAGMA user_version = " + target);
        }
        return null;
      });
    }
  }

  // ---- networks -----------------------------------------------------------------------------

  /** One stored version of a network. */
  record Version(String networkId, int version, String kind, String fileName, String created,
      String warnings) {}

  /** A network and its versions (newest last). */
  record NetworkRow(String id, String name, String kind, String created, boolean deleted,
      List<Version> versions) {}

  /** The content of one version: the original upload and the parsed model. */
  record Content(byte[] original, String model) {}

  synchronized void createNetwork(String id, String name, String kind, String fileName,
      byte[] original, String model, String warnings) {
    String now = now();
    tx(() -> {
      exec("INSERT INTO networks(id, name, kind, created) VALUES (?, ?, ?, ?)", id, name, kind,
          now);
      insertVersion(id, 1, kind, fileName, original, model, warnings, now);
      return null;
    });
  }

  /** Adds the next version of network {@code id}; returns its number, or -1 if no such network. */
  synchronized int addVersion(String id, String kind, String fileName, byte[] original,
      String model, String warnings) {
    return tx(() -> {
      NetworkRow n = network(id);
      if (n == null || n.deleted()) {
        return -1;
      }
      int v = n.versions().size() + 1;
      insertVersion(id, v, kind, fileName, original, model, warnings, now());
      exec("UPDATE networks SET kind = ? WHERE id = ?", kind, id);
      return v;
    });
  }

  private void insertVersion(String id, int v, String kind, String fileName, byte[] original,
      String model, String warnings, String now) throws SQLException {
    exec("INSERT INTO network_versions(network_id, version, kind, file_name, original, model,"
        + " warnings, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, v, kind, fileName, original,
        model, warnings, now);
  }

  synchronized List<NetworkRow> networks() {
    List<NetworkRow> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement(
        "SELECT id FROM networks WHERE deleted = 0 ORDER BY created, id");
        ResultSet r = p.executeQuery()) {
      List<String> ids = new ArrayList<>();
      while (r.next()) {
        ids.add(r.getString(1));
      }
      for (String id : ids) {
        out.add(network(id));
      }
      return out;
    } catch (SQLException e) {
      throw fail("list the networks", e);
    }
  }

  /** The network {@code id} (also when deleted, so past runs keep their inputs), or null. */
  synchronized NetworkRow network(String id) {
    try (PreparedStatement p = db.prepareStatement(
        "SELECT name, kind, created, deleted FROM networks WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        String name = r.getString(1);
        String kind = r.getString(2);
        String created = r.getString(3);
        boolean deleted = r.getInt(4) != 0;
        List<Version> vs = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT version, kind, file_name,"
            + " created, warnings FROM network_versions WHERE network_id = ? ORDER BY version")) {
          q.setString(1, id);
          try (ResultSet rv = q.executeQuery()) {
            while (rv.next()) {
              vs.add(new Version(id, rv.getInt(1), rv.getString(2), rv.getString(3),
                  rv.getString(4), rv.getString(5)));
            }
          }
        }
        return new NetworkRow(id, name, kind, created, deleted, vs);
      }
    } catch (SQLException e) {
      throw fail("read network " + id, e);
    }
  }

  synchronized Content content(String id, int version) {
    try (PreparedStatement p = db.prepareStatement("SELECT original, model FROM"
        + " network_versions WHERE network_id = ? AND version = ?")) {
      p.setString(1, id);
      p.setInt(2, version);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? new Content(r.getBytes(1), r.getString(2)) : null;
      }
    } catch (SQLException e) {
      throw fail("read network " + id + " version " + version, e);
    }
  }

  /** Hides network {@code id} from listings (its versions stay for past runs). */
  synchronized boolean deleteNetwork(String id) {
    return tx(() -> exec("UPDATE networks SET deleted = 1 WHERE id = ? AND deleted = 0", id) > 0);
  }

  // ---- scenarios ----------------------------------------------------------------------------

  /** A named scenario: a run kind, a network version and the run's options (JSON). */
  record Scenario(String id, String name, String kind, String networkId, Integer networkVersion,
      String options, String created) {}

  synchronized void createScenario(Scenario s) {
    tx(() -> exec("INSERT INTO scenarios(id, name, kind, network_id, network_version, options,"
        + " created) VALUES (?, ?, ?, ?, ?, ?, ?)", s.id(), s.name(), s.kind(), s.networkId(),
        s.networkVersion(), s.options(), s.created()));
  }

  synchronized List<Scenario> scenarios() {
    return queryScenarios("SELECT id, name, kind, network_id, network_version, options, created"
        + " FROM scenarios ORDER BY created, id");
  }

  synchronized Scenario scenario(String id) {
    List<Scenario> l = queryScenarios("SELECT id, name, kind, network_id, network_version,"
        + " options, created FROM scenarios WHERE id = ?", id);
    return l.isEmpty() ? null : l.get(0);
  }

  private List<Scenario> queryScenarios(String sql, Object... args) {
    try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
      List<Scenario> out = new ArrayList<>();
      while (r.next()) {
        int v = r.getInt(5);
        out.add(new Scenario(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
            r.wasNull() ? null : v, r.getString(6), r.getString(7)));
      }
      return out;
    } catch (SQLException e) {
      throw fail("read the scenarios", e);
    }
  }

  // ---- runs ---------------------------------------------------------------------------------

  /** One run as stored (results are read separately, see {@link #result}). */
  record RunRow(String id, long seq, String kind, String networkId, Integer networkVersion,
      String scenarioId, String options, String args, String status, String progress,
      Integer exitCode, String submitted, String started, String finished, String error,
      String idempotencyKey, String requestHash, String retryOf) {}

  private static final String RUN_COLUMNS = "id, seq, kind, network_id, network_version,"
      + " scenario_id, options, args, status, progress, exit_code, submitted, started, finished,"
      + " error, idempotency_key, request_hash, retry_of";

  /**
   * Inserts a queued run, or returns the run already stored under the same idempotency key
   * (then nothing is inserted).
   */
  synchronized RunRow insertRun(String id, String kind, String networkId, Integer version,
      String scenarioId, String options, String args, String key, String hash, String retryOf) {
    return tx(() -> {
      if (key != null) {
        RunRow existing = runByKey(key);
        if (existing != null) {
          return existing;
        }
      }
      long seq;
      try (Statement s = db.createStatement();
          ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM runs")) {
        r.next();
        seq = r.getLong(1);
      }
      exec("INSERT INTO runs(id, seq, kind, network_id, network_version, scenario_id, options,"
          + " args, status, submitted, idempotency_key, request_hash, retry_of) VALUES (?, ?, ?,"
          + " ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)", id, seq, kind, networkId, version,
          scenarioId, options, args, now(), key, hash, retryOf);
      return run(id);
    });
  }

  synchronized RunRow run(String id) {
    List<RunRow> l = queryRuns("SELECT " + RUN_COLUMNS + " FROM runs WHERE id = ?", id);
    return l.isEmpty() ? null : l.get(0);
  }

  /** The run submitted with Idempotency-Key {@code key}, or null. */
  synchronized RunRow runByKey(String key) {
    List<RunRow> l = queryRuns("SELECT " + RUN_COLUMNS + " FROM runs WHERE idempotency_key = ?",
        key);
    return l.isEmpty() ? null : l.get(0);
  }

  /** The newest {@code limit} runs, newest first, optionally only those in {@code status}. */
  synchronized List<RunRow> runs(String status, int limit) {
    return status == null
        ? queryRuns("SELECT " + RUN_COLUMNS + " FROM runs ORDER BY seq DESC LIMIT ?", limit)
        : queryRuns("SELECT " + RUN_COLUMNS + " FROM runs WHERE status = ? ORDER BY seq DESC"
            + " LIMIT ?", status, limit);
  }

  /** Marks a queued run running; false if it is no longer queued (e.g. cancelled). */
  synchronized boolean start(String id) {
    return tx(() -> exec("UPDATE runs SET status = 'running', started = ? WHERE id = ? AND"
        + " status = 'queued'", now(), id) == 1);
  }

  synchronized void progress(String id, String line) {
    tx(() -> exec("UPDATE runs SET progress = ? WHERE id = ? AND status = 'running'", line, id));
  }

  /**
   * Records the end of a run in one transaction: status, exit code, the JSON and CSV reports
   * and the error. Only after this commits is the run reported finished.
   */
  synchronized void finish(String id, String status, Integer exitCode, String json, String csv,
      String error) {
    tx(() -> exec("UPDATE runs SET status = ?, exit_code = ?, result_json = ?, result_csv = ?,"
        + " error = ?, finished = ? WHERE id = ?", status, exitCode, json, csv, error, now(),
        id));
  }

  /** Cancels a run that has not started; false if it is not queued. */
  synchronized boolean cancelQueued(String id) {
    return tx(() -> exec("UPDATE runs SET status = 'cancelled', finished = ? WHERE id = ? AND"
        + " status = 'queued'", now(), id) == 1);
  }

  /** The stored JSON or CSV report of run {@code id} ({@code json} or {@code csv}), or null. */
  synchronized String result(String id, String format) {
    String column = format.equals("csv") ? "result_csv" : "result_json";
    try (PreparedStatement p = prepare("SELECT " + column + " FROM runs WHERE id = ?", id);
        ResultSet r = p.executeQuery()) {
      return r.next() ? r.getString(1) : null;
    } catch (SQLException e) {
      throw fail("read the result of run " + id, e);
    }
  }

  /**
   * After a restart: runs that were executing when the process died become {@code interrupted};
   * returns the ids of the queued runs, oldest first, to run again.
   */
  synchronized List<String> recover() {
    return tx(() -> {
      exec("UPDATE runs SET status = 'interrupted', finished = ?, error = ? WHERE status ="
          + " 'running'", now(), "the server stopped while this run was executing; resubmit it"
          + " with POST /api/runs/{id}/retry");
      List<String> ids = new ArrayList<>();
      for (RunRow r : queryRuns("SELECT " + RUN_COLUMNS + " FROM runs WHERE status = 'queued'"
          + " ORDER BY seq")) {
        ids.add(r.id());
      }
      return ids;
    });
  }

  synchronized int count(String status) {
    try (PreparedStatement p = prepare("SELECT COUNT(*) FROM runs WHERE status = ?", status);
        ResultSet r = p.executeQuery()) {
      return r.next() ? r.getInt(1) : 0;
    } catch (SQLException e) {
      throw fail("count runs", e);
    }
  }

  private List<RunRow> queryRuns(String sql, Object... args) {
    try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
      List<RunRow> out = new ArrayList<>();
      while (r.next()) {
        int v = r.getInt(5);
        Integer version = r.wasNull() ? null : v;
        int x = r.getInt(11);
        Integer exit = r.wasNull() ? null : x;
        out.add(new RunRow(r.getString(1), r.getLong(2), r.getString(3), r.getString(4),
            version, r.getString(6), r.getString(7), r.getString(8), r.getString(9),
            r.getString(10), exit, r.getString(12), r.getString(13), r.getString(14),
            r.getString(15), r.getString(16), r.getString(17), r.getString(18)));
      }
      return out;
    } catch (SQLException e) {
      throw fail("read runs", e);
    }
  }

  // ---- plumbing -----------------------------------------------------------------------------

  private interface Work<T> {
    T run() throws SQLException;
  }

  private <T> T tx(Work<T> work) {
    try {
      boolean outer = db.getAutoCommit();
      if (!outer) {
        return work.run(); // already inside a transaction
      }
      db.setAutoCommit(false);
      Exception failure = null;
      try {
        T t = work.run();
        db.commit();
        return t;
      } catch (SQLException | RuntimeException e) {
        // SQLite has already rolled back after some errors (SQLITE_FULL): a failing rollback
        // or the connection's own "commit" when autocommit comes back on must not hide the
        // real cause
        failure = e;
        try {
          db.rollback();
        } catch (SQLException r) {
          e.addSuppressed(r);
        }
        throw e;
      } finally {
        try {
          db.setAutoCommit(true);
        } catch (SQLException a) {
          if (failure == null) {
            throw a;
          }
          failure.addSuppressed(a);
        }
      }
    } catch (SQLException e) {
      throw fail("write", e);
    }
  }

  private int exec(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = prepare(sql, args)) {
      return p.executeUpdate();
    }
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement p = db.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      p.setObject(i + 1, args[i]);
    }
    return p;
  }

  private StoreException fail(String what, SQLException e) {
    String m = String.valueOf(e.getMessage());
    String why = m.contains("SQLITE_FULL") ? "the disk is full; free space and retry"
        : m.contains("READONLY") ? "the data directory or file is read-only; make it writable"
        : m;
    return new StoreException("store " + file + ": could not " + what + " (" + why + ")", e);
  }

  static String now() {
    return Instant.now().toString();
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw fail("close", e);
    }
  }
}
