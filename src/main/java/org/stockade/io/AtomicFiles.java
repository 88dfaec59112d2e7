package org.stockade.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes every output file (reports, CSVs, PNG/SVG charts, exported inputs) so that readers and
 * concurrent runs never see a half-written file: the bytes go to a uniquely named temporary file
 * in the target's own directory, which is then renamed over the target in one atomic step.
 * Several runs writing the same file leave one complete version (the last rename wins).
 */
public final class AtomicFiles {
  /** Writes the content to an open stream; the stream is closed by {@link AtomicFiles}. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /** Writes {@code text} as UTF-8 to {@code target}, atomically. */
  public static void writeString(Path target, CharSequence text) throws IOException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    write(target, out -> out.write(bytes));
  }

  /**
   * Creates the parent directory if needed, writes {@code content} to a temporary file next to
   * {@code target} and renames it onto {@code target}; on failure the temporary file is removed
   * and {@code target} is left as it was.
   */
  public static void write(Path target, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    boolean done = false;
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        content.writeTo(out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
