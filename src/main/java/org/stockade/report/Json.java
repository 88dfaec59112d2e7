package org.stockade.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.stockade.robust.Verification;
import org.stockade.uncertainty.CapacityLoss;
import org.stockade.uncertainty.ParametricDemandSet;
import org.stockade.uncertainty.UncertaintySet;

/**
 * Shared pieces of the JSON reports: pretty printing, clean numbers, id-keyed vectors, and the
 * units and uncertainty blocks.
 *
 * <p>Every double written through {@link #pretty} is rounded to {@value Fmt#SIGNIFICANT}
 * significant digits (no {@code 5055500.000000001}) and NaN/infinities are written as
 * {@code null} (never the string {@code "NaN"}), so every report reads cleanly in any JSON tool.
 */
public final class Json {
  private static final ObjectMapper MAPPER = mapper();

  private Json() {}

  /** The tree as indented JSON with a trailing newline. */
  public static String pretty(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The tree as one-line JSON (clean numbers, as {@link #pretty}) with no trailing newline. */
  public static String compact(Object tree) {
    try {
      return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(tree);
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

  /** {@code {id(k): values[k]}} for the indices in {@code only}, in index order. */
  public static Map<String, Double> byId(double[] values, IntFunction<String> id,
      java.util.BitSet only) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int k = only.nextSetBit(0); k >= 0; k = only.nextSetBit(k + 1)) {
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

  /**
   * The {@code units} block: what the numbers of a report are measured in. Stockade is
   * unit-agnostic, so these name the input's units: demand, capacity and inventory in the
   * product's units per the period of the input, costs in the input's currency.
   *
   * @param quantity what quantities (inventory, demand, lost sales) are counted in
   * @param time what time values (TTS, TTR) are counted in, or null when the report has none
   * @param money what costs are counted in, or null when the report has none
   */
  public static Map<String, String> units(String quantity, String time, String money) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("quantity", quantity);
    if (time != null) {
      m.put("time", time);
    }
    if (money != null) {
      m.put("currency", money);
    }
    return m;
  }

  /** The units of the robust-inventory reports (solve, CM, multi-stage, tts). */
  public static Map<String, String> inventoryUnits(boolean withTime) {
    return units("units of product (demand, capacity and inventory per period of the input)",
        withTime ? "periods of the input (e.g. weeks when mu is weekly demand)" : null,
        "currency of the input's costs (holding, underage, overage, production)");
  }

  /**
   * The uncertainty set as structured fields next to its one-line {@code summary}: demand
   * (form, alpha, beta, aggregate scaling, gamma, service levels; {@code null} means "none")
   * and capacity (loss kind and budget with its unit). Polyhedral sets give their summary only.
   */
  public static Map<String, Object> uncertainty(UncertaintySet u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("summary", u.summary());
    Map<String, Object> d = new LinkedHashMap<>();
    if (u.demand() instanceof ParametricDemandSet p) {
      d.put("form", "parametric");
      d.put("alpha", p.alpha());
      d.put("beta", p.beta());
      d.put("aggregate", p.form().name().toLowerCase(Locale.ROOT));
      d.put("gamma", p.gamma());
      double[] tau = p.serviceLevels();
      d.put("service_level_min", Arrays.stream(tau).min().orElse(1));
      d.put("service_level_max", Arrays.stream(tau).max().orElse(1));
    } else {
      d.put("form", "polyhedral");
    }
    d.put("summary", u.demand().summary());
    m.put("demand", d);
    Map<String, Object> c = new LinkedHashMap<>();
    if (u.capacity() instanceof CapacityLoss l) {
      c.put("kind", l.kind().name().toLowerCase(Locale.ROOT));
      c.put("budget", l.zeta());
      c.put("budget_unit", switch (l.kind()) {
        case NONE -> "none";
        case UNITS -> "units of capacity";
        case FRACTION -> "fraction of total capacity";
        case PLANTS -> "plants (or capacitated nodes) down";
        case DETERMINISTIC -> "fraction of every capacity lost";
      });
    } else {
      c.put("kind", "polyhedral");
    }
    c.put("summary", u.capacity().summary());
    m.put("capacity", c);
    return m;
  }

  private static ObjectMapper mapper() {
    SimpleModule clean = new SimpleModule("stockade-clean-numbers");
    JsonSerializer<Double> number = new JsonSerializer<>() {
      @Override
      public void serialize(Double v, JsonGenerator gen, SerializerProvider sp)
          throws IOException {
        writeClean(v, gen);
      }
    };
    clean.addSerializer(Double.class, number);
    clean.addSerializer(Double.TYPE, number);
    clean.addSerializer(Float.class, new JsonSerializer<>() {
      @Override
      public void serialize(Float v, JsonGenerator gen, SerializerProvider sp)
          throws IOException {
        writeClean(v.doubleValue(), gen);
      }
    });
    clean.addSerializer(double[].class, new JsonSerializer<>() {
      @Override
      public void serialize(double[] v, JsonGenerator gen, SerializerProvider sp)
          throws IOException {
        gen.writeStartArray();
        for (double x : v) {
          writeClean(x, gen);
        }
        gen.writeEndArray();
      }
    });
    return new ObjectMapper().registerModule(clean).enable(SerializationFeature.INDENT_OUTPUT);
  }

  private static void writeClean(double v, JsonGenerator gen) throws IOException {
    if (Double.isFinite(v)) {
      gen.writeNumber(Fmt.significant(v));
    } else {
      gen.writeNull();
    }
  }
}
