package org.stockade.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.stockade.robust.Verification;

/** Shared pieces of the JSON reports: pretty printing, finite numbers, id-keyed vectors. */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** The tree as indented JSON with a trailing newline. */
  public static String pretty(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** JSON has no infinities or NaN: those become null. */
  public static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  /** {@code {id(k): values[k]}} in index order. */
  public static Map<String, Double> byId(double[] values, IntFunction<String> id) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int k = 0; k < values.length; k++) {
      m.put(id.apply(k), values[k]);
    }
    return m;
  }

  /** The verification block shared by the SG and m-SG reports. */
  public static Map<String, Object> verification(Verification v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ok", v.ok());
    m.put("method", v.method());
    m.put("max_violation", finite(v.maxViolation()));
    m.put("dual_lower_bound", finite(v.dualLowerBound()));
    m.put("problems", v.problems());
    return m;
  }
}
