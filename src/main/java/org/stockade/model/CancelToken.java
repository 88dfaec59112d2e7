package org.stockade.model;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A cancel flag shared between whoever started a long computation (the CLI on Ctrl-C, the service
 * on {@code DELETE /api/runs/{id}}) and the solver loops, which poll {@link #isCancelled()} once
 * per iteration and return their best result so far with a "cancelled" status. Thread-safe.
 */
public final class CancelToken {
  private static final CancelToken NEVER = new CancelToken(false);
  private final AtomicBoolean flag = new AtomicBoolean();
  private final boolean cancellable;

  private CancelToken(boolean cancellable) {
    this.cancellable = cancellable;
  }

  /** A new token that is not cancelled yet. */
  public static CancelToken create() {
    return new CancelToken(true);
  }

  /** A token that is never cancelled (the default of every solver option). */
  public static CancelToken never() {
    return NEVER;
  }

  /** Asks every loop polling this token to stop; idempotent. */
  public void cancel() {
    if (!cancellable) {
      throw new IllegalStateException("CancelToken.never() cannot be cancelled");
    }
    flag.set(true);
  }

  public boolean isCancelled() {
    return flag.get();
  }
}
