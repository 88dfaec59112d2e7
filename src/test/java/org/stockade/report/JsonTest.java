package org.stockade.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stockade.model.Examples;
import org.stockade.uncertainty.AggregateForm;
import org.stockade.uncertainty.CapacityLossKind;
import org.stockade.uncertainty.UncertaintySpec;

class JsonTest {
  @Test
  void pretty_floatNoise_isRoundedTo12SignificantDigits() throws Exception {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("profit", 5055500.000000001);
    m.put("sum", 0.1 + 0.2);
    m.put("small", 1.234567890123456e-7);
    m.put("vector", new double[] {1.0000000000000002, -0.30000000000000004});
    m.put("boxed", List.of(2.9999999999999996));
    String text = Json.pretty(m);
    assertThat(text).doesNotContain("000000001", "0000000002", "30000000000000004")
        .contains("5055500.0", "0.3", "3.0");
    JsonNode n = new ObjectMapper().readTree(text);
    assertThat(n.get("small").asDouble()).isEqualTo(1.23456789012e-7);
  }

  @Test
  void pretty_nanAndInfinity_areNullNeverStrings() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ttr", Double.NaN);
    m.put("tts", Double.POSITIVE_INFINITY);
    assertThat(Json.pretty(m)).doesNotContain("NaN", "Infinity").contains("\"ttr\" : null");
  }

  @Test
  void uncertainty_isStructuredWithSummary() throws Exception {
    var set = new UncertaintySpec(1.5, 3.0, AggregateForm.STANDARDIZED, null, 0.95, null,
        CapacityLossKind.PLANTS, 1.0, null, null).build(Examples.gm());
    JsonNode u = new ObjectMapper().readTree(Json.pretty(Json.uncertainty(set)));
    assertThat(u.get("summary").asText()).contains("alpha=1.5");
    assertThat(u.at("/demand/alpha").asDouble()).isEqualTo(1.5);
    assertThat(u.at("/demand/beta").asDouble()).isEqualTo(3.0);
    assertThat(u.at("/demand/aggregate").asText()).isEqualTo("standardized");
    assertThat(u.at("/demand/gamma").isNull()).as("no gamma is null").isTrue();
    assertThat(u.at("/demand/service_level_min").asDouble()).isEqualTo(0.95);
    assertThat(u.at("/capacity/kind").asText()).isEqualTo("plants");
    assertThat(u.at("/capacity/budget").asDouble()).isEqualTo(1.0);
  }
}
