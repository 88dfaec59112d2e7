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
