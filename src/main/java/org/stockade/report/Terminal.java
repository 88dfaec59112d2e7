package org.stockade.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Makes text safe to show on a terminal: ids come from user files, and an id holding ESC
 * (ANSI/OSC sequences), BEL, backspace, CR or a bidi override could recolour, retitle or rewrite
 * the user's screen. Such characters are shown as visible {@code \}{@code uXXXX} escapes (the
 * same spelling JSON uses, so JSON output stays valid and means the same).
 */
public final class Terminal {
  private Terminal() {}

  /** True for C0 controls, DEL, C1 controls and the Unicode bidi embeddings/overrides/isolates. */
  public static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** {@code s} with every {@linkplain #unsafe unsafe} character (newline and tab too) escaped. */
  public static String visible(String s) {
    return escape(s, false);
  }

  /** Like {@link #visible} but keeps newlines and tabs: for whole multi-line messages. */
  public static String visibleLines(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean keepLines) {
    if (s == null) {
      return null;
    }
    StringBuilder b = null;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      boolean bad = unsafe(c) && !(keepLines && (c == '\n' || c == '\t'));
      if (bad && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, k);
      }
      if (b != null) {
        if (bad) {
          b.append(String.format("\\u%04x", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * A writer that escapes unsafe characters on the way through, keeping newlines and tabs (and CR
   * only where the platform line separator uses it). The CLI wraps stdout and stderr in it.
   */
  public static Writer filter(Writer out) {
    boolean crlf = System.lineSeparator().contains("\r");
    return new FilterWriter(out) {
      @Override
      public void write(int c) throws IOException {
        char ch = (char) c;
        if (unsafe(ch) && ch != '\n' && ch != '\t' && !(crlf && ch == '\r')) {
          out.write(String.format("\\u%04x", c));
        } else {
          out.write(c);
        }
      }

      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len), 0, len);
      }

      @Override
      public void write(String str, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int k = off; k < end; k++) {
          char ch = str.charAt(k);
          if (unsafe(ch) && ch != '\n' && ch != '\t' && !(crlf && ch == '\r')) {
            out.write(str, start, k - start);
            out.write(String.format("\\u%04x", (int) ch));
            start = k + 1;
          }
        }
        out.write(str, start, end - start);
      }
    };
  }
}
