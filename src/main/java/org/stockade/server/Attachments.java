package org.stockade.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.stockade.io.AtomicFiles;

/**
 * Input files of a run uploaded with its request ({@code "files": {"demand": "period,...\n"}}):
 * each content is stored once under the data directory, content-addressed
 * ({@code attachments/<sha-256>/<option>.csv}, or the extension the kind's command needs), and the command reads the stored copy. Clients
 * never name a path on the server; a stored copy is never changed, so a retried or recovered
 * run reads exactly what was uploaded.
 */
final class Attachments {
  private final Path dir;

  Attachments(Path data) {
    this.dir = data.resolve("attachments");
  }

  /** Stores every {@code option -> content} and returns {@code option -> stored path}. */
  Map<String, Path> store(Map<String, String> files) {
    return store(files, option -> option + ".csv");
  }

  /**
   * As {@link #store(Map)}, each under the file name {@code fileName} gives it (e.g.
   * {@code instance.yaml} for a command that reads the format from the extension).
   */
  Map<String, Path> store(Map<String, String> files, Function<String, String> fileName) {
    Map<String, Path> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      out.put(f.getKey(), save(f.getKey(), fileName.apply(f.getKey()), f.getValue()));
    }
    return out;
  }

  private Path save(String option, String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    Path target = dir.resolve(sha256(bytes)).resolve(name);
    try {
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        AtomicFiles.writeString(target, content);
      }
      return target.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the uploaded " + option + " file", e);
    }
  }

  private static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
