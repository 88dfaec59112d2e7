package org.stockade.cli;

import org.stockade.exposure.SupplyNetwork;

/** Test access to package-private helpers of the CLI from other test packages. */
public final class TestAccess {
  private TestAccess() {}

  /** The built-in tiers30 exposure example. */
  public static SupplyNetwork tiers30() {
    return ExposureCommand.exampleTiers30();
  }
}
