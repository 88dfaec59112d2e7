package org.stockade.cli;

import java.io.PrintWriter;
import org.stockade.model.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stockade} command. Exit codes: 0 success (optimal), 1 internal error, 2 bad input or
 * usage, 3 solved but not to optimality (time/iteration limit, infeasible, backend error).
 */
@Command(name = "stockade", mixinStandardHelpOptions = true, version = "Stockade 0.1.0",
    description = {"Robust risk-mitigation inventory under process flexibility: the least-cost "
        + "inventory that keeps lost sales within an allowance for every demand surge and "
        + "capacity loss in an uncertainty set, with a certificate. Run 'stockade COMMAND "
        + "--help' for each command."},
    subcommands = {SolveCommand.class, TtsCommand.class, CompareCommand.class,
        ExposureCommand.class, SourcingCommand.class, ReproduceCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  public static final int EXIT_BAD_INPUT = 2;
  public static final int EXIT_NOT_OPTIMAL = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    Aliases.clear();
    cl.setExecutionStrategy(parseResult -> {
      int code = new CommandLine.RunLast().execute(parseResult);
      Aliases.flush(parseResult.commandSpec().commandLine().getErr());
      return code;
    });
    // Bad flags or values: the message and a pointer to --help, not the whole usage text.
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      err.println("error: " + ex.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options"
            + " and their values.");
      }
      Aliases.flush(err);
      return EXIT_BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
      PrintWriter err = cmd.getErr();
      if (ex instanceof InvalidInputException) {
        err.println("error: " + ex.getMessage());
        Aliases.flush(err);
        return EXIT_BAD_INPUT;
      }
      err.println("internal error: " + ex);
      err.flush();
      return 1;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
