package org.stockade.server;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.stockade.cli.RunContext;
import org.stockade.cli.Runs;
import org.stockade.io.LoadedNetwork;
import org.stockade.model.CancelToken;
import org.stockade.model.InvalidInputException;

/**
 * The synchronous check of a submission: the run's command executes once with a cancel token
 * that is already set, so it performs all of its own checks (option values, the network, the
 * model's validating constructors, uploaded files) and its solver loops return at their first
 * cancel check. A bad value thus gives the POST a 400 with exactly the CLI's message, from the
 * command's own checks (no second copy of them). Whatever else happens (a cancelled status, a
 * result) is discarded. The check waits at most {@link #WAIT_MS}; a command whose preparation
 * takes longer (a very large generator) is accepted and checked when it runs.
 */
final class Precheck {
  static final long WAIT_MS = 2000;

  private Precheck() {}

  /** Throws a 400 {@link ApiError} with the command's message if it rejects its input. */
  static void run(List<String> args, LoadedNetwork network) {
    CancelToken stopped = CancelToken.create();
    stopped.cancel();
    FutureTask<Runs.Outcome> task = new FutureTask<>(() -> Runs.execute(args,
        RunContext.service(stopped, null, network)));
    Thread t = new Thread(task, "stockade-precheck");
    t.setDaemon(true);
    t.start();
    try {
      task.get(WAIT_MS, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof InvalidInputException bad) {
        throw ApiError.badInput(bad.getMessage());
      }
      // cancelled before a result, or a failure the run itself will report
    } catch (TimeoutException e) {
      // left to the run; the check stops at its first cancel check
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
