package org.stockade.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** One block's stream from a checkpoint is the generator jumped b times, as for all blocks. */
class BlockStreamTest {
  @Test
  void streamOfOneBlockEqualsTheSequentiallyJumpedStreamAcrossCheckpoints() {
    int n = 2 * ScenarioGenerator.CHECKPOINT + 5;
    UniformRandomProvider[] all = ScenarioGenerator.streams(77, n);
    // out of order, and across the checkpoint boundaries
    for (int b : new int[] {2052, 0, 1, 1023, 1024, 1025, 2047, 2048, 700}) {
      UniformRandomProvider one = ScenarioGenerator.stream(77, b);
      UniformRandomProvider ref = ScenarioGenerator.streams(77, n)[b];
      for (int k = 0; k < 5; k++) {
        assertThat(one.nextLong()).as("block " + b).isEqualTo(ref.nextLong());
      }
    }
    assertThat(all).hasSize(n);
  }
}
