package org.stockade.server;

import java.util.List;

/**
 * The store's schema, as an ordered list of migrations. Migration {@code k} (1-based) takes the
 * schema from version {@code k - 1} to {@code k}; {@link Store} runs the missing ones at start-up,
 * each in one transaction together with the new {@code PRAGMA user_version}, so a crash half-way
 * leaves the previous version intact. Never edit a released migration: append a new one.
 */
final class Migrations {
  private Migrations() {}

  static final List<List<String>> ALL = List.of(
      // 1: networks with every version (original upload and the parsed model), named
      // scenarios, runs.
      List.of(
          """
          CREATE TABLE networks (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            created TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0)""",
          """
          CREATE TABLE network_versions (
            network_id TEXT NOT NULL REFERENCES networks(id),
            version INTEGER NOT NULL,
            kind TEXT NOT NULL,
            file_name TEXT NOT NULL,
            original BLOB NOT NULL,
            model TEXT NOT NULL,
            warnings TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (network_id, version))""",
          """
          CREATE TABLE scenarios (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            network_id TEXT REFERENCES networks(id),
            network_version INTEGER,
            options TEXT NOT NULL,
            created TEXT NOT NULL)""",
          """
          CREATE TABLE runs (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            network_id TEXT,
            network_version INTEGER,
            scenario_id TEXT,
            options TEXT NOT NULL,
            args TEXT NOT NULL,
            status TEXT NOT NULL,
            progress TEXT,
            exit_code INTEGER,
            submitted TEXT NOT NULL,
            started TEXT,
            finished TEXT,
            result_json TEXT,
            result_csv TEXT,
            error TEXT,
            idempotency_key TEXT UNIQUE,
            request_hash TEXT,
            retry_of TEXT)"""),
      // 2: the queue is read by status at start-up and by the list endpoint.
      List.of("CREATE INDEX runs_status ON runs(status, seq)",
          "CREATE INDEX network_versions_by_network ON network_versions(network_id)"));
}
