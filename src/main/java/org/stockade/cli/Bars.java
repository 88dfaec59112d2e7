package org.stockade.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** The one kind of progress bar the CLI shows: on stderr, so stdout stays clean for JSON/CSV. */
final class Bars {
  private Bars() {}

  static ProgressBar onStderr(String task, long max) {
    return new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
  }
}
