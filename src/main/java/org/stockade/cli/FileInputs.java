package org.stockade.cli;

import java.io.PrintWriter;
import org.stockade.io.LoadedNetwork;
import org.stockade.model.InvalidInputException;

/** The plant-product inputs of solve, tts and compare, from a loaded network. */
final class FileInputs {
  private FileInputs() {}

  /** The network and settings of a plant-product network; other kinds are refused by name. */
  static SolveCommand.Inputs of(LoadedNetwork loaded, Object source, PrintWriter err) {
    String what = source != null ? source.toString() : "network '" + loaded.name() + "'";
    if (loaded instanceof LoadedNetwork.MultiStage m) {
      throw new InvalidInputException(what + " is a multi-stage network (a top-level"
          + " 'stages:' key), which only 'stockade solve' handles; give a plant-product network"
          + " (plants:, products:), see docs/input-format.md");
    }
    if (loaded instanceof LoadedNetwork.Exposure x) {
      throw new InvalidInputException(what + " is a multi-tier exposure network"
          + " (nodes:, edges:), which 'stockade exposure' analyses; give a plant-product network"
          + " (plants:, products:), see docs/input-format.md");
    }
    LoadedNetwork.PlantProduct p = (LoadedNetwork.PlantProduct) loaded;
    Warnings.print(err, p.warnings());
    var def = p.definition();
    return new SolveCommand.Inputs(def.network(), def.uncertainty(), def.delta(), def.costs());
  }
}
