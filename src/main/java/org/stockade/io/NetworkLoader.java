package org.stockade.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stockade.model.InvalidInputException;

/**
 * The one loader that decides which model a network file holds and reads it once:
 * <ul>
 *   <li>a {@code .yaml}/{@code .yml}/{@code .json} file is parsed to a tree once; a top-level
 *       {@code stages:} key makes it {@link LoadedNetwork.MultiStage} (docs/multi-stage.md),
 *       {@code nodes:}/{@code edges:} make it {@link LoadedNetwork.Exposure}
 *       (docs/exposure-format.md), {@code plants:}/{@code products:} make it
 *       {@link LoadedNetwork.PlantProduct} (docs/input-format.md);</li>
 *   <li>an {@code .xlsx} workbook (sheets nodes and edges) is an exposure network;</li>
 *   <li>a directory with {@code nodes.csv}/{@code edges.csv} is an exposure network, one with
 *       {@code plants.csv} etc. a plant-product network.</li>
 * </ul>
 * A file with none of the distinguishing keys is read as the {@code expected} kind (what the
 * caller's command solves), so its error messages are the ones that command's format needs.
 * Every problem is an {@link InvalidInputException} naming the file, the field and a fix.
 */
public final class NetworkLoader {
  private NetworkLoader() {}

  /** Loads {@code path}; ambiguous files are read as plant-product networks. */
  public static LoadedNetwork load(Path path) {
    return load(path, LoadedNetwork.PlantProduct.KIND);
  }

  /**
   * Loads {@code path}, reading a file without distinguishing keys as {@code expected}
   * ({@code plant-product}, {@code multi-stage} or {@code exposure}).
   */
  public static LoadedNetwork load(Path path, String expected) {
    if (path == null) {
      throw new InvalidInputException("no network file given; pass a .yaml, .yml, .json or"
          + " .xlsx file, or a directory of CSV files");
    }
    String file = path.toString();
    if (!Files.exists(path)) {
      throw new InvalidInputException(file + ": file not found; check the path (relative paths"
          + " are resolved from " + Path.of("").toAbsolutePath() + ")");
    }
    if (Files.isDirectory(path)) {
      boolean exposure = Files.exists(path.resolve(ExposureLoader.NODES_CSV))
          || Files.exists(path.resolve(ExposureLoader.EDGES_CSV));
      boolean plants = Files.exists(path.resolve("plants.csv"))
          || Files.exists(path.resolve("products.csv"));
      if (exposure || (!plants && expected.equals(LoadedNetwork.Exposure.KIND))) {
        return new LoadedNetwork.Exposure(ExposureLoader.load(path));
      }
      return new LoadedNetwork.PlantProduct(ProblemLoader.load(path));
    }
    String ext = ProblemLoader.extension(path);
    if (ext.equals("xlsx")) {
      return new LoadedNetwork.Exposure(ExposureLoader.load(path));
    }
    if (!ext.equals("yaml") && !ext.equals("yml") && !ext.equals("json")) {
      // The loader of the expected kind words the unknown-type message for its formats.
      return expected.equals(LoadedNetwork.Exposure.KIND)
          ? new LoadedNetwork.Exposure(ExposureLoader.load(path))
          : new LoadedNetwork.PlantProduct(ProblemLoader.load(path));
    }
    JsonNode root = ProblemLoader.parse(path, ext.equals("json"));
    String kind = kindOf(root, expected);
    String stem = ProblemLoader.stem(path);
    try {
      return switch (kind) {
        case LoadedNetwork.MultiStage.KIND -> new LoadedNetwork.MultiStage(
            MultiStageLoader.fromTree(root, Where.root(file), stem));
        case LoadedNetwork.Exposure.KIND -> new LoadedNetwork.Exposure(
            ExposureLoader.tree(root, file, stem));
        default -> new LoadedNetwork.PlantProduct(
            ProblemLoader.fromTree(root, Where.root(file), stem));
      };
    } catch (InvalidInputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidInputException(file + ": could not load the " + kind + " network (" + e
          + "); check the file against docs/input-format.md", e);
    }
  }

  /** The kind a parsed tree's top-level keys announce, else {@code expected}. */
  static String kindOf(JsonNode root, String expected) {
    if (root.isObject()) {
      if (root.has("stages")) {
        return LoadedNetwork.MultiStage.KIND;
      }
      if (root.has("nodes") || root.has("edges")) {
        return LoadedNetwork.Exposure.KIND;
      }
      if (root.has("plants") || root.has("products")) {
        return LoadedNetwork.PlantProduct.KIND;
      }
    }
    return expected;
  }
}
