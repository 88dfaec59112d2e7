package org.stockade.cli;

import java.util.concurrent.Callable;
import org.stockade.model.InvalidInputException;
import picocli.CommandLine.Command;

/**
 * {@code stockade strategy STRATEGY}: the review's demand-surge strategies (Guo, Liu, Song &amp;
 * Wang 2025, section 4), one subcommand each.
 */
@Command(name = "strategy", mixinStandardHelpOptions = true, sortOptions = false,
    header = "Resilience strategies against demand surges (stockpile, reserved capacity, ...).",
    description = {"STRATEGY is one of the subcommands below; run 'stockade strategy STRATEGY "
        + "--help' for its options. The models in plain terms: docs/strategies.md.", ""},
    subcommands = {StockpileCommand.class, ReserveCapacityCommand.class,
        PoolingCommand.class,
        SuppliersCommand.class, PrepositionCommand.class},
    footer = {"", "Examples:",
        "  stockade strategy stockpile --demand normal:100:20 --unit-cost 1 --shortage-cost 10",
        "  stockade strategy stockpile --demand empirical:examples/surge-demand.csv "
            + "--shortage-cost 10 --format json"})
public final class StrategyCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new InvalidInputException("strategy needs a STRATEGY, e.g. 'stockade strategy "
        + "stockpile --demand normal:100:20 --shortage-cost 10' (see 'stockade strategy "
        + "--help')");
  }
}
