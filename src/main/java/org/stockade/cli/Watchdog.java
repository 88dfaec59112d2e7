package org.stockade.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code --time-limit} for commands whose solvers have no deadline of their own: the work runs
 * on a daemon thread; if it is not done in time the command stops waiting, says so on stderr
 * and exits 3 (not solved to the end) without printing a partial result.
 */
final class Watchdog {
  private Watchdog() {}

  static int run(String command, Double seconds, PrintWriter err, Callable<Integer> work)
      throws Exception {
    if (seconds == null) {
      return work.call();
    }
    Duration limit = Values.seconds("--time-limit", seconds);
    FutureTask<Integer> task = new FutureTask<>(work);
    Thread t = new Thread(task, command + "-work");
    t.setDaemon(true);
    t.start();
    try {
      return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      err.println(String.format(Locale.ROOT, "error: %s did not finish within --time-limit %s s;"
          + " no result was printed. Give more time (e.g. --time-limit %s) or a smaller run.",
          command, Values.plain(seconds), Values.plain(Math.max(60, seconds * 4))));
      err.flush();
      return Main.EXIT_NOT_OPTIMAL;
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof Exception ex) {
        throw ex;
      }
      throw (Error) c;
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      return Main.EXIT_NOT_OPTIMAL;
    }
  }
}
