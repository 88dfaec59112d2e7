package org.stockade.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.stockade.io.ProblemDefinition;
import org.stockade.io.ProblemLoader;

/** Loads a problem file for the CLI, printing the loader's warnings to stderr. */
final class FileInputs {
  private FileInputs() {}

  static SolveCommand.Inputs load(Path file, PrintWriter err) {
    if (MultiStageSolve.applies(file, null)) {
      throw new org.stockade.model.InvalidInputException(file + " is a multi-stage network (a"
          + " top-level 'stages:' key), which only 'stockade solve' handles; give a"
          + " plant-product network (plants:, products:), see docs/input-format.md");
    }
    ProblemDefinition def = ProblemLoader.load(file);
    Warnings.print(err, def.warnings());
    return new SolveCommand.Inputs(def.network(), def.uncertainty(), def.delta(), def.costs());
  }
}
