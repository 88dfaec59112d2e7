package org.stockade.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir
  Path dir;

  @Test
  void open_newDirectory_runsAllMigrationsInWalMode() throws Exception {
    try (Store s = Store.open(dir.resolve("data"))) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.ALL.size());
    }
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/stockade.db"));
        ResultSet r = c.createStatement().executeQuery("PRAGMA journal_mode")) {
      r.next();
      assertThat(r.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void open_olderSchema_migratesForwardKeepingRows() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("stockade.db"));
        var st = c.createStatement()) {
      for (String sql : Migrations.ALL.get(0)) {
        st.execute(sql);
      }
      st.execute("PRAGMA user_version = 1");
      st.execute("INSERT INTO runs(id, seq, kind, options, args, status, submitted) VALUES"
          + " ('r1', 1, 'sg', '{}', '[]', 'done', 'then')");
    }
    try (Store s = Store.open(data)) {
      assertThat(s.schemaVersion()).isEqualTo(Migrations.ALL.size());
      assertThat(s.run("r1").status()).isEqualTo("done");
    }
  }

  @Test
  void open_newerSchema_isRefusedWithAClearMessage() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("stockade.db"));
        var st = c.createStatement()) {
      st.execute("PRAGMA user_version = 99");
    }
    assertThatThrownBy(() -> Store.open(data)).hasMessageContaining("schema version 99");
  }

  @Test
  void open_readOnlyDirectory_isAClearError() throws Exception {
    Path data = dir.resolve("ro");
    Files.createDirectories(data);
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(data), "running as root");
      assertThatThrownBy(() -> Store.open(data)).hasMessageContaining("not writable");
    } finally {
      Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void createNetwork_whenTheDiskFills_isAClearErrorAndKeepsEverythingSaved() {
    try (Store s = Store.open(dir)) {
      s.createNetwork("n1", "gm", "plant-product", "gm.yaml", "a: 1".getBytes(
          StandardCharsets.UTF_8), "model1", "[]");
      s.pragma("max_page_count = " + pageCount(s)); // no page left: SQLite answers SQLITE_FULL
      byte[] big = new byte[1 << 20];
      assertThatThrownBy(() -> s.createNetwork("n2", "big", "plant-product", "big.yaml", big,
          "model2", "[]")).isInstanceOf(Store.StoreException.class)
          .hasMessageContaining("the disk is full; free space and retry");
      assertThat(Api.problem(new Store.StoreException("x", null)).status).isEqualTo(503);
      assertThat(s.networks()).extracting(Store.NetworkRow::id).containsExactly("n1");
      assertThat(s.integrityCheck()).isEqualTo("ok");
    }
    try (Store again = Store.open(dir)) { // after a restart: intact, and writable again
      assertThat(again.integrityCheck()).isEqualTo("ok");
      assertThat(new String(again.content("n1", 1).original(), StandardCharsets.UTF_8))
          .isEqualTo("a: 1");
      again.createNetwork("n3", "small", "plant-product", "s.yaml", new byte[] {1}, "m", "[]");
      assertThat(again.networks()).hasSize(2);
    }
  }

  @Test
  void insertRun_onAReadOnlyStore_isAClearErrorAndWritesNothing() {
    try (Store s = Store.open(dir)) {
      s.insertRun("r1", "sg", null, null, null, "{}", "[]", null, "h", null);
      s.pragma("query_only = 1"); // every write now fails inside SQLite as on a read-only file
      assertThatThrownBy(() -> s.insertRun("r2", "sg", null, null, null, "{}", "[]", null, "h",
          null)).isInstanceOf(Store.StoreException.class)
          .hasMessageContaining("read-only");
      assertThat(s.runs(null, 10)).extracting(Store.RunRow::id).containsExactly("r1");
      assertThat(s.integrityCheck()).isEqualTo("ok");
    }
  }

  private static long pageCount(Store s) {
    s.pragma("wal_checkpoint(TRUNCATE)");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
        + s.file().toAbsolutePath()); java.sql.Statement st = c.createStatement();
        java.sql.ResultSet r = st.executeQuery("PRAGMA page_count")) {
      return r.next() ? r.getLong(1) : 0;
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void networks_versionsKeepOriginalAndModel_deleteHidesButKeeps() {
    try (Store s = Store.open(dir)) {
      s.createNetwork("n1", "gm", "plant-product", "gm.yaml", "a: 1".getBytes(
          StandardCharsets.UTF_8), "model1", "[]");
      assertThat(s.addVersion("n1", "plant-product", "gm2.yaml", new byte[] {1, 2}, "model2",
          "[]")).isEqualTo(2);
      assertThat(s.addVersion("nope", "plant-product", "x.yaml", new byte[] {1}, "m", "[]"))
          .isEqualTo(-1);
      assertThat(s.network("n1").versions()).extracting(Store.Version::version)
          .containsExactly(1, 2);
      assertThat(new String(s.content("n1", 1).original(), StandardCharsets.UTF_8))
          .isEqualTo("a: 1");
      assertThat(s.content("n1", 2).model()).isEqualTo("model2");
      assertThat(s.deleteNetwork("n1")).isTrue();
      assertThat(s.networks()).isEmpty();
      assertThat(s.content("n1", 2)).isNotNull();
    }
  }

  @Test
  void insertRun_sameIdempotencyKey_returnsTheFirstRunOnly() {
    try (Store s = Store.open(dir)) {
      Store.RunRow a = s.insertRun("r1", "sg", null, null, null, "{}", "[]", "k", "h", null);
      Store.RunRow b = s.insertRun("r2", "sg", null, null, null, "{}", "[]", "k", "h", null);
      assertThat(b.id()).isEqualTo(a.id()).isEqualTo("r1");
      assertThat(s.run("r2")).isNull();
      assertThat(s.runs(null, 10)).hasSize(1);
    }
  }

  @Test
  void recover_runningBecomeInterrupted_queuedComeBackInOrder_doneUntouched() {
    try (Store s = Store.open(dir)) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        ids.add(s.insertRun("r" + i, "sg", null, null, null, "{}", "[]", null, null, null).id());
      }
      assertThat(s.start("r0")).isTrue();
      s.finish("r0", "done", 0, "{\"x\":1}", "x\n1\n", null);
      assertThat(s.start("r1")).isTrue();
      assertThat(s.start("r1")).isFalse();
      assertThat(s.cancelQueued("r3")).isTrue();
      assertThat(s.recover()).containsExactly("r2");
      assertThat(s.run("r1").status()).isEqualTo("interrupted");
      assertThat(s.run("r0").status()).isEqualTo("done");
      assertThat(s.result("r0", "json")).isEqualTo("{\"x\":1}");
      assertThat(s.result("r0", "csv")).isEqualTo("x\n1\n");
      assertThat(s.run("r3").status()).isEqualTo("cancelled");
    }
  }
}
