package org.stockade.io;

import java.util.List;
import org.stockade.exposure.SupplyNetwork;

/**
 * What a network file holds, as decided once by {@link NetworkLoader}: a plant-product problem
 * (the SG, CM, TTS and SAA models), a multi-stage network (m-SG) or a multi-tier exposure
 * network. The CLI and the service both load through {@link NetworkLoader} and switch on the
 * variant, so no file is parsed twice to find out what it is.
 */
public sealed interface LoadedNetwork
    permits LoadedNetwork.PlantProduct, LoadedNetwork.MultiStage, LoadedNetwork.Exposure {

  /** The kind's name in messages and the service: plant-product, multi-stage or exposure. */
  String kind();

  /** The network's name (from the file, else the file's stem). */
  String name();

  /** Allowed but suspicious things found while loading (never null). */
  List<String> warnings();

  /** A plant-product network with its uncertainty, delta and costs sections. */
  record PlantProduct(ProblemDefinition definition) implements LoadedNetwork {
    public static final String KIND = "plant-product";

    public PlantProduct {
      java.util.Objects.requireNonNull(definition, "definition");
    }

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public String name() {
      return definition.network().name();
    }

    @Override
    public List<String> warnings() {
      return definition.warnings();
    }
  }

  /** A multi-stage network (a top-level {@code stages:} key), solved by the m-SG model. */
  record MultiStage(MultiStageDefinition definition) implements LoadedNetwork {
    public static final String KIND = "multi-stage";

    public MultiStage {
      java.util.Objects.requireNonNull(definition, "definition");
    }

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public String name() {
      return definition.network().name();
    }

    @Override
    public List<String> warnings() {
      return definition.warnings();
    }
  }

  /** A multi-tier exposure network (nodes and edges), analysed by the exposure command. */
  record Exposure(SupplyNetwork network) implements LoadedNetwork {
    public static final String KIND = "exposure";

    public Exposure {
      java.util.Objects.requireNonNull(network, "network");
    }

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public String name() {
      return network.name();
    }

    @Override
    public List<String> warnings() {
      return network.warnings();
    }
  }
}
