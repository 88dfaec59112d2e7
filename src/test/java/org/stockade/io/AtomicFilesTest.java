package org.stockade.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writeString_createsParentsAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a/b/report.md");
    AtomicFiles.writeString(f, "hello ü");
    AtomicFiles.writeString(f, "second");
    assertThat(Files.readString(f)).isEqualTo("second");
    assertThat(names(f.getParent())).containsExactly("report.md");
  }

  @Test
  void write_failingContent_keepsTheOldFileAndRemovesTheTemporary(@TempDir Path dir)
      throws Exception {
    Path f = dir.resolve("chart.png");
    AtomicFiles.writeString(f, "complete");
    assertThatThrownBy(() -> AtomicFiles.write(f, out -> {
      out.write(new byte[] {1, 2, 3});
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(Files.readString(f)).isEqualTo("complete");
    assertThat(names(dir)).containsExactly("chart.png");
  }

  @Test
  void write_manyConcurrentWriters_leaveOneCompleteVersion(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("data.csv");
    List<Thread> threads = new ArrayList<>();
    List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int k = 0; k < 8; k++) {
      String body = ("row" + k + "\n").repeat(20_000);
      Thread t = new Thread(() -> {
        try {
          for (int r = 0; r < 5; r++) {
            AtomicFiles.writeString(f, body);
          }
        } catch (IOException e) {
          errors.add(e);
        }
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(errors).isEmpty();
    List<String> lines = Files.readAllLines(f);
    assertThat(lines).hasSize(20_000);
    assertThat(lines.stream().distinct()).as("one writer's complete content").hasSize(1);
    assertThat(names(dir)).containsExactly("data.csv");
  }
}
