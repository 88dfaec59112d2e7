package org.stockade.cli;

/** A command that can run inside the service: it takes the run's {@link RunContext}. */
interface Hosted {
  void host(RunContext context);
}
