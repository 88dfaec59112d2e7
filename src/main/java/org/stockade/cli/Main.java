package org.stockade.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import org.stockade.model.InvalidInputException;
import org.stockade.report.Terminal;
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
    subcommands = {SolveCommand.class, TtsCommand.class, DesignCommand.class, CompareCommand.class,
        CalibrateCommand.class,
        ExposureCommand.class, SourcingCommand.class, StrategyCommand.class,
        SweepCommand.class,
        ReproduceCommand.class,
        ServeCommand.class, BenchCommand.class,
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

  /**
   * The CLI with stdout and stderr passed through {@link Terminal#filter}: ids from user files
   * that hold ESC/OSC or other control characters are shown as visible escapes, never sent to
   * the terminal raw. Tests may replace both writers.
   */
  public static CommandLine commandLine() {
    return commandLine(new OutputStreamWriter(System.out), new OutputStreamWriter(System.err));
  }

  /** The CLI writing to {@code stdout} and {@code stderr}, both through {@link Terminal#filter}. */
  public static CommandLine commandLine(Writer stdout, Writer stderr) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(new PrintWriter(Terminal.filter(stdout), true));
    cl.setErr(new PrintWriter(Terminal.filter(stderr), true));
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
      err.println("error: " + Terminal.visibleLines(ex.getMessage()));
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
        err.println("error: " + Terminal.visibleLines(ex.getMessage()));
        Aliases.flush(err);
        err.flush();
        return EXIT_BAD_INPUT;
      }
      err.println("internal error: " + Terminal.visibleLines(String.valueOf(ex)));
      err.flush();
      return 1;
    });
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
