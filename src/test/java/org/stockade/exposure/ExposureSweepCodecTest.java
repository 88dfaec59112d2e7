package org.stockade.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lost-units-per-product column round-trips any ids and reals exactly. */
class ExposureSweepCodecTest {
  @Test
  void lostByProductRoundTripsIdsWithSeparatorsAndRealsBitwise() {
    Map<String, Double> m = Map.of("P1", 0.1 + 0.2, "a;b=c\\\\d", 1e-300, "=", 12345.678901234567,
        "x\\\\", Double.MIN_VALUE);
    assertThat(ExposureSweep.decode(ExposureSweep.encode(m))).isEqualTo(m);
    assertThat(ExposureSweep.decode(ExposureSweep.encode(Map.of()))).isEmpty();
  }
}
