package org.stockade.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.stockade.model.InvalidInputException;

/**
 * The one gate every input reader goes through before it reads a byte: the path must be an
 * existing regular file (not a directory, FIFO, socket or device such as {@code /dev/zero}) of at
 * most {@link #MAX_BYTES}. Reads are bounded as well, so a file that grows after the check cannot
 * exhaust memory. Every failure is an {@link InvalidInputException} naming the file and the limit.
 */
public final class InputFiles {
  /** Largest input file read: 64 MiB (a network of about a million rows). */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private InputFiles() {}

  /**
   * Checks that {@code path} is an existing regular file of at most {@link #MAX_BYTES}.
   *
   * @param what what the file is for messages, e.g. "problem file"
   */
  public static void check(Path path, String what) {
    if (path == null) {
      throw new InvalidInputException("no " + what + " given");
    }
    String file = path.toString();
    if (!Files.exists(path)) {
      throw new InvalidInputException(file + ": " + what + " not found; check the path"
          + " (relative paths are resolved from " + Path.of("").toAbsolutePath() + ")");
    }
    if (Files.isDirectory(path)) {
      throw new InvalidInputException(file + ": is a directory, but a " + what + " must be a"
          + " regular file; give the path of a file");
    }
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException(file + ": not a regular file (a device, FIFO or socket);"
          + " the " + what + " must be an ordinary file on disk");
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read the " + what + " ("
          + e.getMessage() + ")", e);
    }
    if (size > MAX_BYTES) {
      throw tooLarge(file, what, size);
    }
  }

  /** Checks {@code path} (see {@link #check}) and reads it, at most {@link #MAX_BYTES}. */
  public static byte[] readBytes(Path path, String what) {
    check(path, what);
    String file = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      byte[] b = in.readNBytes((int) MAX_BYTES + 1);
      if (b.length > MAX_BYTES) {
        throw tooLarge(file, what, b.length);
      }
      return b;
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": " + what + " not found; check the path", e);
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(file + ": permission denied; make the file readable", e);
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read the " + what + " ("
          + e.getMessage() + ")", e);
    }
  }

  /** Checks and reads {@code path} as strict UTF-8 text, without a leading byte-order mark. */
  public static String readText(Path path, String what) {
    byte[] b = readBytes(path, what);
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(path + ": not valid UTF-8 text; save the file as UTF-8",
          e);
    }
  }

  private static InvalidInputException tooLarge(String file, String what, long size) {
    return new InvalidInputException(String.format(Locale.ROOT, "%s: the %s is %.1f MB, over"
        + " the input size limit of %d MB; split the network or remove unused rows", file, what,
        size / 1048576.0, MAX_BYTES / 1048576));
  }
}
