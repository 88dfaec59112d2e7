package org.stockade.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.regex.Pattern;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The one kind of progress bar the CLI shows: on stderr, so stdout stays clean for JSON/CSV.
 *
 * <p>On a terminal it is the usual redrawn bar. When stderr is not a terminal (redirected to a
 * file or a pipe, or {@code STOCKADE_PROGRESS=plain}) it writes plain lines instead: no ANSI
 * colour codes and no carriage returns, one line at the start, at most one every
 * {@value #PLAIN_INTERVAL_MILLIS} ms, and one at the end, so logs stay readable.
 * {@code STOCKADE_PROGRESS=bar} forces the redrawn bar.
 */
final class Bars {
  /** Environment variable overriding the terminal check: {@code plain} or {@code bar}. */
  static final String ENV = "STOCKADE_PROGRESS";
  static final long PLAIN_INTERVAL_MILLIS = 10_000;

  private Bars() {}

  static ProgressBar onStderr(String task, long max) {
    boolean plain = plain(System.getenv(ENV), System.console() != null);
    ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(max);
    if (plain) {
      return b.setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new PlainLines(System.err, PLAIN_INTERVAL_MILLIS)).build();
    }
    return b.setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
  }

  /** Plain lines unless forced by {@code env}: when there is no terminal or env says plain. */
  static boolean plain(String env, boolean terminal) {
    String e = env == null ? "" : env.trim().toLowerCase(Locale.ROOT);
    if (e.equals("plain")) {
      return true;
    }
    if (e.equals("bar") || e.equals("tty")) {
      return false;
    }
    return !terminal;
  }

  /**
   * A consumer for non-terminals: prints the rendered bar as a whole line (control characters
   * and ANSI sequences removed), throttled to one line per interval plus the last state.
   */
  static final class PlainLines implements ProgressBarConsumer {
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;?]*[ -/]*[@-~]");
    private final PrintStream out;
    private final long intervalMillis;
    private long lastPrinted = Long.MIN_VALUE;
    private String pending;

    PlainLines(PrintStream out, long intervalMillis) {
      this.out = out;
      this.intervalMillis = intervalMillis;
    }

    @Override
    public int getMaxRenderedLength() {
      return 100;
    }

    @Override
    public synchronized void accept(String rendered) {
      String line = clean(rendered);
      if (line.isEmpty()) {
        return;
      }
      long now = System.currentTimeMillis();
      if (lastPrinted == Long.MIN_VALUE || now - lastPrinted >= intervalMillis) {
        out.println(line);
        out.flush();
        lastPrinted = now;
        pending = null;
      } else {
        pending = line;
      }
    }

    @Override
    public void clear() {
      // nothing drawn to clear: every line is final
    }

    @Override
    public synchronized void close() {
      if (pending != null) {
        out.println(pending);
        out.flush();
        pending = null;
      }
    }

    /** The rendered text without ANSI sequences, CR or other control characters. */
    static String clean(String rendered) {
      String s = ANSI.matcher(rendered).replaceAll("");
      StringBuilder b = new StringBuilder(s.length());
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c >= 0x20 && c != 0x7f) {
          b.append(c);
        }
      }
      return b.toString().strip();
    }
  }
}
